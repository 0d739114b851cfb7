/**
 * Joining with a link: the arena is fetched from the sync server once (this needs the network), then stored
 * on this device like any other arena (its Y.Doc with y-dexie, its snapshot for the home list) and opened.
 * A link of a room this device already has opens that arena (a view link never lowers an edit link, and a
 * participant link never lowers an edit link; it raises a view link, and a new workshop's link replaces
 * the last one). A participant joins with the name it typed (identity.ts) already kept for the room.
 */
import type { StoredShare } from '../../persistence/db';
import { allShares, arenaExists, putShare, saveSnapshot } from '../../persistence/repository';
import { addSharedDoc, hasSharedDoc } from '../../persistence/sharedDocs';
import { createSharedDoc } from '../doc/seed';
import { readArena } from '../doc/read';
import { connect, type Connection, type ConnectionState } from './connection';
import type { JoinLink } from './links';
import { tokenFor } from './identity';

export type JoinFailure = 'refused' | 'unreachable' | 'empty' | 'tooNew' | 'failed';

export class JoinFailed extends Error {
  constructor(
    readonly reason: JoinFailure,
    detail?: string,
  ) {
    super(detail ?? reason);
    this.name = 'JoinFailed';
  }
}

/** How long joining waits for the server before it says it cannot be reached. */
export const JOIN_TIMEOUT_MS = 15_000;

export async function joinRoom(link: JoinLink, onState?: (state: ConnectionState) => void): Promise<string> {
  const known = (await allShares()).find((s) => s.room === link.room);
  if (known) {
    const raised = raise(known, link);
    if (raised) await putShare(raised);
    return known.id;
  }
  const share = shareOf(link);
  const ydoc = createSharedDoc();
  let connection: Connection | null = null;
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new JoinFailed('unreachable')), JOIN_TIMEOUT_MS);
      connection = connect(ydoc, {
        room: link.room,
        secret: () => tokenFor(share),
        onState: (state) => {
          onState?.(state);
          if (state.state === 'refused') {
            clearTimeout(timer);
            reject(new JoinFailed(state.refusal === 'secret' ? 'refused' : 'failed', state.refusal));
          } else if (state.state === 'synced' || state.state === 'syncing') {
            clearTimeout(timer);
            resolve();
          }
        },
      });
    });
  } finally {
    (connection as Connection | null)?.destroy();
  }
  const read = readArena(ydoc);
  if (!read.seeded) throw new JoinFailed('empty');
  if (read.tooNew) throw new JoinFailed('tooNew');
  const id = read.arena.id;
  // Stored already (joined before, then left): the stored Y.Doc merges with the server's when it opens.
  if (!(await hasSharedDoc(id))) await addSharedDoc(id, ydoc);
  await putShare({ ...share, id });
  if (!(await arenaExists(id))) await saveSnapshot(read.arena);
  ydoc.destroy();
  return id;
}

/** The share a link gives (its arena id is known once the document is there). */
function shareOf(link: JoinLink): StoredShare {
  if (link.role === 'participant' && 'join' in link) return { id: '', room: link.room, role: 'participant', view: '', join: link.join };
  if (link.role === 'view') return { id: '', room: link.room, role: 'view', view: link.view };
  return { id: '', room: link.room, role: link.role, edit: link.edit, view: link.view };
}

/** What a link of a room this device has changes about it: more access, or a newer workshop; null: nothing. */
export function raise(known: StoredShare, link: JoinLink): StoredShare | null {
  if (known.role === 'edit' || link.role === 'view') return null;
  const next: StoredShare = { ...shareOf(link), id: known.id };
  // A view secret this device had stays: it still opens the arena after the workshop.
  if (!next.view) next.view = known.view;
  if (link.role === 'edit') return next;
  // A participant link: it raises a view link, and a participant's new link (a new workshop) replaces the old.
  if (known.role === 'view' || known.join !== next.join || known.edit !== next.edit) return next;
  return null;
}
