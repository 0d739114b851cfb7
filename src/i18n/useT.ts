import { useSyncExternalStore } from 'react';
import { usePreferencesStore } from '../store/preferencesStore';
import type { Language } from '../store/preferences';
import type { Translate } from './index';
import { en, type Messages } from './en';
import { format } from './format';

/**
 * English is in the first load; Dutch is loaded before first use (main.tsx waits for it when the
 * browser or the saved choice is Dutch), so neither language waits for the other. A feature loaded on
 * first use brings its own messages (`addMessages`): they are looked up after the language's own.
 */
// English lacks its analysis texts until they load (analysisTexts.ts adds them to the same object).
const bases: Partial<Record<Language, Partial<Messages>>> = { en };
const extra: Record<Language, Record<string, string>> = { en: {}, nl: {} };
const make = (language: Language, messages: Partial<Messages>): Translate => (key, params) => format(messages[key] ?? extra[language][key] ?? key, params);
const tables: Partial<Record<Language, Translate>> = { en: make('en', en) };
let english = tables.en!;

let version = 0;
const listeners = new Set<() => void>();

export async function loadLanguage(language: Language): Promise<void> {
  if (tables[language]) return;
  if (language === 'nl') {
    bases.nl = (await import('./nl')).nl;
    tables.nl = make('nl', bases.nl);
  }
}

/** Adds a feature's messages (the same keys in each language); every component that translates re-renders. */
export function addMessages(messages: Record<Language, Readonly<Record<string, string>>>): void {
  for (const language of Object.keys(extra) as Language[]) {
    Object.assign(extra[language], messages[language]);
    const base = bases[language];
    if (base) tables[language] = make(language, base);
  }
  english = tables.en!;
  version++;
  for (const listener of listeners) listener();
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** Switches the language once its messages are there. */
export async function switchLanguage(language: Language): Promise<void> {
  await loadLanguage(language);
  usePreferencesStore.getState().setLanguage(language);
}

/** The translate function for the chosen language; components re-render when it (or its messages) change. */
export function useT(): Translate {
  const language = usePreferencesStore((s) => s.language);
  useSyncExternalStore(subscribe, () => version);
  return tables[language] ?? english;
}

export function useLanguage(): Language {
  return usePreferencesStore((s) => s.language);
}
