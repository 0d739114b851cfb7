/** Renames a shared arena from the home screen: in its Y.Doc (so every device gets it) and in its snapshot. */
import { openSharedDoc, closeSharedDoc } from '../../persistence/sharedDocs';
import { loadArena, saveSnapshot } from '../../persistence/repository';
import { readArena } from '../doc/read';
import { LOCAL_ORIGIN, roots } from '../doc/layout';

export async function renameSharedArena(id: string, title: string, now = new Date().toISOString()): Promise<void> {
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
  } finally {
    closeSharedDoc(ydoc);
  }
}
