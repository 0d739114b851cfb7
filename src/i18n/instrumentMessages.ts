/**
 * The regie instruments' messages (en/nl.instruments.ts), loaded on first use: by the instrument editor
 * and the sheet tab (their chunks), and by the findings as soon as the arena has an instrument. A
 * coordinator who never records an instrument downloads none of it.
 */
import { useT, addMessages } from './useT';
import type { MessageKey } from './en';
import type { InstrumentKey } from './en.instruments';

let loading: Promise<void> | null = null;
let loaded = false;

export function loadInstrumentMessages(): Promise<void> {
  loading ??= Promise.all([import('./en.instruments'), import('./nl.instruments')]).then(([en, nl]) => {
    loaded = true;
    addMessages({ en: en.enInstruments, nl: nl.nlInstruments });
  });
  return loading;
}

/** Whether they are there (a component that asks re-renders when they arrive: useT). */
export function instrumentMessagesLoaded(): boolean {
  return loaded;
}

export type InstrumentTranslate = (key: MessageKey | InstrumentKey, params?: Record<string, string | number>) => string;

/** The app's translate, knowing the instruments' keys too (load them first: loadInstrumentMessages). */
export function useInstrumentT(): InstrumentTranslate {
  return useT() as InstrumentTranslate;
}
