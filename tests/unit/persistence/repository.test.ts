import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ArenaDb } from '../../../src/persistence/db';
import {
  addArena,
  allTitles,
  createNewArena,
  deleteArena,
  duplicateStoredArena,
  listArenas,
  loadArena,
  LoadError,
  renameArena,
  reinstateArena,
  resetRecovery,
  restoreArena,
  saveArena,
  unwrittenReason,
} from '../../../src/persistence/repository';
import { ArenaConflictError, ArenaGoneError } from '../../../src/persistence/errors';
import { park } from '../../../src/persistence/journal';
import { SCHEMA_VERSION, type Arena } from '../../../src/domain/arena';
import { dropDb, freshDb, iso, JOURNAL_PREFIX, sampleArena, stubLocalStorage, type MemoryStorage } from './helpers';

let db: ArenaDb;
let storage: MemoryStorage;

beforeEach(() => {
  db = freshDb();
  storage = stubLocalStorage();
  resetRecovery();
});

afterEach(async () => {
  vi.unstubAllGlobals();
  await dropDb(db);
});

describe('createNewArena and listArenas', () => {
  it('lists summaries newest first with their partner count', async () => {
    const first = await createNewArena('First', iso(1));
    const third = await createNewArena('Third', iso(3));
    const second = await createNewArena('Second', iso(2));
    const busy = sampleArena('Busy', iso(0), 3);
    await saveArena(busy);

    const list = await listArenas();
    expect(list.map((a) => a.title)).toEqual(['Third', 'Second', 'First', 'Busy']);
    expect(list[0]).toEqual({ id: third.id, title: 'Third', goal: '', partnerCount: 0, updatedAt: iso(3) });
    expect(list.find((a) => a.id === busy.id)).toEqual({ id: busy.id, title: 'Busy', goal: 'Goal of Busy', partnerCount: 3, updatedAt: iso(0) });
    expect(new Set(list.map((a) => a.id))).toEqual(new Set([first.id, second.id, third.id, busy.id]));
  });

  it('creates an empty arena of the current format', async () => {
    const arena = await createNewArena('New arena', iso(5));
    expect(arena).toMatchObject({ title: 'New arena', goal: '', schemaVersion: SCHEMA_VERSION, createdAt: iso(5), updatedAt: iso(5), partners: {} });
    expect(await loadArena(arena.id)).toEqual(arena);
  });

  it('is empty for an empty database', async () => {
    expect(await listArenas()).toEqual([]);
  });

  it('leaves rows it cannot read out of the list', async () => {
    await createNewArena('Fine', iso(1));
    await db.arenas.put({ ...sampleArena('Future', iso(2)), schemaVersion: SCHEMA_VERSION + 1 });
    await db.arenas.put({ id: 'broken', schemaVersion: 1, updatedAt: iso(3) } as unknown as Arena);
    expect((await listArenas()).map((a) => a.title)).toEqual(['Fine']);
  });
});

describe('loadArena', () => {
  it('is undefined for a missing id', async () => {
    expect(await loadArena('missing')).toBeUndefined();
  });

  it('refuses a row written by a newer version of the app', async () => {
    const future = { ...sampleArena('Future', iso(1)), schemaVersion: SCHEMA_VERSION + 1 };
    await db.arenas.put(future);
    const error = await loadArena(future.id).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(LoadError);
    expect((error as LoadError).code).toBe('newer');
    expect((error as LoadError).version).toBe(SCHEMA_VERSION + 1);
  });

  it('refuses a damaged row as corrupt', async () => {
    await db.arenas.put({ id: 'broken', schemaVersion: 1, updatedAt: iso(3) } as unknown as Arena);
    await expect(loadArena('broken')).rejects.toMatchObject({ name: 'LoadError', code: 'corrupt' });
    await db.arenas.put({ id: 'no-version', partners: {}, updatedAt: iso(3) } as unknown as Arena);
    await expect(loadArena('no-version')).rejects.toMatchObject({ code: 'corrupt' });
  });
});

describe('saveArena', () => {
  it('round-trips an arena deep-equal, unknown fields included', async () => {
    const arena = sampleArena('Round trip', iso(1), 4);
    (arena as unknown as Record<string, unknown>).fromTheFuture = { nested: [1, 'two', null] };
    (arena.partners['p1'] as unknown as Record<string, unknown>).extra = 'kept';
    await saveArena(arena);
    expect(await loadArena(arena.id)).toEqual(arena);
  });

  it('overwrites the stored version', async () => {
    const arena = sampleArena('Before', iso(1));
    await saveArena(arena);
    const changed: Arena = { ...structuredClone(arena), title: 'After', updatedAt: iso(2) };
    delete changed.partners['p0'];
    await saveArena(changed);
    expect(await loadArena(arena.id)).toEqual(changed);
    expect(await listArenas()).toHaveLength(1);
  });
});

describe('renameArena', () => {
  it('changes the title and the time, nothing else', async () => {
    const arena = sampleArena('Old title', iso(1));
    await saveArena(arena);
    await renameArena(arena.id, 'New title', iso(9));
    expect(await loadArena(arena.id)).toEqual({ ...arena, title: 'New title', updatedAt: iso(9) });
    expect(await allTitles()).toEqual(['New title']);
  });
});

describe('duplicateStoredArena', () => {
  it('stores a copy under a new id and title, leaving the original alone', async () => {
    const arena = sampleArena('Original', iso(1), 3);
    await saveArena(arena);
    const copy = await duplicateStoredArena(arena.id, 'Original (copy)', iso(5));
    expect(copy).toBeDefined();
    expect(copy!.id).not.toBe(arena.id);
    expect(copy!.title).toBe('Original (copy)');
    expect(copy!.partners).toEqual(arena.partners);
    expect(await loadArena(copy!.id)).toEqual(copy);
    expect(await loadArena(arena.id)).toEqual(arena);
    expect((await listArenas()).map((a) => a.title)).toEqual(['Original (copy)', 'Original']);
  });

  it('is undefined for a missing id and stores nothing', async () => {
    expect(await duplicateStoredArena('missing', 'x')).toBeUndefined();
    expect(await listArenas()).toEqual([]);
  });
});

describe('deleteArena and restoreArena', () => {
  it('hands back the deleted row, which restoreArena puts back', async () => {
    const arena = sampleArena('Doomed', iso(1));
    const other = sampleArena('Other', iso(2));
    await saveArena(arena);
    await saveArena(other);
    const gone = await deleteArena(arena.id);
    expect(gone).toEqual(arena);
    expect(await loadArena(arena.id)).toBeUndefined();
    expect((await listArenas()).map((a) => a.id)).toEqual([other.id]);
    await restoreArena(gone!);
    expect(await loadArena(arena.id)).toEqual(arena);
    expect(await listArenas()).toHaveLength(2);
  });

  it('drops a parked unsaved version, so a deleted arena does not come back on the next start', async () => {
    const local = stubLocalStorage();
    const arena = sampleArena('Doomed', iso(1));
    await saveArena(arena);
    park({ ...arena, updatedAt: iso(5), goal: 'parked on close' }, 2);
    await deleteArena(arena.id);
    expect(local.getItem(JOURNAL_PREFIX + arena.id)).toBeNull();
    resetRecovery();
    expect(await loadArena(arena.id)).toBeUndefined();
  });

  it('hands back undefined for a missing id', async () => {
    expect(await deleteArena('missing')).toBeUndefined();
  });

  it('Undo after an editor tab restored its own, newer version keeps that version', async () => {
    const arena = await createNewArena('Deleted and restored twice', iso(1));
    const gone = await deleteArena(arena.id);
    await reinstateArena({ ...arena, goal: 'the editor tab kept typing' });
    await restoreArena(gone!);
    expect((await loadArena(arena.id))!.goal).toBe('the editor tab kept typing');
  });

  it('revisions go on growing through a delete and a restore, so a tab expecting an old one is refused', async () => {
    const arena = await createNewArena('Counted through a delete', iso(1));
    await saveArena({ ...arena, goal: 'two' });
    const stale = (await db.revisions.get(arena.id))!.revision;
    const gone = await deleteArena(arena.id);
    await restoreArena(gone!);
    expect((await db.revisions.get(arena.id))!.revision).toBe(stale + 1);
    // This page forgot the revision with its own delete; another tab that still expects `stale` is refused.
    resetRecovery();
    await loadArena(arena.id);
    await db.revisions.put({ id: arena.id, revision: stale + 5 });
    await expect(saveArena({ ...arena, goal: 'stale tab' })).rejects.toBeInstanceOf(ArenaConflictError);
  });
});

describe('addArena', () => {
  it('stores a new arena but never overwrites one with the same id', async () => {
    const arena = sampleArena('Imported', iso(1));
    await addArena(arena);
    expect(await loadArena(arena.id)).toEqual(arena);
    await expect(addArena({ ...arena, title: 'Clash' })).rejects.toThrow();
    expect((await loadArena(arena.id))!.title).toBe('Imported');
  });
});

describe('journal recovery', () => {
  /** An entry as older versions of Arena parked it: the arena alone, no revision. */
  const parkRaw = (arena: Arena) => storage.setItem(JOURNAL_PREFIX + arena.id, JSON.stringify(arena));

  it('writes back a parked arena whose revision is newer than the stored one and drops the journal entry', async () => {
    const stored = sampleArena('Stored', iso(1));
    await saveArena(stored);
    const newer: Arena = { ...structuredClone(stored), title: 'Parked', updatedAt: iso(2) };
    newer.partners['p0']!.position = { x: 1, y: 2 };
    expect(park(newer, 2)).toBe(true);
    expect(storage.getItem(JOURNAL_PREFIX + stored.id)).not.toBeNull();

    resetRecovery();
    expect(await loadArena(stored.id)).toEqual(newer);
    expect(storage.getItem(JOURNAL_PREFIX + stored.id)).toBeNull();
    expect((await db.revisions.get(stored.id))?.revision).toBe(2);
  });

  it('compares revisions, never clocks: a later change saved with a clock set back still wins', async () => {
    const stored = sampleArena('Saved with the clock a year ahead', '2027-06-01T00:00:00.000Z');
    await saveArena(stored);
    const later: Arena = { ...structuredClone(stored), title: 'Parked with the right clock', updatedAt: '2026-06-01T00:00:00.000Z' };
    park(later, 2);
    resetRecovery();
    expect((await loadArena(stored.id))!.title).toBe('Parked with the right clock');
  });

  it('never brings back a deleted arena: an entry for an arena that is not stored is dropped', async () => {
    const stored = sampleArena('Deleted', iso(3));
    await saveArena(stored);
    await deleteArena(stored.id);
    park({ ...stored, title: 'Parked by a tab that had it open' }, 9);
    resetRecovery();
    expect(await loadArena(stored.id)).toBeUndefined();
    expect(await listArenas()).toEqual([]);
    expect(storage.length).toBe(0);
  });

  it('does not overwrite the stored arena with an older or equal revision', async () => {
    const stored = sampleArena('Stored', iso(5));
    await saveArena(stored);
    await saveArena({ ...stored, goal: 'second save' });
    park({ ...stored, title: 'Older', updatedAt: iso(9) }, 1);
    resetRecovery();
    expect((await loadArena(stored.id))!.title).toBe('Stored');
    expect(storage.length).toBe(0);
    park({ ...stored, title: 'Same revision', updatedAt: iso(9) }, 2);
    resetRecovery();
    expect((await loadArena(stored.id))!.title).toBe('Stored');
    expect(storage.length).toBe(0);
  });

  it('entries of older versions (no revision) are written back only when newer by their time', async () => {
    const stored = sampleArena('Stored', iso(5));
    await saveArena(stored);
    parkRaw({ ...stored, title: 'Older', updatedAt: iso(4) });
    resetRecovery();
    expect((await loadArena(stored.id))!.title).toBe('Stored');
    expect(storage.length).toBe(0);
    parkRaw({ ...stored, title: 'Newer', updatedAt: iso(6) });
    resetRecovery();
    expect((await loadArena(stored.id))!.title).toBe('Newer');
    expect(storage.length).toBe(0);
  });

  it('keeps the entry when writing it back fails (storage full), and hands out the parked version', async () => {
    const stored = sampleArena('Stored', iso(1));
    await saveArena(stored);
    const newer: Arena = { ...structuredClone(stored), goal: 'typed when the disk was full' };
    park(newer, 2);
    resetRecovery();
    const put = vi.spyOn(db.arenas, 'put').mockRejectedValue(Object.assign(new Error('full'), { name: 'QuotaExceededError' }));
    expect((await loadArena(stored.id))!.goal).toBe('typed when the disk was full');
    expect(unwrittenReason(stored.id)).toBe('quota');
    expect(storage.getItem(JOURNAL_PREFIX + stored.id)).not.toBeNull();
    put.mockRestore();
    // Room again: the next read writes it back.
    expect((await loadArena(stored.id))!.goal).toBe('typed when the disk was full');
    expect(unwrittenReason(stored.id)).toBeUndefined();
    expect(storage.getItem(JOURNAL_PREFIX + stored.id)).toBeNull();
    resetRecovery();
    expect((await loadArena(stored.id))!.goal).toBe('typed when the disk was full');
  });

  it('drops a damaged entry and keeps the stored arena and unrelated keys', async () => {
    const stored = sampleArena('Stored', iso(5));
    await saveArena(stored);
    storage.setItem(JOURNAL_PREFIX + stored.id, '{"id": "' + stored.id + '", "title": "cut off');
    storage.setItem(JOURNAL_PREFIX + 'other', JSON.stringify({ id: 'other', schemaVersion: 1 }));
    storage.setItem(JOURNAL_PREFIX + 'future', JSON.stringify({ ...sampleArena('Future', iso(9), 1, 'future'), schemaVersion: SCHEMA_VERSION + 1 }));
    storage.setItem('someone-else', 'untouched');
    resetRecovery();
    expect(await loadArena(stored.id)).toEqual(stored);
    expect(await loadArena('other')).toBeUndefined();
    expect(await loadArena('future')).toBeUndefined();
    expect(storage.getItem(JOURNAL_PREFIX + stored.id)).toBeNull();
    expect(storage.getItem(JOURNAL_PREFIX + 'other')).toBeNull();
    expect(storage.getItem(JOURNAL_PREFIX + 'future')).toBeNull();
    expect(storage.getItem('someone-else')).toBe('untouched');
  });

  it('runs before every read, so an entry parked by a tab that just closed is taken in', async () => {
    const stored = sampleArena('Stored', iso(1));
    await saveArena(stored);
    await loadArena(stored.id);
    park({ ...stored, title: 'Parked later' }, 2);
    expect((await loadArena(stored.id))!.title).toBe('Parked later');
  });
});

describe('one writer: saves expect the revision they last saw', () => {
  it('a save after the arena was deleted elsewhere is refused and does not bring it back', async () => {
    const arena = await createNewArena('Open in an editor', iso(1));
    await saveArena({ ...arena, goal: 'first change' });
    // Another tab deletes it (this page's own deleteArena would also forget the revision).
    await db.arenas.delete(arena.id);
    await expect(saveArena({ ...arena, goal: 'second change' })).rejects.toBeInstanceOf(ArenaGoneError);
    expect(await db.arenas.get(arena.id)).toBeUndefined();
    await reinstateArena({ ...arena, goal: 'restored' });
    expect((await loadArena(arena.id))!.goal).toBe('restored');
  });

  it('a save over a version written elsewhere is refused, not merged', async () => {
    const arena = await createNewArena('Two writers', iso(1));
    await db.revisions.put({ id: arena.id, revision: 7 });
    await expect(saveArena({ ...arena, goal: 'stale tab' })).rejects.toBeInstanceOf(ArenaConflictError);
    expect((await db.arenas.get(arena.id))!.goal).toBe('');
  });

  it('every write raises the revision by one', async () => {
    const arena = await createNewArena('Counted', iso(1));
    expect((await db.revisions.get(arena.id))?.revision).toBe(1);
    await saveArena({ ...arena, goal: 'a' });
    await renameArena(arena.id, 'Counted again', iso(2));
    expect((await db.revisions.get(arena.id))?.revision).toBe(3);
  });
});
