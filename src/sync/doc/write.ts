/**
 * A local edit of the arena into the shared document. The store still changes its document with immer
 * recipes; for a shared arena the app hands the old and new document and immer's patches to
 * `writeChanges` inside `ydoc.transact(…, LOCAL_ORIGIN)`. The patches name the records an edit touched
 * (path `[collection, id, …]`); only the fields that differ are written, so concurrent edits of other
 * fields, other records and other keys of a set all survive the merge:
 *
 * - a position as one value; expertise and perspective key by key (plus `mainExpertise` when the first
 *   key changes); resources and involvement entry by entry; every other field as one value;
 * - a new record as a new map created with all its fields (or, for an id that was deleted before, the
 *   old map filled again); a removed record as a tombstone `deleted: { seen: editId }`;
 * - every record with a changed field (other than `updatedAt`) gets a fresh `editId`, and loses a stale
 *   tombstone (it was kept as revived, and is now simply being edited); an edit of a record deleted by a
 *   change this device had not read yet keeps the tombstone, so the record is kept and reported revived;
 * - the arena's own fields, the strategic question and the governance field by field.
 *
 * Involvement entries that disappear because their partner is deleted in the same edit are not written:
 * every replica drops them when reading (read.ts), so they come back with the partner if it is revived,
 * and the action is not counted as edited (which would revive an action deleted elsewhere).
 * Personal records (team members) are written only when they are shared already (`shareRecord`).
 *
 * A document written from `after` reads back as `normaliseArena(after)` (tags in the shared order).
 */
import type { Patch } from 'immer';
import * as Y from 'yjs';
import type { Arena } from '../../domain/arena';
import { RECORD_COLLECTIONS, RECORD_TYPES, isRecordCollection, type ArenaRecord, type RecordCollection } from '../../domain/records';
import { insertRecord, setField, tombstone } from './encode';
import { equalJson } from './decode';
import { DELETED, EDIT_ID, LOCAL_ORIGIN, PLACEMENT_ORIGIN, MAIN_EXPERTISE, META_RESERVED, PARTS, fieldKind, newEditId, reservedKeys, roots, type Roots } from './layout';

type Plain = Readonly<Record<string, unknown>>;
type Touched = Map<RecordCollection, Set<string> | 'all'>;

export interface WriteOptions {
  /**
   * Write the partners only: a live workshop's participant in mode `add` or `own` may change nothing
   * else (updateCheck.ts), not even the arena's `updatedAt` that every commit stamps.
   */
  partnersOnly?: boolean;
  /** The transaction's origin: LOCAL_ORIGIN (an edit the personal undo tracks) unless said otherwise. */
  origin?: typeof LOCAL_ORIGIN | typeof PLACEMENT_ORIGIN;
}

/** Writes the difference between `before` and `after` (one commit of the store) into the shared document. */
export function writeChanges(ydoc: Y.Doc, before: Arena, after: Arena, patches: readonly Patch[], options: WriteOptions = {}): void {
  if (before === after) return;
  const r = roots(ydoc);
  const touched = touchedRecords(patches);
  const collections = options.partnersOnly ? (['partners'] as const) : RECORD_COLLECTIONS;
  ydoc.transact(() => {
    if (!options.partnersOnly) {
      writeMeta(r, before, after);
      for (const part of PARTS) if (before[part] !== after[part]) writeFields(r[part], before[part], after[part]);
    }
    for (const collection of collections) {
      const prev = before[collection] as unknown as Readonly<Record<string, Plain>>;
      const next = after[collection] as unknown as Readonly<Record<string, Plain>>;
      if (prev === next) continue;
      const named = touched.get(collection);
      const ids = named === undefined || named === 'all' ? new Set([...Object.keys(prev), ...Object.keys(next)]) : named;
      for (const id of ids) writeRecord(r, collection, id, own(prev, id), own(next, id), before, after);
    }
  }, options.origin ?? LOCAL_ORIGIN);
}

/**
 * Puts a personal record (a team member whose owner chooses to share the roles self-check) into the
 * shared document; from then on its edits are written like any other record's.
 */
export function shareRecord<C extends RecordCollection>(ydoc: Y.Doc, collection: C, record: ArenaRecord<C>): void {
  ydoc.transact(() => insertRecord(collection, roots(ydoc)[collection], record.id, record), LOCAL_ORIGIN);
}

/** The records each patch touched; a collection (or the whole document) replaced at once is diffed whole. */
function touchedRecords(patches: readonly Patch[]): Touched {
  const touched: Touched = new Map();
  for (const { path } of patches) {
    const [collection, id] = path;
    if (path.length === 0) for (const c of RECORD_COLLECTIONS) touched.set(c, 'all');
    if (!isRecordCollection(collection)) continue;
    const set = touched.get(collection);
    if (path.length === 1) touched.set(collection, 'all');
    else if (set === undefined) touched.set(collection, new Set([String(id)]));
    else if (set !== 'all') set.add(String(id));
  }
  return touched;
}

/** The arena's own fields (everything but the collections, the two parts and the format) into `meta`. */
function writeMeta(r: Roots, before: Arena, after: Arena): void {
  const skip = (key: string) => key === 'schemaVersion' || META_RESERVED.has(key) || isRecordCollection(key) || (PARTS as readonly string[]).includes(key);
  const b = before as unknown as Plain;
  const a = after as unknown as Plain;
  for (const key of new Set([...Object.keys(b), ...Object.keys(a)])) {
    if (skip(key) || b[key] === a[key] || equalJson(b[key], a[key])) continue;
    if (a[key] === undefined) r.meta.delete(key);
    else r.meta.set(key, a[key]);
  }
}

function writeFields(map: Y.Map<unknown>, before: object, after: object): void {
  const b = before as Plain;
  const a = after as Plain;
  for (const key of new Set([...Object.keys(b), ...Object.keys(a)])) {
    if (b[key] === a[key] || equalJson(b[key], a[key])) continue;
    if (a[key] === undefined) map.delete(key);
    else map.set(key, a[key]);
  }
}

function writeRecord(r: Roots, collection: RecordCollection, id: string, b: Plain | undefined, a: Plain | undefined, before: Arena, after: Arena): void {
  if (b === a) return;
  const root = r[collection];
  const existing = root.get(id);
  const map = existing instanceof Y.Map ? (existing as Y.Map<unknown>) : null;
  if (RECORD_TYPES[collection].personal && !(map && !map.has(DELETED))) return;
  if (!a) {
    if (map) tombstone(map);
    return;
  }
  if (!b || !map) {
    insertRecord(collection, root, id, a);
    return;
  }
  let edited = false;
  const reserved = reservedKeys(collection);
  for (const field of new Set([...Object.keys(b), ...Object.keys(a)])) {
    if (reserved.has(field) || b[field] === a[field]) continue;
    if (field === 'updatedAt') {
      setField(collection, map, field, a[field]);
      continue;
    }
    const kind = fieldKind(collection, field);
    if (kind === 'json') {
      if (equalJson(b[field], a[field])) continue;
      setField(collection, map, field, a[field]);
      edited = true;
    } else if (kind === 'keySet') {
      edited = writeKeySet(collection, map, field, b[field], a[field]) || edited;
    } else {
      const keep = collection === 'actions' && field === 'involvement' ? (key: string) => goneWith(key, before, after) : undefined;
      edited = writeKeyedValues(collection, map, field, b[field], a[field], keep) || edited;
    }
  }
  if (!edited) return;
  // A record kept because it was edited while it was deleted elsewhere is simply being edited now: the
  // tombstone goes. One that is deleted (its tombstone saw the last edit; this device had not read that
  // yet) keeps its tombstone, and the fresh edit id makes every replica keep it and report it as revived.
  const deleted = map.get(DELETED);
  const revived = typeof deleted === 'object' && deleted !== null && (deleted as { seen?: unknown }).seen !== map.get(EDIT_ID);
  map.set(EDIT_ID, newEditId());
  if (revived) map.delete(DELETED);
}

/** Tag keys added and removed one by one; the main expertise when the first key is another one. */
function writeKeySet(collection: RecordCollection, map: Y.Map<unknown>, field: string, before: unknown, after: unknown): boolean {
  const nested = map.get(field);
  const next = strings(after);
  if (!(nested instanceof Y.Map)) {
    setField(collection, map, field, next);
    return true;
  }
  let changed = false;
  const prev = new Set(strings(before));
  const want = new Set(next);
  for (const key of want) {
    if (!prev.has(key)) {
      nested.set(key, true);
      changed = true;
    }
  }
  for (const key of prev) {
    if (!want.has(key) && nested.has(key)) {
      nested.delete(key);
      changed = true;
    }
  }
  if (collection === 'partners' && field === 'expertise') {
    const main = next[0] ?? null;
    if (map.get(MAIN_EXPERTISE) !== main) {
      map.set(MAIN_EXPERTISE, main);
      changed = true;
    }
  }
  return changed;
}

/** Entries (resources, involvement) set and removed one by one; `keep(key)`: a removal not to write. */
function writeKeyedValues(
  collection: RecordCollection,
  map: Y.Map<unknown>,
  field: string,
  before: unknown,
  after: unknown,
  keep?: (key: string) => boolean,
): boolean {
  const nested = map.get(field);
  const a = isObject(after) ? after : {};
  if (!(nested instanceof Y.Map)) {
    setField(collection, map, field, a);
    return true;
  }
  const b = isObject(before) ? before : {};
  let changed = false;
  for (const key of new Set([...Object.keys(b), ...Object.keys(a)])) {
    const value = own(a, key);
    if (own(b, key) === value || equalJson(own(b, key), value)) continue;
    if (value !== undefined) nested.set(key, value);
    else if (keep?.(key)) continue;
    else nested.delete(key);
    changed = true;
  }
  return changed;
}

/** A partner deleted in this very edit (its involvement is dropped by every reader instead). */
function goneWith(partnerId: string, before: Arena, after: Arena): boolean {
  return Object.hasOwn(before.partners, partnerId) && !Object.hasOwn(after.partners, partnerId);
}

function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function isObject(value: unknown): value is Plain {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
