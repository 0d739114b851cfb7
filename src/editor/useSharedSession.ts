/**
 * Opens a shared arena in this tab. No edit lock: tabs and devices edit a shared arena together, and the
 * Y.Doc merges what each does. The sync code (Yjs, y-dexie, the Hocuspocus provider) loads here, on first
 * use, so an arena that is never shared loads none of it.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { watchPresence } from '../persistence/repository';
import type { SharedSession } from '../sync/client/sharedSession';
import { useDocumentStore } from '../store/documentStore';
import { flushDrafts } from '../store/drafts';
import { takeEarlyOpening } from './earlyOpening';
import type { SessionState } from './useArenaSession';

export function useSharedSession(arenaId: string): { state: SessionState; restore(): void } {
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  const session = useRef<Promise<SharedSession> | null>(null);
  useEffect(() => {
    let live = true;
    // main.tsx may have started taking the edit lock for this address: a shared arena needs none.
    void takeEarlyOpening(arenaId)?.lock.then((got) => got.release());
    const opening = import('../sync/client/sharedSession').then((m) => m.openSharedArena(arenaId));
    session.current = opening;
    // Deleted on the home screen of another tab: this tab says so and stops writing its snapshot (which
    // would bring it back); the Y.Doc and its sync go on, so Restore loses nothing.
    const stopWatching = watchPresence(arenaId, (present) => {
      if (present || !live) return;
      void opening.then((s) => {
        s.pause();
        if (live) setState({ status: 'deleted' });
      });
    });
    opening.then(
      () => live && setState({ status: 'editing' }),
      (error: unknown) => {
        if (!live) return;
        if (error instanceof Error && error.name === 'SharedArenaMissing') setState({ status: 'missing' });
        else setState({ status: 'error', reason: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => {
      live = false;
      stopWatching();
      flushDrafts();
      void opening.then((session) => session.close()).catch(() => {});
      // The session takes the document's last version at once when it closes; the store closes after it.
      void opening.finally(() => {
        if (useDocumentStore.getState().doc?.id === arenaId) useDocumentStore.getState().close();
      });
    };
  }, [arenaId]);
  const restore = useCallback(() => {
    void session.current?.then(async (s) => {
      await s.resume();
      setState({ status: 'editing' });
    });
  }, []);
  return { state, restore };
}
