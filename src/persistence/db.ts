/**
 * The Dexie database: the only place that knows the schema. Every change of the stored document format
 * gets a new Dexie version whose upgrade runs the same pure migrations as file import
 * (domain/migrations), so old databases and old files open the same way.
 */
import Dexie, { type EntityTable } from 'dexie';
import { SCHEMA_VERSION, type Arena } from '../domain/arena';
import { digestOf, type ArenaDigest } from '../domain/overlap';
import { migrateToCurrent, type RawDoc } from '../domain/migrations';

/**
 * Brings one stored row to today's format in place. A row that cannot be migrated (damaged, or from a
 * newer app) is left as it is: loading reports it, and nothing is thrown away.
 */
export function migrateRow(row: RawDoc): void {
  const result = migrateToCurrent(row);
  // Already of today's format: the result may be the row itself, which must not be emptied.
  if (!result.ok || result.doc === row) return;
  for (const key of Object.keys(row)) delete row[key];
  Object.assign(row, result.doc);
}

export const DB_NAME = 'arena';

/** The overlap index of the rows that are of today's format (others are left for loading to report). */
function digestsOf(rows: Arena[]): ArenaDigest[] {
  return rows.flatMap((row) => (row.schemaVersion === SCHEMA_VERSION && row.partners ? [digestOf(row)] : []));
}

export interface StoredRevision {
  id: string;
  revision: number;
}

export class ArenaDb extends Dexie {
  arenas!: EntityTable<Arena, 'id'>;
  /**
   * A small derived index (partners at the table, domains, mandated) per arena, written with every save,
   * so comparing arenas never loads whole documents. It is not part of any document and can be rebuilt.
   */
  digests!: EntityTable<ArenaDigest, 'id'>;
  /**
   * A counter per arena that grows with every write, so a tab can tell whether what is stored is what it
   * last wrote, and the journal whether its parked version is newer. Wall-clock times never decide that:
   * a computer's clock can be set wrong. Not part of any document.
   */
  revisions!: EntityTable<StoredRevision, 'id'>;

  constructor(name: string = DB_NAME) {
    super(name);
    // v1: one row per arena document, keyed by its id; updatedAt indexed for the home list.
    this.version(1).stores({ arenas: 'id, updatedAt' });
    // v2: document format 2 (strategic question, governance, actions, roles, resources). The rows are
    // migrated by the same pure functions that file import runs.
    this.version(2)
      .stores({ arenas: 'id, updatedAt', digests: 'id' })
      .upgrade(async (tx) => {
        await tx.table('arenas').toCollection().modify(migrateRow);
        const rows = (await tx.table('arenas').toArray()) as Arena[];
        await tx.table('digests').bulkPut(digestsOf(rows));
      });
    // v3: revisions beside the documents (an arena without one counts as revision 0), and document format
    // 3 (denser rings: every position moved into the same ring of the new geometry), digests rebuilt.
    this.version(3)
      .stores({ arenas: 'id, updatedAt', digests: 'id', revisions: 'id' })
      .upgrade(async (tx) => {
        await tx.table('arenas').toCollection().modify(migrateRow);
        const rows = (await tx.table('arenas').toArray()) as Arena[];
        await tx.table('digests').bulkPut(digestsOf(rows));
      });
  }
}

let instance: ArenaDb | null = null;

export function getDb(): ArenaDb {
  if (!instance) instance = new ArenaDb();
  return instance;
}

/** For tests: point the module at a fresh database (or a fake one). */
export function setDb(db: ArenaDb | null): void {
  instance = db;
}
