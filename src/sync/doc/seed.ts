/**
 * Making an arena shared: a new Y.Doc, filled once from the arena (at *Share*) in one transaction that
 * creates every container with its record. A document is never filled (or rebuilt) from JSON again: a
 * stale replica would merge the old content back in. A device that joins starts from an empty document
 * and receives the content; it never seeds.
 */
import * as Y from 'yjs';
import { SCHEMA_VERSION, type Arena } from '../../domain/arena';
import { RECORD_COLLECTIONS, RECORD_TYPES } from '../../domain/records';
import { insertRecord } from './encode';
import { FORMAT, META_RESERVED, PARTS, SEED_ORIGIN, roots } from './layout';
import { SHARED_MIGRATIONS } from './migrate';

/** A new, empty shared document with its root types defined. */
export function createSharedDoc(): Y.Doc {
  const ydoc = new Y.Doc();
  roots(ydoc);
  return ydoc;
}

export interface SeedOptions {
  /** Ids of the personal records (team members) whose owner chose to share them; others stay out. */
  share?: Iterable<string>;
}

/** Whether the document holds an arena (seeded here or received from another device). */
export function isSeeded(ydoc: Y.Doc): boolean {
  return roots(ydoc).meta.has(FORMAT);
}

/**
 * Fills an empty shared document with `arena` (format SCHEMA_VERSION), in one transaction. Throws when the
 * document already holds an arena: seeding twice would put a second copy of every record beside the first.
 */
export function seedDoc(ydoc: Y.Doc, arena: Arena, options: SeedOptions = {}): void {
  if (isSeeded(ydoc)) throw new Error('This shared document already holds an arena; it is seeded only once.');
  const shared = new Set(options.share ?? []);
  const r = roots(ydoc);
  ydoc.transact(() => {
    for (const [field, value] of Object.entries(arena)) {
      if (field === 'schemaVersion' || META_RESERVED.has(field) || value === undefined) continue;
      if ((RECORD_COLLECTIONS as readonly string[]).includes(field) || (PARTS as readonly string[]).includes(field)) continue;
      r.meta.set(field, value);
    }
    for (const part of PARTS) {
      for (const [field, value] of Object.entries(arena[part])) if (value !== undefined) r[part].set(field, value);
    }
    for (const collection of RECORD_COLLECTIONS) {
      const personal = RECORD_TYPES[collection].personal;
      for (const [id, record] of Object.entries(arena[collection])) {
        if (personal && !shared.has(id)) continue;
        insertRecord(collection, r[collection], id, record);
      }
    }
    r.meta.set(FORMAT, SCHEMA_VERSION);
    // A document seeded in today's format needs none of the steps to it (a participant's app, which may not
    // write them, then never has to).
    for (const step of SHARED_MIGRATIONS) if (step.format <= SCHEMA_VERSION) r.migrations.set(step.id, step.format);
  }, SEED_ORIGIN);
}
