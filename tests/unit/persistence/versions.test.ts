import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../../src/domain/arena';
import { ArenaDb, setDb, STORES_V4, type ArenaDb as Db } from '../../../src/persistence/db';
import { addArena, deleteArena, listArenas, loadArena, resetRecovery, restoreArena } from '../../../src/persistence/repository';
import {
  deleteVersion,
  listVersions,
  loadVersion,
  newVersion,
  restoreVersionAsArena,
  saveVersion,
  snapshotSize,
  versionsWithSnapshots,
} from '../../../src/persistence/versions';
import { dropDb, freshDb, iso, sampleArena, stubLocalStorage } from './helpers';

let db: Db;
beforeEach(() => {
  stubLocalStorage();
  resetRecovery();
  db = freshDb();
});
afterEach(async () => {
  await dropDb(db);
});

describe('saved versions', () => {
  it('saves, lists newest first, opens, and deletes versions of one arena only', async () => {
    const arena = sampleArena('Youth', iso(1), 3);
    const other = sampleArena('Other', iso(1), 1);
    await addArena(arena);
    await addArena(other);
    const first = await saveVersion(arena, '  after workshop 1  ', iso(10));
    const changed = { ...arena, title: 'Youth (later)' };
    const second = await saveVersion(changed, 'review 2027', iso(20));
    await saveVersion(other, 'other one', iso(15));

    expect(first.name).toBe('after workshop 1');
    expect(first.size).toBe(snapshotSize(arena));
    expect((await listVersions(arena.id)).map((v) => v.name)).toEqual(['review 2027', 'after workshop 1']);
    const opened = await loadVersion(second.id);
    expect(opened?.arena.title).toBe('Youth (later)');
    expect(opened?.arena.partners).toEqual(arena.partners);

    await deleteVersion(first.id);
    expect((await listVersions(arena.id)).map((v) => v.id)).toEqual([second.id]);
    expect(await listVersions(other.id)).toHaveLength(1);
  });

  it('a version is a copy: changing the arena afterwards does not change it', async () => {
    const arena = sampleArena('Youth', iso(1), 2);
    await addArena(arena);
    const v = await saveVersion(arena, 'v', iso(5));
    arena.partners.p0!.name = 'Renamed in memory';
    expect((await loadVersion(v.id))?.arena.partners.p0?.name).toBe('Partner 0');
  });

  it('restores a version as a new arena with a new id, the version kept', async () => {
    const arena = sampleArena('Youth', iso(1), 2);
    await addArena(arena);
    const v = await saveVersion(arena, 'v1', iso(5));
    const restored = await restoreVersionAsArena(v.id, (title) => `${title} (v1)`, iso(30));
    expect(restored?.id).not.toBe(arena.id);
    const stored = await loadArena(restored!.id);
    expect(stored?.title).toBe('Youth (v1)');
    expect(stored?.partners).toEqual(arena.partners);
    expect((await listArenas()).map((a) => a.title).sort()).toEqual(['Youth', 'Youth (v1)']);
    expect(await listVersions(arena.id)).toHaveLength(1);
    expect(await restoreVersionAsArena('gone', () => 'x')).toBeUndefined();
  });

  it('deleting an arena deletes its versions; Undo brings them back', async () => {
    const arena = sampleArena('Youth', iso(1), 2);
    await addArena(arena);
    await saveVersion(arena, 'v1', iso(5));
    await saveVersion(arena, 'v2', iso(6));
    const gone = await deleteArena(arena.id);
    expect(await listVersions(arena.id)).toEqual([]);
    await restoreArena(gone!);
    expect((await listVersions(arena.id)).map((v) => v.name)).toEqual(['v2', 'v1']);
  });

  it('an import writes the arena and its versions together, or nothing', async () => {
    const arena = sampleArena('Imported', iso(1), 2);
    const versions = [newVersion(arena, 'old', iso(0), 'v-a'), newVersion(arena, 'older', iso(0), 'v-b')];
    await addArena(arena, versions);
    expect((await versionsWithSnapshots(arena.id)).map((v) => v.id).sort()).toEqual(['v-a', 'v-b']);

    // A version id already stored: the transaction fails, and the second arena is not written either.
    const second = sampleArena('Second', iso(1), 1);
    await expect(addArena(second, [newVersion(second, 'clash', iso(0), 'v-a')])).rejects.toThrow();
    expect(await loadArena(second.id)).toBeUndefined();
    expect((await listVersions(arena.id)).map((v) => v.id).sort()).toEqual(['v-a', 'v-b']);
  });

  it('opens a version saved in an older document format (migrated when read)', async () => {
    const arena = sampleArena('Old', iso(1), 1);
    await addArena(arena);
    // Format 2 had wider rings: a partner 300 from the goal was in the complementary ring then.
    const old = { ...structuredClone(arena), schemaVersion: 2 } as Record<string, unknown>;
    (old.partners as Record<string, { position: unknown }>).p0!.position = { x: 0, y: 300 };
    await db.versions.add({ id: 'old-v', arenaId: arena.id, name: 'old', savedAt: iso(2), size: 1, partners: 1, arena: old as never });
    const v = await loadVersion('old-v');
    expect(v?.arena.schemaVersion).toBe(SCHEMA_VERSION);
    expect(Math.hypot(v!.arena.partners.p0!.position!.x, v!.arena.partners.p0!.position!.y)).toBeLessThan(300);
  });
});

describe('the database upgrade to version 5', () => {
  let name = '';
  afterEach(async () => {
    setDb(null);
    await Dexie.delete(name);
  });

  it('opens a database created by the version-4 schema with its arenas and shares, and an empty versions table', async () => {
    name = `v4-${Math.random().toString(36).slice(2)}`;
    const old = new Dexie(name);
    old.version(1).stores({ arenas: 'id, updatedAt' });
    old.version(2).stores({ arenas: 'id, updatedAt', digests: 'id' });
    old.version(3).stores({ arenas: 'id, updatedAt', digests: 'id', revisions: 'id' });
    old.version(4).stores(STORES_V4);
    const arena = sampleArena('Kept', iso(1), 2);
    await old.table('arenas').put(arena);
    await old.table('revisions').put({ id: arena.id, revision: 7 });
    await old.table('shares').put({ id: arena.id, room: 'r', role: 'edit', edit: 'e', view: 'v' });
    old.close();

    const upgraded = new ArenaDb(name);
    setDb(upgraded);
    resetRecovery();
    expect(await loadArena(arena.id)).toEqual(arena);
    expect(await upgraded.revisions.get(arena.id)).toEqual({ id: arena.id, revision: 7 });
    expect(await upgraded.shares.get(arena.id)).toMatchObject({ room: 'r' });
    expect(await listVersions(arena.id)).toEqual([]);
    const v = await saveVersion(arena, 'first after the upgrade', iso(9));
    expect((await listVersions(arena.id)).map((x) => x.id)).toEqual([v.id]);
    expect(upgraded.verno).toBe(5);
  });
});
