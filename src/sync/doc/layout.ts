/**
 * How an arena lives in a shared Y.Doc (the contract between this module, the sync server and the app;
 * see /work/notes/sync-design.md). Root types only: root types merge on every replica, while a nested
 * container that two replicas create under the same key at once loses one of them whole. Every nested
 * container is created in the transaction that creates its record.
 *
 * - `meta` Y.Map: the arena's own fields (`id`, `title`, `goal`, `createdAt`, `updatedAt`, unknown fields of
 *   a newer file) and `format`, the arena format (SCHEMA_VERSION) the document is written in.
 * - `migrations` Y.Map: shared-migration step id → the format that step brings the document to (migrate.ts).
 * - `strategic`, `governance` Y.Map: one key per field, last writer wins per field.
 * - `partners`, `tags`, `acknowledgements`, `actions`, `team`, `instruments`, `ties` Y.Map: record id → the record's Y.Map, whose
 *   fields are JSON values (last writer wins per field), except:
 *   - partner `position`: one `{x, y}` value, never x and y apart;
 *   - partner `expertise`, `perspective`: Y.Map tag key → true (a set), plus the partner's `mainExpertise`
 *     (tag key or null) beside them;
 *   - partner `resources`: Y.Map resource id → Resource (JSON); action `involvement`: Y.Map partner id → level;
 *   - `editId`: a fresh random id written by every local edit of the record;
 *   - `deleted: { seen }`: a deletion (a tombstone, never a map delete). `seen` is the `editId` the deleting
 *     device saw: equal to the record's `editId`, the record is gone; different, someone edited it while or
 *     after another deleted it, and it is kept (and reported as revived).
 * - `team` holds only the members their owner chose to share (the roles self-check answers are personal).
 * - `workshop` Y.Map: what a live workshop's participants may do and see (`mode`, `locked`, `warningsHidden`,
 *   `round`; workshop.ts), written by the facilitator's app only. The sync server's rooms table is what
 *   it enforces; this map is what every app shows.
 * - A partner may carry `addedBy: { id, name }` (a JSON value): who brought it in during a workshop.
 *
 * Keys of a Y.Map come in a different order on different replicas: nothing may show them in that order.
 */
import * as Y from 'yjs';
import { RECORD_COLLECTIONS, type RecordCollection } from '../../domain/records';

/** Origin of the transactions of this device's own edits; the personal undo tracks only these. */
export const LOCAL_ORIGIN: unique symbol = Symbol('arena:local');
/**
 * Origin of this device's automatic placements (a participant's new partner moved clear of the others on the
 * facilitator's map): written like an edit, but never a step of anyone's undo.
 */
export const PLACEMENT_ORIGIN: unique symbol = Symbol('arena:placement');
/** Origin of the transaction that fills a new shared document (never undone). */
export const SEED_ORIGIN: unique symbol = Symbol('arena:seed');
/** Origin of shared-document migrations (never undone). */
export const MIGRATION_ORIGIN: unique symbol = Symbol('arena:migration');

/** Root types that are not record collections. */
export const META = 'meta';
export const MIGRATIONS = 'migrations';
export const STRATEGIC = 'strategic';
export const GOVERNANCE = 'governance';
export const PARTS = [STRATEGIC, GOVERNANCE] as const;
export type Part = (typeof PARTS)[number];
export const WORKSHOP = 'workshop';

/** Every root type of a shared arena. An update that writes to any other root is refused (updateCheck.ts). */
export const ROOT_NAMES = [META, MIGRATIONS, ...PARTS, ...RECORD_COLLECTIONS, WORKSHOP] as const;
export type RootName = (typeof ROOT_NAMES)[number];

/** Key of `meta` that holds the document's format. */
export const FORMAT = 'format';
/** Keys of `meta` that are not arena fields. */
export const META_RESERVED: ReadonlySet<string> = new Set([FORMAT]);

/** Keys of a record map that are not record fields. */
export const EDIT_ID = 'editId';
export const DELETED = 'deleted';
export const MAIN_EXPERTISE = 'mainExpertise';

/** Fields of a record that are a nested Y.Map with one key per entry (see the header). */
export const KEY_SETS = { partners: ['expertise', 'perspective'] } as const satisfies Partial<Record<RecordCollection, readonly string[]>>;
export const KEYED_VALUES = { partners: ['resources'], actions: ['involvement'] } as const satisfies Partial<Record<RecordCollection, readonly string[]>>;

export type FieldKind = 'json' | 'keySet' | 'keyedValues';

/** How a field of a record of `collection` is kept in its Y.Map. */
export function fieldKind(collection: RecordCollection, field: string): FieldKind {
  if ((KEY_SETS as Partial<Record<RecordCollection, readonly string[]>>)[collection]?.includes(field)) return 'keySet';
  if ((KEYED_VALUES as Partial<Record<RecordCollection, readonly string[]>>)[collection]?.includes(field)) return 'keyedValues';
  return 'json';
}

/** Names of record-map keys that are not fields of the record in `collection`. */
export function reservedKeys(collection: RecordCollection): ReadonlySet<string> {
  return collection === 'partners' ? PARTNER_RESERVED : RECORD_RESERVED;
}
const RECORD_RESERVED: ReadonlySet<string> = new Set([EDIT_ID, DELETED]);
const PARTNER_RESERVED: ReadonlySet<string> = new Set([EDIT_ID, DELETED, MAIN_EXPERTISE]);

export interface Roots {
  meta: Y.Map<unknown>;
  migrations: Y.Map<unknown>;
  strategic: Y.Map<unknown>;
  governance: Y.Map<unknown>;
  partners: Y.Map<unknown>;
  tags: Y.Map<unknown>;
  acknowledgements: Y.Map<unknown>;
  actions: Y.Map<unknown>;
  team: Y.Map<unknown>;
  instruments: Y.Map<unknown>;
  ties: Y.Map<unknown>;
  workshop: Y.Map<unknown>;
}

/** The root maps of a shared arena (getting them defines them; it writes nothing). */
export function roots(ydoc: Y.Doc): Roots {
  return {
    meta: ydoc.getMap(META),
    migrations: ydoc.getMap(MIGRATIONS),
    strategic: ydoc.getMap(STRATEGIC),
    governance: ydoc.getMap(GOVERNANCE),
    partners: ydoc.getMap('partners'),
    tags: ydoc.getMap('tags'),
    acknowledgements: ydoc.getMap('acknowledgements'),
    actions: ydoc.getMap('actions'),
    team: ydoc.getMap('team'),
    instruments: ydoc.getMap('instruments'),
    ties: ydoc.getMap('ties'),
    workshop: ydoc.getMap(WORKSHOP),
  } satisfies Record<RootName, Y.Map<unknown>>;
}

/** Any shared type (Yjs types its events loosely). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyType = Y.AbstractType<any>;

/** Where a changed type sits: its root, and the key under that root it belongs to (null: the root itself). */
export interface Place {
  root: AnyType;
  key: string | null;
}

/** The root a (possibly nested) type belongs to, and the key of the root's entry that contains it. */
export function placeOf(type: AnyType): Place {
  let current: AnyType = type;
  let key: string | null = null;
  while (current._item !== null) {
    key = current._item.parentSub;
    current = current._item.parent as AnyType;
  }
  return { root: current, key };
}

/** A random id for `editId`: crypto.getRandomValues works where crypto.randomUUID does not (plain http). */
export function newEditId(): string {
  const bytes = new Uint8Array(12);
  crypto.getRandomValues(bytes);
  let out = '';
  for (const b of bytes) out += b.toString(16).padStart(2, '0');
  return out;
}
