import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Arena } from '../../../../src/domain/arena';
import { createPartner } from '../../../../src/domain/arena';
import { LOCAL_ORIGIN, roots } from '../../../../src/sync/doc/layout';
import { migrateShared, type SharedMigration } from '../../../../src/sync/doc/migrate';
import { readArena } from '../../../../src/sync/doc/read';
import { createSharedDoc, seedDoc } from '../../../../src/sync/doc/seed';
import { createPersonalUndo } from '../../../../src/sync/doc/undo';
import { writeChanges } from '../../../../src/sync/doc/write';
import { replicaOf, sampleArena, sync } from './helpers';

/** A made-up format 5: every partner gets a kind, 'organisation' unless it has one. */
const V5: SharedMigration = {
  id: 'v5-partner-kind',
  format: 5,
  run(r) {
    for (const record of r.partners.values()) if (record instanceof Y.Map && !record.has('kind')) record.set('kind', 'organisation');
  },
};
const V5_READ = { supportedFormat: 5 };

function edit(ydoc: Y.Doc, change: (a: Arena) => Arena): void {
  const before = readArena(ydoc, {}, V5_READ).arena;
  const after = change(before);
  ydoc.transact(() => writeChanges(ydoc, before, after, [{ op: 'replace', path: [], value: after }]), LOCAL_ORIGIN);
}
const withPartner = (id: string, name: string) => (a: Arena): Arena => ({ ...a, partners: { ...a.partners, [id]: createPartner({ name }, '2026-11-01T00:00:00.000Z', id) } });
const partnerEdit = (id: string, patch: object) => (a: Arena): Arena => ({ ...a, partners: { ...a.partners, [id]: { ...a.partners[id]!, ...patch } } });

function countUpdates(ydoc: Y.Doc, fn: () => void): number {
  let n = 0;
  const count = () => n++;
  ydoc.on('update', count);
  fn();
  ydoc.off('update', count);
  return n;
}

describe('migrateShared', () => {
  it('two replicas that migrate at once while offline merge to one document: nothing duplicated, nothing lost; again changes nothing', () => {
    const a = createSharedDoc();
    seedDoc(a, sampleArena());
    const b = replicaOf(a);

    edit(a, partnerEdit('kg', { notes: 'A, before migrating' }));
    edit(a, withPartner('pa', 'Added on A'));
    expect(migrateShared(a, [V5])).toEqual({ status: 'migrated', format: 5, applied: ['v5-partner-kind'] });
    edit(a, partnerEdit('caw', { notes: 'A, after migrating' }));

    edit(b, partnerEdit('kg', { name: 'Renamed on B' }));
    edit(b, withPartner('pb', 'Added on B'));
    expect(migrateShared(b, [V5])).toMatchObject({ status: 'migrated', format: 5 });

    // Delivered out of order and twice.
    const fromA = Y.encodeStateAsUpdate(a);
    const fromB = Y.encodeStateAsUpdate(b);
    Y.applyUpdate(b, fromA);
    Y.applyUpdate(a, fromB);
    Y.applyUpdate(b, fromA);
    sync(b, a);

    expect(Y.encodeStateVector(a)).toEqual(Y.encodeStateVector(b));
    const read = readArena(a, {}, V5_READ);
    expect(readArena(b, {}, V5_READ).arena).toEqual(read.arena);
    expect(read.format).toBe(5);
    expect(Object.keys(read.arena.partners).sort()).toEqual([...Object.keys(sampleArena().partners), 'pa', 'pb'].sort());
    for (const partner of Object.values(read.arena.partners)) expect(partner).toHaveProperty('kind', 'organisation');
    expect(read.arena.partners.kg).toMatchObject({ notes: 'A, before migrating', name: 'Renamed on B' });
    expect(read.arena.partners.caw!.notes).toBe('A, after migrating');
    expect(roots(a).migrations.toJSON()).toEqual({ 'v4-instruments-ties': 4, 'v5-partner-kind': 5 });
    expect(read.rejected).toEqual({});

    for (const doc of [a, b]) {
      expect(countUpdates(doc, () => expect(migrateShared(doc, [V5])).toEqual({ status: 'current', format: 5 }))).toBe(0);
    }
  });

  it('a replica that does not know the step reads the document as too new (and would show it read-only)', () => {
    const a = createSharedDoc();
    seedDoc(a, sampleArena());
    const old = replicaOf(a);
    migrateShared(a, [V5]);
    // Even if meta.format were overwritten by an old value, the applied step still says format 5.
    roots(a).meta.set('format', 4);
    sync(a, old);
    expect(readArena(old)).toMatchObject({ format: 5, tooNew: true });
    expect(migrateShared(old, [])).toEqual({ status: 'tooNew', format: 5 });
  });

  it('writes nothing to an empty document or one newer than it reads', () => {
    const empty = new Y.Doc();
    expect(countUpdates(empty, () => expect(migrateShared(empty, [V5])).toEqual({ status: 'empty' }))).toBe(0);
    const newer = createSharedDoc();
    seedDoc(newer, sampleArena());
    roots(newer).meta.set('format', 9);
    expect(countUpdates(newer, () => expect(migrateShared(newer, [V5])).toEqual({ status: 'tooNew', format: 9 }))).toBe(0);
  });

  it('is not an edit: it is not undone, and does not revive a deleted partner', () => {
    const a = createSharedDoc();
    seedDoc(a, sampleArena());
    const undo = createPersonalUndo(a);
    edit(a, (x) => {
      const { kg: _gone, ...partners } = x.partners;
      return { ...x, partners };
    });
    undo.beginGesture();
    migrateShared(a, [V5]);
    const read = readArena(a, {}, V5_READ);
    expect(read.arena.partners.kg).toBeUndefined();
    expect(read.revived).toEqual([]);
    // The one step to undo is the delete, not the migration.
    expect(undo.undo()).toBe('undone');
    expect(undo.canUndo()).toBe(false);
    expect(readArena(a, {}, V5_READ).arena.partners.kg).toHaveProperty('kind', 'organisation');
  });
});

describe('format 4: instruments and ties', () => {
  it('a format-3 document is brought to format 4 by a step that writes nothing but the format; a seeded one needs no step', () => {
    const old = createSharedDoc();
    seedDoc(old, sampleArena());
    // What an app of format 3 seeded: format 3, no steps.
    roots(old).meta.set('format', 3);
    roots(old).migrations.clear();
    expect(migrateShared(old)).toEqual({ status: 'migrated', format: 4, applied: ['v4-instruments-ties'] });
    expect(readArena(old).arena).toMatchObject({ instruments: {}, ties: {} });
    expect(readArena(old, {}, { supportedFormat: 3 }).tooNew).toBe(true);

    const fresh = createSharedDoc();
    seedDoc(fresh, sampleArena());
    expect(countUpdates(fresh, () => expect(migrateShared(fresh)).toEqual({ status: 'current', format: 4 }))).toBe(0);
  });
});
