/**
 * Who this device is in a live workshop: a participant id chosen once per room and kept (so the partners
 * it added stay its own after a reload or a second scan), and the first name typed when joining. Both are
 * kept in localStorage per room, never in the arena document: the name travels in presence and in the
 * `addedBy` of the partners this device adds, the id in the connection's token (`<secret>.<id>`).
 */
import type { StoredShare } from '../../persistence/db';
import { newSecret } from '../../domain/ids';

export interface Participant {
  /** 16 characters of `[A-Za-z0-9_-]`, random. */
  id: string;
  /** The first name as typed (trimmed, at most MAX_NAME characters). */
  name: string;
}

/** What the `addedBy` of a partner may hold (the server checks the same). */
export const MAX_NAME = 60;
const ID = /^[A-Za-z0-9_-]{16}$/;
const key = (room: string) => `arena.participant.${room}`;
/** When localStorage is refused (a private window, storage full), for this tab's life. */
const inMemory = new Map<string, Participant>();

export function cleanName(raw: string): string {
  return raw.trim().replace(/\s+/g, ' ').slice(0, MAX_NAME).trim();
}

export function newParticipantId(): string {
  // newSecret gives 22 characters of the same alphabet (128 bits); 16 of them carry 96 random bits.
  return newSecret().slice(0, 16);
}

/** This device's identity in a room's workshop, if it joined one (or typed its name) before. */
export function participantOf(room: string): Participant | null {
  try {
    const raw = localStorage.getItem(key(room));
    if (raw) {
      const value = JSON.parse(raw) as Partial<Participant> | null;
      if (value && typeof value.id === 'string' && ID.test(value.id) && typeof value.name === 'string') return { id: value.id, name: cleanName(value.name) };
    }
  } catch {
    // A damaged or unreadable entry: the one in memory, or none.
  }
  return inMemory.get(room) ?? null;
}

/** Keeps the name typed for a room; the id stays the one chosen the first time. */
export function rememberParticipant(room: string, name: string): Participant {
  const participant = { id: participantOf(room)?.id ?? newParticipantId(), name: cleanName(name) };
  inMemory.set(room, participant);
  try {
    localStorage.setItem(key(room), JSON.stringify(participant));
  } catch {
    // Kept in memory for this tab: a reload asks for the name again.
  }
  return participant;
}

/**
 * The token a device connects with: its edit or view secret, or for a participant its participant secret
 * with its id (`<secret>.<id>`: the server knows the secret's hash, and whose connection it is by the id).
 * A participant from a server without workshop support connects with the edit secret.
 */
export function tokenFor(share: Pick<StoredShare, 'room' | 'role' | 'edit' | 'view' | 'join'>, participant = participantOf(share.room)): string {
  if (share.role === 'participant') {
    if (share.join && participant) return `${share.join}.${participant.id}`;
    if (share.edit) return share.edit;
  }
  return share.role === 'edit' && share.edit ? share.edit : share.view;
}
