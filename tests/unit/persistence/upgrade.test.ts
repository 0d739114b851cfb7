import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { ArenaDb, setDb } from '../../../src/persistence/db';
import { loadArena, listArenas, resetRecovery } from '../../../src/persistence/repository';
import { SCHEMA_VERSION } from '../../../src/domain/arena';
import { placementOf } from '../../../src/domain/rings';
import { v2RingOf } from '../../../src/domain/migrations/v2ToV3';

const fixture = (name: string) =>
  JSON.parse(fs.readFileSync(fileURLToPath(new URL(`../../fixtures/formats/${name}`, import.meta.url)), 'utf8')) as { arena: Record<string, unknown> };

let name = '';
afterEach(async () => {
  setDb(null);
  await Dexie.delete(name);
});

describe('opening a database written by an older version of Arena', () => {
  it('migrates a version-1 database (Dexie v1, document format 1) to today’s format on open', async () => {
    name = `upgrade-${Math.random().toString(36).slice(2)}`;
    // What Arena 1 left behind: Dexie schema version 1 with a format-1 row.
    const old = new Dexie(name);
    old.version(1).stores({ arenas: 'id, updatedAt' });
    const v1 = fixture('v1.arena.json').arena;
    await old.table('arenas').put(v1);
    old.close();

    const db = new ArenaDb(name);
    setDb(db);
    resetRecovery();
    const raw = (await db.arenas.get(String(v1.id))) as unknown as Record<string, unknown>;
    expect(raw.schemaVersion).toBe(SCHEMA_VERSION);
    expect(raw.actions).toEqual({});
    const arena = await loadArena(String(v1.id));
    expect(arena?.title).toBe(v1.title);
    expect(Object.keys(arena?.partners ?? {})).toEqual(Object.keys(v1.partners as object));
    for (const p of Object.values(arena?.partners ?? {})) expect(p.resources).toEqual({});
    expect((await listArenas()).map((a) => a.id)).toEqual([v1.id]);
    // Its overlap index is built for today's format too.
    expect(await db.digests.get(String(v1.id))).toMatchObject({ id: v1.id });
  });

  it('moves the positions of a version-2 database (Dexie v2, format 2) into the denser rings, ring kept', async () => {
    name = `upgrade-${Math.random().toString(36).slice(2)}`;
    const old = new Dexie(name);
    old.version(1).stores({ arenas: 'id, updatedAt' });
    old.version(2).stores({ arenas: 'id, updatedAt', digests: 'id' });
    const v2 = fixture('v2.arena.json').arena as { id: string; partners: Record<string, { position: { x: number; y: number } | null }> };
    await old.table('arenas').put(v2);
    old.close();

    const db = new ArenaDb(name);
    setDb(db);
    resetRecovery();
    const raw = (await db.arenas.get(v2.id)) as unknown as typeof v2 & { schemaVersion: number };
    expect(raw.schemaVersion).toBe(SCHEMA_VERSION);
    for (const [id, p] of Object.entries(v2.partners)) {
      if (!p.position) continue;
      expect(placementOf(raw.partners[id]!.position), id).toBe(v2RingOf(p.position));
    }
    expect(await db.digests.get(v2.id)).toMatchObject({ id: v2.id });
  });

  it('opens every frozen format fixture through the database', async () => {
    for (const file of fs.readdirSync(fileURLToPath(new URL('../../fixtures/formats/', import.meta.url)))) {
      name = `fixture-${Math.random().toString(36).slice(2)}`;
      const db = new ArenaDb(name);
      setDb(db);
      const doc = fixture(file).arena;
      await db.arenas.put(doc as never);
      const arena = await loadArena(String(doc.id));
      expect(arena?.schemaVersion, file).toBe(SCHEMA_VERSION);
      expect(arena?.title, file).toBe(doc.title);
      setDb(null);
      await db.delete();
    }
  });
});
