/**
 * This browser's settings: language, theme, and the name shown to the others in a shared arena. They
 * belong to the person, not to an arena, so they live apart from the document and the session and are
 * remembered in localStorage (preferences.ts).
 */
import { create } from 'zustand';
import { initialLanguage, initialTheme, initialWorkshopName, rememberLanguage, rememberTheme, rememberWorkshopName, type Language, type Theme } from './preferences';

export interface PreferencesState {
  language: Language;
  theme: Theme;
  /** The name the others see beside what this person does in a shared arena ('' : a guest). */
  workshopName: string;
  setLanguage(language: Language): void;
  setTheme(theme: Theme): void;
  setWorkshopName(name: string): void;
}

export const usePreferencesStore = create<PreferencesState>()((set) => ({
  language: initialLanguage(),
  theme: initialTheme(),
  workshopName: initialWorkshopName(),
  setLanguage: (language) => {
    rememberLanguage(language);
    set({ language });
  },
  setTheme: (theme) => {
    rememberTheme(theme);
    set({ theme });
  },
  setWorkshopName: (name) => {
    rememberWorkshopName(name);
    set({ workshopName: name });
  },
}));
