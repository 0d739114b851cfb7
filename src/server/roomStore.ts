import { createHash, timingSafeEqual } from 'node:crypto';
import type BetterSqlite3 from 'better-sqlite3';
import { isWorkshopMode, parseParticipantToken, type WorkshopMode, type WorkshopRoomState } from '../sync/doc/workshop';

/** Room ids and secrets: what the share links carry (the server contract). */
export const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

export function isValidId(value: unknown): value is string {
  return typeof value === 'string' && ID_PATTERN.test(value);
}

/** Lives in the same SQLite file as Hocuspocus's `documents` table, so one file is one backup. */
export const ROOMS_SCHEMA = `CREATE TABLE IF NOT EXISTS "rooms" (
  "name" TEXT PRIMARY KEY,
  "edit_hash" BLOB NOT NULL,
  "view_hash" BLOB NOT NULL,
  "created_at" INTEGER NOT NULL,
  "rotated_at" INTEGER,
  "participant_hash" BLOB,
  "mode" TEXT NOT NULL DEFAULT 'add',
  "locked" INTEGER NOT NULL DEFAULT 0
)`;

/** Columns a live workshop added; a file made before them gets them on open (rooms keep their defaults). */
const WORKSHOP_COLUMNS: readonly [string, string][] = [
  ['participant_hash', '"participant_hash" BLOB'],
  ['mode', `"mode" TEXT NOT NULL DEFAULT 'add'`],
  ['locked', '"locked" INTEGER NOT NULL DEFAULT 0'],
];

/** What a token opens in a room: the edit or view link, or a participant link (with the device's participant id). */
export type Access = { role: 'edit' } | { role: 'view' } | { role: 'participant'; participantId: string };

/** A change of a room's workshop (POST /api/rooms/<room>/workshop); `participant: null` ends the session. */
export interface WorkshopChange {
  mode?: WorkshopMode;
  locked?: boolean;
  participant?: string | null;
}

export type WorkshopResult =
  | { status: 'changed'; state: WorkshopRoomState; participantsChanged: boolean }
  | { status: 'forbidden' | 'not-found' | 'same-as-link' };

function hash(secret: string): Buffer {
  return createHash('sha256').update(secret, 'utf8').digest();
}

/** Constant time for equal-length hashes; a stored hash of another length (or none) never matches. */
function sameHash(a: Buffer, b: Buffer | null): boolean {
  if (!b || a.length !== b.length) {
    // The same work as a comparison, so the time does not tell that there was nothing to compare.
    timingSafeEqual(a, a);
    return false;
  }
  return timingSafeEqual(a, b);
}

interface RoomRow {
  edit_hash: Buffer;
  view_hash: Buffer;
  participant_hash: Buffer | null;
  mode: string;
  locked: number;
}

function stateOf(row: RoomRow): WorkshopRoomState {
  return { mode: isWorkshopMode(row.mode) ? row.mode : 'add', locked: row.locked === 1, participants: row.participant_hash !== null };
}

/**
 * The rooms, the sha256 of their edit, view and participant secrets, and their workshop state (mode,
 * lock). The secrets themselves are never stored or logged: a copy of the database does not open any room.
 */
export class RoomStore {
  private readonly insert: BetterSqlite3.Statement;
  private readonly select: BetterSqlite3.Statement;
  private readonly update: BetterSqlite3.Statement;
  private readonly updateWorkshop: BetterSqlite3.Statement;

  constructor(db: BetterSqlite3.Database) {
    db.exec(ROOMS_SCHEMA);
    const columns = new Set((db.prepare('PRAGMA table_info("rooms")').all() as { name: string }[]).map((c) => c.name));
    for (const [name, definition] of WORKSHOP_COLUMNS) {
      if (!columns.has(name)) db.exec(`ALTER TABLE "rooms" ADD COLUMN ${definition}`);
    }
    this.insert = db.prepare(
      'INSERT INTO rooms (name, edit_hash, view_hash, participant_hash, created_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT(name) DO NOTHING',
    );
    this.select = db.prepare('SELECT edit_hash, view_hash, participant_hash, mode, locked FROM rooms WHERE name = ?');
    this.update = db.prepare('UPDATE rooms SET edit_hash = ?, view_hash = ?, rotated_at = ? WHERE name = ?');
    this.updateWorkshop = db.prepare('UPDATE rooms SET participant_hash = ?, mode = ?, locked = ? WHERE name = ?');
  }

  /** The participant secret is optional (a workshop can be opened later); the three secrets must differ. */
  create(room: string, edit: string, view: string, participant?: string): 'created' | 'exists' {
    const result = this.insert.run(room, hash(edit), hash(view), participant === undefined ? null : hash(participant), Date.now());
    return result.changes === 1 ? 'created' : 'exists';
  }

  private row(room: string): RoomRow | undefined {
    return this.select.get(room) as RoomRow | undefined;
  }

  /**
   * What the provider's token opens in this room, or null (wrong secret, unknown room, session ended).
   * A participant's token is `<participant secret>.<participant id>` (workshop.ts); the others are a secret.
   */
  access(room: string, token: string): Access | null {
    const participant = parseParticipantToken(token);
    if (participant) {
      return this.secretRole(room, participant.secret) === 'participant'
        ? { role: 'participant', participantId: participant.participantId }
        : null;
    }
    const role = this.secretRole(room, token);
    return role === 'edit' ? { role: 'edit' } : role === 'view' ? { role: 'view' } : null;
  }

  /** Which of the room's secrets `secret` is (GET of the workshop state takes any of them). */
  secretRole(room: string, secret: string): 'edit' | 'view' | 'participant' | null {
    const row = this.row(room);
    const given = hash(secret);
    if (!row) return null;
    // Every comparison always runs, so the time does not tell which one matched.
    const isEdit = sameHash(given, row.edit_hash);
    const isView = sameHash(given, row.view_hash);
    const isParticipant = sameHash(given, row.participant_hash);
    return isEdit ? 'edit' : isView ? 'view' : isParticipant ? 'participant' : null;
  }

  /** The room's workshop state, or null for an unknown room. */
  workshop(room: string): WorkshopRoomState | null {
    const row = this.row(room);
    return row ? stateOf(row) : null;
  }

  /**
   * New edit and view secrets replace both old ones at once; only the current edit secret may do it. The
   * participant secret stays (participants are not shut out by new edit and view links) and may not be one of them.
   */
  rotate(room: string, currentEdit: string, edit: string, view: string): 'rotated' | 'forbidden' | 'not-found' | 'same-as-link' {
    const row = this.row(room);
    if (!row) return 'not-found';
    if (!sameHash(hash(currentEdit), row.edit_hash)) return 'forbidden';
    if (row.participant_hash && (sameHash(hash(edit), row.participant_hash) || sameHash(hash(view), row.participant_hash))) return 'same-as-link';
    this.update.run(hash(edit), hash(view), Date.now(), room);
    return 'rotated';
  }

  /** Changes the workshop (only the current edit secret may); a new participant secret may not be the edit or view one. */
  setWorkshop(room: string, currentEdit: string, change: WorkshopChange): WorkshopResult {
    const row = this.row(room);
    if (!row) return { status: 'not-found' };
    if (!sameHash(hash(currentEdit), row.edit_hash)) return { status: 'forbidden' };
    let participantHash = row.participant_hash;
    if (change.participant !== undefined) {
      participantHash = change.participant === null ? null : hash(change.participant);
      if (participantHash && (sameHash(participantHash, row.edit_hash) || sameHash(participantHash, row.view_hash))) return { status: 'same-as-link' };
    }
    const participantsChanged =
      (participantHash === null) !== (row.participant_hash === null) ||
      (participantHash !== null && row.participant_hash !== null && !sameHash(participantHash, row.participant_hash));
    const next: RoomRow = {
      ...row,
      participant_hash: participantHash,
      mode: change.mode ?? row.mode,
      locked: change.locked === undefined ? row.locked : change.locked ? 1 : 0,
    };
    this.updateWorkshop.run(next.participant_hash, next.mode, next.locked, room);
    return { status: 'changed', state: stateOf(next), participantsChanged };
  }
}
