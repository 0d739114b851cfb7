/**
 * Store → database. Watches the open document and writes it shortly after each finished change (the
 * store changes only at the end of a gesture, so no drag frame reaches here). Pending writes are flushed
 * when the page is hidden or closed. A failed write keeps the in-memory map, shows "Not saved" and is
 * tried again on the next change or after a pause.
 */
import type { Arena } from '../domain/arena';
import { useEditorStore } from '../store/editorStore';
import { saveArena } from './repository';
import { classifyError } from './errors';
import { drop, park } from './journal';

/** Changes reach the store only at the end of a gesture, so they can be written at once. */
export const SAVE_DELAY_MS = 0;
export const RETRY_AFTER_ERROR_MS = 4000;

export interface Autosave {
  /** Writes what is pending now; resolves when it is durable (or failed). */
  flush(): Promise<void>;
  stop(): void;
}

let current: Autosave | null = null;

/** Writes whatever the running autosave still has pending (used before another tab takes over). */
export function flushAutosave(): Promise<void> {
  return current ? current.flush() : Promise.resolve();
}

export function startAutosave(write: (arena: Arena) => Promise<void> = saveArena): Autosave {
  let pending: Arena | null = null;
  let lastWritten: Arena | null = useEditorStore.getState().doc;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running: Promise<void> = Promise.resolve();
  /** The newest document handed to the database whose write is not confirmed yet. */
  let inFlight: Arena | null = null;
  /** What the journal holds per arena, so it is dropped once that version (or a later one) is durable. */
  const parkedDocs = new Map<string, Arena>();

  const schedule = (delay: number) => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void flush(), delay);
  };

  const writeOnce = async () => {
    const doc = pending;
    if (!doc) return;
    pending = null;
    inFlight = doc;
    try {
      await write(doc);
      lastWritten = doc;
      if (inFlight === doc) inFlight = null;
      const parkedDoc = parkedDocs.get(doc.id);
      if (parkedDoc && parkedDoc.updatedAt <= doc.updatedAt) {
        parkedDocs.delete(doc.id);
        drop(doc.id);
      }
      const state = useEditorStore.getState();
      if (!pending && state.doc?.id === doc.id) state.setSaveStatus({ status: 'saved' });
    } catch (error) {
      if (inFlight === doc) inFlight = null;
      const state = useEditorStore.getState();
      if (state.doc?.id === doc.id) {
        // Keep the newest version pending and try again; the map in memory is untouched.
        if (!pending) pending = doc;
        state.setSaveStatus({ status: 'error', reason: classifyError(error) });
        schedule(RETRY_AFTER_ERROR_MS);
      } else if (park(doc)) {
        // The arena was closed while its last change could not be written. Retrying in the background
        // could write it over a rename or back after a delete on the home screen; instead it waits in
        // the journal, which the next start writes back only when it is newer than what is stored.
        parkedDocs.set(doc.id, doc);
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

  const unsubscribe = useEditorStore.subscribe((state, prev) => {
    if (state.doc === prev.doc) return;
    if (!state.doc) {
      // The arena was closed: what is pending for it still has to land.
      void flush();
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
      return;
    }
    if (state.doc === lastWritten) return;
    pending = state.doc;
    if (state.save.status !== 'saving') state.setSaveStatus({ status: 'saving' });
    schedule(SAVE_DELAY_MS);
  });

  const onHide = () => {
    if (document.visibilityState === 'hidden') onPageHide();
  };
  const onPageHide = () => {
    const unsaved = pending ?? inFlight;
    if (unsaved && park(unsaved)) parkedDocs.set(unsaved.id, unsaved);
    void flush();
  };
  if (typeof document !== 'undefined') {
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', onPageHide);
  }

  current = {
    flush,
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
