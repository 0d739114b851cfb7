/**
 * Joining with a link: the arena is fetched from the sync server once (this needs the network), then stored
 * on this device like any other arena (its Y.Doc with y-dexie, its snapshot for the home list) and opened.
 * A link of a room this device already has opens that arena (a view link never lowers an edit link).
 */
import type { StoredShare } from '../../persistence/db';
import { allShares, arenaExists, putShare, saveSnapshot } from '../../persistence/repository';
import { addSharedDoc, hasSharedDoc } from '../../persistence/sharedDocs';
import { createSharedDoc } from '../doc/seed';
import { readArena } from '../doc/read';
import { connect, type Connection, type ConnectionState } from './connection';
import type { JoinLink } from './links';

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
    if (link.role === 'edit' && known.role === 'view') await putShare({ ...known, role: 'edit', edit: link.edit, view: link.view });
    return known.id;
  }
  const ydoc = createSharedDoc();
  let connection: Connection | null = null;
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new JoinFailed('unreachable')), JOIN_TIMEOUT_MS);
      connection = connect(ydoc, {
        room: link.room,
        secret: () => (link.role === 'edit' && link.edit ? link.edit : link.view),
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
  const share: StoredShare = { id, room: link.room, role: link.role, ...(link.edit ? { edit: link.edit } : {}), view: link.view };
  await putShare(share);
  if (!(await arenaExists(id))) await saveSnapshot(read.arena);
  ydoc.destroy();
  return id;
}
