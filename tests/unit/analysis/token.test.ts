import { describe, expect, it } from 'vitest';
import { analyse, type Finding } from '../../../src/domain/analysis';
import { CONCRETE_GOAL, CONTEXT, arenaWith, times } from './helpers';

const tokens = (findings: Finding[]) => findings.filter((f) => f.rule === 'token');

describe('token', () => {
  it('notes a category brought by exactly one partner at the table, per attribute', () => {
    const arena = arenaWith(
      [
        ...times(3, { expertise: ['safety'], style: 'enforcing', perspective: ['provider'] }),
        { expertise: ['welfare'], style: 'enforcing', perspective: ['provider', 'user'] },
      ],
      CONCRETE_GOAL,
    );
    const found = tokens(analyse(arena));
    expect(found.map((f) => f.key)).toEqual(['token:expertise/welfare', 'token:perspective/user']);
    expect(found.every((f) => f.severity === 'info')).toBe(true);
    expect(found[0]).toMatchObject({ attribute: 'expertise', subject: 'expertise/welfare', partners: ['p0003'] });
    expect(found[0]!.numbers).toMatchObject({ count: 1, criticalMass: 3, tagged: 4, atTable: 4 });
  });

  it('keeps keys unique when the same key exists in two attributes', () => {
    const arena = arenaWith([
      ...times(3, { expertise: ['custom:x'], perspective: ['provider'] }),
      { expertise: ['welfare'], perspective: ['custom:x'] },
    ]);
    // custom:x is a token in perspective only; welfare in expertise.
    const keys = tokens(analyse(arena)).map((f) => f.key);
    expect(keys).toEqual(['token:expertise/welfare', 'token:perspective/custom:x']);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('two partners are no longer a token; a second one outside the table does not help', () => {
    const two = arenaWith([...times(3, { expertise: ['safety'] }), ...times(2, { expertise: ['welfare'] })]);
    expect(tokens(analyse(two))).toEqual([]);
    const outside = arenaWith([...times(3, { expertise: ['safety'] }), { expertise: ['welfare'] }, { expertise: ['welfare'], position: CONTEXT }]);
    expect(tokens(analyse(outside)).map((f) => f.subject)).toEqual(['expertise/welfare']);
  });

  it('is not judged below three partners at the table or three tagged partners', () => {
    expect(tokens(analyse(arenaWith([{ expertise: ['safety'] }, { expertise: ['welfare'] }])))).toEqual([]);
    expect(tokens(analyse(arenaWith([{ expertise: ['safety'] }, { expertise: ['welfare'] }, {}])))).toEqual([]);
  });
});
