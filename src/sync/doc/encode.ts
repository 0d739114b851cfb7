/**
 * Writing records and fields into the shared document's Y.Maps (layout.ts). Every function here must run
 * inside a transaction; values are written as they are (JSON values of a frozen document).
 */
import * as Y from 'yjs';
import type { RecordCollection } from '../../domain/records';
import { DELETED, EDIT_ID, MAIN_EXPERTISE, fieldKind, newEditId, reservedKeys } from './layout';

type Plain = object;

/** Writes one field of a record into its map: a JSON value, or a nested map created with its entries. */
export function setField(collection: RecordCollection, map: Y.Map<unknown>, field: string, value: unknown): void {
  if (value === undefined) {
    map.delete(field);
    return;
  }
  const kind = fieldKind(collection, field);
  if (kind === 'json') {
    map.set(field, value);
    return;
  }
  const nested = new Y.Map<unknown>();
  map.set(field, nested);
  if (kind === 'keySet') {
    for (const key of Array.isArray(value) ? (value as unknown[]) : []) if (typeof key === 'string') nested.set(key, true);
    if (collection === 'partners' && field === 'expertise') map.set(MAIN_EXPERTISE, firstString(value));
  } else if (isObject(value)) {
    for (const [key, entry] of Object.entries(value)) if (entry !== undefined) nested.set(key, entry);
  }
}

/**
 * Fills a record's map with every field of `record` (fields of the map it no longer has are removed), a
 * fresh `editId`, and no tombstone: a new record, or one added again under the id of a deleted one.
 */
export function fillRecord(collection: RecordCollection, map: Y.Map<unknown>, record: Plain): void {
  const reserved = reservedKeys(collection);
  for (const key of [...map.keys()]) if (!reserved.has(key) && !Object.hasOwn(record, key)) map.delete(key);
  for (const [field, value] of Object.entries(record)) {
    // A field of a newer app's file that has the name of a bookkeeping key cannot be kept in a shared arena.
    if (reserved.has(field)) continue;
    setField(collection, map, field, value);
  }
  if (collection === 'partners' && !Object.hasOwn(record, 'expertise')) map.delete(MAIN_EXPERTISE);
  map.set(EDIT_ID, newEditId());
  if (map.has(DELETED)) map.delete(DELETED);
}

/** Adds a record under `id` (a new map, created with all its fields in this transaction). */
export function insertRecord(collection: RecordCollection, root: Y.Map<unknown>, id: string, record: Plain): Y.Map<unknown> {
  const existing = root.get(id);
  if (existing instanceof Y.Map) {
    fillRecord(collection, existing, record);
    return existing;
  }
  const map = root.set(id, new Y.Map<unknown>());
  fillRecord(collection, map, record);
  return map;
}

/** Marks a record deleted, remembering which edit of it the deletion saw (layout.ts). */
export function tombstone(map: Y.Map<unknown>): void {
  const editId = map.get(EDIT_ID);
  map.set(DELETED, { seen: typeof editId === 'string' ? editId : '' });
}

function firstString(value: unknown): string | null {
  return Array.isArray(value) && typeof value[0] === 'string' ? value[0] : null;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
