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

/** How this device takes part in a shared arena (the links it can give out). Not part of any document. */
export interface StoredShare {
  /** The arena's id (the same on every device). */
  id: string;
  /** The room on the sync server. */
  room: string;
  /** Which link this device uses: edit, view only, or a live workshop's participant link. */
  role: 'edit' | 'view' | 'participant';
  /**
   * The secrets this device knows: an edit link carries both, a view link only the view secret. A
   * participant link carries only its own secret (`join`; `view` is empty), or, from a sync server without
   * workshop support, the edit link's two.
   */
  edit?: string;
  view: string;
  /** The participant secret: this device's participant link, or the one its facilitator gave out last. */
  join?: string;
  /** The sync server's address, when it is not the app's own origin. */
  server?: string;
}

/**
 * The tables of a shared arena's Y.Doc as y-dexie lays them out (`ydocs: 'id, doc: Y.Doc'` adds the
 * updates table). Declared here without the addon, so this instance opens and upgrades the database
 * without loading Yjs; persistence/sharedDocs.ts opens a second instance with the addon on first use.
 */
export const STORES_V4 = {
  arenas: 'id, updatedAt',
  digests: 'id',
  revisions: 'id',
  shares: 'id',
  ydocs: 'id',
  '$ydocs.doc_updates': '++i,k',
} as const;
/**
 * v5: saved versions of arenas (named, dated snapshots), one row each, indexed by the arena they belong to.
 * A new table only: no stored row changes, so the upgrade is Dexie's adding of the table.
 */
export const STORES_V5 = { ...STORES_V4, versions: 'id, arenaId' } as const;
export const DB_VERSION = 5;

/** A saved version of an arena: a whole copy of the document, kept on this device. */
export interface StoredVersion {
  id: string;
  /** The arena it was saved from (a shared arena's versions stay on the device that saved them). */
  arenaId: string;
  name: string;
  savedAt: string;
  /** Size of the snapshot as JSON text, in characters: what it adds to the storage used. */
  size: number;
  /** How many partners the snapshot holds (for the list, which never reads the snapshots). */
  partners: number;
  /** The arena as it was; migrated to today's format when read. */
  arena: Arena;
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
  /** The arenas this device shares or joined, and with which link. */
  shares!: EntityTable<StoredShare, 'id'>;
  /** Saved versions of arenas (see StoredVersion). Not part of any document; exported only when asked. */
  versions!: EntityTable<StoredVersion, 'id'>;

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
    // v4: sharing. The shared arenas' Y.Docs (y-dexie's two tables) and how this device takes part in each.
    // The arenas rows stay: for a shared arena they are a snapshot of its Y.Doc for the home list, the
    // overlap index and export, never read back into the Y.Doc.
    this.version(4).stores(STORES_V4);
    // v5: saved versions (STORES_V5).
    this.version(DB_VERSION).stores(STORES_V5);
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
