/**
 * Reading one record (or the arena's own fields) out of the shared document and checking it with the
 * same zod schemas as file import (src/io/schema.ts) plus the import's checks a schema cannot say (a
 * record's id equals its key, a resource's id equals its key, a position within the map's range, no
 * prototype keys, plain JSON only). Anything can be in a Y.Doc a buggy or hostile peer wrote to: every
 * function here returns a verdict and never throws on what it finds.
 */
import * as Y from 'yjs';
import type { z } from 'zod';
import type { Governance, Strategic } from '../../domain/arena';
import type { ArenaRecord, RecordCollection } from '../../domain/records';
import { RECORD_COLLECTIONS } from '../../domain/records';
import { clip } from '../../io/errors';
import { FORBIDDEN_KEYS, MAX_COORDINATE, MAX_DEPTH, MAX_ID_LENGTH } from '../../io/limits';
import { RECORD_SCHEMAS, arenaSchema, governanceSchema, strategicSchema } from '../../io/schema';
import { DELETED, EDIT_ID, FORMAT, MAIN_EXPERTISE, PARTS, fieldKind, reservedKeys, type Part } from './layout';

export type RecordRead<C extends RecordCollection = RecordCollection> =
  | { state: 'ok'; record: ArenaRecord<C>; editId: string; revived: boolean }
  /** Deleted (a tombstone that saw the record's last edit), or not there at all. */
  | { state: 'gone' }
  | { state: 'invalid'; reason: string };

/** Nesting a JSON value inside a record may have: the file's limit less the levels above a record's field. */
export const VALUE_DEPTH = MAX_DEPTH - 6;

class Invalid extends Error {}
const invalid = (reason: string): never => {
  throw new Invalid(reason);
};

/** The record stored under `key` of `collection` (a Y.Map, or whatever a peer put there instead). */
export function decodeRecord<C extends RecordCollection>(collection: C, key: string, value: unknown): RecordRead<C> {
  if (value === undefined) return { state: 'gone' };
  try {
    if (!(value instanceof Y.Map)) return invalid('not a record map');
    if (FORBIDDEN_KEYS.has(key) || key.length > MAX_ID_LENGTH) return invalid('forbidden id');
    const editId = value.get(EDIT_ID);
    if (editId !== undefined && (typeof editId !== 'string' || editId.length > MAX_ID_LENGTH)) return invalid(`${EDIT_ID} is not an id`);
    const edit = editId ?? '';
    const deleted = value.get(DELETED);
    let revived = false;
    if (deleted !== undefined) {
      if (!isPlainObject(deleted) || typeof deleted.seen !== 'string') return invalid(`${DELETED} is not a tombstone`);
      if (deleted.seen === edit) return { state: 'gone' };
      revived = true;
    }
    const plain = toPlain(collection, value);
    const parsed = (RECORD_SCHEMAS[collection] as z.ZodType).safeParse(plain);
    if (!parsed.success) return invalid(issueText(parsed.error.issues[0]));
    const record = parsed.data as ArenaRecord<C> & { id: string };
    if (record.id !== key) return invalid(`id ${clip(record.id)} differs from its key`);
    if (collection === 'partners') checkPartner(record as ArenaRecord<'partners'>);
    return { state: 'ok', record: deepFreeze(record), editId: edit, revived };
  } catch (error) {
    if (error instanceof Invalid) return { state: 'invalid', reason: error.message };
    return { state: 'invalid', reason: 'unreadable' };
  }
}

/** The record's fields as plain data, nested maps turned into lists and records (layout.ts). */
function toPlain(collection: RecordCollection, map: Y.Map<unknown>): Record<string, unknown> {
  const reserved = reservedKeys(collection);
  const out: Record<string, unknown> = {};
  for (const [field, value] of sortedEntries(map)) {
    if (reserved.has(field)) continue;
    if (FORBIDDEN_KEYS.has(field)) invalid(`forbidden field ${clip(field)}`);
    const kind = fieldKind(collection, field);
    if (kind === 'json') {
      if (!isJson(value, VALUE_DEPTH)) invalid(`${clip(field)} is not plain data`);
      out[field] = value;
    } else if (!(value instanceof Y.Map)) {
      invalid(`${field} is not a map`);
    } else if (kind === 'keySet') {
      out[field] = keySet(field, value as Y.Map<unknown>, field === 'expertise' ? map.get(MAIN_EXPERTISE) : undefined);
    } else {
      out[field] = keyedValues(field, value as Y.Map<unknown>);
    }
  }
  return out;
}

/**
 * A set of tag keys as the arena's list: the main one first (when given and still in the set), then the
 * rest sorted, so every replica reads the same list whatever order the keys arrived in.
 */
function keySet(field: string, map: Y.Map<unknown>, main: unknown): string[] {
  if (main !== undefined && main !== null && typeof main !== 'string') invalid(`${MAIN_EXPERTISE} is not a tag key`);
  const keys: string[] = [];
  for (const [key, value] of map.entries()) {
    if (value !== true) invalid(`${field} ${clip(key)} is not marked true`);
    if (FORBIDDEN_KEYS.has(key)) invalid(`forbidden ${field} key`);
    keys.push(key);
  }
  keys.sort(compareKeys);
  if (typeof main === 'string' && main !== keys[0] && map.get(main) === true) {
    keys.splice(keys.indexOf(main), 1);
    keys.unshift(main);
  }
  return keys;
}

function keyedValues(field: string, map: Y.Map<unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of sortedEntries(map)) {
    if (FORBIDDEN_KEYS.has(key)) invalid(`forbidden ${field} key`);
    if (!isJson(value, VALUE_DEPTH - 1)) invalid(`${field} ${clip(key)} is not plain data`);
    out[key] = value;
  }
  return out;
}

/** What import checks beyond the schema for one partner (io/json.ts checkKeysAreIds, checkReferences). */
function checkPartner(partner: ArenaRecord<'partners'>): void {
  const p = partner.position;
  if (p && (Math.abs(p.x) > MAX_COORDINATE || Math.abs(p.y) > MAX_COORDINATE)) invalid('position is off the map');
  for (const [key, resource] of Object.entries(partner.resources)) {
    if (resource.id !== key) invalid(`resource id ${clip(resource.id)} differs from its key`);
  }
}

/**
 * A map's entries by key: keys come in a different order on different replicas, and the objects built
 * from them (and the files exported from those) must be the same everywhere.
 */
function sortedEntries(map: Y.Map<unknown>): [string, unknown][] {
  return [...map.entries()].sort((a, b) => compareKeys(a[0], b[0]));
}

/** Order of tag keys wherever the shared document shows a set as a list (code units, as every replica sorts). */
export function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// ------------------------------------------------------------------------------- the arena's own fields

export interface MetaRead {
  /** The arena's fields that `meta` holds (id, title, goal, dates, and unknown fields), each checked. */
  fields: Record<string, unknown>;
  /** Fields present but unreadable (left out; the caller puts a default in their place). */
  invalid: number;
  /** The document's format: the largest of `meta.format` and the formats of the applied migrations; 0 when none. */
  format: number;
}

const ARENA_FIELD_SCHEMAS: Readonly<Record<string, z.ZodType>> = {
  id: arenaSchema.shape.id,
  title: arenaSchema.shape.title,
  goal: arenaSchema.shape.goal,
  createdAt: arenaSchema.shape.createdAt,
  updatedAt: arenaSchema.shape.updatedAt,
};
/** Arena fields that live in their own roots, never in `meta`. */
const NOT_META: ReadonlySet<string> = new Set(['schemaVersion', ...PARTS, ...RECORD_COLLECTIONS]);

export function decodeMeta(meta: Y.Map<unknown>, migrations: Y.Map<unknown>): MetaRead {
  const fields: Record<string, unknown> = {};
  let bad = 0;
  let format = 0;
  for (const [key, value] of sortedEntries(meta)) {
    if (!metaFieldOk(key, value)) bad++;
    else if (key === FORMAT) format = Math.max(format, value as number);
    else fields[key] = deepFreeze(value);
  }
  for (const value of migrations.values()) if (isFormat(value)) format = Math.max(format, value);
  return { fields, invalid: bad, format };
}

/** Whether `value` may stand under `key` in `meta`. */
export function metaFieldOk(key: string, value: unknown): boolean {
  if (key === FORMAT) return isFormat(value);
  if (FORBIDDEN_KEYS.has(key) || NOT_META.has(key)) return false;
  const schema = Object.hasOwn(ARENA_FIELD_SCHEMAS, key) ? ARENA_FIELD_SCHEMAS[key] : undefined;
  return schema ? schema.safeParse(value).success : isJson(value, VALUE_DEPTH);
}

/** Fields of `meta` every seeded document has (the others are unknown fields of a newer file). */
export function isKnownMetaField(key: string): boolean {
  return key === FORMAT || Object.hasOwn(ARENA_FIELD_SCHEMAS, key);
}

export function isFormat(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1;
}

export interface PartRead<T> {
  value: T;
  invalid: number;
}

const PART_SCHEMAS = { strategic: strategicSchema, governance: governanceSchema } as const;

/**
 * The strategic question or the governance, field by field: a field that is missing or unreadable takes its
 * value from `fallback` (an unreadable one is counted), so one bad field never hides the others.
 */
export function decodePart<P extends Part>(part: P, map: Y.Map<unknown>, fallback: P extends 'strategic' ? Strategic : Governance): PartRead<P extends 'strategic' ? Strategic : Governance> {
  const out: Record<string, unknown> = { ...fallback };
  let bad = 0;
  for (const [key, value] of sortedEntries(map)) {
    if (partFieldOk(part, key, value)) out[key] = value;
    else bad++;
  }
  return { value: deepFreeze(out) as unknown as P extends 'strategic' ? Strategic : Governance, invalid: bad };
}

/** Whether `value` may stand under `key` in the strategic question or the governance. */
export function partFieldOk(part: Part, key: string, value: unknown): boolean {
  if (FORBIDDEN_KEYS.has(key)) return false;
  const shape = PART_SCHEMAS[part].shape as Readonly<Record<string, z.ZodType>>;
  const schema = Object.hasOwn(shape, key) ? shape[key] : undefined;
  return schema ? schema.safeParse(value).success : isJson(value, VALUE_DEPTH);
}

/** Fields of the strategic question or the governance that every document has. */
export function isKnownPartField(part: Part, key: string): boolean {
  return Object.hasOwn(PART_SCHEMAS[part].shape, key);
}

// ------------------------------------------------------------------------------------------- plain data

/** JSON data only: plain objects without prototype keys, arrays, strings, finite numbers, booleans, null. */
export function isJson(value: unknown, depth: number): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value !== 'object' || depth <= 0) return false;
  if (Array.isArray(value)) {
    for (const item of value) if (!isJson(item, depth - 1)) return false;
    return true;
  }
  if (!isPlainObject(value)) return false;
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key) || !isJson(value[key], depth - 1)) return false;
  }
  return true;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/** Freezes plain data all the way down (the store's documents are frozen; lists are remembered per frozen record). */
export function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return value;
  Object.freeze(value);
  for (const item of Object.values(value as object)) deepFreeze(item);
  return value;
}

function issueText(issue: { path: PropertyKey[]; message: string } | undefined): string {
  if (!issue) return 'invalid';
  const path = issue.path.map((p) => clip(String(p), 40)).join('.');
  return path ? `${path}: ${issue.message}` : issue.message;
}

export { equalJson } from '../../domain/equalJson';
