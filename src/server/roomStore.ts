import { createHash, timingSafeEqual } from 'node:crypto';
import type BetterSqlite3 from 'better-sqlite3';

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
  "rotated_at" INTEGER
)`;

export type Access = 'edit' | 'view';

function hash(secret: string): Buffer {
  return createHash('sha256').update(secret, 'utf8').digest();
}

/** Constant time for equal-length hashes; a stored hash of another length (never written) never matches. */
function sameHash(a: Buffer, b: Buffer): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}

interface RoomRow {
  edit_hash: Buffer;
  view_hash: Buffer;
}

/**
 * The rooms and the sha256 of their edit and view secrets. The secrets themselves are never stored or
 * logged: a copy of the database does not open any room.
 */
export class RoomStore {
  private readonly insert: BetterSqlite3.Statement;
  private readonly select: BetterSqlite3.Statement;
  private readonly update: BetterSqlite3.Statement;

  constructor(db: BetterSqlite3.Database) {
    db.exec(ROOMS_SCHEMA);
    this.insert = db.prepare(
      'INSERT INTO rooms (name, edit_hash, view_hash, created_at) VALUES (?, ?, ?, ?) ON CONFLICT(name) DO NOTHING',
    );
    this.select = db.prepare('SELECT edit_hash, view_hash FROM rooms WHERE name = ?');
    this.update = db.prepare('UPDATE rooms SET edit_hash = ?, view_hash = ?, rotated_at = ? WHERE name = ?');
  }

  create(room: string, edit: string, view: string): 'created' | 'exists' {
    const result = this.insert.run(room, hash(edit), hash(view), Date.now());
    return result.changes === 1 ? 'created' : 'exists';
  }

  /** What the secret opens in this room, or null (wrong secret, unknown room). */
  access(room: string, secret: string): Access | null {
    const row = this.select.get(room) as RoomRow | undefined;
    const given = hash(secret);
    if (!row) return null;
    // Both comparisons always run, so the time does not tell which of the two matched.
    const isEdit = sameHash(given, row.edit_hash);
    const isView = sameHash(given, row.view_hash);
    return isEdit ? 'edit' : isView ? 'view' : null;
  }

  /** New secrets replace both old ones at once; only the current edit secret may do it. */
  rotate(room: string, currentEdit: string, edit: string, view: string): 'rotated' | 'forbidden' | 'not-found' {
    const row = this.select.get(room) as RoomRow | undefined;
    if (!row) return 'not-found';
    if (!sameHash(hash(currentEdit), row.edit_hash)) return 'forbidden';
    this.update.run(hash(edit), hash(view), Date.now(), room);
    return 'rotated';
  }
}
