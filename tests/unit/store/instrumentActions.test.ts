import { beforeEach, describe, expect, it } from 'vitest';
import { useDocumentStore } from '../../../src/store/documentStore';
import { addPartner, deletePartner, deletePartners } from '../../../src/store/partnerActions';
import { addInstrument, removeInstrument, updateInstrument } from '../../../src/store/instrumentActions';
import { createArena, type Arena, type Tie } from '../../../src/domain/arena';

const BASE = Date.UTC(2025, 0, 1);
let tick = 0;
const clock = () => new Date(BASE + ++tick * 1000).toISOString();
const s = () => useDocumentStore.getState();
const doc = (): Arena => s().doc!;
const steps = () => s().history.past.length;
const add = (name: string): string => {
  const result = addPartner({ name });
  if (!result.ok) throw new Error(result.error);
  return result.id;
};
const instrument = (partnerId: string, name = 'Subsidy', type: 'market' | 'juridical' = 'market'): string => {
  const result = addInstrument(partnerId, name, type);
  if (!result.ok) throw new Error(result.error);
  return result.id;
};
/** Ties are drawn by another part of the app; here they are put in the document directly. */
function tie(id: string, from: string, to: string, kind: Tie['kind'] = 'trusts'): void {
  s().commit((d, now) => {
    d.ties[id] = { id, from, to, kind, note: '', createdAt: now, updatedAt: now };
  });
}

beforeEach(() => {
  tick = 0;
  s().hydrate(createArena('Test arena', new Date(BASE).toISOString(), 'arena-1'));
  useDocumentStore.setState({ now: clock });
});

describe('instruments', () => {
  it('adds an instrument with a trimmed name and an empty sheet, one undo step', () => {
    const p = add('CAW');
    const id = instrument(p, '  Subsidy agreement 2025–2027 ');
    expect(doc().instruments[id]).toMatchObject({ id, partnerId: p, name: 'Subsidy agreement 2025–2027', type: 'market', notes: '', aim: '', uptake: null, relation: null, alternatives: null, verdict: null });
    expect(steps()).toBe(2);
    s().undo();
    expect(doc().instruments).toEqual({});
  });

  it('refuses a blank name and a partner that is not there', () => {
    const p = add('CAW');
    expect(addInstrument(p, '   ', 'market')).toEqual({ ok: false, error: 'empty' });
    expect(addInstrument('nope', 'Premium', 'market')).toEqual({ ok: false, error: 'gone' });
    expect(doc().instruments).toEqual({});
    expect(steps()).toBe(1);
  });

  it('updates the sheet and stamps the instrument; keeps the old name for a blank one; no step when nothing changes', () => {
    const p = add('CAW');
    const id = instrument(p);
    const before = doc().instruments[id]!.updatedAt;
    updateInstrument(id, { aim: 'Reach every family', uptake: 'partly', verdict: 'adjust', name: '  ' });
    expect(doc().instruments[id]).toMatchObject({ name: 'Subsidy', aim: 'Reach every family', uptake: 'partly', verdict: 'adjust' });
    expect(doc().instruments[id]!.updatedAt > before).toBe(true);
    const n = steps();
    updateInstrument(id, { aim: 'Reach every family' });
    updateInstrument('nope', { aim: 'x' });
    expect(steps()).toBe(n);
  });

  it('removes an instrument', () => {
    const p = add('CAW');
    const id = instrument(p);
    removeInstrument(id);
    expect(doc().instruments).toEqual({});
  });
});

describe('deleting a partner', () => {
  it('removes its instruments and every tie that names it, and nothing else, in one undo step', () => {
    const [a, b, c] = [add('A'), add('B'), add('C')];
    const ia = instrument(a);
    const ib = instrument(b);
    tie('ab', a, b);
    tie('ca', c, a, 'conflict');
    tie('bc', b, c, 'works');
    const n = steps();
    deletePartner(a);
    expect(Object.keys(doc().instruments)).toEqual([ib]);
    expect(Object.keys(doc().ties)).toEqual(['bc']);
    expect(steps()).toBe(n + 1);
    s().undo();
    expect(Object.keys(doc().instruments).sort()).toEqual([ia, ib].sort());
    expect(Object.keys(doc().ties).sort()).toEqual(['ab', 'bc', 'ca']);
  });

  it('deleting several partners removes the ties between them too', () => {
    const [a, b, c] = [add('A'), add('B'), add('C')];
    tie('ab', a, b);
    tie('bc', b, c);
    deletePartners([a, b]);
    expect(doc().ties).toEqual({});
  });
});
