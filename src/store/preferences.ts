/**
 * The user's own settings for this browser (not part of any arena): language, theme, the map legend folded,
 * and the name shown to the others in a shared arena.
 */
export type Language = 'en' | 'nl';
export type Theme = 'light' | 'dark';

const LANGUAGE_KEY = 'arena.language';
const THEME_KEY = 'arena.theme';
const LEGEND_FOLDED_KEY = 'arena.legendFolded';
const WORKSHOP_NAME_KEY = 'arena.workshopName';

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}
function write(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // A browser without storage still works; the choice just is not remembered.
  }
}

/** The remembered choice, else the browser's language: nl* → Dutch, anything else → English. */
export function initialLanguage(): Language {
  const saved = read(LANGUAGE_KEY);
  if (saved === 'en' || saved === 'nl') return saved;
  const langs = typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]);
  return langs[0]?.toLowerCase().startsWith('nl') ? 'nl' : 'en';
}

export function initialTheme(): Theme {
  const saved = read(THEME_KEY);
  if (saved === 'light' || saved === 'dark') return saved;
  return typeof matchMedia !== 'undefined' && matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

export function rememberLanguage(language: Language): void {
  write(LANGUAGE_KEY, language);
}
export function rememberTheme(theme: Theme): void {
  write(THEME_KEY, theme);
}

/** The map legend starts open; once folded it stays folded in this browser until opened again. */
export function initialLegendFolded(): boolean {
  return read(LEGEND_FOLDED_KEY) === 'true';
}
export function rememberLegendFolded(folded: boolean): void {
  write(LEGEND_FOLDED_KEY, String(folded));
}

/** The name the others see in a shared arena ("Your name in this workshop"); '' until one is given. */
export function initialWorkshopName(): string {
  return read(WORKSHOP_NAME_KEY) ?? '';
}
export function rememberWorkshopName(name: string): void {
  write(WORKSHOP_NAME_KEY, name);
}
