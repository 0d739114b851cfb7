/**
 * The saved versions an arena file may carry (`versions` in the envelope, after `arena`; written only when
 * the export dialog says so). Each is `{ id, name, savedAt, arena }`, its arena checked exactly like the
 * file's own arena (decodeArenaJson: schema, ids, references, migrations of older formats). One bad version
 * refuses the whole file, so an import writes everything or nothing. A file without `versions` (every
 * file before them) has none.
 */
import type { Arena } from '../domain/arena';
import { SCHEMA_VERSION } from '../domain/arena';
import type { ImportError } from './errors';
import { decodeArenaJson } from './json';
import { MAX_DATE_LENGTH, MAX_ID_LENGTH } from './limits';

export const MAX_FILE_VERSIONS = 500;
export const MAX_FILE_VERSION_NAME = 120;

export interface DecodedVersion {
  id: string;
  name: string;
  savedAt: string;
  arena: Arena;
}

/** Why a version was refused; `n` counts from 1 in the file's order. `arena` holds the arena check's own error. */
export type VersionsError =
  | { code: 'notList' }
  | { code: 'tooMany'; max: number }
  | { code: 'invalid'; n: number; field: 'entry' | 'id' | 'name' | 'savedAt' }
  | { code: 'duplicateId'; n: number }
  | { code: 'arena'; n: number; name: string; error: ImportError };

export type VersionsResult = { ok: true; versions: DecodedVersion[] } | { ok: false; error: VersionsError };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

export function decodeVersions(raw: unknown): VersionsResult {
  if (raw === undefined) return { ok: true, versions: [] };
  if (!Array.isArray(raw)) return { ok: false, error: { code: 'notList' } };
  if (raw.length > MAX_FILE_VERSIONS) return { ok: false, error: { code: 'tooMany', max: MAX_FILE_VERSIONS } };
  const versions: DecodedVersion[] = [];
  const ids = new Set<string>();
  for (let i = 0; i < raw.length; i++) {
    const n = i + 1;
    const entry: unknown = raw[i];
    if (!isPlainObject(entry)) return { ok: false, error: { code: 'invalid', n, field: 'entry' } };
    const { id, name, savedAt, arena } = entry;
    if (typeof id !== 'string' || id.length === 0 || id.length > MAX_ID_LENGTH) return { ok: false, error: { code: 'invalid', n, field: 'id' } };
    if (ids.has(id)) return { ok: false, error: { code: 'duplicateId', n } };
    ids.add(id);
    if (typeof name !== 'string' || name.trim() === '' || name.length > MAX_FILE_VERSION_NAME) return { ok: false, error: { code: 'invalid', n, field: 'name' } };
    if (typeof savedAt !== 'string' || savedAt.length > MAX_DATE_LENGTH || !ISO_DATE.test(savedAt) || Number.isNaN(Date.parse(savedAt))) {
      return { ok: false, error: { code: 'invalid', n, field: 'savedAt' } };
    }
    // The version's own format: a version saved before a format change is migrated like an old file.
    const version = isPlainObject(arena) && typeof arena.schemaVersion === 'number' ? arena.schemaVersion : SCHEMA_VERSION;
    const decoded = decodeArenaJson({ type: 'arena', version, arena });
    if (!decoded.ok) return { ok: false, error: { code: 'arena', n, name, error: decoded.error } };
    versions.push({ id, name: name.trim(), savedAt, arena: decoded.arena });
  }
  return { ok: true, versions };
}
