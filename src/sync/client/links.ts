/**
 * Sharing links. A link names the room in its path and carries the room's secrets after `#`, which a
 * browser never sends to a server, so no server log holds them: an edit link carries the edit and the view
 * secret (whoever may edit may also invite viewers), a view link only the view secret.
 */
import type { StoredShare } from '../../persistence/db';

/** Room ids and secrets: what the server accepts (src/server), so a link is checked before any request. */
const TOKEN = /^[A-Za-z0-9_-]{1,64}$/;

export interface JoinLink {
  room: string;
  role: 'edit' | 'view';
  edit?: string;
  view: string;
}

export function isToken(value: string | undefined | null): value is string {
  return typeof value === 'string' && TOKEN.test(value);
}

/** The app's address without its fragment: where a link opens. */
export function appBase(location: Pick<Location, 'origin' | 'pathname'> = window.location): string {
  return `${location.origin}${location.pathname}`;
}

export function editLink(share: Pick<StoredShare, 'room' | 'edit' | 'view'>, base = appBase()): string | null {
  if (!share.edit) return null;
  return `${base}#/join/${share.room}?edit=${share.edit}&view=${share.view}`;
}

export function viewLink(share: Pick<StoredShare, 'room' | 'view'>, base = appBase()): string {
  return `${base}#/join/${share.room}?view=${share.view}`;
}

/** Reads the fragment of a join link (`#/join/<room>?edit=…&view=…`); null when it is not a valid one. */
export function parseJoinHash(hash: string): JoinLink | null {
  const match = /^#\/join\/([^/?#]*)(?:\?([^#]*))?$/.exec(hash);
  if (!match) return null;
  const room = match[1];
  const params = new URLSearchParams(match[2] ?? '');
  const edit = params.get('edit');
  const view = params.get('view');
  if (!isToken(room) || !isToken(view)) return null;
  if (edit !== null && !isToken(edit)) return null;
  return edit !== null ? { room, role: 'edit', edit, view } : { room, role: 'view', view };
}
