/**
 * The session UI of the open arena: what is selected and highlighted, which panels and dialogs are open,
 * presentation mode. None of it is part of the document, is saved or can be undone. The few rules that
 * tie the session to the document are at the end of this file, in one place.
 */
import { create } from 'zustand';
import { immer } from 'zustand/middleware/immer';
import type { Arena } from '../domain/arena';
import type { Ring } from '../domain/rings';
import { useDocumentStore } from './documentStore';

export type SideTab = 'warnings' | 'goal' | 'actions' | 'team' | 'instruments';

export interface SessionState {
  /** The partner the inspector shows. */
  selectedId: string | null;
  /** Every selected partner (select all, shift-click); includes selectedId when set. */
  selection: string[];
  /** Partners a warning points at (hover or click in the warnings panel). */
  highlighted: string[];
  /** The ring under a partner being dragged, so the map can light it up (UI only, not a step). */
  dropRing: Ring | null;
  /** Presentation mode: panels hidden, large labels; `presentStep` reveals the rings one by one (0 = all). */
  presenting: boolean;
  presentStep: number;
  /** Open UI surfaces that shortcuts can open too. */
  addOpen: boolean;
  helpOpen: boolean;
  /** Bumped to move the focus to the partner search. */
  searchRequest: number;
  /** The map shows only this action's partners (null: all). */
  actionFilter: string | null;
  /** Which tab of the analysis panel is open. */
  sideTab: SideTab;
  /** A message for the whole app, such as why an import failed. */
  notice: string | null;

  select(id: string | null): void;
  /** Selects every partner on the map (not the unplaced ones). */
  selectAll(): void;
  highlight(ids: readonly string[]): void;
  setDropRing(ring: Ring | null): void;
  setNotice(notice: string | null): void;
  setPresenting(presenting: boolean): void;
  setPresentStep(step: number): void;
  setAddOpen(open: boolean): void;
  setHelpOpen(open: boolean): void;
  requestSearch(): void;
  setActionFilter(id: string | null): void;
  setSideTab(tab: SideTab): void;
}

const EMPTY: string[] = [];

/** The per-arena part of the session, as it is when an arena is opened or closed. */
function freshSession() {
  return {
    selectedId: null,
    selection: EMPTY,
    highlighted: EMPTY,
    addOpen: false,
    presenting: false,
    actionFilter: null,
  };
}

export const useSessionStore = create<SessionState>()(
  immer((set, get) => ({
    ...freshSession(),
    dropRing: null,
    presentStep: 0,
    helpOpen: false,
    searchRequest: 0,
    sideTab: 'warnings',
    notice: null,

    select: (id) =>
      set((s) => {
        s.selectedId = id;
        s.selection = id ? [id] : EMPTY;
      }),
    selectAll: () => {
      const ids = Object.values(useDocumentStore.getState().doc?.partners ?? {})
        .filter((p) => p.position)
        .map((p) => p.id);
      set((s) => {
        s.selection = ids;
        if (s.selectedId && !ids.includes(s.selectedId)) s.selectedId = null;
      });
    },
    highlight: (ids) =>
      set((s) => {
        s.highlighted = ids.length ? ids.slice() : EMPTY;
      }),
    setDropRing: (ring) => {
      if (get().dropRing !== ring) set({ dropRing: ring });
    },
    setPresenting: (presenting) => set({ presenting, presentStep: 0 }),
    setPresentStep: (step) => set({ presentStep: step }),
    setAddOpen: (open) => set({ addOpen: open }),
    setHelpOpen: (open) => set({ helpOpen: open }),
    setActionFilter: (id) => set({ actionFilter: id }),
    setSideTab: (tab) => set({ sideTab: tab }),
    requestSearch: () =>
      set((s) => {
        s.searchRequest++;
      }),
    setNotice: (notice) => set({ notice }),
  })),
);

// How the session follows the document. The document store and the document actions call these (and
// nothing else of this store), so every rule that crosses the two stores is here.

/**
 * An arena was opened (or opened again, read-only or as the editor): a fresh session, unless
 * `keepSelection` (the same arena, a read-only view becoming the editor), which keeps what is selected
 * where those partners still exist.
 */
export function openSession(doc: Arena, keepSelection: boolean): void {
  useSessionStore.setState((s) => {
    const kept = keepSelection ? { selectedId: s.selectedId, selection: s.selection } : null;
    Object.assign(s, freshSession());
    if (kept) {
      s.selectedId = kept.selectedId && doc.partners[kept.selectedId] ? kept.selectedId : null;
      s.selection = kept.selection.filter((id) => doc.partners[id]);
    }
  });
}

/** The arena was closed. */
export function closeSession(): void {
  useSessionStore.setState(freshSession());
}

/** A newer stored version is shown (read-only view): the selection stays where its partners still exist. */
export function sessionFollows(doc: Arena): void {
  useSessionStore.setState((s) => {
    if (s.selectedId && !doc.partners[s.selectedId]) s.selectedId = null;
    s.selection = s.selection.filter((id) => doc.partners[id]);
  });
}

/** Undo or redo: the inspector closes when its partner is gone in the version now shown. */
export function sessionAfterUndo(doc: Arena): void {
  const { selectedId } = useSessionStore.getState();
  if (selectedId && !doc.partners[selectedId]) useSessionStore.setState({ selectedId: null });
}

/** Deleted partners leave the selection. */
export function forgetPartners(ids: readonly string[]): void {
  useSessionStore.setState((s) => {
    if (s.selectedId && ids.includes(s.selectedId)) s.selectedId = null;
    s.selection = s.selection.filter((id) => !ids.includes(id));
  });
}

/** A deleted action no longer filters the map. */
export function forgetAction(id: string): void {
  if (useSessionStore.getState().actionFilter === id) useSessionStore.getState().setActionFilter(null);
}
