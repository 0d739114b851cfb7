/**
 * Translation for the live workshop's screens: their own messages (en/nl.workshop.ts) and the app's. The
 * workshop's tables are imported by those screens only, which are loaded when used: a coordinator who
 * never runs a workshop downloads none of it.
 */
import { usePreferencesStore } from '../store/preferencesStore';
import type { MessageKey } from './en';
import { enWorkshop } from './en.workshop';
import { nlWorkshop } from './nl.workshop';
import { format } from './format';
import { useT } from './useT';

export type WorkshopKey = keyof typeof enWorkshop;
export type WorkshopTranslate = (key: MessageKey | WorkshopKey, params?: Record<string, string | number>) => string;

const TABLES: Record<'en' | 'nl', Readonly<Record<WorkshopKey, string>>> = { en: enWorkshop, nl: nlWorkshop };

export function useWorkshopT(): WorkshopTranslate {
  const t = useT();
  const language = usePreferencesStore((s) => s.language);
  const table = TABLES[language] ?? enWorkshop;
  return (key, params) => (Object.hasOwn(table, key) ? format(table[key as WorkshopKey], params) : t(key as MessageKey, params));
}
