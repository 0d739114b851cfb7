/**
 * Translation for the partner-list import dialog: its own texts (en/nl.listImport.ts) and the app's. The
 * tables are imported by the dialog only, which is loaded when a list is opened.
 */
import { usePreferencesStore } from '../store/preferencesStore';
import type { MessageKey } from './en';
import { enListImport } from './en.listImport';
import { nlListImport } from './nl.listImport';
import { format } from './format';
import { useT } from './useT';

export type ListImportKey = keyof typeof enListImport;
export type ListImportTranslate = (key: MessageKey | ListImportKey, params?: Record<string, string | number>) => string;

const TABLES: Record<'en' | 'nl', Readonly<Record<ListImportKey, string>>> = { en: enListImport, nl: nlListImport };

export function useListImportT(): ListImportTranslate {
  const t = useT();
  const language = usePreferencesStore((s) => s.language);
  const table = TABLES[language] ?? enListImport;
  return (key, params) => (Object.hasOwn(table, key) ? format(table[key as ListImportKey], params) : t(key as MessageKey, params));
}
