import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Arena } from '../../../../src/domain/arena';
import { createPartner } from '../../../../src/domain/arena';
import { LOCAL_ORIGIN, roots } from '../../../../src/sync/doc/layout';
import { readArena } from '../../../../src/sync/doc/read';
import { createSharedDoc, seedDoc } from '../../../../src/sync/doc/seed';
import { createPersonalUndo } from '../../../../src/sync/doc/undo';
import { writeChanges } from '../../../../src/sync/doc/write';
import { replicaOf, sampleArena, syncAll } from './helpers';

/** One gesture on a replica, written as the app writes a commit. */
function edit(ydoc: Y.Doc, change: (a: Arena) => Arena): void {
  const before = readArena(ydoc).arena;
  const after = change(before);
  ydoc.transact(() => writeChanges(ydoc, before, after, [{ op: 'replace', path: [], value: after }]), LOCAL_ORIGIN);
}
const move = (id: string, x: number, y: number) => (a: Arena): Arena => ({
  ...a,
  updatedAt: `2026-11-01T00:00:0${Math.abs(x) % 10}.000Z`,
  partners: { ...a.partners, [id]: { ...a.partners[id]!, position: { x, y }, updatedAt: '2026-11-01T00:00:00.000Z' } },
});
const remove = (id: string) => (a: Arena): Arena => {
  const { [id]: _gone, ...partners } = a.partners;
  return { ...a, partners };
};
const position = (ydoc: Y.Doc, id: string) => readArena(ydoc).arena.partners[id]?.position;

function twoReplicas() {
  const a = createSharedDoc();
  seedDoc(a, sampleArena());
  const b = replicaOf(a);
  return { a, b, undoA: createPersonalUndo(a), undoB: createPersonalUndo(b) };
}

describe('personal undo', () => {
  it('A moves X, B moves Y, A undoes: X goes back, Y stays', () => {
    const { a, b, undoA } = twoReplicas();
    const x0 = position(a, 'kg');
    edit(a, move('kg', 11, 11));
    edit(b, move('caw', 22, 22));
    syncAll(a, b);
    expect(undoA.undo()).toBe('undone');
    syncAll(a, b);
    for (const doc of [a, b]) {
      expect(position(doc, 'kg')).toEqual(x0);
      expect(position(doc, 'caw')).toEqual({ x: 22, y: 22 });
    }
  });

  it("never takes back a colleague's change: with no step of mine, undo does nothing", () => {
    const { a, b, undoA } = twoReplicas();
    edit(b, move('caw', 22, 22));
    syncAll(a, b);
    expect(undoA.canUndo()).toBe(false);
    expect(undoA.undo()).toBe('nothing');
    expect(position(a, 'caw')).toEqual({ x: 22, y: 22 });
  });

  it('my last step overwritten by someone else: the press says so and does not take back my step before it', () => {
    const { a, b, undoA } = twoReplicas();
    const z0 = position(a, 'kg');
    edit(a, move('kg', 11, 11));
    undoA.beginGesture();
    edit(a, move('caw', 33, 33));
    syncAll(a, b);
    edit(b, move('caw', 44, 44));
    syncAll(a, b);

    expect(undoA.undo()).toBe('changedElsewhere');
    expect(position(a, 'kg')).toEqual({ x: 11, y: 11 });
    expect(position(a, 'caw')).toEqual({ x: 44, y: 44 });
    // The next press takes back the step before, and only that.
    expect(undoA.undo()).toBe('undone');
    expect(position(a, 'kg')).toEqual(z0);
    expect(position(a, 'caw')).toEqual({ x: 44, y: 44 });
  });

  it('a step partly overwritten elsewhere: the rest of it is taken back', () => {
    const { a, b, undoA } = twoReplicas();
    const kg0 = position(a, 'kg');
    edit(a, (x) => move('caw', 33, 33)(move('kg', 11, 11)(x)));
    syncAll(a, b);
    edit(b, move('caw', 44, 44));
    syncAll(a, b);
    expect(undoA.undo()).toBe('undone');
    expect(position(a, 'kg')).toEqual(kg0);
    expect(position(a, 'caw')).toEqual({ x: 44, y: 44 });
  });

  it('one step per gesture: what is written until the next beginGesture is taken back together', () => {
    const { a, undoA } = twoReplicas();
    const before = readArena(a).arena;
    edit(a, move('kg', 1, 1));
    edit(a, move('kg', 2, 2));
    edit(a, move('caw', 3, 3));
    undoA.beginGesture();
    edit(a, move('vdab', 4, 4));
    expect(undoA.undo()).toBe('undone');
    expect(position(a, 'vdab')).toEqual(before.partners.vdab!.position);
    expect(position(a, 'kg')).toEqual({ x: 2, y: 2 });
    expect(undoA.undo()).toBe('undone');
    expect(readArena(a).arena).toEqual(readArena(replicaOf(a)).arena);
    expect(readArena(a).arena).toEqual(before);
    expect(undoA.canUndo()).toBe(false);
  });

  it('redo puts back what undo took, and a new step clears redo', () => {
    const { a, undoA } = twoReplicas();
    edit(a, move('kg', 5, 5));
    const after = readArena(a).arena;
    undoA.undo();
    expect(undoA.canRedo()).toBe(true);
    expect(undoA.redo()).toBe('undone');
    expect(readArena(a).arena).toEqual(after);
    undoA.undo();
    undoA.beginGesture();
    edit(a, move('caw', 6, 6));
    expect(undoA.canRedo()).toBe(false);
    expect(undoA.redo()).toBe('nothing');
  });

  it('undoing a delete brings the partner back on every replica; redo deletes it again', () => {
    const { a, b, undoA } = twoReplicas();
    const kg = readArena(a).arena.partners.kg;
    edit(a, remove('kg'));
    syncAll(a, b);
    expect(readArena(b).arena.partners.kg).toBeUndefined();
    undoA.undo();
    syncAll(a, b);
    expect(readArena(b).arena.partners.kg).toEqual(kg);
    undoA.redo();
    syncAll(a, b);
    expect(readArena(b).arena.partners.kg).toBeUndefined();
  });

  it('undoing an addition tombstones the record instead of deleting its map, so a colleague’s edit in it is not wiped out; redo brings it back', () => {
    const { a, b, undoA } = twoReplicas();
    const added = createPartner({ name: 'Nieuw' }, '2026-11-01T00:00:00.000Z', 'new');
    edit(a, (x) => ({ ...x, partners: { ...x.partners, new: added } }));
    syncAll(a, b);
    edit(b, (x) => ({ ...x, partners: { ...x.partners, new: { ...x.partners.new!, notes: 'Typed by B' } } }));
    syncAll(a, b);
    expect(undoA.undo()).toBe('undone');
    syncAll(a, b);
    for (const doc of [a, b]) expect(readArena(doc).arena.partners.new).toBeUndefined();
    const map = roots(b).partners.get('new') as Y.Map<unknown>;
    expect(map.get('notes')).toBe('Typed by B');
    expect(undoA.redo()).toBe('undone');
    syncAll(a, b);
    for (const doc of [a, b]) expect(readArena(doc).arena.partners.new?.notes).toBe('Typed by B');
  });

  it('tells listeners when undo and redo become possible, once per press', () => {
    const { a, undoA } = twoReplicas();
    const seen: [boolean, boolean][] = [];
    undoA.onChange(() => seen.push([undoA.canUndo(), undoA.canRedo()]));
    edit(a, move('kg', 1, 1));
    undoA.undo();
    expect(seen).toEqual([
      [true, false],
      [false, true],
    ]);
  });

  it('keeps at most `limit` steps', () => {
    const a = createSharedDoc();
    seedDoc(a, sampleArena());
    const undo = createPersonalUndo(a, { limit: 3 });
    for (let i = 1; i <= 5; i++) {
      edit(a, move('kg', i, i));
      undo.beginGesture();
    }
    let n = 0;
    while (undo.undo() === 'undone') n++;
    expect(n).toBe(3);
    expect(position(a, 'kg')).toEqual({ x: 2, y: 2 });
  });

  it('does not track the seed or migrations', () => {
    const a = createSharedDoc();
    const undo = createPersonalUndo(a);
    seedDoc(a, sampleArena());
    expect(undo.canUndo()).toBe(false);
  });
});
