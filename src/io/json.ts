/**
 * The `.arena.json` file: encoding an arena and decoding (checking, migrating, validating) a file.
 *
 * Format: `{ type: 'arena', version, app: 'Arena', appVersion, exportedAt, arena }`, pretty-printed with two
 * spaces. `version` is the format version of the arena inside and always equals `arena.schemaVersion`;
 * readers check `version` first (so a newer file is recognised before its content is looked at), then the
 * arena's `schemaVersion` must agree (missing: taken from `version`; different: refused).
 *
 * Decoding runs, in order: JSON syntax (with line and column), nesting depth ≤ MAX_DEPTH, no field named
 * `__proto__`/`constructor`/`prototype` anywhere and no field twice in one object (refused, never dropped:
 * such a file was not written by Arena), `type === 'arena'`, the version, `migrateToCurrent`, the zod schema
 * (first problem reported in the user's terms, partners counted 1-based in the file's order), then record
 * keys equal to ids. Unknown fields are kept at every level; unknown envelope fields are handed back as
 * `envelopeExtras` and written again when passed to `encodeArenaFile`.
 */
import type { Arena } from '../domain/arena';
import { MAX_NAME_LENGTH, SCHEMA_VERSION } from '../domain/arena';
import { migrateToCurrent, type RawDoc } from '../domain/migrations';
import { clip, importError, type ExpectedKind, type ImportError, type ImportErrorCode } from './errors';
import { lineAndColumn, scanJson } from './json-scan';
import { FORBIDDEN_KEYS, MAX_DEPTH, MAX_PARTNERS } from './limits';
import { arenaFileSchema } from './schema';

export const APP_NAME = 'Arena';

export type DecodeResult =
  | { ok: true; arena: Arena; from: number; envelopeExtras: Record<string, unknown> }
  | { ok: false; error: ImportError };

export interface EncodeOptions {
  appVersion: string;
  /** ISO time of the export. */
  now: string;
  /** Unknown envelope fields of the file the arena came from (see `DecodeResult`), written back as they were. */
  envelopeExtras?: Record<string, unknown>;
}

const ENVELOPE_KEYS = ['type', 'version', 'app', 'appVersion', 'exportedAt', 'arena'] as const;
const ARENA_KEYS = ['id', 'schemaVersion', 'title', 'goal', 'createdAt', 'updatedAt', 'partners', 'tags', 'acknowledgements'];
const PARTNER_KEYS = ['id', 'name', 'type', 'notes', 'position', 'expertise', 'style', 'perspective', 'createdAt', 'updatedAt'];
const TAG_KEYS = ['id', 'attribute', 'label', 'updatedAt'];
const ACK_KEYS = ['id', 'reason', 'updatedAt'];
const POINT_KEYS = ['x', 'y'];

// ---------------------------------------------------------------------------------------------- encode

/** The arena as the text of an `.arena.json` file. Known fields come first in a fixed order, then unknown ones. */
export function encodeArenaFile(arena: Arena, options: EncodeOptions): string {
  const extras = Object.entries(options.envelopeExtras ?? {}).filter(
    ([key]) => !(ENVELOPE_KEYS as readonly string[]).includes(key),
  );
  const file = Object.fromEntries([
    ['type', 'arena'],
    ['version', SCHEMA_VERSION],
    ['app', APP_NAME],
    ['appVersion', options.appVersion],
    ['exportedAt', options.now],
    ...extras,
    ['arena', orderArena(arena)],
  ]);
  return JSON.stringify(file, null, 2) + '\n';
}

function orderArena(arena: Arena): Record<string, unknown> {
  const out = ordered({ ...arena, schemaVersion: SCHEMA_VERSION }, ARENA_KEYS);
  out.partners = mapValues(arena.partners, (p) => {
    const partner = ordered(p, PARTNER_KEYS);
    if (p.position) partner.position = ordered(p.position, POINT_KEYS);
    return partner;
  });
  out.tags = mapValues(arena.tags, (t) => ordered(t, TAG_KEYS));
  out.acknowledgements = mapValues(arena.acknowledgements, (a) => ordered(a, ACK_KEYS));
  return out;
}

/** A copy with `known` keys first (those present), then the rest in their order. Never assigns by `=`. */
function ordered(record: object, known: readonly string[]): Record<string, unknown> {
  const entries = Object.entries(record);
  const byKey = new Map(entries);
  const first = known.filter((k) => byKey.has(k)).map((k) => [k, byKey.get(k)] as const);
  const rest = entries.filter(([k]) => !known.includes(k));
  return Object.fromEntries([...first, ...rest]);
}

function mapValues<T>(records: Record<string, T>, f: (value: T) => unknown): Record<string, unknown> {
  return Object.fromEntries(Object.entries(records).map(([k, v]) => [k, f(v)]));
}

// ---------------------------------------------------------------------------------------------- decode

/**
 * Decodes the text of an arena file (a leading BOM is ignored). Records are numbered in the file's order as
 * JavaScript sees it: keys that look like array indexes ("12") would come first, ids never do.
 */
export function decodeArenaFile(text: string): DecodeResult {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const scan = scanJson(source, MAX_DEPTH);
  if (!scan.ok) {
    const { line, column } = lineAndColumn(source, scan.offset);
    switch (scan.kind) {
      case 'tooDeep':
        return fail('tooDeep', { max: MAX_DEPTH });
      case 'forbiddenKey':
        return fail('forbiddenKey', { key: scan.key, line });
      case 'duplicateKey':
        return fail(...duplicateKeyError(scan.key, scan.path, line));
      case 'end':
        if (firstNonSpace(source) === source.length) return fail('empty');
        return fail('jsonTruncated', { line });
      case 'syntax':
        if (scan.offset === firstNonSpace(source)) return fail('notJson');
        return fail('jsonSyntax', { line, column });
    }
  }
  return decodeValue(JSON.parse(source) as unknown);
}

/**
 * Decodes already-parsed data (e.g. from a PNG or the clipboard). Checks depth and forbidden keys itself,
 * without recursion; the value must be JSON data (plain objects, arrays, strings, finite numbers, booleans,
 * null), as `JSON.parse` returns.
 */
export function decodeArenaJson(value: unknown): DecodeResult {
  const shape = checkShape(value);
  if (shape) return { ok: false, error: shape };
  return decodeValue(value);
}

function duplicateKeyError(key: string, path: (string | number)[], line: number): [ImportErrorCode, Record<string, string | number>] {
  if (path.length === 2 && path[0] === 'arena') {
    if (path[1] === 'partners') return ['duplicatePartnerId', { id: clip(key) }];
    if (path[1] === 'tags') return ['duplicateTagId', { id: clip(key) }];
    if (path[1] === 'acknowledgements') return ['duplicateAcknowledgementId', { id: clip(key) }];
  }
  return ['duplicateKey', { key: clip(key), line }];
}

function firstNonSpace(text: string): number {
  const m = /[^ \t\r\n]/.exec(text);
  return m ? m.index : text.length;
}

function fail(code: ImportErrorCode, params?: Record<string, string | number>): { ok: false; error: ImportError } {
  return { ok: false, error: importError(code, params) };
}

/** Depth, forbidden keys and plain-data check of a parsed value, iteratively. */
function checkShape(root: unknown): ImportError | null {
  const seen = new Set<object>();
  const stack: [unknown, number][] = [[root, 1]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (depth > MAX_DEPTH) return importError('tooDeep', { max: MAX_DEPTH });
    if (seen.has(value)) return importError('invalid', { path: 'shared or circular value' });
    seen.add(value);
    if (Array.isArray(value)) {
      for (const item of value) stack.push([item, depth + 1]);
      continue;
    }
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) return importError('forbiddenKey', { key });
      stack.push([(value as Record<string, unknown>)[key], depth + 1]);
    }
  }
  return null;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

function isVersion(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 1;
}

/** Everything after JSON syntax: envelope, version, migration, schema, key/id agreement. */
function decodeValue(root: unknown): DecodeResult {
  if (!isPlainObject(root) || root.type !== 'arena') return fail('notArena');
  const version = root.version;
  if (!isVersion(version)) return fail('badVersion');
  if (version > SCHEMA_VERSION) return fail('newerVersion', { version, supported: SCHEMA_VERSION });
  const rawArena = root.arena;
  if (!isPlainObject(rawArena)) return fail('noArenaData');

  let doc: RawDoc = rawArena;
  if (!Object.hasOwn(rawArena, 'schemaVersion')) {
    doc = { ...rawArena, schemaVersion: version };
  } else if (rawArena.schemaVersion !== version) {
    const inner = rawArena.schemaVersion;
    if (isVersion(inner) && inner > SCHEMA_VERSION) return fail('newerVersion', { version: inner, supported: SCHEMA_VERSION });
    return fail('versionMismatch', { fileVersion: version, arenaVersion: clip(JSON.stringify(inner) ?? String(inner)) });
  }

  if (isPlainObject(doc.partners)) {
    const count = Object.keys(doc.partners).length;
    if (count > MAX_PARTNERS) return fail('tooManyPartners', { count, max: MAX_PARTNERS });
  }

  let migrated: RawDoc;
  let from: number;
  try {
    const result = migrateToCurrent(doc);
    if (!result.ok) {
      return result.error === 'newer'
        ? fail('newerVersion', { version: result.version, supported: SCHEMA_VERSION })
        : fail('badVersion');
    }
    migrated = result.doc;
    from = result.from;
  } catch {
    return fail('migrationFailed', { version });
  }

  const parsed = arenaFileSchema.safeParse({ ...root, version: SCHEMA_VERSION, arena: migrated });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, error: issueToError(issue, root, migrated) };
  }

  const arena = parsed.data.arena as Arena;
  const idError = checkKeysAreIds(arena);
  if (idError) return { ok: false, error: idError };

  const envelopeExtras = Object.fromEntries(
    Object.entries(root).filter(([key]) => !(ENVELOPE_KEYS as readonly string[]).includes(key)),
  );
  return { ok: true, arena, from, envelopeExtras };
}

// ------------------------------------------------------------------------------------ zod issue → words

type RecordKind = 'partner' | 'tag' | 'acknowledgement';
const RECORD_MAPS: Record<string, RecordKind> = { partners: 'partner', tags: 'tag', acknowledgements: 'acknowledgement' };

const EXPECTED: Record<RecordKind | 'arena' | 'file', Record<string, ExpectedKind>> = {
  file: { app: 'text', appVersion: 'text', exportedAt: 'date', version: 'integer', type: 'valid' },
  arena: {
    id: 'id',
    schemaVersion: 'integer',
    title: 'text',
    goal: 'text',
    createdAt: 'date',
    updatedAt: 'date',
    partners: 'records',
    tags: 'records',
    acknowledgements: 'records',
  },
  partner: {
    id: 'id',
    name: 'text',
    type: 'text',
    notes: 'text',
    position: 'pointOrEmpty',
    expertise: 'tagList',
    style: 'tagKeyOrEmpty',
    perspective: 'tagList',
    createdAt: 'date',
    updatedAt: 'date',
  },
  tag: { id: 'id', attribute: 'attribute', label: 'text', updatedAt: 'date' },
  acknowledgement: { id: 'id', reason: 'text', updatedAt: 'date' },
};

interface IssueLike {
  code: string;
  path: PropertyKey[];
  origin?: string;
  maximum?: number | bigint;
}

function issueToError(issue: IssueLike, root: Record<string, unknown>, arena: RawDoc): ImportError {
  const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
  const tooLongText = issue.code === 'too_big' && issue.origin === 'string';
  const max = Number(issue.maximum ?? MAX_NAME_LENGTH);

  if (path[0] !== 'arena') {
    const field = String(path[0] ?? '');
    return importError('fileField', { field: clip(field), expected: EXPECTED.file[field] ?? 'valid' });
  }
  const field = path[1];
  if (field === undefined) return importError('noArenaData');
  const fieldName = String(field);
  const kind = RECORD_MAPS[fieldName];

  if (!kind || path.length === 2) {
    if (!Object.hasOwn(arena, fieldName)) return importError('arenaMissing', { field: fieldName });
    if (tooLongText && path.length === 2) return importError('arenaTooLong', { field: fieldName, max });
    return importError('arenaField', { field: fieldName, expected: EXPECTED.arena[fieldName] ?? 'valid' });
  }

  const map = arena[fieldName] as Record<string, unknown>;
  const key = String(path[2]);
  const n = Object.keys(map).indexOf(key) + 1;
  const record = map[key];
  const sub = path[3];
  if (sub === undefined || !isPlainObject(record)) return importError(`${kind}Invalid`, { n });
  const subName = String(sub);
  const missing = !Object.hasOwn(record, subName);
  const blank = issue.code === 'invalid_format' || issue.code === 'too_small';

  if (kind === 'partner' && subName === 'name' && (missing || blank)) return importError('partnerNoName', { n });
  if (kind === 'tag' && subName === 'label' && (missing || blank)) return importError('tagNoLabel', { n });
  if (missing) return importError(`${kind}Missing`, { n, field: clip(subName) });
  if (tooLongText && path.length === 4) return importError(`${kind}TooLong`, { n, field: subName, max });
  if (kind === 'partner' && issue.code === 'too_big' && issue.origin === 'array') {
    return importError('partnerTooManyTags', { n, field: subName, max });
  }
  return importError(`${kind}Field`, { n, field: clip(subName), expected: EXPECTED[kind][subName] ?? 'valid' });
}

/** Every record is filed under its own id; an id used under another key means two records share it. */
function checkKeysAreIds(arena: Arena): ImportError | null {
  const maps: [RecordKind, Record<string, { id: string }>][] = [
    ['partner', arena.partners],
    ['tag', arena.tags],
    ['acknowledgement', arena.acknowledgements],
  ];
  for (const [kind, map] of maps) {
    const keys = Object.keys(map);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      const recordId = map[key]!.id;
      if (recordId === key) continue;
      if (Object.hasOwn(map, recordId)) {
        const code = kind === 'partner' ? 'duplicatePartnerId' : kind === 'tag' ? 'duplicateTagId' : 'duplicateAcknowledgementId';
        return importError(code, { id: clip(recordId) });
      }
      return importError(`${kind}IdMismatch`, { n: i + 1, key: clip(key), id: clip(recordId) });
    }
  }
  return null;
}
