/**
 * The editor's three layouts and, on the smaller two, which pane is on screen. The breakpoints live here
 * only: the editor carries `data-layout`, and styles.css styles each layout by that attribute.
 *
 * - desktop: partner list, map, and inspector with analysis side by side;
 * - tablet (up to 1100 px wide): the map and one side column that shows the partner list, the selected
 *   partner or the analysis;
 * - phone (up to 700 px wide, or a phone on its side): one pane at a time, the map included, chosen in a
 *   bar at the bottom of the screen.
 */
import { useSyncExternalStore } from 'react';
import { create } from 'zustand';

export type Layout = 'phone' | 'tablet' | 'desktop';
export type Pane = 'map' | 'partners' | 'details' | 'analysis';

const PHONE = '(max-width: 700px), (max-height: 500px) and (pointer: coarse)';
const TABLET = '(max-width: 1100px)';

function current(): Layout {
  if (typeof window === 'undefined' || !window.matchMedia) return 'desktop';
  if (window.matchMedia(PHONE).matches) return 'phone';
  return window.matchMedia(TABLET).matches ? 'tablet' : 'desktop';
}

function subscribe(onChange: () => void): () => void {
  if (typeof window === 'undefined' || !window.matchMedia) return () => {};
  const queries = [window.matchMedia(PHONE), window.matchMedia(TABLET)];
  for (const q of queries) q.addEventListener('change', onChange);
  return () => {
    for (const q of queries) q.removeEventListener('change', onChange);
  };
}

export function useLayout(): Layout {
  return useSyncExternalStore(subscribe, current, () => 'desktop');
}

interface PaneState {
  pane: Pane;
  setPane(pane: Pane): void;
}

/** The pane on screen in the tablet and phone layouts (ignored on a desktop, where all are). */
export const usePane = create<PaneState>((set) => ({
  pane: 'map',
  setPane: (pane) => set({ pane }),
}));

/** On a tablet the map is always there, so its side column shows the partner list instead. */
export function visiblePane(pane: Pane, layout: Layout): Pane {
  return layout === 'tablet' && pane === 'map' ? 'partners' : pane;
}
