import fc from 'fast-check';
import { enablePatches, produceWithPatches, type Draft } from 'immer';
import { describe, expect, it } from 'vitest';
import { byCreation, carryOrder, inCreationOrder, type Ordered } from '../../../src/domain/order';
import { carryOrders } from '../../../src/store/carryOrders';
import { createArena, type Arena } from '../../../src/domain/arena';
import { factsOf, partnerFacts } from '../../../src/domain/analysis/facts';
import { analyse } from '../../../src/domain/analysis';
import { EXPERTISE_KEYS } from '../../../src/domain/vocabularies';

enablePatches();

interface Rec extends Ordered {
  name: string;
}
const rec = (id: string, createdAt: string, name = id): Rec => ({ id, createdAt, name });
const t = (n: number) => new Date(Date.UTC(2025, 0, 1) + n * 1000).toISOString();
/** The order worked out from scratch, on a copy the memo has never seen. */
const cold = <T extends Ordered>(records: Record<string, T>) => Object.values({ ...records }).sort(byCreation);

describe('inCreationOrder', () => {
  it('orders by creation time, then id, whatever the key order', () => {
    const records = { c: rec('c', t(2)), b: rec('b', t(1)), a: rec('a', t(1)) };
    expect(inCreationOrder(records).map((r) => r.id)).toEqual(['a', 'b', 'c']);
  });

  it('remembers the list of a frozen record object (one enumeration per version)', () => {
    const records = Object.freeze({ a: rec('a', t(1)), b: rec('b', t(2)) });
    const first = inCreationOrder(records);
    expect(inCreationOrder(records)).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
  });

  it('lists an object that is not frozen afresh, so changes made in place are seen', () => {
    const records: Record<string, Rec> = { a: rec('a', t(1)) };
    expect(inCreationOrder(records).map((r) => r.id)).toEqual(['a']);
    records.b = rec('b', t(0));
    expect(inCreationOrder(records).map((r) => r.id)).toEqual(['b', 'a']);
  });
});

describe('carryOrder', () => {
  it('does nothing when the old order is unknown; the new version is then enumerated when asked', () => {
    const prev = Object.freeze({ a: rec('a', t(1)) });
    const next = Object.freeze({ ...prev, b: rec('b', t(2)) });
    carryOrder(prev, next, new Set(['b']));
    expect(inCreationOrder(next).map((r) => r.id)).toEqual(['a', 'b']);
  });

  it('drops removed records, appends added ones, takes the new object of a changed one and re-sorts when a time changed', () => {
    const prev = Object.freeze({ a: rec('a', t(1)), b: rec('b', t(2)), c: rec('c', t(3)) });
    inCreationOrder(prev);
    const next = Object.freeze({ a: rec('a', t(1), 'A2'), c: rec('c', t(0)), d: rec('d', t(4)) });
    carryOrder(prev, next, new Set(['a', 'b', 'c', 'd']));
    const list = inCreationOrder(next);
    expect(list.map((r) => r.id)).toEqual(['c', 'a', 'd']);
    expect(list[1]).toBe(next.a);
  });

  it('keeps the objects of untouched records, so the carried list is the same as a fresh one', () => {
    const prev = Object.freeze({ a: rec('a', t(1)), b: rec('b', t(2)) });
    inCreationOrder(prev);
    const next = Object.freeze({ ...prev, b: rec('b', t(2), 'B2') });
    carryOrder(prev, next, new Set(['b']));
    expect(inCreationOrder(next)).toEqual(cold(next));
    expect(inCreationOrder(next)[0]).toBe(prev.a);
  });
});

// Edits as the store makes them (immer recipes on a frozen document), carried by the store's own
// carryOrders from the patches, compared after every step with the order worked out from scratch.
type Edit =
  | { kind: 'add'; at: number }
  | { kind: 'remove'; pick: number }
  | { kind: 'rename'; pick: number }
  | { kind: 'retime'; pick: number; at: number }
  | { kind: 'replace'; pick: number }
  | { kind: 'replaceAll' }
  | { kind: 'bulk'; times: number[] }
  | { kind: 'retag'; pick: number; tags: string[]; ring: number }
  | { kind: 'title' };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('add' as const), at: fc.integer({ min: 0, max: 50 }) }),
  fc.record({ kind: fc.constant('remove' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('rename' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('retime' as const), pick: fc.nat(), at: fc.integer({ min: 0, max: 50 }) }),
  fc.record({ kind: fc.constant('replace' as const), pick: fc.nat() }),
  fc.constant({ kind: 'replaceAll' as const }),
  // More records at once than carryOrder looks up one by one (a paste, a multi-delete).
  fc.record({ kind: fc.constant('bulk' as const), times: fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 33, maxLength: 45 }) }),
  fc.constant({ kind: 'title' as const }),
  fc.record({
    kind: fc.constant('retag' as const),
    pick: fc.nat(),
    tags: fc.subarray([...EXPERTISE_KEYS.slice(0, 4), 'custom:x', ''], { maxLength: 3 }),
    ring: fc.integer({ min: 0, max: 3 }),
  }),
);

function apply(doc: Draft<Arena>, e: Edit, serial: number): void {
  const ids = Object.keys(doc.partners);
  const id = ids.length ? ids[('pick' in e ? e.pick : 0) % ids.length]! : undefined;
  const member = Object.keys(doc.team)[0];
  switch (e.kind) {
    case 'add': {
      const nid = `p${serial}`;
      doc.partners[nid] = { ...BASE_PARTNER, id: nid, name: nid, createdAt: t(e.at) };
      doc.team[`m${serial}`] = { id: `m${serial}`, name: `m${serial}`, answers: {}, createdAt: t(e.at), updatedAt: t(e.at) };
      return;
    }
    case 'remove':
      if (id) delete doc.partners[id];
      if (member) delete doc.team[member];
      return;
    case 'rename':
      if (id) doc.partners[id]!.name = `renamed ${serial}`;
      return;
    case 'retime':
      if (id) doc.partners[id]!.createdAt = t(e.at);
      return;
    case 'replace':
      if (id) doc.partners[id] = { ...BASE_PARTNER, id, name: `replaced ${serial}`, createdAt: t(serial % 7) };
      return;
    case 'replaceAll':
      doc.partners = Object.fromEntries(Object.entries(doc.partners).filter((_, i) => i % 2 === 1).reverse());
      return;
    case 'bulk':
      e.times.forEach((at, j) => {
        const nid = `b${serial}-${j}`;
        doc.partners[nid] = { ...BASE_PARTNER, id: nid, name: nid, createdAt: t(at) };
      });
      ids.slice(0, 3).forEach((gone) => delete doc.partners[gone]);
      return;
    case 'retag':
      if (!id) return;
      doc.partners[id]!.expertise = e.tags;
      doc.partners[id]!.style = e.tags[0] ?? null;
      doc.partners[id]!.position = e.ring === 3 ? null : { x: [40, 200, 330][e.ring]!, y: 0 };
      return;
    case 'title':
      doc.title = `title ${serial}`;
  }
}

const BASE_PARTNER = {
  id: 'x',
  name: 'x',
  type: '',
  notes: '',
  position: { x: 40, y: 0 },
  expertise: ['safety'],
  style: null,
  perspective: [],
  resources: {},
  createdAt: t(0),
  updatedAt: t(0),
} as unknown as Arena['partners'][string];

describe('carryOrders (store)', () => {
  it('gives every version the same order, analysis facts and findings as working them out from scratch, over any sequence of edits', () => {
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 40 }), (edits) => {
        let [doc] = produceWithPatches(createArena('A', t(0), 'arena'), () => {});
        inCreationOrder(doc.partners);
        inCreationOrder(doc.team);
        factsOf(doc.partners);
        edits.forEach((e, i) => {
          const [after, patches] = produceWithPatches(doc, (d) => apply(d, e, i));
          carryOrders(doc, after, patches);
          expect(inCreationOrder(after.partners)).toEqual(cold(after.partners));
          expect(inCreationOrder(after.team)).toEqual(cold(after.team));
          // The analysis facts carried with it are those worked out from scratch, and so are the findings.
          expect(factsOf(after.partners)).toEqual(partnerFacts(cold(after.partners)));
          expect(analyse(after)).toEqual(analyse(structuredClone(after)));
          doc = after;
        });
      }),
      { numRuns: 300 },
    );
  });
});
