import { useEditorStore } from '../store/editorStore';
import type { Language } from '../store/preferences';
import { translator, type Translate } from './index';
import { en } from './en';
import { nl } from './nl';

const tables: Record<Language, Translate> = { en: translator(en), nl: translator(nl) };

/** Registers a language's messages (kept separate so a test or a lazy load can supply them). */
export function registerLanguage(language: Language, translate: Translate): void {
  tables[language] = translate;
}

/** The translate function for the chosen language; components re-render when it changes. */
export function useT(): Translate {
  const language = useEditorStore((s) => s.language);
  return tables[language];
}

export function useLanguage(): Language {
  return useEditorStore((s) => s.language);
}
