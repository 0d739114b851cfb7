/**
 * Translation for what shows trust ties (the map's tie controls and legend, the inspector's ties, the
 * governance advisor's measures): their own messages (en/nl.ties.ts) and the app's. Imported only by
 * modules loaded when used, so the first load carries none of it.
 */
import { usePreferencesStore } from '../store/preferencesStore';
import type { MessageKey } from './en';
import { enTies } from './en.ties';
import { nlTies } from './nl.ties';
import { format } from './format';
import { useT } from './useT';

export type TiesKey = keyof typeof enTies;
export type TiesTranslate = (key: MessageKey | TiesKey, params?: Record<string, string | number>) => string;

const TABLES: Record<'en' | 'nl', Readonly<Record<TiesKey, string>>> = { en: enTies, nl: nlTies };

export function useTiesT(): TiesTranslate {
  const t = useT();
  const language = usePreferencesStore((s) => s.language);
  const table = TABLES[language] ?? enTies;
  return (key, params) => (Object.hasOwn(table, key) ? format(table[key as TiesKey], params) : t(key as MessageKey, params));
}
