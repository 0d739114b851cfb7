/**
 * Opens an arena in this tab: load it, take the edit lock, and hydrate the store. When another tab
 * already edits it, this tab shows it read-only and follows the database live, waits in line for the
 * lock and takes over by itself when that tab closes (or at once when the user asks); the tab that loses
 * the lock writes what it has pending and turns read-only itself.
 *
 * While editing, the tab carries out what other tabs ask of it (a rename from the home screen) and
 * hears at once when its arena is deleted elsewhere: it then stops saving and offers Restore or Close.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { loadArena, reinstateArena, resyncRevision, watchArena, watchPresence } from '../persistence/repository';
import { acquireEditLock, announceHandOver, waitForEditLock, waitForHandOver, type EditLock } from '../persistence/editLock';
import { flushAutosave, saveOpenArena } from '../persistence/autosave';
import { answerEditorRequests } from '../persistence/editorRequests';
import { flushDrafts } from '../store/drafts';
import { takeEarlyOpening } from './earlyOpening';
import type { Arena } from '../domain/arena';
import { useDocumentStore } from '../store/documentStore';
import { setTitle } from '../store/arenaActions';

export type SessionState =
  | { status: 'loading' }
  | { status: 'missing' }
  | { status: 'error'; reason: string }
  | { status: 'editing' }
  | { status: 'readOnly' }
  /** Deleted elsewhere while open here: shown, never written, until restored. */
  | { status: 'deleted' };

export function useArenaSession(arenaId: string): { state: SessionState; takeOver(): void; restore(): void } {
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  const lock = useRef<EditLock | null>(null);
  const unwatch = useRef<(() => void) | null>(null);
  const live = useRef(true);
  const run = useRef<object | null>(null);
  // Set the moment another tab takes the lock over, so an opening still under way (a read, a head start
  // whose lock was stolen before this editor mounted) never turns this tab into a second editor.
  const lost = useRef(false);
  /** Stops what only an editing tab does (answering requests, watching for a delete). */
  const stopEditing = useRef<(() => void) | null>(null);
  /** Gives up this tab's place in line for the lock. */
  const stopWaiting = useRef<AbortController | null>(null);
  const deleted = useRef(false);

  const fail = useCallback((error: unknown) => {
    if (live.current) setState({ status: 'error', reason: error instanceof Error ? error.message : String(error) });
  }, []);

  const follow = useCallback(() => {
    unwatch.current?.();
    unwatch.current = watchArena(
      arenaId,
      (doc) => {
        if (!live.current) return;
        if (!doc) return setState({ status: 'missing' });
        const store = useDocumentStore.getState();
        if (store.doc?.id === doc.id && store.readOnly) store.refresh(doc);
        else store.hydrate(doc, { readOnly: true });
      },
      fail,
    );
  }, [arenaId, fail]);

  const markDeleted = useCallback(() => {
    if (!live.current || deleted.current) return;
    deleted.current = true;
    // Nothing may be written from here on: the store refuses changes, the autosave has nothing to write.
    useDocumentStore.setState({ readOnly: true });
    useDocumentStore.getState().setSaveStatus({ status: 'error', reason: 'deleted' });
    setState({ status: 'deleted' });
  }, []);

  const resumeEditing = useCallback(() => {
    deleted.current = false;
    useDocumentStore.setState({ readOnly: false });
    setState({ status: 'editing' });
    // This tab's version (perhaps newer than what came back) is written over the restored one.
    saveOpenArena();
  }, []);

  const startEditing = useCallback(() => {
    stopEditing.current?.();
    const stopRequests = answerEditorRequests(arenaId, {
      onRequest: async (request) => {
        // What is being typed counts as written before a rename or a copy.
        flushDrafts();
        if (request.type === 'rename' && !useDocumentStore.getState().readOnly) setTitle(request.title);
        await flushAutosave();
      },
      onDeleted: markDeleted,
    });
    const stopWatching = watchPresence(arenaId, (present) => {
      if (!present) markDeleted();
      else if (deleted.current) {
        // Put back elsewhere (the home screen's Undo): edit on, from the revision stored now.
        void resyncRevision(arenaId).then(() => live.current && resumeEditing());
      }
    });
    stopEditing.current = () => {
      stopRequests();
      stopWatching();
      stopEditing.current = null;
    };
  }, [arenaId, markDeleted, resumeEditing]);

  const edit = useCallback(
    async (read?: Promise<Arena | undefined>) => {
      const doc = await (read ?? loadArena(arenaId));
      if (!live.current || lost.current) return;
      if (!doc) {
        lock.current?.release();
        return setState({ status: 'missing' });
      }
      stopWaiting.current?.abort();
      stopWaiting.current = null;
      unwatch.current?.();
      unwatch.current = null;
      deleted.current = false;
      // A read-only view of this arena that now edits (the editing tab closed, or "Edit here instead")
      // keeps what the person had selected.
      useDocumentStore.getState().hydrate(doc, { keepSelection: true });
      setState({ status: 'editing' });
      startEditing();
    },
    [arenaId, startEditing],
  );

  /** Read-only here: wait in line for the lock, so this tab edits as soon as the editing tab closes. */
  const waitInLine = useRef<() => void>(() => {});

  const onLost = useCallback(() => {
    lost.current = true;
    stopEditing.current?.();
    // Nothing typed from now on could be written: the other tab edits. What is pending is written below.
    flushDrafts();
    useDocumentStore.setState({ readOnly: true });
    // Another tab took over: write what is pending, tell it so, and follow its edits from now on.
    void flushAutosave().then(() => {
      announceHandOver(arenaId);
      if (!live.current) return;
      const doc = useDocumentStore.getState().doc;
      if (doc) useDocumentStore.getState().hydrate(doc, { readOnly: true });
      setState({ status: 'readOnly' });
      follow();
      waitInLine.current();
    });
  }, [arenaId, follow]);

  useEffect(() => {
    waitInLine.current = () => {
      stopWaiting.current?.abort();
      const controller = new AbortController();
      stopWaiting.current = controller;
      void waitForEditLock(arenaId, { signal: controller.signal, onLost }).then(async (got) => {
        if (controller.signal.aborted || !live.current) return got.release();
        lock.current = got;
        lost.current = false;
        try {
          await edit();
        } catch (error) {
          fail(error);
        }
      });
    };
  }, [arenaId, edit, fail, onLost]);

  useEffect(() => {
    // A token per run of this effect: a run that was cleaned up (React StrictMode runs it twice) must
    // not act on its late results.
    const token = {};
    run.current = token;
    live.current = true;
    lost.current = false;
    const stale = () => run.current !== token;
    void (async () => {
      try {
        // main.tsx may have started taking the lock and reading the arena already (earlyOpening.ts). In
        // development StrictMode runs this effect twice: the first run takes the head start and lets its
        // lock go on cleanup, so the second waits one retry (150 ms) and reads again; builds run it once.
        const early = takeEarlyOpening(arenaId);
        early?.setOnLost(onLost);
        let got = early ? await early.lock : await acquireEditLock(arenaId, { onLost });
        const earlyRead = early && got.result === 'held' ? (early.doc as Promise<Arena | undefined>) : undefined;
        // A tab that just closed (or this tab's own previous run) may still hold the lock for a moment.
        for (let attempt = 0; got.result === 'busy' && attempt < 3 && !stale(); attempt++) {
          await new Promise((r) => setTimeout(r, 150));
          got = await acquireEditLock(arenaId, { onLost });
        }
        if (stale()) return got.release();
        if (got.result === 'held') {
          lock.current = got;
          await edit(earlyRead);
        } else {
          const doc = await loadArena(arenaId);
          if (stale()) return;
          if (!doc) return setState({ status: 'missing' });
          useDocumentStore.getState().hydrate(doc, { readOnly: true });
          setState({ status: 'readOnly' });
          follow();
          waitInLine.current();
        }
      } catch (error) {
        fail(error);
      }
    })();
    return () => {
      run.current = null;
      live.current = false;
      stopWaiting.current?.abort();
      stopWaiting.current = null;
      stopEditing.current?.();
      unwatch.current?.();
      // Leaving the arena (Back, another address) fires no pagehide: text still being typed goes into the
      // document now, before it is closed, and the lock is let go only once that is written, so a tab
      // waiting in line reads the latest.
      flushDrafts();
      const held = lock.current;
      lock.current = null;
      useDocumentStore.getState().close();
      void flushAutosave().finally(() => held?.release());
    };
  }, [arenaId, edit, fail, follow, onLost]);

  /** Set while a take-over is under way: a second click would steal the lock from this very tab. */
  const takingOver = useRef(false);
  const takeOver = useCallback(() => {
    if (takingOver.current) return;
    takingOver.current = true;
    stopWaiting.current?.abort();
    stopWaiting.current = null;
    void (async () => {
      try {
        const handedOver = waitForHandOver(arenaId);
        lost.current = false;
        const got = await acquireEditLock(arenaId, { steal: true, onLost });
        if (!live.current) return got.release();
        lock.current = got;
        await handedOver;
        await edit();
      } catch (error) {
        fail(error);
      } finally {
        takingOver.current = false;
      }
    })();
  }, [arenaId, edit, fail, onLost]);

  const restore = useCallback(() => {
    const doc = useDocumentStore.getState().doc;
    if (!doc) return;
    reinstateArena(doc).then(
      () => live.current && resumeEditing(),
      async (error: unknown) => {
        // Put back elsewhere a moment ago (the home screen's Undo): this tab's version is written over it.
        if (error instanceof Error && error.name === 'ConstraintError') {
          await resyncRevision(arenaId);
          if (live.current) resumeEditing();
        } else fail(error);
      },
    );
  }, [arenaId, fail, resumeEditing]);

  return { state, takeOver, restore };
}
