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
      numbers: { chosenScore: 0.5, bestScore: 3, known: 3, estimates: 2, participants: 5 },
      missing: [],
      forms: { chosen: 'lead', recommended: ['shared'] },
      tensions: ['efficiencyInclusiveness', 'internalExternalLegitimacy', 'flexibilityStability'],
    });
  });

  it('needs at least two of the group’s estimates and three criteria known; the head count counts as a criterion, not an estimate', () => {
    expect(MIN_GOVERNANCE_ESTIMATES).toBe(2);
    expect(mismatch(analyse(arena(5, { form: 'lead', trust: 'high' })))).toEqual([]);
    expect(mismatch(analyse(arena(0, { form: 'lead', trust: 'high', competencies: 'low' })))).toEqual([]);
    expect(mismatch(analyse(arena(0, { form: 'lead', trust: 'high', competencies: 'low', consensus: 'high' })))).toHaveLength(1);
  });

  it('uses the measured trust when the caller gives it: a star around one partner makes the lead form fit', () => {
    // Estimated: shared 1+1+½+½ = 3, lead 0+½+½+1 = 2. Measured star: lead 1+½+½+1 = 3, shared 0+1+½+½ = 2.
    const a = arena(5, { form: 'lead', trust: 'high', consensus: 'moderatelyHigh', competencies: 'moderate' });
    expect(mismatch(analyse(a))).toHaveLength(1);
    expect(mismatch(analyse({ ...a, trust: { ties: 4, density: 0.4, centralisation: 1, centre: 'x' } }))).toEqual([]);
  });

  it('shared governance chosen for more than 8 partners does not fit, even when it scores highest', () => {
    const [f] = mismatch(analyse(arena(9, { form: 'shared', trust: 'high', consensus: 'high', competencies: 'low' })));
    expect(f!.forms).toEqual({ chosen: 'shared', recommended: ['nao'] });
    expect(f!.numbers).toMatchObject({ chosenScore: 3.5, bestScore: 2, participants: 9 });
    expect(f!.variant).toBe('participantLimit');
  });

  it('says nothing when the chosen form fits best, or is among tied best forms, or no form is chosen', () => {
    expect(mismatch(analyse(arena(5, { form: 'shared', trust: 'high', consensus: 'high' })))).toEqual([]);
    expect(mismatch(analyse(arena(10, { form: 'nao', trust: 'moderate', competencies: 'moderate' })))).toEqual([]);
    expect(mismatch(analyse(arena(5, { form: null, trust: 'low', consensus: 'moderatelyLow' })))).toEqual([]);
  });

  it('names all best forms on a tie the chosen form is not part of', () => {
    // Ten partners: lead ½+1+1 = 2½, NAO 1+1+½ = 2½; shared is ruled out.
    const [g] = mismatch(analyse(arena(10, { form: 'shared', trust: 'moderate', competencies: 'moderate' })));
    expect(g!.forms).toEqual({ chosen: 'shared', recommended: ['lead', 'nao'] });
  });

  it('low goal consensus is one step from the lead organisation’s moderately low', () => {
    expect(mismatch(analyse(arena(10, { form: 'nao', consensus: 'low', trust: 'low', competencies: 'moderate' })))).toHaveLength(1);
    expect(mismatch(analyse(arena(10, { form: 'lead', consensus: 'low', trust: 'low', competencies: 'moderate' })))).toEqual([]);
  });
});
