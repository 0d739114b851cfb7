/**
 * Opens a shared arena in this tab. No edit lock: tabs and devices edit a shared arena together, and the
 * Y.Doc merges what each does. The sync code (Yjs, y-dexie, the Hocuspocus provider) loads here, on first
 * use, so an arena that is never shared loads none of it.
 */
import { useEffect, useState } from 'react';
import { useDocumentStore } from '../store/documentStore';
import { flushDrafts } from '../store/drafts';
import { takeEarlyOpening } from './earlyOpening';
import type { SessionState } from './useArenaSession';

export function useSharedSession(arenaId: string): { state: SessionState } {
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    // main.tsx may have started taking the edit lock for this address: a shared arena needs none.
    void takeEarlyOpening(arenaId)?.lock.then((got) => got.release());
    const opening = import('../sync/client/sharedSession').then((m) => m.openSharedArena(arenaId));
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
      flushDrafts();
      void opening.then((session) => session.close()).catch(() => {});
      // The session takes the document's last version at once when it closes; the store closes after it.
      void opening.finally(() => {
        if (useDocumentStore.getState().doc?.id === arenaId) useDocumentStore.getState().close();
      });
    };
  }, [arenaId]);
  return { state };
}
