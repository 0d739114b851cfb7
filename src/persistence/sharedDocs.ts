/**
 * The shared arenas' Y.Docs in IndexedDB, through y-dexie: every change of a Y.Doc is stored as an update
 * row beside the arenas, in the same database (no second local store that could drift from it). Tabs of
 * one browser that open the same arena see each other's updates through Dexie's live queries.
 *
 * Loaded on first use (it brings Yjs): a second Dexie instance of the same database, with the y-dexie
 * addon, declaring the same tables as db.ts. The plain instance opens (and upgrades) the database first.
 */
import Dexie, { type Table } from 'dexie';
import yDexie, { DexieYProvider } from 'y-dexie';
import type * as Y from 'yjs';
import { DB_VERSION, getDb, STORES_V5 } from './db';

interface YDocRow {
  id: string;
  doc: Y.Doc;
}

class SharedDocsDb extends Dexie {
  ydocs!: Table<YDocRow, string>;
  constructor(name: string) {
    super(name, { addons: [yDexie] });
    // The addon adds the updates table itself for a `doc: Y.Doc` property (the same `++i,k` as in db.ts).
    const { '$ydocs.doc_updates': _updates, ...tables } = STORES_V5;
    this.version(DB_VERSION).stores({ ...tables, ydocs: 'id, doc: Y.Doc' });
  }
}

let instance: SharedDocsDb | null = null;

async function sharedDb(): Promise<SharedDocsDb> {
  const base = getDb();
  // The plain instance owns the schema and its upgrades: it must be open before this one opens.
  if (!base.isOpen()) await base.open();
  if (!instance || instance.name !== base.name) instance = new SharedDocsDb(base.name);
  if (!instance.isOpen()) await instance.open();
  return instance;
}

/**
 * Stores a new shared arena's Y.Doc (Share: seeded from the arena once; Join: what the server sent). y-dexie
 * takes a Y.Doc only on add(), and copies its updates.
 */
export async function addSharedDoc(id: string, doc: Y.Doc): Promise<void> {
  const db = await sharedDb();
  await db.ydocs.add({ id, doc });
}

/** Whether this device stores a Y.Doc for the arena. */
export async function hasSharedDoc(id: string): Promise<boolean> {
  const db = await sharedDb();
  return (await db.ydocs.where('id').equals(id).count()) > 0;
}

/**
 * Opens a stored arena's Y.Doc, loaded with every stored update and kept live (this tab's changes are
 * stored, other tabs' changes arrive). Undefined when none is stored. Call `closeSharedDoc` when done.
 */
export async function openSharedDoc(id: string, onError: (error: unknown) => void): Promise<Y.Doc | undefined> {
  const db = await sharedDb();
  const row = await db.ydocs.get(id);
  if (!row) return undefined;
  const provider = DexieYProvider.load(row.doc);
  provider.on('error', onError);
  await provider.whenLoaded;
  return row.doc;
}

export function closeSharedDoc(doc: Y.Doc): void {
  DexieYProvider.release(doc);
}

/**
 * Resolves once the update rows of writes already started have landed: IndexedDB runs a read-write
 * transaction only after every earlier one whose tables overlap it, so this one waits for y-dexie's.
 */
export async function sharedWritesSettled(): Promise<void> {
  const db = await sharedDb();
  await db.transaction('rw', db.table('$ydocs.doc_updates'), async () => {
    await db.table('$ydocs.doc_updates').limit(1).count();
  });
}

/** Forgets a shared arena's Y.Doc on this device (its updates go with it). */
export async function deleteSharedDoc(id: string): Promise<void> {
  const db = await sharedDb();
  await db.ydocs.delete(id);
}

/** For tests: the next call opens an instance for the database getDb() names now. */
export function resetSharedDocs(): void {
  instance?.close();
  instance = null;
}
