/**
 * Opens an arena in this tab: load it, take the edit lock, and hydrate the store. When another tab
 * already edits it, this tab shows it read-only and follows the database live, until the user takes
 * over; the tab that loses the lock writes what it has pending and turns read-only itself.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { loadArena, watchArena } from '../persistence/repository';
import { acquireEditLock, announceHandOver, waitForHandOver, type EditLock } from '../persistence/editLock';
import { flushAutosave } from '../persistence/autosave';
import { takeEarlyOpening } from './earlyOpening';
import type { Arena } from '../domain/arena';
import { useEditorStore } from '../store/editorStore';

export type SessionState =
  | { status: 'loading' }
  | { status: 'missing' }
  | { status: 'error'; reason: string }
  | { status: 'editing' }
  | { status: 'readOnly' };

export function useArenaSession(arenaId: string): { state: SessionState; takeOver(): void } {
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  const lock = useRef<EditLock | null>(null);
  const unwatch = useRef<(() => void) | null>(null);
  const live = useRef(true);
  const run = useRef<object | null>(null);
  // Set the moment another tab takes the lock over, so an opening still under way (a read, a head start
  // whose lock was stolen before this editor mounted) never turns this tab into a second editor.
  const lost = useRef(false);

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
        const store = useEditorStore.getState();
        if (store.doc?.id === doc.id && store.readOnly) store.refresh(doc);
        else store.hydrate(doc, { readOnly: true });
      },
      fail,
    );
  }, [arenaId, fail]);

  const onLost = useCallback(() => {
    lost.current = true;
    // Another tab took over: write what is pending, tell it so, and follow its edits from now on.
    void flushAutosave().then(() => {
      announceHandOver(arenaId);
      if (!live.current) return;
      const doc = useEditorStore.getState().doc;
      if (doc) useEditorStore.getState().hydrate(doc, { readOnly: true });
      setState({ status: 'readOnly' });
      follow();
    });
  }, [arenaId, follow]);

  const edit = useCallback(async (read?: Promise<Arena | undefined>) => {
    const doc = await (read ?? loadArena(arenaId));
    if (!live.current || lost.current) return;
    if (!doc) {
      lock.current?.release();
      return setState({ status: 'missing' });
    }
    unwatch.current?.();
    unwatch.current = null;
    useEditorStore.getState().hydrate(doc);
    setState({ status: 'editing' });
  }, [arenaId]);

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
          useEditorStore.getState().hydrate(doc, { readOnly: true });
          setState({ status: 'readOnly' });
          follow();
        }
      } catch (error) {
        fail(error);
      }
    })();
    return () => {
      run.current = null;
      live.current = false;
      unwatch.current?.();
      lock.current?.release();
      lock.current = null;
      useEditorStore.getState().close();
    };
  }, [arenaId, edit, fail, follow, onLost]);

  const takeOver = useCallback(() => {
    void (async () => {
      try {
        const handedOver = waitForHandOver(arenaId);
        lost.current = false;
        const got = await acquireEditLock(arenaId, { steal: true, onLost });
        lock.current = got;
        await handedOver;
        await edit();
      } catch (error) {
        fail(error);
      }
    })();
  }, [arenaId, edit, fail, onLost]);

  return { state, takeOver };
}
