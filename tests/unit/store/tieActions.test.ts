import { beforeEach, describe, expect, it } from 'vitest';
import { useDocumentStore } from '../../../src/store/documentStore';
import { addTie, deleteTie, setTieKind, setTieNote, tieBetween } from '../../../src/store/tieActions';
import { createArena, createPartner, type Arena } from '../../../src/domain/arena';
import { tieEdges } from '../../../src/canvas/tieEdges';

const BASE = Date.UTC(2026, 10, 30);
let tick = 0;
const clock = () => new Date(BASE + ++tick * 1000).toISOString();
const s = () => useDocumentStore.getState();
const doc = (): Arena => s().doc!;

function arena(): Arena {
  const a = createArena('Vertrouwen', new Date(BASE).toISOString(), 'arena-ties');
  for (const [id, x] of [['a', 0], ['b', 150], ['c', -150]] as const) a.partners[id] = { ...createPartner({ name: id.toUpperCase() }, a.createdAt, id), position: { x, y: 150 } };
  return a;
}

beforeEach(() => {
  tick = 0;
  s().hydrate(arena());
  useDocumentStore.setState({ now: clock, readOnly: false });
});

describe('tie actions', () => {
  it('adds a tie as one undo step, works by default, and finds it in either direction', () => {
    const result = addTie('a', 'b');
    expect(result.ok).toBe(true);
    const id = result.ok ? result.id : '';
    expect(doc().ties[id]).toMatchObject({ id, from: 'a', to: 'b', kind: 'works', note: '' });
    expect(tieBetween(doc().ties, 'b', 'a')?.id).toBe(id);
    s().undo();
    expect(doc().ties).toEqual({});
    s().redo();
    expect(doc().ties[id]?.kind).toBe('works');
  });

  it('refuses a tie to oneself, to an unknown partner, a second tie between one pair, and a read-only arena', () => {
    expect(addTie('a', 'a')).toEqual({ ok: false, error: 'self' });
    expect(addTie('a', 'nobody')).toEqual({ ok: false, error: 'unknown' });
    expect(addTie('a', 'b', 'trusts').ok).toBe(true);
    expect(addTie('b', 'a', 'conflict')).toEqual({ ok: false, error: 'exists' });
    useDocumentStore.setState({ readOnly: true });
    expect(addTie('a', 'c')).toEqual({ ok: false, error: 'readOnly' });
    expect(Object.keys(doc().ties)).toHaveLength(1);
  });

  it('changes the kind and the note, stamping updatedAt, and deletes; unchanged values make no step', () => {
    const r = addTie('a', 'c');
    const id = r.ok ? r.id : '';
    const steps = () => s().history.past.length;
    const before = steps();
    setTieKind(id, 'works');
    setTieNote(id, '');
    expect(steps()).toBe(before);
    setTieKind(id, 'conflict');
    setTieNote(id, 'Disagree on the waiting list');
    expect(doc().ties[id]).toMatchObject({ kind: 'conflict', note: 'Disagree on the waiting list' });
    expect(doc().ties[id]!.updatedAt > doc().ties[id]!.createdAt).toBe(true);
    deleteTie(id);
    expect(doc().ties[id]).toBeUndefined();
    s().undo();
    expect(doc().ties[id]?.kind).toBe('conflict');
  });
});

describe('tieEdges', () => {
  it('draws a tie only when both partners are shown, and keeps an edge object while its tie is unchanged', () => {
    addTie('a', 'b', 'trusts');
    addTie('b', 'c');
    const shown = ['a', 'b', 'c'].map((id) => ({ id }));
    const first = tieEdges(doc().ties, shown);
    expect(first.map((e) => [e.source, e.target, e.data?.kind])).toEqual([
      ['a', 'b', 'trusts'],
      ['b', 'c', 'works'],
    ]);
    expect(tieEdges(doc().ties, [{ id: 'a' }, { id: 'b' }]).map((e) => e.target)).toEqual(['b']);
    const tieAB = tieBetween(doc().ties, 'a', 'b')!;
    setTieKind(tieBetween(doc().ties, 'b', 'c')!.id, 'conflict');
    const second = tieEdges(doc().ties, shown);
    expect(second[0]).toBe(first[0]);
    expect(tieEdges(doc().ties, shown)).toBe(second);
    expect(second[1]).not.toBe(first[1]);
    expect(second[1]!.data?.kind).toBe('conflict');
    expect(second[0]!.id).toBe(tieAB.id);
    expect(tieEdges(undefined, shown)).toEqual([]);
  });
});
