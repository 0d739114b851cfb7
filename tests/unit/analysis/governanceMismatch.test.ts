import { describe, expect, it } from 'vitest';
import { MIN_GOVERNANCE_ESTIMATES, analyse, type Finding } from '../../../src/domain/analysis';
import type { Arena } from '../../../src/domain/arena';
import { arenaWith, times } from './helpers';

const mismatch = (findings: Finding[]) => findings.filter((f) => f.rule === 'governanceMismatch');

function arena(n: number, governance: Partial<Arena['governance']>): Arena {
  const a = arenaWith(times(n, {}));
  a.governance = { ...a.governance, ...governance };
  return a;
}

describe('governance mismatch', () => {
  it('warns when the chosen form fits fewer criteria than the best one, naming it, with the tensions', () => {
    const [f] = mismatch(analyse(arena(5, { form: 'lead', trust: 'high', consensus: 'high' })));
    expect(f).toEqual({
      key: 'governanceMismatch:lead',
      rule: 'governanceMismatch',
      severity: 'warning',
      subject: 'lead',
      partners: [],
      numbers: { chosenScore: 0, bestScore: 3, known: 3, estimates: 2, participants: 5 },
      missing: [],
      forms: { chosen: 'lead', recommended: ['shared'] },
      tensions: ['efficiencyInclusiveness', 'internalExternalLegitimacy', 'flexibilityStability'],
    });
  });

  it('needs at least two of the group’s estimates; the head count does not count towards them', () => {
    expect(MIN_GOVERNANCE_ESTIMATES).toBe(2);
    expect(mismatch(analyse(arena(5, { form: 'lead', trust: 'high' })))).toEqual([]);
    expect(mismatch(analyse(arena(0, { form: 'lead', trust: 'high', competencies: 'low' })))).toHaveLength(1);
  });

  it('says nothing when the chosen form fits best, or is among tied best forms, or no form is chosen', () => {
    expect(mismatch(analyse(arena(5, { form: 'shared', trust: 'high', consensus: 'high' })))).toEqual([]);
    expect(mismatch(analyse(arena(0, { form: 'nao', trust: 'high', competencies: 'high' })))).toEqual([]);
    expect(mismatch(analyse(arena(5, { form: null, trust: 'low', consensus: 'moderatelyLow' })))).toEqual([]);
  });

  it('names all best forms on a tie the chosen form is not part of', () => {
    const [f] = mismatch(analyse(arena(0, { form: 'lead', trust: 'high', competencies: 'high' })));
    expect(f!.forms).toEqual({ chosen: 'lead', recommended: ['shared', 'nao'] });
  });

  it('low goal consensus counts for no form; the other estimates still decide', () => {
    expect(mismatch(analyse(arena(0, { form: 'lead', consensus: 'low', trust: 'high' })))).toHaveLength(1);
    expect(mismatch(analyse(arena(0, { form: 'shared', consensus: 'low', trust: 'high' })))).toEqual([]);
  });
});
