/**
 * Store → database. Watches the open document and writes it shortly after each finished change (the
 * store changes only at the end of a gesture, so no drag frame reaches here). Pending writes are flushed
 * when the page is hidden or closed. A failed write keeps the in-memory map, shows "Not saved" and is
 * tried again on the next change or after a pause.
 */
import type { Arena } from '../domain/arena';
import { useDocumentStore } from '../store/documentStore';
import { knownRevision, saveArena, unwrittenReason } from './repository';
import { classifyError } from './errors';
import { drop, park } from './journal';
import { flushDrafts } from '../store/drafts';
import { useSyncStore } from '../store/syncStore';

/** Changes reach the store only at the end of a gesture, so they can be written at once. */
export const SAVE_DELAY_MS = 0;
export const RETRY_AFTER_ERROR_MS = 4000;

export interface Autosave {
  /** Writes what is pending now; resolves when it is durable (or failed). */
  flush(): Promise<void>;
  /** Writes the open document now, even when it did not change. */
  saveNow(): void;
  stop(): void;
}

let current: Autosave | null = null;

/** Writes the open arena as it is now, changed or not (after it was restored elsewhere). */
export function saveOpenArena(): void {
  current?.saveNow();
}

/** Writes whatever the running autosave still has pending (used before another tab takes over). */
export function flushAutosave(): Promise<void> {
  return current ? current.flush() : Promise.resolve();
}

export function startAutosave(write: (arena: Arena) => Promise<void> = saveArena): Autosave {
  /** Each version of the document handed to the autosave gets the next number (never a clock). */
  let seq = 0;
  let pending: { doc: Arena; seq: number } | null = null;
  let lastWritten: Arena | null = useDocumentStore.getState().doc;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running: Promise<void> = Promise.resolve();
  /** The newest document handed to the database whose write is not confirmed yet. */
  let inFlight: { doc: Arena; seq: number } | null = null;
  /** Per arena, the version the journal holds: a confirmed write of it (or a later one) drops the entry. */
  const parkedSeq = new Map<string, number>();

  const schedule = (delay: number) => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void flush(), delay);
  };

  /** The revision a version would get once written: after what is stored and what is in flight. */
  const revisionAfterWrites = (id: string) => (knownRevision(id) ?? 0) + (inFlight?.doc.id === id && pending?.doc.id === id ? 2 : 1);

  const parkNow = (version: { doc: Arena; seq: number }) => {
    if (park(version.doc, revisionAfterWrites(version.doc.id))) parkedSeq.set(version.doc.id, version.seq);
  };

  const writeOnce = async () => {
    const version = pending;
    if (!version) return;
    const { doc } = version;
    pending = null;
    inFlight = version;
    try {
      await write(doc);
      lastWritten = doc;
      if (inFlight === version) inFlight = null;
      const parkedAt = parkedSeq.get(doc.id);
      if (parkedAt !== undefined && version.seq >= parkedAt) {
        parkedSeq.delete(doc.id);
        drop(doc.id);
      }
      const state = useDocumentStore.getState();
      if (!pending && state.doc?.id === doc.id) state.setSaveStatus({ status: 'saved' });
    } catch (error) {
      if (inFlight === version) inFlight = null;
      const reason = classifyError(error);
      const state = useDocumentStore.getState();
      if (reason === 'deleted' || reason === 'conflict') {
        // Deleted or changed elsewhere: writing again would bring it back or overwrite what another tab
        // wrote. Nothing is retried or parked; the editor says so and offers to restore or export.
        if ((pending as typeof version | null)?.doc.id === doc.id) pending = null;
        // Its journal entry must not be written back later over what the other tab wrote (or bring the
        // arena back): the version stays in this tab's memory, with Export now.
        parkedSeq.delete(doc.id);
        drop(doc.id);
        if (state.doc?.id === doc.id) state.setSaveStatus({ status: 'error', reason });
        return;
      }
      if (state.doc?.id === doc.id) {
        // Keep the newest version pending and try again; the map in memory is untouched.
        if (!pending) pending = version;
        state.setSaveStatus({ status: 'error', reason });
        schedule(RETRY_AFTER_ERROR_MS);
      } else {
        // The arena was closed while its last change could not be written. Retrying in the background
        // could write it over a rename or back after a delete on the home screen; instead it waits in
        // the journal, which the next start writes back only when it is newer than what is stored.
        parkNow(version);
      }
    }
  };

  const flush = (): Promise<void> => {
    if (timer) {
      clearTimeout(timer);
      timer = null;
    }
    running = running.then(writeOnce);
    return running;
  };

  const unsubscribe = useDocumentStore.subscribe((state, prev) => {
    if (state.doc === prev.doc) return;
    if (!state.doc) {
      // The arena was closed: what is pending for it still has to land.
      void flush();
      return;
    }
    if (useSyncStore.getState().share?.id === state.doc.id) {
      // A shared arena is stored as its Y.Doc, and its snapshot by the shared session (sync/client).
      lastWritten = state.doc;
      return;
    }
    if (state.readOnly) {
      // A read-only view follows the database; it has nothing of its own to write.
      lastWritten = state.doc;
      return;
    }
    if (!prev.doc || state.doc.id !== prev.doc.id || prev.readOnly) {
      // Another arena was opened: whatever was pending for the old one still has to land.
      void flush();
      lastWritten = state.doc;
      // It opened on a version the journal still holds because it could not be written (storage full):
      // that version is not saved yet, so it is written now, and the header says so if that fails.
      if (unwrittenReason(state.doc.id)) {
        pending = { doc: state.doc, seq: ++seq };
        parkedSeq.set(state.doc.id, pending.seq);
        state.setSaveStatus({ status: 'saving' });
        schedule(0);
      }
      return;
    }
    if (state.doc === lastWritten) return;
    pending = { doc: state.doc, seq: ++seq };
    if (state.save.status !== 'saving') state.setSaveStatus({ status: 'saving' });
    schedule(SAVE_DELAY_MS);
  });

  const onHide = () => {
    if (document.visibilityState === 'hidden') onPageHide();
  };
  const onPageHide = () => {
    // Text still being typed goes into the document first, so it is parked and written too.
    flushDrafts();
    const unsaved = pending ?? inFlight;
    if (unsaved) parkNow(unsaved);
    void flush();
  };
  if (typeof document !== 'undefined') {
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', onPageHide);
  }

  current = {
    flush,
    saveNow() {
      const state = useDocumentStore.getState();
      if (!state.doc || state.readOnly) return;
      pending = { doc: state.doc, seq: ++seq };
      state.setSaveStatus({ status: 'saving' });
      schedule(0);
    },
    stop() {
      unsubscribe();
      if (timer) clearTimeout(timer);
      if (typeof document !== 'undefined') {
        document.removeEventListener('visibilitychange', onHide);
        window.removeEventListener('pagehide', onPageHide);
      }
      if (current === self) current = null;
    },
  };
  const self = current;
  return current;
}
