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
 * (first problem reported in the user's terms, records counted 1-based in the file's order), then record
 * keys equal to ids (partners, each partner's resources, tags, acknowledgements, actions, team, instruments,
 * ties), then cross-references (an action's involvement, an instrument and a tie name only partners of this
 * arena, a tie two different ones; a file that breaks this is refused, not repaired). Unknown fields are kept at every level; unknown envelope fields are handed
 * back as `envelopeExtras` and written again when passed to `encodeArenaFile`.
 */
import type { Arena } from '../domain/arena';
import { MAX_NAME_LENGTH, SCHEMA_VERSION } from '../domain/arena';
import { migrateToCurrent, type RawDoc } from '../domain/migrations';
import { clip, importError, type ArenaPart, type ExpectedKind, type ImportError, type ImportErrorCode } from './errors';
import { lineAndColumn, scanJson } from './json-scan';
import { FORBIDDEN_KEYS, MAX_COORDINATE, MAX_DEPTH, MAX_PARTNERS } from './limits';
import { DEFAULT_KEYS, type Attribute } from '../domain/vocabularies';
import { RECORD_COLLECTIONS, RECORD_TYPES, isRecordCollection, type RecordKind as CollectionKind } from '../domain/records';
import {
  acknowledgementSchema,
  actionSchema,
  arenaFileSchema,
  arenaSchema,
  customTagSchema,
  governanceSchema,
  instrumentSchema,
  partnerSchema,
  pointSchema,
  resourceSchema,
  strategicSchema,
  teamMemberSchema,
  tieSchema,
} from './schema';

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
  /**
   * Saved versions to carry (only when the export dialog says so), written after the arena as `versions`;
   * each snapshot in the arena's own layout. Decoded by io/versions.ts.
   */
  versions?: readonly { id: string; name: string; savedAt: string; arena: Arena }[];
}

const ENVELOPE_KEYS = ['type', 'version', 'app', 'appVersion', 'exportedAt', 'arena'] as const;
/*
 * Order of the known fields on export: the order of the schema (src/io/schema.ts), which is the order of
 * domain/arena.ts. A new field is written in its place as soon as the schema knows it; the frozen fixtures
 * in tests/fixtures/formats/ catch any change of order.
 */
const ARENA_KEYS = Object.keys(arenaSchema.shape);
const PARTNER_KEYS = Object.keys(partnerSchema.shape);
const RESOURCE_KEYS = Object.keys(resourceSchema.shape);
const TAG_KEYS = Object.keys(customTagSchema.shape);
const ACK_KEYS = Object.keys(acknowledgementSchema.shape);
const POINT_KEYS = Object.keys(pointSchema.shape);
const STRATEGIC_KEYS = Object.keys(strategicSchema.shape);
const GOVERNANCE_KEYS = Object.keys(governanceSchema.shape);
const ACTION_KEYS = Object.keys(actionSchema.shape);
const TEAM_MEMBER_KEYS = Object.keys(teamMemberSchema.shape);
const INSTRUMENT_KEYS = Object.keys(instrumentSchema.shape);
const TIE_KEYS = Object.keys(tieSchema.shape);

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** Fails to compile when the arena schema gains or loses a field without ARENA_PARTS (and its `io.part.*` texts). */
const _arenaPartsMatch: Same<ArenaPart, keyof typeof arenaSchema.shape> = true;

// ---------------------------------------------------------------------------------------------- encode

/** The arena as the text of an `.arena.json` file. Known fields come first in a fixed order, then unknown ones. */
export function encodeArenaFile(arena: Arena, options: EncodeOptions): string {
  const extras = Object.entries(options.envelopeExtras ?? {}).filter(
    ([key]) => !(ENVELOPE_KEYS as readonly string[]).includes(key) && !(options.versions && key === 'versions'),
  );
  const versions = options.versions?.map((v) => ({ id: v.id, name: v.name, savedAt: v.savedAt, arena: orderArena(v.arena) }));
  const file = Object.fromEntries([
    ['type', 'arena'],
    ['version', SCHEMA_VERSION],
    ['app', APP_NAME],
    ['appVersion', options.appVersion],
    ['exportedAt', options.now],
    ...extras,
    ['arena', orderArena(arena)],
    ...(versions ? [['versions', versions] as const] : []),
  ]);
  return JSON.stringify(file, null, 2) + '\n';
}

function orderArena(arena: Arena): Record<string, unknown> {
  const out = ordered({ ...arena, schemaVersion: SCHEMA_VERSION }, ARENA_KEYS);
  out.partners = mapValues(arena.partners, (p) => {
    const partner = ordered(p, PARTNER_KEYS);
    if (p.position) partner.position = ordered(p.position, POINT_KEYS);
    partner.resources = mapValues(p.resources, (r) => ordered(r, RESOURCE_KEYS));
    return partner;
  });
  out.tags = mapValues(arena.tags, (t) => ordered(t, TAG_KEYS));
  out.acknowledgements = mapValues(arena.acknowledgements, (a) => ordered(a, ACK_KEYS));
  out.strategic = ordered(arena.strategic, STRATEGIC_KEYS);
  out.governance = ordered(arena.governance, GOVERNANCE_KEYS);
  // An action's involvement and a member's answers are records of plain values: kept in their own order.
  out.actions = mapValues(arena.actions, (a) => ordered(a, ACTION_KEYS));
  out.team = mapValues(arena.team, (m) => ordered(m, TEAM_MEMBER_KEYS));
  out.instruments = mapValues(arena.instruments, (i) => ordered(i, INSTRUMENT_KEYS));
  out.ties = mapValues(arena.ties, (t) => ordered(t, TIE_KEYS));
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
  if (path.length === 2 && path[0] === 'arena' && isRecordCollection(path[1])) {
    return [DUPLICATE_CODES[RECORD_TYPES[path[1]].kind], { id: clip(key) }];
  }
  if (path.length === 4 && path[0] === 'arena' && path[1] === 'partners' && path[3] === 'resources') {
    return ['duplicateResourceId', { id: clip(key) }];
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
  if (!isPlainObject(doc.partners)) {
    // The v1 → v2 step replaces `partners` that is missing or not a set of records by an empty set: put the
    // file's value back so the schema reports it, instead of every partner silently disappearing.
    const { partners: _filed, ...rest } = migrated;
    migrated = Object.hasOwn(doc, 'partners') ? { ...rest, partners: doc.partners } : rest;
  }

  const parsed = arenaFileSchema.safeParse({ ...root, version: SCHEMA_VERSION, arena: migrated });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, error: issueToError(issue, root, migrated) };
  }

  const arena = parsed.data.arena as Arena;
  const idError = checkKeysAreIds(arena) ?? checkReferences(arena);
  if (idError) return { ok: false, error: idError };

  const envelopeExtras = Object.fromEntries(
    Object.entries(root).filter(([key]) => !(ENVELOPE_KEYS as readonly string[]).includes(key)),
  );
  return { ok: true, arena, from, envelopeExtras };
}

// ------------------------------------------------------------------------------------ zod issue → words

/**
 * Kinds of keyed record: those of the record registry (domain/records.ts), and a resource, keyed inside its
 * partner. Codes are `<kind>Invalid`, `<kind>Field` …
 */
type RecordKind = CollectionKind | 'resource';
/** Parts of the arena that are one object, not a set of records. */
type PartKind = 'strategic' | 'governance';
const PARTS: Record<string, PartKind> = { strategic: 'strategic', governance: 'governance' };
/** The field that names a record; missing or blank, it gets its own message ("Action 2 has no title."). */
const NAME_FIELDS: Partial<Record<RecordKind, readonly [string, ImportErrorCode]>> = {
  partner: ['name', 'partnerNoName'],
  tag: ['label', 'tagNoLabel'],
  action: ['title', 'actionNoTitle'],
  teamMember: ['name', 'teamMemberNoName'],
  instrument: ['name', 'instrumentNoName'],
};
const DUPLICATE_CODES: Record<RecordKind, ImportErrorCode> = {
  partner: 'duplicatePartnerId',
  resource: 'duplicateResourceId',
  tag: 'duplicateTagId',
  acknowledgement: 'duplicateAcknowledgementId',
  action: 'duplicateActionId',
  teamMember: 'duplicateTeamMemberId',
  instrument: 'duplicateInstrumentId',
  tie: 'duplicateTieId',
};

const EXPECTED: Record<RecordKind | PartKind | 'arena' | 'file', Record<string, ExpectedKind>> = {
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
    strategic: 'object',
    governance: 'object',
    actions: 'records',
    team: 'records',
    instruments: 'records',
    ties: 'records',
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
    resources: 'records',
    addedBy: 'addedBy',
    createdAt: 'date',
    updatedAt: 'date',
  },
  resource: {
    id: 'id',
    kind: 'resourceKind',
    importance: 'score',
    replaceability: 'score',
    note: 'text',
    updatedAt: 'date',
  },
  tag: { id: 'id', attribute: 'attribute', label: 'text', updatedAt: 'date' },
  acknowledgement: { id: 'id', reason: 'text', updatedAt: 'date' },
  action: {
    id: 'id',
    title: 'text',
    description: 'text',
    involvement: 'involvements',
    createdAt: 'date',
    updatedAt: 'date',
  },
  teamMember: { id: 'id', name: 'text', answers: 'answers', createdAt: 'date', updatedAt: 'date' },
  instrument: {
    id: 'id',
    partnerId: 'id',
    name: 'text',
    type: 'instrumentType',
    notes: 'text',
    aim: 'text',
    uptake: 'uptake',
    relation: 'relation',
    alternatives: 'alternatives',
    verdict: 'verdict',
    createdAt: 'date',
    updatedAt: 'date',
  },
  tie: { id: 'id', from: 'id', to: 'id', kind: 'tieKind', note: 'text', createdAt: 'date', updatedAt: 'date' },
  strategic: {
    alone: 'alone',
    aloneWhy: 'text',
    complexity: 'text',
    result: 'text',
    deadline: 'text',
    updatedAt: 'date',
  },
  governance: {
    form: 'governanceForm',
    trust: 'trust',
    consensus: 'consensus',
    competencies: 'competencies',
    mandated: 'boolean',
    mandateNote: 'text',
    updatedAt: 'date',
  },
};

interface IssueLike {
  code: string;
  path: PropertyKey[];
  origin?: string;
  maximum?: number | bigint;
}

type Path = (string | number)[];

function issueToError(issue: IssueLike, root: Record<string, unknown>, arena: RawDoc): ImportError {
  const path: Path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));

  if (path[0] !== 'arena') {
    const field = String(path[0] ?? '');
    return importError('fileField', { field: clip(field), expected: EXPECTED.file[field] ?? 'valid' });
  }
  const field = path[1];
  if (field === undefined) return importError('noArenaData');
  const fieldName = String(field);
  const kind = isRecordCollection(fieldName) ? RECORD_TYPES[fieldName].kind : undefined;
  const part = PARTS[fieldName];

  if ((!kind && !part) || path.length === 2) {
    if (!Object.hasOwn(arena, fieldName)) return importError('arenaMissing', { field: fieldName });
    if (isTooLongText(issue) && path.length === 2) return importError('arenaTooLong', { field: fieldName, max: maxOf(issue) });
    return importError('arenaField', { field: fieldName, expected: EXPECTED.arena[fieldName] ?? 'valid' });
  }
  if (part) return partIssue(part, arena[fieldName], path.slice(2), issue);

  const map = arena[fieldName] as Record<string, unknown>;
  const key = String(path[2]);
  const record = map[key];
  const n = positionOf(map, key);
  const rest = path.slice(3);
  if (kind === 'partner' && rest[0] === 'resources' && rest.length > 1 && isPlainObject(record) && isPlainObject(record.resources)) {
    const resourceKey = String(rest[1]);
    const params = { n, m: positionOf(record.resources, resourceKey) };
    return recordIssue('resource', params, record.resources[resourceKey], rest.slice(2), issue);
  }
  return recordIssue(kind!, { n }, record, rest, issue);
}

/** 1-based place of a record in its set, in the file's order. */
function positionOf(map: Record<string, unknown>, key: string): number {
  return Object.keys(map).indexOf(key) + 1;
}

function isTooLongText(issue: IssueLike): boolean {
  return issue.code === 'too_big' && issue.origin === 'string';
}

function maxOf(issue: IssueLike): number {
  return Number(issue.maximum ?? MAX_NAME_LENGTH);
}

/** An issue inside one record; `rest` is the path below the record, `params` number it (`n`, and `m` for a resource). */
function recordIssue(kind: RecordKind, params: Record<string, number>, record: unknown, rest: Path, issue: IssueLike): ImportError {
  const sub = rest[0];
  if (sub === undefined || !isPlainObject(record)) return importError(`${kind}Invalid`, params);
  const subName = String(sub);
  const missing = !Object.hasOwn(record, subName);
  const blank = issue.code === 'invalid_format' || issue.code === 'too_small';
  const nameField = NAME_FIELDS[kind];

  if (nameField && subName === nameField[0] && (missing || blank)) return importError(nameField[1], params);
  if (missing) return importError(`${kind}Missing`, { ...params, field: clip(subName) });
  if (isTooLongText(issue) && rest.length === 1) return importError(`${kind}TooLong`, { ...params, field: subName, max: maxOf(issue) });
  if (kind === 'partner' && issue.code === 'too_big' && issue.origin === 'array') {
    return importError('partnerTooManyTags', { ...params, field: subName, max: maxOf(issue) });
  }
  return importError(`${kind}Field`, { ...params, field: clip(subName), expected: EXPECTED[kind][subName] ?? 'valid' });
}

/** An issue inside the strategic question or the governance (`rest` is the path below it, never empty). */
function partIssue(part: PartKind, value: unknown, rest: Path, issue: IssueLike): ImportError {
  const subName = String(rest[0]);
  if (!isPlainObject(value)) return importError('arenaField', { field: part, expected: 'object' });
  if (!Object.hasOwn(value, subName)) return importError(`${part}Missing`, { field: clip(subName) });
  if (isTooLongText(issue) && rest.length === 1) return importError(`${part}TooLong`, { field: subName, max: maxOf(issue) });
  return importError(`${part}Field`, { field: clip(subName), expected: EXPECTED[part][subName] ?? 'valid' });
}

/**
 * Every record is filed under its own id; an id used under another key means two records share it.
 * Resources are checked per partner (their ids are unique within it).
 */
function checkKeysAreIds(arena: Arena): ImportError | null {
  const partnerList = Object.values(arena.partners);
  type Check = [RecordKind, Record<string, { id: string }>, (i: number) => Record<string, number>];
  // Every collection of the registry, each partner's resources right after the partners.
  const checks: Check[] = RECORD_COLLECTIONS.flatMap((collection): Check[] => {
    const check: Check = [RECORD_TYPES[collection].kind, arena[collection], (i) => ({ n: i + 1 })];
    if (collection !== 'partners') return [check];
    return [check, ...partnerList.map((p, pi): Check => ['resource', p.resources, (i) => ({ n: pi + 1, m: i + 1 })])];
  });
  for (const [kind, map, numbering] of checks) {
    const keys = Object.keys(map);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      const recordId = map[key]!.id;
      if (recordId === key) continue;
      if (Object.hasOwn(map, recordId)) return importError(DUPLICATE_CODES[kind], { id: clip(recordId) });
      return importError(`${kind}IdMismatch`, { ...numbering(i), key: clip(key), id: clip(recordId) });
    }
  }
  return null;
}

/**
 * An action, an instrument and a tie may only name partners of this arena (the app drops them when the
 * partner is deleted), a tie two different ones; a partner sits within the map's range and carries only tags Arena knows: the default
 * vocabulary of that attribute or one of the arena's own tags for it. An unknown key would show as
 * "Unknown tag" and count as a category of its own in the variety score.
 */
function checkReferences(arena: Arena): ImportError | null {
  const partners = Object.values(arena.partners);
  for (let i = 0; i < partners.length; i++) {
    const p = partners[i]!;
    if (p.position && (Math.abs(p.position.x) > MAX_COORDINATE || Math.abs(p.position.y) > MAX_COORDINATE)) {
      return importError('partnerOffMap', { n: i + 1, name: clip(p.name), max: MAX_COORDINATE });
    }
    const lists: [Attribute, readonly string[]][] = [
      ['expertise', p.expertise],
      ['style', p.style === null ? [] : [p.style]],
      ['perspective', p.perspective],
    ];
    for (const [attribute, keys] of lists) {
      for (const key of keys) {
        const known = DEFAULT_KEYS[attribute].includes(key) || (Object.hasOwn(arena.tags, key) && arena.tags[key]!.attribute === attribute);
        if (!known) return importError('partnerUnknownTag', { n: i + 1, name: clip(p.name), key: clip(key), attribute });
      }
    }
  }
  const actions = Object.values(arena.actions);
  for (let i = 0; i < actions.length; i++) {
    for (const partnerId of Object.keys(actions[i]!.involvement)) {
      if (!Object.hasOwn(arena.partners, partnerId)) return importError('actionUnknownPartner', { n: i + 1, id: clip(partnerId) });
    }
  }
  const instruments = Object.values(arena.instruments);
  for (let i = 0; i < instruments.length; i++) {
    const partnerId = instruments[i]!.partnerId;
    if (!Object.hasOwn(arena.partners, partnerId)) return importError('instrumentUnknownPartner', { n: i + 1, id: clip(partnerId) });
  }
  const ties = Object.values(arena.ties);
  for (let i = 0; i < ties.length; i++) {
    const { from, to } = ties[i]!;
    for (const partnerId of [from, to]) {
      if (!Object.hasOwn(arena.partners, partnerId)) return importError('tieUnknownPartner', { n: i + 1, id: clip(partnerId) });
    }
    if (from === to) return importError('tieSelf', { n: i + 1, id: clip(from) });
  }
  return null;
}
