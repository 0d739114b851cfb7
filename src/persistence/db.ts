/**
 * The Dexie database: the only place that knows the schema. Every change of the stored document format
 * gets a new Dexie version whose upgrade runs the same pure migrations as file import
 * (domain/migrations), so old databases and old files open the same way.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { Arena } from '../domain/arena';

export const DB_NAME = 'arena';

export class ArenaDb extends Dexie {
  arenas!: EntityTable<Arena, 'id'>;

  constructor(name: string = DB_NAME) {
    super(name);
    // v1: one row per arena document, keyed by its id; updatedAt indexed for the home list.
    this.version(1).stores({ arenas: 'id, updatedAt' });
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
