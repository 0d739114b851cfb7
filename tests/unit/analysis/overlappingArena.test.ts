import { describe, expect, it } from 'vitest';
import { compareFindings, overlapFindings, ruleRank } from '../../../src/domain/analysis';
import { digestOf, findOverlaps, type Overlap } from '../../../src/domain/overlap';
import { CONTEXT, arenaWith, type PartnerSpec } from './helpers';

const local: PartnerSpec[] = [
  { name: 'OCMW Gent', expertise: ['welfare'] },
  { name: 'Politie', expertise: ['safety'] },
  { name: 'CAW', expertise: ['welfare'] },
  { name: 'Buurtwerk', expertise: ['welfare'] },
  { name: 'CAW', expertise: ['welfare'], position: CONTEXT },
];
const mandated: PartnerSpec[] = [
  { name: 'ocmw  gent', expertise: ['welfare'] },
  { name: 'POLITIE', expertise: ['safety'] },
  { name: 'Caw', expertise: ['welfare'] },
  { name: 'VDAB', expertise: ['work'] },
];

function arenas() {
  const a = arenaWith(local);
  a.id = 'local';
  a.title = 'Liveable square';
  const b = arenaWith(mandated);
  b.id = 'mandated';
  b.title = 'Local social policy (decree)';
  b.governance.mandated = true;
  return { a, b };
}

describe('overlapFindings', () => {
  it('turns a pair into a warning for each arena, linking the other one', () => {
    const { a, b } = arenas();
    const overlaps = findOverlaps([digestOf(a), digestOf(b)]);
    expect(overlaps).toHaveLength(1);
    const titles = { [a.id]: a.title, [b.id]: b.title };
    const [f] = overlapFindings('local', overlaps, titles, a.partners);
    expect(f).toEqual({
      key: 'overlappingArena:mandated',
      rule: 'overlappingArena',
      severity: 'warning',
      subject: 'mandated',
      // Matched by normalised name among the partners at the table (the context CAW is not at the table).
      partners: ['p0000', 'p0001', 'p0002'],
      numbers: { shared: 3, jaccard: 3 / 5, domainJaccard: 2 / 3 },
      missing: [],
      other: { id: 'mandated', title: 'Local social policy (decree)' },
      variant: 'mandated',
    });
    const [g] = overlapFindings('mandated', overlaps, new Map(Object.entries(titles)), b.partners);
    expect(g).toMatchObject({ subject: 'local', other: { id: 'local', title: 'Liveable square' }, variant: 'mandated' });
    expect(g!.partners).toEqual(['p0000', 'p0001', 'p0002']);
  });

  it('no variant when neither arena is mandated; no partners without the arena’s partners; unknown title empty', () => {
    const pair: Overlap = { a: 'x', b: 'y', aMandated: false, bMandated: false, shared: ['a', 'b', 'c'], sharedWritten: ['a', 'b', 'c'], partnerJaccard: 0.75, domainJaccard: 1 };
    const [f] = overlapFindings('y', [pair], {});
    expect(f).toMatchObject({ subject: 'x', partners: [], other: { id: 'x', title: '' }, numbers: { shared: 3, jaccard: 0.75, domainJaccard: 1 } });
    expect(f!.variant).toBeUndefined();
  });

  it('ignores pairs that do not concern the arena', () => {
    const pair: Overlap = { a: 'x', b: 'y', aMandated: true, bMandated: false, shared: ['a', 'b', 'c'], sharedWritten: ['a', 'b', 'c'], partnerJaccard: 1, domainJaccard: 1 };
    expect(overlapFindings('z', [pair], {})).toEqual([]);
  });

  it('sorts among the arena findings (after the governance mismatch)', () => {
    expect(ruleRank('overlappingArena')).toBe(ruleRank('governanceMismatch') + 1);
    const pair: Overlap = { a: 'x', b: 'y', aMandated: false, bMandated: false, shared: ['a', 'b', 'c'], sharedWritten: ['a', 'b', 'c'], partnerJaccard: 1, domainJaccard: 1 };
    const [f] = overlapFindings('x', [pair], {});
    expect(compareFindings(f!, { ...f!, rule: 'token', key: 'token:', subject: '' })).toBeLessThan(0);
  });
});
