import { beforeEach, describe, expect, it } from 'vitest';
import { useDocumentStore } from '../../../src/store/documentStore';
import { useSessionStore } from '../../../src/store/sessionStore';
import { dismissDuplicates, mergePartners } from '../../../src/store/duplicateActions';
import { createArena, createPartner, type Arena, type Partner } from '../../../src/domain/arena';
import { findDuplicates } from '../../../src/domain/duplicates';

const BASE = Date.UTC(2025, 0, 1);
let tick = 0;
const clock = () => new Date(BASE + ++tick * 1000).toISOString();
const s = () => useDocumentStore.getState();
const doc = (): Arena => s().doc!;

function partner(id: string, name: string, minutes: number, fields: Partial<Partner>): Partner {
  return { ...createPartner({ name }, new Date(BASE + minutes * 60_000).toISOString(), id), ...fields };
}

/** Two records of one organisation, each knowing part of it, and an action involving both. */
function arena(): Arena {
  const a = createArena('Wijk', new Date(BASE).toISOString(), 'arena-1');
  a.partners.caw = partner('caw', 'CAW', 1, {
    expertise: ['welfare', 'housing'],
    perspective: ['provider'],
    resources: { r1: { id: 'r1', kind: 'knowledge', importance: 4, replaceability: 1, note: '', updatedAt: a.createdAt } },
    notes: 'Contact: Els',
  });
  a.partners.cawOv = partner('cawOv', 'CAW Oost-Vlaanderen', 2, {
    type: 'vzw',
    position: { x: 0, y: 150 },
    expertise: ['safety', 'welfare', 'poverty'],
    style: 'care',
    perspective: ['user', 'provider'],
    resources: { r2: { id: 'r2', kind: 'money', importance: 2, replaceability: 3, note: 'subsidie', updatedAt: a.createdAt } },
    notes: 'Belt op maandag',
  });
  a.partners.ocmw = partner('ocmw', 'OCMW', 3, { position: { x: 150, y: 0 } });
  a.actions.visits = {
    id: 'visits',
    title: 'Huisbezoeken',
    description: '',
    involvement: { cawOv: 'decide', caw: 'inform', ocmw: 'produce' },
    createdAt: a.createdAt,
    updatedAt: a.createdAt,
  };
  a.actions.other = { id: 'other', title: 'Folder', description: '', involvement: { ocmw: 'consult' }, createdAt: a.createdAt, updatedAt: a.createdAt };
  return a;
}

beforeEach(() => {
  tick = 0;
  s().hydrate(arena());
  useDocumentStore.setState({ now: clock });
  useSessionStore.getState().select(null);
});

describe('mergePartners', () => {
  it('keeps the earliest partner with every tag, resource, note and the first position, and deletes the other', () => {
    const survivor = mergePartners(['cawOv', 'caw']);
    expect(survivor).toBe('caw');
    const merged = doc().partners.caw!;
    expect(doc().partners.cawOv).toBeUndefined();
    expect(merged.name).toBe('CAW');
    // Its main expertise stays main; the other's follow in their order.
    expect(merged.expertise).toEqual(['welfare', 'housing', 'safety', 'poverty']);
    expect(merged.perspective).toEqual(['provider', 'user']);
    expect(merged.style).toBe('care');
    expect(merged.type).toBe('vzw');
    expect(Object.keys(merged.resources).sort()).toEqual(['r1', 'r2']);
    expect(merged.resources.r2!.note).toBe('subsidie');
    expect(merged.notes).toBe('Contact: Els\n\nBelt op maandag');
    // It was only in the list: it takes the other's place on the map.
    expect(merged.position).toEqual({ x: 0, y: 150 });
    expect(merged.createdAt).toBe(arena().partners.caw!.createdAt);
  });

  it('moves every involvement to the survivor, keeping the strongest, and leaves other actions alone', () => {
    const before = doc().actions.other;
    mergePartners(['caw', 'cawOv']);
    expect(doc().actions.visits!.involvement).toEqual({ caw: 'decide', ocmw: 'produce' });
    expect(doc().actions.other).toBe(before);
  });

  it('is one undo step, and undo brings every partner and involvement back as it was', () => {
    const original = doc();
    const steps = s().history.past.length;
    mergePartners(['caw', 'cawOv']);
    expect(s().history.past.length).toBe(steps + 1);
    s().undo();
    expect(doc().partners).toEqual(original.partners);
    expect(doc().actions).toEqual(original.actions);
    s().redo();
    expect(Object.keys(doc().partners).sort()).toEqual(['caw', 'ocmw']);
  });

  it('whoever looked at a merged-away partner now sees the survivor; nothing happens for fewer than two', () => {
    useSessionStore.getState().select('cawOv');
    mergePartners(['caw', 'cawOv']);
    expect(useSessionStore.getState().selectedId).toBe('caw');
    const steps = s().history.past.length;
    expect(mergePartners(['caw', 'cawOv'])).toBeNull();
    expect(mergePartners(['caw'])).toBeNull();
    expect(s().history.past.length).toBe(steps);
  });

  it('the survivor keeps its own position, style, type and notes when it has them', () => {
    s().hydrate(arena());
    const a = structuredClone(doc());
    a.partners.caw = { ...a.partners.caw!, position: { x: 10, y: 20 }, style: 'enforcing', type: 'OCMW-dienst', notes: '  Belt op maandag ' };
    s().hydrate(a);
    mergePartners(['caw', 'cawOv']);
    const merged = doc().partners.caw!;
    expect(merged.position).toEqual({ x: 10, y: 20 });
    expect(merged.style).toBe('enforcing');
    expect(merged.type).toBe('OCMW-dienst');
    // The same note twice is kept once, as the survivor wrote it.
    expect(merged.notes).toBe('  Belt op maandag ');
  });
});

describe('dismissDuplicates', () => {
  it('"not the same" is remembered in the arena, so the offer is gone, and undo brings it back', () => {
    expect(findDuplicates(doc().partners).map((g) => g.ids)).toEqual([['caw', 'cawOv']]);
    dismissDuplicates(['caw', 'cawOv']);
    const acks = doc().acknowledgements;
    expect(findDuplicates(doc().partners, { isDismissed: (k) => k in acks })).toEqual([]);
    const steps = s().history.past.length;
    dismissDuplicates(['cawOv', 'caw']);
    expect(s().history.past.length).toBe(steps);
    s().undo();
    const after = doc().acknowledgements;
    expect(findDuplicates(doc().partners, { isDismissed: (k) => k in after })).toHaveLength(1);
  });
});

describe('mergePartners: instruments and ties', () => {
  it('moves the merged partners\' instruments and ties to the survivor, dropping a tie between them and a repeated one', () => {
    s().commit((d, now) => {
      d.instruments.i1 = { id: 'i1', partnerId: 'cawOv', name: 'Subsidy', type: 'market', notes: '', aim: '', uptake: null, relation: null, alternatives: null, verdict: null, createdAt: now, updatedAt: now };
      d.instruments.i2 = { id: 'i2', partnerId: 'ocmw', name: 'Decree', type: 'juridical', notes: '', aim: '', uptake: null, relation: null, alternatives: null, verdict: null, createdAt: now, updatedAt: now };
      const tie = (id: string, from: string, to: string, minute: number) => ({ id, from, to, kind: 'trusts' as const, note: '', createdAt: new Date(BASE + minute * 60_000).toISOString(), updatedAt: now });
      d.ties.t1 = tie('t1', 'caw', 'ocmw', 1);
      d.ties.t2 = tie('t2', 'ocmw', 'cawOv', 2);
      d.ties.t3 = tie('t3', 'caw', 'cawOv', 3);
      d.ties.t4 = { ...tie('t4', 'cawOv', 'ocmw', 4), kind: 'conflict' };
    });
    expect(mergePartners(['caw', 'cawOv'])).toBe('caw');
    expect(doc().instruments.i1!.partnerId).toBe('caw');
    expect(doc().instruments.i2!.partnerId).toBe('ocmw');
    // t2 repeats t1 once cawOv is caw; t3 would tie caw to itself; t4 is another kind and moves.
    expect(Object.keys(doc().ties).sort()).toEqual(['t1', 't4']);
    expect(doc().ties.t4).toMatchObject({ from: 'caw', to: 'ocmw', kind: 'conflict' });
  });
});
