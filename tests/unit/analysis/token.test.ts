import { describe, expect, it } from 'vitest';
import { CRITICAL_MASS, TOKEN_MAJORITY_SHARE, analyse, type Finding } from '../../../src/domain/analysis';
import { CONCRETE_GOAL, CONTEXT, arenaWith, times } from './helpers';

const tokens = (findings: Finding[]) => findings.filter((f) => f.rule === 'token');

describe('token (lone voices)', () => {
  it('is one note naming every category brought by exactly one partner at the table', () => {
    const arena = arenaWith(
      [
        ...times(3, { expertise: ['safety'], style: 'enforcing', perspective: ['provider'] }),
        { expertise: ['welfare'], style: 'enforcing', perspective: ['provider', 'user'] },
      ],
      CONCRETE_GOAL,
    );
    const found = tokens(analyse(arena));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ key: 'token:', severity: 'info', partners: ['p0003'] });
    expect(found[0]!.subject).toBeUndefined();
    expect(found[0]!.variant).toBeUndefined();
    expect(found[0]!.categories).toEqual([
      { attribute: 'expertise', key: 'welfare', partners: ['p0003'] },
      { attribute: 'perspective', key: 'user', partners: ['p0003'] },
    ]);
    expect(found[0]!.numbers).toEqual({ count: 2, criticalMass: CRITICAL_MASS, atTable: 4 });
  });

  it('names each lone partner once, in list order; a single lone voice has the variant "one"', () => {
    const arena = arenaWith([
      ...times(3, { expertise: ['safety'], perspective: ['provider'] }),
      { expertise: ['welfare'], perspective: ['provider'] },
      { expertise: ['safety'], perspective: ['user'] },
    ]);
    const [f] = tokens(analyse(arena));
    expect(f!.partners).toEqual(['p0003', 'p0004']);
    const single = arenaWith([...times(3, { expertise: ['safety'] }), { expertise: ['welfare'] }]);
    expect(tokens(analyse(single))[0]).toMatchObject({ variant: 'one', numbers: { count: 1 } });
  });

  it('keeps the same key in two attributes apart', () => {
    const arena = arenaWith([
      ...times(3, { expertise: ['custom:x'], perspective: ['provider'] }),
      { expertise: ['welfare'], perspective: ['custom:x'] },
    ]);
    expect(tokens(analyse(arena))[0]!.categories!.map((c) => `${c.attribute}/${c.key}`)).toEqual(['expertise/welfare', 'perspective/custom:x']);
  });

  it('two partners are no longer a lone voice; a second one outside the table does not help', () => {
    const two = arenaWith([...times(4, { expertise: ['safety'] }), ...times(2, { expertise: ['welfare'] })]);
    expect(tokens(analyse(two))).toEqual([]);
    const outside = arenaWith([...times(3, { expertise: ['safety'] }), { expertise: ['welfare'] }, { expertise: ['welfare'], position: CONTEXT }]);
    expect(tokens(analyse(outside))[0]!.categories!.map((c) => c.key)).toEqual(['welfare']);
  });

  it('is only looked for against a majority: one category with at least half of the tagged partners and at least three', () => {
    expect(TOKEN_MAJORITY_SHARE).toBe(0.5);
    // A varied table: eight expertises, the largest with 2 of 10. Every single one is variety, not a lone voice.
    const varied = arenaWith(
      ['welfare', 'welfare', 'safety', 'safety', 'housing', 'work', 'health', 'education', 'leisure', 'poverty'].map((key) => ({ expertise: [key] })),
    );
    expect(tokens(analyse(varied))).toEqual([]);
    // Exactly half is a majority (3 of 6) …
    const half = arenaWith([...times(3, { expertise: ['safety'] }), ...times(2, { expertise: ['welfare'] }), { expertise: ['housing'] }]);
    expect(tokens(analyse(half))[0]!.categories!.map((c) => c.key)).toEqual(['housing']);
    // … just under half is not (3 of 7) …
    const under = arenaWith([...times(3, { expertise: ['safety'] }), ...times(3, { expertise: ['welfare'] }), { expertise: ['housing'] }]);
    expect(tokens(analyse(under))).toEqual([]);
    // … and two of three is a majority of too few partners to count.
    const three = arenaWith([...times(2, { expertise: ['safety'] }), { expertise: ['welfare'] }]);
    expect(tokens(analyse(three))).toEqual([]);
  });

  it('is not judged below three partners at the table or three tagged partners', () => {
    expect(tokens(analyse(arenaWith([{ expertise: ['safety'] }, { expertise: ['welfare'] }])))).toEqual([]);
    expect(tokens(analyse(arenaWith([{ expertise: ['safety'] }, { expertise: ['welfare'] }, {}])))).toEqual([]);
  });
});
