/**
 * List, load, save, create, duplicate and delete arenas. Reads are validated (migrated to today's
 * format) before they reach the app; writes that fail are retried once after reopening the database.
 * Every write of an arena raises its revision (a counter beside it); the editor's saves expect the
 * revision they last saw, so nothing is written over a version it did not see or after a delete.
 */
import { liveQuery } from 'dexie';
import type { Arena } from '../domain/arena';
import { createArena, duplicateArena, partnerCount } from '../domain/arena';
import { migrateToCurrent, type RawDoc } from '../domain/migrations';
import { getDb, type StoredShare, type StoredVersion } from './db';
import { ArenaConflictError, ArenaGoneError, classifyError, HeldElsewhereError, type SaveFailure } from './errors';
import { drop, parked, parkedFor, removeKey, type ParkedEntry } from './journal';
import { isEditLockHeld, withFreeEditLock } from './editLock';
import { announceDeleted, askEditor } from './editorRequests';
import { requestPersistence } from './storage';
import { digestOf, type ArenaDigest } from '../domain/overlap';

export interface ArenaSummary {
  id: string;
  title: string;
  goal: string;
  partnerCount: number;
  updatedAt: string;
}

export function summarise(arena: Arena): ArenaSummary {
  return {
    id: arena.id,
    title: arena.title,
    goal: arena.goal,
    partnerCount: partnerCount(arena),
    updatedAt: arena.updatedAt,
  };
}

export class LoadError extends Error {
  constructor(
    readonly code: 'newer' | 'corrupt',
    readonly version?: number,
  ) {
    super(code === 'newer' ? `stored by a newer version of Arena (format ${version})` : 'the stored arena is damaged');
    this.name = 'LoadError';
  }
}

/** A stored document (an arena row, a version's snapshot) in today's format, or LoadError. */
export function upgrade(raw: unknown): Arena {
  if (!raw || typeof raw !== 'object') throw new LoadError('corrupt');
  const result = migrateToCurrent(raw as RawDoc);
  if (!result.ok) throw result.error === 'newer' ? new LoadError('newer', result.version) : new LoadError('corrupt');
  const doc = result.doc as unknown as Arena;
  if (typeof doc.id !== 'string' || !doc.partners || typeof doc.partners !== 'object') throw new LoadError('corrupt');
  return doc;
}

/** The revision of each arena as this page last read or wrote it: what its next write expects to find. */
const known = new Map<string, number>();

/** The revision this page last saw stored for an arena (undefined: it has not read or written it). */
export function knownRevision(id: string): number | undefined {
  return known.get(id);
}

function isNewer(entry: ParkedEntry, doc: Arena, stored: Arena, storedRevision: number): boolean {
  // Entries parked by older versions of Arena carry no revision; for those the old rule stands.
  return entry.revision !== undefined ? entry.revision > storedRevision : stored.updatedAt < doc.updatedAt;
}

async function storedRevision(id: string): Promise<number> {
  return (await getDb().revisions.get(id))?.revision ?? 0;
}

/** Why parked versions could not be written back (storage full …), per arena; they stay parked. */
const unwritten = new Map<string, SaveFailure>();

/** Whether an arena has a parked version that could not be written back yet (and why). */
export function unwrittenReason(id: string): SaveFailure | undefined {
  return unwritten.get(id);
}

async function recoverEntry(entry: ParkedEntry): Promise<void> {
  let doc: Arena;
  try {
    doc = upgrade(entry.arena);
  } catch {
    // A damaged journal entry is worth less than the stored arena: drop it.
    removeKey(entry.key);
    return;
  }
  const outcome = await withFreeEditLock(doc.id, async () => {
    try {
      const db = getDb();
      await db.transaction('rw', db.arenas, db.digests, db.revisions, async () => {
        const stored = await db.arenas.get(doc.id);
        // Deleted since: a deleted arena never comes back from the journal.
        if (!stored) return;
        const revision = await storedRevision(doc.id);
        if (!isNewer(entry, doc, stored, revision)) return;
        const next = Math.max(entry.revision ?? 0, revision + 1);
        await db.arenas.put(doc);
        await db.digests.put(digestOf(doc));
        await db.revisions.put({ id: doc.id, revision: next });
      });
      unwritten.delete(doc.id);
      removeKey(entry.key);
    } catch (error) {
      // Not written (storage full, database closed): the parked version stays, and the editor says so.
      unwritten.set(doc.id, classifyError(error));
    }
  });
  // Not run: a live tab edits this arena; its own autosave writes and then drops the entry.
  void outcome;
}

let recovery: Promise<void> = Promise.resolve();

/**
 * Writes back what the journal parked when a page closed mid-write (or could not write), when it is
 * newer than the stored version. Runs before every read of an arena and before the home screen's
 * writes; entries of arenas that a live tab edits are left to that tab.
 */
export function recoverParked(): Promise<void> {
  const run = async () => {
    for (const entry of parked()) await recoverEntry(entry);
  };
  recovery = recovery.then(run, run);
  return recovery;
}

/** For tests: forget what this page knows of revisions and failed write-backs. */
export function resetRecovery(): void {
  recovery = Promise.resolve();
  known.clear();
  unwritten.clear();
}

/** Dexie reads only (no other awaits), so a liveQuery around it sees every change. */
export async function listArenas(): Promise<ArenaSummary[]> {
  const rows = await getDb().arenas.orderBy('updatedAt').reverse().toArray();
  return rows.flatMap((row) => {
    try {
      return [summarise(upgrade(row))];
    } catch {
      return [];
    }
  });
}

/** Calls back with the stored arena whenever it changes (another tab's edits), until unsubscribed. */
export function watchArena(id: string, onChange: (arena: Arena | undefined) => void, onError: (e: unknown) => void): () => void {
  const sub = liveQuery(() => getDb().arenas.get(id)).subscribe({
    next: (row) => {
      try {
        onChange(row === undefined ? undefined : upgrade(row));
      } catch (e) {
        onError(e);
      }
    },
    error: onError,
  });
  return () => sub.unsubscribe();
}

/**
 * Reads an arena for editing or showing. When a newer version of it is parked and could not be written
 * back (storage full), that version is what the person last saw, so it is the one returned; the
 * autosave then keeps trying to write it (`unwrittenReason`).
 */
export async function loadArena(id: string): Promise<Arena | undefined> {
  await recoverParked();
  const db = getDb();
  const [row, revision] = await Promise.all([db.arenas.get(id), storedRevision(id)]);
  if (row === undefined) {
    known.delete(id);
    return undefined;
  }
  const stored = upgrade(row);
  known.set(id, revision);
  const entry = unwritten.has(id) ? parkedFor(id) : null;
  if (entry) {
    try {
      const doc = upgrade(entry.arena);
      if (doc.id === id && isNewer(entry, doc, stored, revision)) return doc;
    } catch {
      // damaged: the stored version it is
    }
  }
  unwritten.delete(id);
  return stored;
}

/** Calls back whether the arena is stored, now and whenever that changes (a delete in another tab). */
export function watchPresence(id: string, onChange: (present: boolean) => void): () => void {
  const sub = liveQuery(() => getDb().arenas.where('id').equals(id).count()).subscribe({
    next: (count) => onChange(count > 0),
    error: () => {},
  });
  return () => sub.unsubscribe();
}

/** Learns the stored revision again (an arena restored elsewhere after it was deleted). */
export async function resyncRevision(id: string): Promise<void> {
  known.set(id, await storedRevision(id));
}

/** Write with one retry after reopening the database: browsers close IndexedDB under memory pressure. */
async function withRetry<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (first) {
    const kind = classifyError(first);
    // Refusals, not failures: reopening the database would not change them.
    if (kind === 'quota' || kind === 'deleted' || kind === 'conflict' || (first instanceof Error && first.name === 'ConstraintError')) throw first;
    const db = getDb();
    try {
      db.close();
      await db.open();
    } catch {
      throw first;
    }
    return await write();
  }
}

/**
 * Writes an arena, its digest and its next revision in one transaction, so the index never disagrees
 * with the documents. With `expect`, the write happens only when the stored revision is that one: a tab
 * never writes over a version it has not seen, nor brings back an arena deleted meanwhile.
 */
function putWithDigest(arena: Arena, mode: 'put' | 'add', expect?: number): Promise<number> {
  const db = getDb();
  return db.transaction('rw', db.arenas, db.digests, db.revisions, async () => {
    const revision = await storedRevision(arena.id);
    if (expect !== undefined) {
      if ((await db.arenas.where('id').equals(arena.id).count()) === 0) throw new ArenaGoneError();
      if (revision !== expect) throw new ArenaConflictError();
    }
    if (mode === 'add') await db.arenas.add(arena);
    else await db.arenas.put(arena);
    await db.digests.put(digestOf(arena));
    await db.revisions.put({ id: arena.id, revision: revision + 1 });
    return revision + 1;
  });
}

/**
 * Saves the arena this page edits. Once the page has read or written it, the write expects the revision
 * it last saw (see putWithDigest); the first write of an arena it never read just stores it.
 */
export async function saveArena(arena: Arena): Promise<void> {
  const revision = await withRetry(() => putWithDigest(arena, 'put', known.get(arena.id)));
  known.set(arena.id, revision);
}

/** Stores again an arena that was deleted elsewhere while this tab had it open (the editor's Restore). */
export async function reinstateArena(arena: Arena): Promise<void> {
  const revision = await withRetry(() => putWithDigest(arena, 'add'));
  known.set(arena.id, revision);
}

/** The digests of every arena (for overlap detection and "who sits at every table"). */
export async function allDigests(): Promise<ArenaDigest[]> {
  return getDb().digests.toArray();
}

export async function createNewArena(title: string, now = new Date().toISOString()): Promise<Arena> {
  const arena = createArena(title, now);
  known.set(arena.id, await withRetry(() => putWithDigest(arena, 'add')));
  // Ask once there is something to lose; the browser may say no, and the home screen then says so.
  void requestPersistence();
  return arena;
}

/**
 * Stores an arena that came from elsewhere (an import) under a fresh id; never overwrites. Its saved
 * versions (a file exported with them) are written in the same transaction: all or nothing.
 */
export async function addArena(arena: Arena, versions: readonly StoredVersion[] = []): Promise<void> {
  const db = getDb();
  const revision = await withRetry(() =>
    db.transaction('rw', [db.arenas, db.digests, db.revisions, db.versions], async () => {
      const next = await putWithDigest(arena, 'add');
      if (versions.length > 0) await db.versions.bulkAdd(versions.map((v) => ({ ...v, arenaId: arena.id })));
      return next;
    }),
  );
  known.set(arena.id, revision);
  void requestPersistence();
}

/**
 * Renames an arena from outside its editor. When a tab edits it, that tab is asked to make the rename
 * itself (so its next save cannot write the old title back); when it does not answer, nothing changes
 * and HeldElsewhereError says why.
 */
export async function renameArena(id: string, title: string, now = new Date().toISOString()): Promise<void> {
  await recoverParked();
  const db = getDb();
  const done = await withFreeEditLock(id, () =>
    withRetry(() =>
      db.transaction('rw', db.arenas, db.digests, db.revisions, async () => {
        const revision = await storedRevision(id);
        if (!(await db.arenas.update(id, { title, updatedAt: now }))) return;
        await db.digests.update(id, { title });
        await db.revisions.put({ id, revision: revision + 1 });
      }),
    ),
  );
  if (done.ran) return;
  if (!(await askEditor(id, { type: 'rename', title }))) throw new HeldElsewhereError();
}

export async function duplicateStoredArena(id: string, title: string, now = new Date().toISOString()): Promise<Arena | undefined> {
  // A tab that edits the arena writes what it has first, so the copy has its latest changes.
  if (await isEditLockHeld(id)) await askEditor(id, { type: 'flush' });
  const source = await loadArena(id);
  if (!source) return undefined;
  const copy = duplicateArena(source, title, now);
  await withRetry(() => putWithDigest(copy, 'add'));
  return copy;
}

/**
 * Deletes and hands back what was deleted, so the caller can offer "Undo". A tab that edits the arena
 * hears of it at once, and its saves are refused from then on (they expect a revision that is gone).
 */
/** The saved versions of arenas deleted from this page, kept for the home screen's Undo. */
const deletedVersions = new Map<string, StoredVersion[]>();

export async function deleteArena(id: string): Promise<Arena | undefined> {
  const db = getDb();
  // A parked unsaved version must not bring the arena back on the next start.
  drop(id);
  unwritten.delete(id);
  known.delete(id);
  const row = await withRetry(() =>
    db.transaction('rw', [db.arenas, db.digests, db.revisions, db.versions], async () => {
      const found = await db.arenas.get(id);
      await db.arenas.delete(id);
      await db.digests.delete(id);
      // Its saved versions go with it, and come back with Undo (restoreArena).
      const versions = db.versions.where('arenaId').equals(id);
      const saved = await versions.toArray();
      await versions.delete();
      if (saved.length > 0) deletedVersions.set(id, saved);
      // The revision stays: if the arena comes back (Undo, an editor's Restore), its revisions go on
      // growing, and a tab that still expects an old one is refused instead of writing over it.
      return found;
    }),
  );
  if (row) announceDeleted(id);
  return row;
}

/**
 * Puts back an arena deleted from this page (the home screen's Undo). When it is back already (the tab
 * that had it open restored its own, newer version), that version stays.
 */
export async function restoreArena(arena: Arena): Promise<void> {
  try {
    await withRetry(() => putWithDigest(arena, 'add'));
  } catch (error) {
    if (!(error instanceof Error && error.name === 'ConstraintError')) throw error;
  }
  const versions = deletedVersions.get(arena.id);
  if (versions) {
    await withRetry(() => getDb().versions.bulkPut(versions));
    deletedVersions.delete(arena.id);
  }
}

/** Every stored arena that opens in this version (damaged or newer rows are left out). */
export async function allArenas(): Promise<Arena[]> {
  const rows = await getDb().arenas.toArray();
  return rows.flatMap((row) => {
    try {
      return [upgrade(row)];
    } catch {
      return [];
    }
  });
}

export async function allTitles(): Promise<string[]> {
  const rows = await getDb().arenas.toArray();
  return rows.map((r) => r.title);
}

/** How this device takes part in a shared arena; undefined when the arena is not shared here. */
export async function getShare(id: string): Promise<StoredShare | undefined> {
  return getDb().shares.get(id);
}

/** The ids of the shared arenas, now and whenever that changes (the home screen marks them). */
export function watchShares(onChange: (shares: StoredShare[]) => void): () => void {
  const sub = liveQuery(() => getDb().shares.toArray()).subscribe({ next: onChange, error: () => {} });
  return () => sub.unsubscribe();
}

export async function putShare(share: StoredShare): Promise<void> {
  await withRetry(() => getDb().shares.put(share));
}

/** This device no longer takes part in the arena's sharing (Stop sharing): it becomes a local arena again. */
export async function removeShare(id: string): Promise<void> {
  await withRetry(() => getDb().shares.delete(id));
}

/**
 * Writes the snapshot of a shared arena (its Y.Doc read as an arena) for the home list, the overlap index
 * and export. Not compare-and-swap: every tab and device that has the arena open writes the same merged
 * state, and the snapshot is never read back into the Y.Doc, so the last write is as good as any.
 */
export async function saveSnapshot(arena: Arena): Promise<void> {
  const revision = await withRetry(() => putWithDigest(arena, 'put'));
  known.set(arena.id, revision);
}

/** Every arena this device shares or joined. */
export async function allShares(): Promise<StoredShare[]> {
  return getDb().shares.toArray();
}

export async function arenaExists(id: string): Promise<boolean> {
  return (await getDb().arenas.where('id').equals(id).count()) > 0;
}
