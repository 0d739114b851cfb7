/**
 * List, load, save, create, duplicate and delete arenas. Reads are validated (migrated to today's
 * format) before they reach the app; writes that fail are retried once after reopening the database.
 */
import { liveQuery } from 'dexie';
import type { Arena } from '../domain/arena';
import { createArena, duplicateArena, partnerCount } from '../domain/arena';
import { migrateToCurrent, type RawDoc } from '../domain/migrations';
import { getDb } from './db';
import { classifyError } from './errors';
import { drop, parked, removeKey } from './journal';
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

function upgrade(raw: unknown): Arena {
  if (!raw || typeof raw !== 'object') throw new LoadError('corrupt');
  const result = migrateToCurrent(raw as RawDoc);
  if (!result.ok) throw result.error === 'newer' ? new LoadError('newer', result.version) : new LoadError('corrupt');
  const doc = result.doc as unknown as Arena;
  if (typeof doc.id !== 'string' || !doc.partners || typeof doc.partners !== 'object') throw new LoadError('corrupt');
  return doc;
}

let recovery: Promise<void> | null = null;

/**
 * Writes back what the journal parked when a page closed mid-write, when it is newer than the stored
 * row. Runs once per page, before the first read.
 */
export function recoverParked(): Promise<void> {
  recovery ??= (async () => {
    for (const { key, arena } of parked()) {
      try {
        const doc = upgrade(arena);
        const stored = await getDb().arenas.get(doc.id);
        if (!stored || stored.updatedAt < doc.updatedAt) await putWithDigest(doc, 'put');
      } catch {
        // A damaged journal entry is worth less than the stored arena: drop it.
      }
      removeKey(key);
    }
  })();
  return recovery;
}

/** For tests: run the recovery again on the next read. */
export function resetRecovery(): void {
  recovery = null;
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

export async function loadArena(id: string): Promise<Arena | undefined> {
  await recoverParked();
  const row = await getDb().arenas.get(id);
  return row === undefined ? undefined : upgrade(row);
}

/** Write with one retry after reopening the database: browsers close IndexedDB under memory pressure. */
async function withRetry<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (first) {
    if (classifyError(first) === 'quota') throw first;
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

/** Writes an arena and its digest in one transaction, so the index never disagrees with the documents. */
function putWithDigest(arena: Arena, mode: 'put' | 'add'): Promise<unknown> {
  const db = getDb();
  return db.transaction('rw', db.arenas, db.digests, async () => {
    if (mode === 'add') await db.arenas.add(arena);
    else await db.arenas.put(arena);
    await db.digests.put(digestOf(arena));
  });
}

export async function saveArena(arena: Arena): Promise<void> {
  await withRetry(() => putWithDigest(arena, 'put'));
}

/** The digests of every arena (for overlap detection and "who sits at every table"). */
export async function allDigests(): Promise<ArenaDigest[]> {
  return getDb().digests.toArray();
}

export async function createNewArena(title: string, now = new Date().toISOString()): Promise<Arena> {
  const arena = createArena(title, now);
  await withRetry(() => putWithDigest(arena, 'add'));
  // Ask once there is something to lose; the browser may say no, and the home screen then says so.
  void requestPersistence();
  return arena;
}

/** Stores an arena that came from elsewhere (an import) under a fresh id; never overwrites. */
export async function addArena(arena: Arena): Promise<void> {
  await withRetry(() => putWithDigest(arena, 'add'));
  void requestPersistence();
}

export async function renameArena(id: string, title: string, now = new Date().toISOString()): Promise<void> {
  const db = getDb();
  await withRetry(() =>
    db.transaction('rw', db.arenas, db.digests, async () => {
      await db.arenas.update(id, { title, updatedAt: now });
      await db.digests.update(id, { title });
    }),
  );
}

export async function duplicateStoredArena(id: string, title: string, now = new Date().toISOString()): Promise<Arena | undefined> {
  const source = await loadArena(id);
  if (!source) return undefined;
  const copy = duplicateArena(source, title, now);
  await withRetry(() => putWithDigest(copy, 'add'));
  return copy;
}

/** Deletes and hands back what was deleted, so the caller can offer "Undo". */
export async function deleteArena(id: string): Promise<Arena | undefined> {
  const db = getDb();
  // A parked unsaved version must not bring the arena back on the next start.
  drop(id);
  return withRetry(() =>
    db.transaction('rw', db.arenas, db.digests, async () => {
      const row = await db.arenas.get(id);
      await db.arenas.delete(id);
      await db.digests.delete(id);
      return row;
    }),
  );
}

export async function restoreArena(arena: Arena): Promise<void> {
  await withRetry(() => putWithDigest(arena, 'put'));
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
