import { usePreferencesStore } from '../store/preferencesStore';
import type { Language } from '../store/preferences';
import { translator, type Translate } from './index';
import { en } from './en';

/**
 * English is in the first load; Dutch is loaded before first use (main.tsx waits for it when the
 * browser or the saved choice is Dutch), so neither language waits for the other.
 */
const tables: Partial<Record<Language, Translate>> = { en: translator(en) };
const english = tables.en!;

export async function loadLanguage(language: Language): Promise<void> {
  if (tables[language]) return;
  if (language === 'nl') tables.nl = translator((await import('./nl')).nl);
}

/** Switches the language once its messages are there. */
export async function switchLanguage(language: Language): Promise<void> {
  await loadLanguage(language);
  usePreferencesStore.getState().setLanguage(language);
}

/** The translate function for the chosen language; components re-render when it changes. */
export function useT(): Translate {
  const language = usePreferencesStore((s) => s.language);
  return tables[language] ?? english;
}

export function useLanguage(): Language {
  return usePreferencesStore((s) => s.language);
}
