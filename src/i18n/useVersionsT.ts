/**
 * Translation for the versions dialog, the version view and the compare screen: their own messages
 * (en/nl.versions.ts) and the app's. Imported by those screens only, which are loaded when used.
 */
import { usePreferencesStore } from '../store/preferencesStore';
import type { MessageKey } from './en';
import { enVersions, type VersionsKey } from './en.versions';
import { nlVersions } from './nl.versions';
import { format } from './format';
import { useT } from './useT';

export type { VersionsKey };
export type VersionsTranslate = (key: MessageKey | VersionsKey, params?: Record<string, string | number>) => string;

export const VERSIONS_TABLES: Record<'en' | 'nl', Readonly<Record<VersionsKey, string>>> = { en: enVersions, nl: nlVersions };

/** The versions' messages in `language`, falling back to `t` for every other key (the report uses it). */
export function versionsTranslator(t: (key: MessageKey, params?: Record<string, string | number>) => string, language: 'en' | 'nl'): VersionsTranslate {
  const table = VERSIONS_TABLES[language] ?? enVersions;
  return (key, params) => (Object.hasOwn(table, key) ? format(table[key as VersionsKey], params) : t(key as MessageKey, params));
}

export function useVersionsT(): VersionsTranslate {
  const t = useT();
  const language = usePreferencesStore((s) => s.language);
  const table = VERSIONS_TABLES[language] ?? enVersions;
  return (key, params) => (Object.hasOwn(table, key) ? format(table[key as VersionsKey], params) : t(key as MessageKey, params));
}
