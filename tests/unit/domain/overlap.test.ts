import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DOMAIN_MIN_JACCARD,
  OVERLAP_MIN_JACCARD,
  OVERLAP_MIN_SHARED,
  digestOf,
  findOverlaps,
  jaccard,
  whoSitsEverywhere,
  writtenName,
  type ArenaDigest,
} from '../../../src/domain/overlap';
import { CONTEXT, arenaWith } from '../analysis/helpers';

function digest(id: string, partners: string[], domains: string[] = ['welfare'], mandated = false): ArenaDigest {
  return { id, title: `Arena ${id}`, mandated, partners: [...partners].sort(), domains: [...domains].sort() };
}

const names = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

describe('digestOf', () => {
  it('keeps normalised, sorted, unique names and the expertise keys of the partners at the table', () => {
    const arena = arenaWith([
      { name: 'OCMW  Gent', expertise: ['welfare', 'poverty'] },
      { name: 'ocmw gent', expertise: ['welfare'] },
      { name: 'Politiezone Één', expertise: ['safety'] },
      { name: 'CAW Oost-Vlaanderen', expertise: ['welfare', 'housing'], position: CONTEXT },
      { name: 'Unplaced school', expertise: ['education'], position: null },
    ]);
    arena.id = 'a1';
    arena.title = 'Liveable square';
    arena.governance.mandated = true;
    expect(digestOf(arena)).toEqual({
      id: 'a1',
      title: 'Liveable square',
      mandated: true,
      partners: ['ocmw gent', 'politiezone een'],
      // As written by the first partner of each name in list order.
      written: ['OCMW  Gent', 'Politiezone Één'],
      domains: ['poverty', 'safety', 'welfare'],
    });
  });

  it('an arena without governance (older document) is not mandated', () => {
    const arena = arenaWith([{ name: 'A' }]);
    const { governance: _g, ...old } = arena;
    expect(digestOf(old).mandated).toBe(false);
  });
});

describe('names as the user wrote them', () => {
  it('an overlap and the partners at several tables show the names as an arena writes them', () => {
    const local = arenaWith([{ name: 'CAW Oost-Vlaanderen' }, { name: 'OCMW Gent' }, { name: 'Lokale Politie' }, { name: 'Buurtwerk' }]);
    local.id = 'local';
    const other = arenaWith([{ name: 'caw oost-vlaanderen' }, { name: 'OCMW  GENT' }, { name: 'lokale politie' }]);
    other.id = 'other';
    const [o] = findOverlaps([digestOf(local), digestOf(other)]);
    expect(o!.shared).toEqual(['caw oost-vlaanderen', 'lokale politie', 'ocmw gent']);
    expect(o!.sharedWritten).toEqual(['CAW Oost-Vlaanderen', 'Lokale Politie', 'OCMW Gent']);
    expect(whoSitsEverywhere([digestOf(other), digestOf(local)]).map((p) => p.written)).toEqual(['caw oost-vlaanderen', 'lokale politie', 'OCMW  GENT']);
    expect(whoSitsEverywhere([digestOf(local), digestOf(other)]).map((p) => p.written)).toEqual(['CAW Oost-Vlaanderen', 'Lokale Politie', 'OCMW Gent']);
  });

  it('a name that reads like an object key is kept as any other', () => {
    const a = arenaWith(['__proto__', 'constructor', 'toString'].map((name) => ({ name })));
    expect(digestOf(a).written).toEqual(['__proto__', 'constructor', 'toString']);
    expect(writtenName(digestOf(a), 'nobody')).toBe('nobody');
  });
});

describe('findOverlaps', () => {
  it('thresholds are the documented ones', () => {
    expect([OVERLAP_MIN_JACCARD, OVERLAP_MIN_SHARED, DOMAIN_MIN_JACCARD]).toEqual([0.5, 3, 0.3]);
  });

  it('three arenas of which exactly two overlap', () => {
    const local = digest('local', ['caw', 'ocmw', 'police', 'school', 'youth work'], ['welfare', 'safety']);
    const mandated = digest('mandated', ['caw', 'ocmw', 'police', 'school', 'vdab'], ['welfare', 'work'], true);
    const other = digest('other', ['caw', 'library', 'sports club', 'culture centre', 'academy'], ['leisure', 'welfare']);
    const overlaps = findOverlaps([local, mandated, other]);
    expect(overlaps).toHaveLength(1);
    expect(overlaps[0]).toEqual({
      a: 'local',
      b: 'mandated',
      aMandated: false,
      bMandated: true,
      shared: ['caw', 'ocmw', 'police', 'school'],
      // These digests say nothing of how the names are written: the normalised names are shown.
      sharedWritten: ['caw', 'ocmw', 'police', 'school'],
      partnerJaccard: 4 / 6,
      domainJaccard: 1 / 3,
    });
  });

  it('partner Jaccard exactly 0.5 overlaps, just below does not', () => {
    const shared = names('s', 4);
    expect(findOverlaps([digest('a', [...shared, 'a1', 'a2']), digest('b', [...shared, 'b1', 'b2'])])).toHaveLength(1);
    expect(findOverlaps([digest('a', [...shared, 'a1', 'a2', 'a3']), digest('b', [...shared, 'b1', 'b2'])])).toHaveLength(0);
  });

  it('needs at least 3 shared partners: 2 identical partners are not enough, 3 are', () => {
    expect(findOverlaps([digest('a', ['x', 'y']), digest('b', ['x', 'y'])])).toEqual([]);
    const three = findOverlaps([digest('a', ['x', 'y', 'z']), digest('b', ['x', 'y', 'z'])]);
    expect(three).toHaveLength(1);
    expect(three[0]!.partnerJaccard).toBe(1);
  });

  it('domains: Jaccard exactly 0.3 is similar; both untagged is similar; one untagged is not', () => {
    const p = names('p', 4);
    const a = digest('a', p, ['d1', 'd2', 'd3', 'a1', 'a2', 'a3', 'a4']);
    const b = digest('b', p, ['d1', 'd2', 'd3', 'b1', 'b2', 'b3']);
    expect(jaccard(a.domains, b.domains)).toBeCloseTo(0.3);
    expect(findOverlaps([a, b])).toHaveLength(1);
    const b2 = digest('b', p, ['d1', 'd2', 'd3', 'b1', 'b2', 'b3', 'b4']);
    expect(findOverlaps([a, b2])).toEqual([]);
    const none = findOverlaps([digest('a', p, []), digest('b', p, [])]);
    expect(none).toHaveLength(1);
    expect(none[0]!.domainJaccard).toBe(1);
    expect(findOverlaps([digest('a', p, []), digest('b', p, ['welfare'])])).toEqual([]);
  });

  it('sorts the most similar pairs first', () => {
    const p = names('p', 6);
    const list = [digest('a', p.slice(0, 4)), digest('b', p.slice(0, 5)), digest('c', p.slice(0, 4))];
    expect(findOverlaps(list).map((o) => `${o.a}-${o.b}`)).toEqual(['a-c', 'a-b', 'b-c']);
  });

  it('tolerates digests with unsorted or repeated names', () => {
    const a: ArenaDigest = { id: 'a', title: '', mandated: false, partners: ['z', 'x', 'y', 'x'], domains: [] };
    const b: ArenaDigest = { id: 'b', title: '', mandated: false, partners: ['y', 'z', 'x'], domains: [] };
    expect(findOverlaps([a, b])[0]).toMatchObject({ shared: ['x', 'y', 'z'], partnerJaccard: 1 });
  });

  it('agrees with comparing every pair', () => {
    const pool = names('n', 12);
    const arb = fc.array(
      fc.record({
        partners: fc.uniqueArray(fc.constantFrom(...pool), { maxLength: 10 }),
        domains: fc.uniqueArray(fc.constantFrom('welfare', 'safety', 'work', 'housing'), { maxLength: 3 }),
      }),
      { maxLength: 12 },
    );
    fc.assert(
      fc.property(arb, (rows) => {
        const digests = rows.map((r, i) => digest(`a${i}`, r.partners, r.domains));
        const expected: string[] = [];
        for (let i = 0; i < digests.length; i++) {
          for (let j = i + 1; j < digests.length; j++) {
            const A = digests[i]!;
            const B = digests[j]!;
            const shared = A.partners.filter((x) => B.partners.includes(x)).length;
            const union = new Set([...A.partners, ...B.partners]).size;
            if (shared >= 3 && shared / union >= 0.5 && jaccard(A.domains, B.domains) >= 0.3 - 1e-9) expected.push(`${A.id}-${B.id}`);
          }
        }
        expect(findOverlaps(digests).map((o) => `${o.a}-${o.b}`).sort()).toEqual(expected.sort());
      }),
      { numRuns: 200 },
    );
  });

  it('handles 200 arenas of 50 partners (not timed; the benchmark times it)', () => {
    const pool = names('org', 400);
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const digests = Array.from({ length: 200 }, (_, i) => {
      const set = new Set<string>();
      // Every tenth arena copies most of the previous one's partners: a known overlap.
      if (i % 10 === 1) for (const name of names('org', 45)) set.add(name);
      while (set.size < 50) set.add(pool[Math.floor(random() * pool.length)]!);
      return digest(`arena${i}`, [...set], ['welfare']);
    });
    const overlaps = findOverlaps(digests);
    expect(overlaps.length).toBeGreaterThanOrEqual(20 * 19 / 2);
    for (const o of overlaps) expect(o.partnerJaccard).toBeGreaterThanOrEqual(0.5);
  });
});

describe('whoSitsEverywhere', () => {
  it('lists partners at several tables, most first, then by name', () => {
    const list = [digest('a', ['caw', 'ocmw', 'police']), digest('b', ['caw', 'ocmw']), digest('c', ['caw', 'school'])];
    expect(whoSitsEverywhere(list)).toEqual([
      { name: 'caw', written: 'caw', arenas: ['a', 'b', 'c'] },
      { name: 'ocmw', written: 'ocmw', arenas: ['a', 'b'] },
    ]);
    expect(whoSitsEverywhere(list, 3)).toEqual([{ name: 'caw', written: 'caw', arenas: ['a', 'b', 'c'] }]);
    expect(whoSitsEverywhere(list, 1)).toHaveLength(4);
    expect(whoSitsEverywhere([])).toEqual([]);
  });
});
