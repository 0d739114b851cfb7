/**
 * Numbered migrations of the stored document format, one pure function per step (vN → vN+1). The
 * database upgrade and file import both run `migrateToCurrent`, so an old file opens like an old database.
 * Every past format has a frozen fixture in tests/fixtures/formats/ that a test opens with today's code.
 */
import { SCHEMA_VERSION } from '../arena';

export type RawDoc = Record<string, unknown>;
type Migration = (doc: RawDoc) => RawDoc;

/** MIGRATIONS[n] turns a version-n document into a version-(n+1) one. Empty while only v1 exists. */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {};

export type MigrationResult =
  | { ok: true; doc: RawDoc; from: number }
  | { ok: false; error: 'newer'; version: number }
  | { ok: false; error: 'badVersion' };

export function migrateToCurrent(doc: RawDoc): MigrationResult {
  const version = doc.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { ok: false, error: 'badVersion' };
  if (version > SCHEMA_VERSION) return { ok: false, error: 'newer', version };
  let current = doc;
  for (let v = version; v < SCHEMA_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) throw new Error(`No migration from schema version ${v}`);
    current = { ...step(current), schemaVersion: v + 1 };
  }
  return { ok: true, doc: current, from: version };
}
