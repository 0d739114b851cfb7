/**
 * Translation for the A4 report and its place in the export dialog: their own messages (en/nl.report.ts)
 * and the app's. Only those two, both loaded on first use, import the tables, so they are not in the
 * first load.
 */
import { usePreferencesStore } from '../store/preferencesStore';
import type { Language } from '../store/preferences';
import type { MessageKey, Translate } from './index';
import { enReport } from './en.report';
import { nlReport } from './nl.report';
import { format } from './format';
import { useT } from './useT';

export type ReportKey = keyof typeof enReport;
export type ReportTranslate = (key: MessageKey | ReportKey, params?: Record<string, string | number>) => string;

const TABLES: Record<Language, Readonly<Record<ReportKey, string>>> = { en: enReport, nl: nlReport };

/** The report's messages in `language`, falling back to the app's (`t`) for every other key. */
export function reportTranslator(t: Translate, language: Language): ReportTranslate {
  const table = TABLES[language] ?? enReport;
  return (key, params) => (Object.hasOwn(table, key) ? format(table[key as ReportKey], params) : t(key as MessageKey, params));
}

export function useReportT(): ReportTranslate {
  const t = useT();
  const language = usePreferencesStore((s) => s.language);
  return reportTranslator(t, language);
}
