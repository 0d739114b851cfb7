import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import * as Y from 'yjs';
import { afterEach, describe, expect, it } from 'vitest';
import { ArenaDb, setDb } from '../../../src/persistence/db';
import { addSharedDoc, closeSharedDoc, deleteSharedDoc, hasSharedDoc, openSharedDoc, resetSharedDocs, sharedWritesSettled } from '../../../src/persistence/sharedDocs';
import { loadArena, resetRecovery } from '../../../src/persistence/repository';
import { iso, sampleArena } from './helpers';

const sample = sampleArena('Wijk Noord', iso(1), 2, 'arena-1');

let name = '';
let open: ArenaDb | null = null;
afterEach(async () => {
  resetSharedDocs();
  open?.close();
  setDb(null);
  await Dexie.delete(name);
});

const fresh = () => {
  name = `shared-${Math.random().toString(36).slice(2)}`;
  const db = new ArenaDb(name);
  open = db;
  setDb(db);
  resetRecovery();
  return db;
};

describe('shared arenas’ Y.Docs in the same database (y-dexie)', () => {
  it('stores a Y.Doc, keeps its later changes and opens it again after the database was closed', async () => {
    const db = fresh();
    const seeded = new Y.Doc();
    seeded.getMap('meta').set('title', 'Wijk Noord');
    await addSharedDoc('a1', seeded);
    const doc = (await openSharedDoc('a1', () => {}))!;
    expect(doc.getMap('meta').get('title')).toBe('Wijk Noord');
    doc.getMap('meta').set('goal', 'Een leefbare wijk');
    await sharedWritesSettled();
    closeSharedDoc(doc);
    resetSharedDocs();
    db.close();
    open = new ArenaDb(name);
    setDb(open);
    const again = (await openSharedDoc('a1', () => {}))!;
    expect(again.getMap('meta').toJSON()).toEqual({ title: 'Wijk Noord', goal: 'Een leefbare wijk' });
    closeSharedDoc(again);
  });

  it('two instances of one tab’s database (plain and with the addon) share rows', async () => {
    const db = fresh();
    await db.arenas.put(sample);
    await addSharedDoc('a2', new Y.Doc());
    expect(await hasSharedDoc('a2')).toBe(true);
    expect(await db.table('ydocs').count()).toBe(1);
    expect((await loadArena(sample.id))?.title).toBe(sample.title);
  });

  it('says when no Y.Doc is stored, and forgets one with its updates', async () => {
    const db = fresh();
    expect(await openSharedDoc('none', () => {})).toBeUndefined();
    const seeded = new Y.Doc();
    seeded.getMap('meta').set('title', 'x');
    await addSharedDoc('a3', seeded);
    expect(await db.table('$ydocs.doc_updates').where('k').equals('a3').count()).toBeGreaterThan(0);
    await deleteSharedDoc('a3');
    expect(await hasSharedDoc('a3')).toBe(false);
    expect(await db.table('$ydocs.doc_updates').where('k').equals('a3').count()).toBe(0);
  });

  it('upgrades a version-3 database to today’s (5) with the sharing and versions tables, keeping the arenas', async () => {
    name = `shared-up-${Math.random().toString(36).slice(2)}`;
    const old = new Dexie(name);
    old.version(3).stores({ arenas: 'id, updatedAt', digests: 'id', revisions: 'id' });
    await old.table('arenas').put(sample);
    old.close();
    const db = new ArenaDb(name);
    open = db;
    setDb(db);
    resetRecovery();
    expect((await loadArena(sample.id))?.title).toBe(sample.title);
    expect(db.verno).toBe(5);
    expect(db.tables.map((t) => t.name).sort()).toEqual(['$ydocs.doc_updates', 'arenas', 'digests', 'revisions', 'shares', 'versions', 'ydocs']);
  });
});
