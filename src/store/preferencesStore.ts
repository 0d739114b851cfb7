/**
 * This browser's settings: language and theme. They belong to the person, not to an arena, so they live
 * apart from the document and the session and are remembered in localStorage (preferences.ts).
 */
import { create } from 'zustand';
import { initialLanguage, initialTheme, rememberLanguage, rememberTheme, type Language, type Theme } from './preferences';

export interface PreferencesState {
  language: Language;
  theme: Theme;
  setLanguage(language: Language): void;
  setTheme(theme: Theme): void;
}

export const usePreferencesStore = create<PreferencesState>()((set) => ({
  language: initialLanguage(),
  theme: initialTheme(),
  setLanguage: (language) => {
    rememberLanguage(language);
    set({ language });
  },
  setTheme: (theme) => {
    rememberTheme(theme);
    set({ theme });
  },
}));
