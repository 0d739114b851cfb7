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
import { enTies } from './en.ties';
import { nlTies } from './nl.ties';
import { format } from './format';
import { useT } from './useT';

export type ReportKey = keyof typeof enReport;
type TiesKey = keyof typeof enTies;
export type ReportTranslate = (key: MessageKey | ReportKey | TiesKey, params?: Record<string, string | number>) => string;

const TABLES: Record<Language, Readonly<Record<string, string>>> = { en: { ...enTies, ...enReport }, nl: { ...nlTies, ...nlReport } };

/**
 * The report's messages in `language`, and the ties' (the governance advice's reasoning and measured trust
 * say the same as in the panel), falling back to the app's (`t`) for every other key.
 */
export function reportTranslator(t: Translate, language: Language): ReportTranslate {
  const table = TABLES[language] ?? TABLES.en;
  return (key, params) => (Object.hasOwn(table, key) ? format(table[key]!, params) : t(key as MessageKey, params));
}

export function useReportT(): ReportTranslate {
  const t = useT();
  const language = usePreferencesStore((s) => s.language);
  return reportTranslator(t, language);
}
