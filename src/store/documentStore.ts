/**
 * The open arena document, its undo history and its save status. Every change of the document goes
 * through `commit`, which records one undo step and stamps `updatedAt`; autosave watches `doc` and
 * nothing else. The actions that change the document are built on `commit` in feature modules
 * (arenaActions, partnerActions, networkActions). Opening, closing and undoing tell the session store
 * (sessionStore.ts, its last section) so the selection follows the document.
 */
import { create } from 'zustand';
import { immer } from 'zustand/middleware/immer';
import { castDraft, enablePatches, produceWithPatches, type Draft, type Patch } from 'immer';
import type { Arena } from '../domain/arena';
import { emptyHistory, record, type History } from './history';
import type { SaveFailure } from '../persistence/errors';
import { carryOrders } from './carryOrders';
import { closeSession, openSession, sessionAfterUndo, sessionFollows } from './sessionStore';

enablePatches();

/** What a personal undo in a shared arena did: nothing of mine to undo, or my last step was changed by someone else. */
export type LinkedUndo = 'undone' | 'nothing' | 'changedElsewhere';

/**
 * A shared arena's Y.Doc behind the document (sync/client/binding.ts). Commits are written into it, and
 * undo is personal: it undoes this person's gestures in the Y.Doc, never a colleague's. Changes from
 * elsewhere come back through `refresh`.
 */
export interface DocumentLink {
  /**
   * `newStep`: this commit starts a new undo step (false while typing in one field goes on). `undoable`
   * false: an automatic change (a placement) that no undo takes back.
   */
  commit(before: Arena, after: Arena, patches: readonly Patch[], newStep: boolean, undoable: boolean): void;
  undo(): LinkedUndo;
  redo(): LinkedUndo;
  canUndo(): boolean;
  canRedo(): boolean;
}

let link: DocumentLink | null = null;

/** Puts a shared arena's Y.Doc behind the document (null: the document is local again). */
/** Whether undo / redo can do something now (the personal undo of a shared arena, or the local history). */
export function canUndo(d: Pick<DocumentState, 'readOnly' | 'linked' | 'history'>): boolean {
  return !d.readOnly && (d.linked ? d.linked.canUndo : d.history.past.length > 0);
}
export function canRedo(d: Pick<DocumentState, 'readOnly' | 'linked' | 'history'>): boolean {
  return !d.readOnly && (d.linked ? d.linked.canRedo : d.history.future.length > 0);
}

export function linkDocument(next: DocumentLink | null): void {
  link = next;
  useDocumentStore.setState({ linked: next ? { canUndo: next.canUndo(), canRedo: next.canRedo() } : null });
}

/** The link tells the store that its undo stacks changed (a gesture ended, an undo, a remote overwrite). */
export function linkedHistoryChanged(): void {
  if (link) useDocumentStore.setState({ linked: { canUndo: link.canUndo(), canRedo: link.canRedo() } });
}

export type SaveStatus = { status: 'saved' } | { status: 'saving' } | { status: 'error'; reason: SaveFailure };

export interface DocumentState {
  doc: Arena | null;
  /** True while another tab edits this arena: the map follows the database and cannot be changed here. */
  readOnly: boolean;
  history: History;
  /** Set while the document is a shared arena's: what its personal undo can do (the history is unused). */
  linked: { canUndo: boolean; canRedo: boolean } | null;
  /** What the last undo or redo did in a shared arena (the header says when my step was changed elsewhere). */
  lastLinkedUndo: LinkedUndo | null;
  save: SaveStatus;
  /** A clock that tests can replace. */
  now: () => string;

  /**
   * Applies a change to the document as one undo step (stamping updatedAt). Returns false when there is
   * no document or it is read-only. Feature modules in store/ build their actions on it; components call
   * those actions, never this directly. `undoable: false` (a shared arena's automatic placement) keeps it
   * out of the personal undo; a local arena's history holds whole documents, so there it is a step as usual.
   */
  commit(recipe: (doc: Draft<Arena>, now: string) => void, options?: { undoable?: boolean }): boolean;
  /**
   * Runs `change` (which commits through the usual actions) as part of typing in one field: every commit
   * made while typing in the same field, until `endTyping`, is one undo step together.
   */
  typing<T>(field: string, change: () => T): T;
  /** The field was left (or Enter pressed): the next typing there is a new undo step. */
  endTyping(field: string): void;
  /** Escape: takes back what typing in this field put in the document, leaving no undo step. */
  cancelTyping(field: string): void;
  /** Runs several actions as one gesture: whatever they commit is one undo step. */
  together<T>(change: () => T): T;
  /** Opens a document: a fresh history and session, unless `keepSelection` (a read-only view that
   * becomes the editor keeps what the person had selected). */
  hydrate(doc: Arena, options?: { readOnly?: boolean; keepSelection?: boolean }): void;
  /** A newer stored version arrived (read-only view): show it, keep the selection where it still exists. */
  refresh(doc: Arena): void;
  close(): void;
  undo(): void;
  redo(): void;
  setSaveStatus(status: SaveStatus): void;
}

export const useDocumentStore = create<DocumentState>()(
  immer((set, get) => {
    /** The field whose typing the commits under way belong to (set only inside `typing`). */
    let typingIn: string | null = null;
    /** The field whose typing made the newest undo step, while that step may still grow. */
    let openStep: string | null = null;
    let gestures = 0;

    /** Undo or redo in a shared arena: the Y.Doc changes, and the binding brings the result back (refresh). */
    const linkedStep = (step: () => LinkedUndo) => {
      if (!get().doc || get().readOnly) return;
      openStep = null;
      const result = step();
      set({ lastLinkedUndo: result });
      linkedHistoryChanged();
    };

    return {
      doc: null,
      readOnly: false,
      history: emptyHistory(),
      linked: null,
      lastLinkedUndo: null,
      save: { status: 'saved' },
      now: () => new Date().toISOString(),

      commit: (recipe, options) => {
        const before = get().doc;
        if (!before || get().readOnly) return false;
        const now = get().now();
        const [after, patches] = produceWithPatches(before, (doc) => {
          recipe(doc, now);
          doc.updatedAt = now;
        });
        carryOrders(before, after, patches);
        if (link) {
          const undoable = options?.undoable ?? true;
          const newStep = undoable && !(typingIn !== null && openStep === typingIn);
          link.commit(before, after, patches, newStep, undoable);
          set((s) => {
            s.doc = castDraft(after);
            s.lastLinkedUndo = null;
          });
          openStep = typingIn;
          linkedHistoryChanged();
          return true;
        }
        const grows = typingIn !== null && openStep === typingIn && get().history.past.length > 0;
        set((s) => {
          s.doc = castDraft(after);
          if (!grows) s.history = castDraft(record(s.history as History, before));
        });
        openStep = typingIn;
        return true;
      },
      typing: (field, change) => {
        const outer = typingIn;
        typingIn = field;
        try {
          return change();
        } finally {
          typingIn = outer;
        }
      },
      together: (change) => {
        const key = `together:${++gestures}`;
        try {
          return get().typing(key, change);
        } finally {
          get().endTyping(key);
        }
      },
      endTyping: (field) => {
        if (openStep === field) openStep = null;
      },
      cancelTyping: (field) => {
        if (openStep !== field) return;
        openStep = null;
        // Shared: the visit to the field is this person's newest gesture; taking it back is undoing it.
        if (link) {
          link.undo();
          linkedHistoryChanged();
          return;
        }
        const { history } = get();
        const before = history.past[history.past.length - 1];
        if (!before) return;
        set((s) => {
          s.doc = castDraft(before);
          s.history = castDraft({ past: history.past.slice(0, -1), future: history.future });
        });
      },

      hydrate: (doc, options) => {
        openStep = null;
        openSession(doc, !!options?.keepSelection && get().doc?.id === doc.id);
        set((s) => {
          s.history = emptyHistory();
          s.doc = castDraft(doc);
          s.readOnly = options?.readOnly ?? false;
          s.save = { status: 'saved' };
        });
      },
      refresh: (doc) => {
        set((s) => {
          s.doc = castDraft(doc);
        });
        sessionFollows(doc);
      },
      close: () => {
        openStep = null;
        closeSession();
        set((s) => {
          s.history = emptyHistory();
          s.doc = null;
          s.readOnly = false;
        });
      },

      undo: () => {
        if (link) return linkedStep(link.undo.bind(link));
        const { doc, history, readOnly } = get();
        const previous = history.past[history.past.length - 1];
        if (!doc || !previous || readOnly) return;
        openStep = null;
        set((s) => {
          s.history = castDraft({ past: history.past.slice(0, -1), future: [...history.future, doc] });
          s.doc = castDraft(previous);
        });
        sessionAfterUndo(previous);
      },
      redo: () => {
        if (link) return linkedStep(link.redo.bind(link));
        const { doc, history, readOnly } = get();
        const next = history.future[history.future.length - 1];
        if (!doc || !next || readOnly) return;
        openStep = null;
        set((s) => {
          s.history = castDraft({ past: [...history.past, doc], future: history.future.slice(0, -1) });
          s.doc = castDraft(next);
        });
        sessionAfterUndo(next);
      },

      setSaveStatus: (status) => set({ save: status }),
    };
  }),
);
