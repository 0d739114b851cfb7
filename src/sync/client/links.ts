/**
 * Sharing links. A link names the room in its path and carries the room's secrets after `#`, which a
 * browser never sends to a server, so no server log holds them: an edit link carries the edit and the view
 * secret (whoever may edit may also invite viewers), a view link only the view secret, and a live
 * workshop's participant link (`?join=<p>`) only the participant secret: it gives out nothing else, so
 * ending the workshop ends every participant's access.
 *
 * A sync server without workshop support (it answers 404 to the workshop call) cannot tell participants
 * from editors: there the participant link is the edit link marked `&participant=1`, which asks for a
 * first name like a real one, and the share dialog says participants can change everything.
 */
import type { StoredShare } from '../../persistence/db';

/** Room ids and secrets: what the server accepts (src/server), so a link is checked before any request. */
const TOKEN = /^[A-Za-z0-9_-]{1,64}$/;

export type JoinLink =
  | { room: string; role: 'edit'; edit: string; view: string }
  | { room: string; role: 'view'; view: string }
  /** A workshop's participant link. */
  | { room: string; role: 'participant'; join: string }
  /** A participant link from a sync server without workshop support: the edit link, with a name. */
  | { room: string; role: 'participant'; edit: string; view: string };

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

/** The participant link of a workshop (`join`), or, without workshop support, the edit link with a name. */
export function participantLink(share: Pick<StoredShare, 'room' | 'edit' | 'view'>, join: string | null, base = appBase()): string | null {
  if (join) return `${base}#/join/${share.room}?join=${join}`;
  const edit = editLink(share, base);
  return edit && `${edit}&participant=1`;
}

/** A link as people read it off a projector: without `https://` (every phone adds it back). */
export function readableLink(link: string): string {
  return link.replace(/^https?:\/\//, '');
}

/** Reads the fragment of a join link (`#/join/<room>?edit=…&view=…`); null when it is not a valid one. */
export function parseJoinHash(hash: string): JoinLink | null {
  const match = /^#\/join\/([^/?#]*)(?:\?([^#]*))?$/.exec(hash);
  if (!match) return null;
  const room = match[1];
  if (!isToken(room)) return null;
  const params = new URLSearchParams(match[2] ?? '');
  const join = params.get('join');
  if (join !== null) return isToken(join) && !params.has('edit') && !params.has('view') ? { room, role: 'participant', join } : null;
  const edit = params.get('edit');
  const view = params.get('view');
  if (!isToken(view)) return null;
  if (edit === null) return { room, role: 'view', view };
  if (!isToken(edit)) return null;
  return params.get('participant') === '1' ? { room, role: 'participant', edit, view } : { room, role: 'edit', edit, view };
}
