/**
 * Share, New links, Stop sharing. Each asks the sync server first and changes nothing on this device when
 * the server refuses or cannot be reached (the dialog says why).
 */
import type { Arena } from '../../domain/arena';
import { newSecret } from '../../domain/ids';
import type { StoredShare } from '../../persistence/db';
import { putShare, removeShare, saveSnapshot } from '../../persistence/repository';
import { addSharedDoc, deleteSharedDoc, hasSharedDoc } from '../../persistence/sharedDocs';
import { flushAutosave } from '../../persistence/autosave';
import { useDocumentStore } from '../../store/documentStore';
import { useSyncStore } from '../../store/syncStore';
import { createSharedDoc, seedDoc } from '../doc/seed';
import { createRoom, rotateRoom, workshopCall } from './server';

/**
 * Turns the open arena into a shared one: a room with fresh secrets on the server, and a Y.Doc seeded from
 * the arena once (the only time a shared document is built from an arena). The editor then reopens it as a
 * shared arena (it watches the share row). Team members stay personal: none is put in the shared document.
 */
export async function shareArena(arena: Arena): Promise<StoredShare> {
  const store = useDocumentStore.getState();
  // Nothing typed from here until the shared arena opens could reach the Y.Doc: the map waits.
  const wasReadOnly = store.readOnly;
  useDocumentStore.setState({ readOnly: true });
  try {
    await flushAutosave();
    const share: StoredShare = { id: arena.id, room: newSecret(), role: 'edit', edit: newSecret(), view: newSecret() };
    await createRoom(share.room, { edit: share.edit!, view: share.view });
    // A Y.Doc left from an earlier sharing of this arena (stopped since) belongs to a room nobody can reach.
    if (await hasSharedDoc(arena.id)) await deleteSharedDoc(arena.id);
    const ydoc = createSharedDoc();
    seedDoc(ydoc, arena);
    await addSharedDoc(arena.id, ydoc);
    ydoc.destroy();
    useSyncStore.getState().set({ showLinks: true });
    await putShare(share);
    return share;
  } catch (error) {
    useDocumentStore.setState({ readOnly: wasReadOnly });
    throw error;
  }
}

/** Replaces both links: every link given out so far is refused from now on. This device goes on with the new ones. */
export async function newLinks(share: StoredShare): Promise<StoredShare> {
  if (!share.edit) throw new Error('view link');
  const next: StoredShare = { ...share, edit: newSecret(), view: newSecret() };
  const sync = useSyncStore.getState();
  // The server closes every connection of the room, this device's too: it reconnects with the new secret.
  sync.set({ rotating: true });
  try {
    await rotateRoom(share.room, share.edit, { edit: next.edit!, view: next.view });
    await putShare(next);
    sync.set({ share: next });
  } finally {
    sync.set({ rotating: false });
    useSyncStore.getState().retry?.();
  }
  return next;
}

/**
 * Ends the sharing: the room's secrets are replaced by ones nobody gets, so every link is refused (a
 * workshop's participant link too), and the arena stays on this device as a local one, as it is now (the
 * editor reopens it as such).
 */
export async function stopSharing(share: StoredShare, arena: Arena): Promise<void> {
  if (!share.edit) throw new Error('view link');
  // A workshop's participant link is a secret of its own: it stops too (a server without workshops has none).
  if (share.join) await workshopCall(share.room, share.edit, { participant: null });
  await rotateRoom(share.room, share.edit, { edit: newSecret(), view: newSecret() });
  await saveSnapshot(arena);
  await removeShare(share.id);
}
