/**
 * Where the sync server is, and its two HTTP calls (create a room, rotate its secrets). By default the
 * server is the app's own origin (`npm start` serves both on one port); a build for separate hosting sets
 * VITE_SYNC_URL, which the Content-Security-Policy's connect-src names too (vite.config.ts).
 */
export function syncHttpBase(location: Pick<Location, 'origin'> = window.location): string {
  const configured = import.meta.env.VITE_SYNC_URL;
  return (configured && configured.length > 0 ? configured : location.origin).replace(/\/+$/, '');
}

export function syncSocketUrl(room: string, base = syncHttpBase()): string {
  return `${base.replace(/^http/, 'ws')}/sync/${room}`;
}

export type RoomCallError = 'unreachable' | 'exists' | 'refused' | 'unknown' | 'failed';

export class RoomCallFailed extends Error {
  constructor(readonly reason: RoomCallError) {
    super(`sync server: ${reason}`);
    this.name = 'RoomCallFailed';
  }
}

async function call(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, { ...init, headers: { 'Content-Type': 'application/json', ...init.headers }, cache: 'no-store' });
  } catch {
    throw new RoomCallFailed('unreachable');
  }
}

/** Registers a new room with its secrets (the server keeps only their hashes). */
export async function createRoom(room: string, secrets: { edit: string; view: string }, base = syncHttpBase()): Promise<void> {
  const response = await call(`${base}/api/rooms/${room}`, { method: 'PUT', body: JSON.stringify(secrets) });
  if (response.status === 201) return;
  throw new RoomCallFailed(response.status === 409 ? 'exists' : 'failed');
}

/** Replaces a room's secrets: every link given out so far stops working, open connections are closed. */
export async function rotateRoom(room: string, currentEdit: string, secrets: { edit: string; view: string }, base = syncHttpBase()): Promise<void> {
  const response = await call(`${base}/api/rooms/${room}/rotate`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${currentEdit}` },
    body: JSON.stringify(secrets),
  });
  if (response.ok) return;
  throw new RoomCallFailed(response.status === 403 ? 'refused' : response.status === 404 ? 'unknown' : 'failed');
}
