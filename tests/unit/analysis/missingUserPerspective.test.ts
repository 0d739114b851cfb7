import { describe, expect, it } from 'vitest';
import { analyse, type Finding } from '../../../src/domain/analysis';
import { CONTEXT, arenaWith, times } from './helpers';

const missing = (findings: Finding[]) => findings.filter((f) => f.rule === 'missingUserPerspective');

describe('missing user perspective', () => {
  it('warns when nobody at the table brings the user or resident perspective, naming all at the table', () => {
    const arena = arenaWith([...times(3, { perspective: ['provider'] }), { perspective: ['government', 'funder'] }]);
    const [f] = missing(analyse(arena));
    expect(f).toMatchObject({ key: 'missingUserPerspective:', severity: 'warning', attribute: 'perspective' });
    expect(f!.subject).toBeUndefined();
    expect(f!.partners).toEqual(['p0000', 'p0001', 'p0002', 'p0003']);
    expect(f!.missing).toEqual(['user', 'resident']);
  });

  it.each(['user', 'resident'])('is satisfied by one partner with the %s perspective', (key) => {
    const arena = arenaWith([...times(3, { perspective: ['provider'] }), { perspective: ['provider', key] }]);
    expect(missing(analyse(arena))).toEqual([]);
  });

  it('a user perspective outside the table does not count', () => {
    const arena = arenaWith([...times(3, { perspective: ['provider'] }), { perspective: ['user'], position: CONTEXT }]);
    expect(missing(analyse(arena))).toHaveLength(1);
  });

  it('counts untagged partners as not bringing it (and reports them separately)', () => {
    const findings = analyse(arenaWith(times(3, {})));
    expect(missing(findings)).toHaveLength(1);
    expect(findings.some((f) => f.key === 'untagged:perspective')).toBe(true);
  });

  it('needs three partners at the table', () => {
    expect(missing(analyse(arenaWith(times(2, { perspective: ['provider'] }))))).toEqual([]);
  });
});
