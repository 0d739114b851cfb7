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

/** A made-up format 4: every partner gets a kind, 'organisation' unless it has one. */
const V4: SharedMigration = {
  id: 'v4-partner-kind',
  format: 4,
  run(r) {
    for (const record of r.partners.values()) if (record instanceof Y.Map && !record.has('kind')) record.set('kind', 'organisation');
  },
};
const V4_READ = { supportedFormat: 4 };

function edit(ydoc: Y.Doc, change: (a: Arena) => Arena): void {
  const before = readArena(ydoc, {}, V4_READ).arena;
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
    expect(migrateShared(a, [V4])).toEqual({ status: 'migrated', format: 4, applied: ['v4-partner-kind'] });
    edit(a, partnerEdit('caw', { notes: 'A, after migrating' }));

    edit(b, partnerEdit('kg', { name: 'Renamed on B' }));
    edit(b, withPartner('pb', 'Added on B'));
    expect(migrateShared(b, [V4])).toMatchObject({ status: 'migrated', format: 4 });

    // Delivered out of order and twice.
    const fromA = Y.encodeStateAsUpdate(a);
    const fromB = Y.encodeStateAsUpdate(b);
    Y.applyUpdate(b, fromA);
    Y.applyUpdate(a, fromB);
    Y.applyUpdate(b, fromA);
    sync(b, a);

    expect(Y.encodeStateVector(a)).toEqual(Y.encodeStateVector(b));
    const read = readArena(a, {}, V4_READ);
    expect(readArena(b, {}, V4_READ).arena).toEqual(read.arena);
    expect(read.format).toBe(4);
    expect(Object.keys(read.arena.partners).sort()).toEqual([...Object.keys(sampleArena().partners), 'pa', 'pb'].sort());
    for (const partner of Object.values(read.arena.partners)) expect(partner).toHaveProperty('kind', 'organisation');
    expect(read.arena.partners.kg).toMatchObject({ notes: 'A, before migrating', name: 'Renamed on B' });
    expect(read.arena.partners.caw!.notes).toBe('A, after migrating');
    expect(roots(a).migrations.toJSON()).toEqual({ 'v4-partner-kind': 4 });
    expect(read.rejected).toEqual({});

    for (const doc of [a, b]) {
      expect(countUpdates(doc, () => expect(migrateShared(doc, [V4])).toEqual({ status: 'current', format: 4 }))).toBe(0);
    }
  });

  it('a replica that does not know the step reads the document as too new (and would show it read-only)', () => {
    const a = createSharedDoc();
    seedDoc(a, sampleArena());
    const old = replicaOf(a);
    migrateShared(a, [V4]);
    // Even if meta.format were overwritten by an old value, the applied step still says format 4.
    roots(a).meta.set('format', 3);
    sync(a, old);
    expect(readArena(old)).toMatchObject({ format: 4, tooNew: true });
    expect(migrateShared(old, [])).toEqual({ status: 'tooNew', format: 4 });
  });

  it('writes nothing to an empty document or one newer than it reads', () => {
    const empty = new Y.Doc();
    expect(countUpdates(empty, () => expect(migrateShared(empty, [V4])).toEqual({ status: 'empty' }))).toBe(0);
    const newer = createSharedDoc();
    seedDoc(newer, sampleArena());
    roots(newer).meta.set('format', 9);
    expect(countUpdates(newer, () => expect(migrateShared(newer, [V4])).toEqual({ status: 'tooNew', format: 9 }))).toBe(0);
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
    migrateShared(a, [V4]);
    const read = readArena(a, {}, V4_READ);
    expect(read.arena.partners.kg).toBeUndefined();
    expect(read.revived).toEqual([]);
    // The one step to undo is the delete, not the migration.
    expect(undo.undo()).toBe('undone');
    expect(undo.canUndo()).toBe(false);
    expect(readArena(a, {}, V4_READ).arena.partners.kg).toHaveProperty('kind', 'organisation');
  });
});
