/**
 * Renames a shared arena from the home screen: in its Y.Doc (so every device gets it) and in its snapshot,
 * then hands the change to the sync server straight away (at most a few seconds; offline, it goes with the
 * next opening of the arena, like any change made offline). A workshop participant cannot rename the arena:
 * the server would refuse the change, and every later connection that still carries it.
 */
import { openSharedDoc, closeSharedDoc } from '../../persistence/sharedDocs';
import { getShare, loadArena, saveSnapshot } from '../../persistence/repository';
import { readArena } from '../doc/read';
import { LOCAL_ORIGIN, roots } from '../doc/layout';
import { connect, type Connection } from './connection';
import { tokenFor } from './identity';

const HAND_OVER_MS = 5000;

export async function renameSharedArena(id: string, title: string, now = new Date().toISOString()): Promise<void> {
  if ((await getShare(id))?.role === 'participant') return;
  const ydoc = await openSharedDoc(id, () => {});
  if (!ydoc) return;
  try {
    const { meta } = roots(ydoc);
    ydoc.transact(() => {
      meta.set('title', title);
      meta.set('updatedAt', now);
    }, LOCAL_ORIGIN);
    // This device's own team members live in the snapshot only.
    const team = (await loadArena(id).catch(() => undefined))?.team;
    await saveSnapshot(readArena(ydoc, { team }).arena);
    const share = await getShare(id);
    if (!share) return;
    let connection: Connection | null = null;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, HAND_OVER_MS);
      connection = connect(ydoc, {
        room: share.room,
        secret: () => tokenFor(share),
        onState: (state) => {
          if (state.state === 'synced' || state.state === 'refused' || state.state === 'offline') {
            clearTimeout(timer);
            resolve();
          }
        },
      });
    });
    (connection as Connection | null)?.destroy();
  } finally {
    closeSharedDoc(ydoc);
  }
}
