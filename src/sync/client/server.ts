/**
 * Where the sync server is, and its HTTP calls (create a room, rotate its secrets, a live workshop's state). By default the
 * server is the app's own origin (`npm start` serves both on one port); a build for separate hosting sets
 * VITE_SYNC_URL, which the Content-Security-Policy's connect-src names too (vite.config.ts).
 */
import type { WorkshopMode } from './workshopState';

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

/** A room's workshop as the server keeps it: what it enforces, and whether a participant link is open. */
export interface WorkshopServerState {
  mode: WorkshopMode;
  locked: boolean;
  participants: boolean;
}

export interface WorkshopChange {
  mode?: WorkshopMode;
  locked?: boolean;
  /** A new participant secret (a new session: the last participant link stops working), or null to end it. */
  participant?: string | null;
}

function workshopOf(body: unknown): WorkshopServerState {
  const b = (body ?? {}) as Record<string, unknown>;
  const mode = b.mode === 'own' || b.mode === 'all' ? b.mode : 'add';
  return { mode, locked: b.locked === true, participants: b.participants === true };
}

/**
 * Reads (no change) or changes a room's workshop with the edit secret. Null: this server has no workshop
 * support (it answers 404 for a room this device is connected to), so it cannot tell participants from
 * editors.
 */
export async function workshopCall(room: string, edit: string, change: WorkshopChange | null, base = syncHttpBase()): Promise<WorkshopServerState | null> {
  const response = await call(`${base}/api/rooms/${room}/workshop`, {
    method: change ? 'POST' : 'GET',
    headers: { Authorization: `Bearer ${edit}` },
    ...(change ? { body: JSON.stringify(change) } : {}),
  });
  if (response.status === 404) return null;
  if (!response.ok) throw new RoomCallFailed(response.status === 403 ? 'refused' : 'failed');
  return workshopOf(await response.json().catch(() => null));
}
