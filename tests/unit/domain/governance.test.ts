import { describe, expect, it } from 'vitest';
import type { Arena } from '../../../src/domain/arena';
import {
  CENTRALISED_MIN,
  DENSITY_HIGH_MIN,
  DENSITY_MODERATE_MIN,
  GOVERNANCE_TABLE,
  MIN_KNOWN_CRITERIA,
  PARTICIPANTS_FEW_MAX,
  PARTICIPANTS_MODERATE_MAX,
  SHARED_MAX_PARTICIPANTS,
  TENSIONS,
  TENSION_TABLE,
  governanceFit,
  densityLevel,
  governanceValues,
  participantBand,
  participantCount,
  recommendForm,
  type GovernanceValues,
  type MeasuredTrust,
} from '../../../src/domain/governance';
import { governanceReasons } from '../../../src/domain/governanceReasons';
import { enAnalysis } from '../../../src/i18n/en.analysis';
import { nlAnalysis } from '../../../src/i18n/nl.analysis';
import { CONTEXT, arenaWith, times } from '../analysis/helpers';

const NONE: GovernanceValues = { trust: null, participants: null, consensus: null, competencies: null };

function arenaWithTable(n: number, governance: Partial<Arena['governance']>): Arena {
  const arena = arenaWith([...times(n, { expertise: ['welfare'] }), ...times(3, { expertise: ['welfare'], position: CONTEXT })]);
  arena.governance = { ...arena.governance, ...governance };
  return arena;
}

describe('the Provan & Kenis table as data', () => {
  it('reproduces the table', () => {
    expect(GOVERNANCE_TABLE).toEqual({
      shared: { trust: ['high'], participants: ['few'], consensus: ['high'], competencies: ['low'] },
      lead: { trust: ['low'], participants: ['moderate'], consensus: ['moderatelyLow'], competencies: ['moderate'] },
      nao: { trust: ['moderate'], participants: ['moderate', 'many'], consensus: ['moderatelyHigh'], competencies: ['high'] },
    });
  });

  it('participant bands: few ≤ 8, moderate 9–15, many ≥ 16; nobody at the table is unknown', () => {
    expect([PARTICIPANTS_FEW_MAX, PARTICIPANTS_MODERATE_MAX]).toEqual([8, 15]);
    expect([0, 1, 8, 9, 15, 16, 200].map(participantBand)).toEqual([null, 'few', 'few', 'moderate', 'moderate', 'many', 'many']);
    expect(participantBand(null)).toBeNull();
    expect(participantBand(Number.NaN)).toBeNull();
  });

  it('has the three tensions, each with a name and a one-line explanation in both languages', () => {
    expect(TENSIONS).toEqual(['efficiencyInclusiveness', 'internalExternalLegitimacy', 'flexibilityStability']);
    for (const t of TENSION_TABLE) {
      for (const key of [t.title, t.explanation]) {
        expect((enAnalysis as Record<string, string>)[key], key).toMatch(/\S/);
        expect((nlAnalysis as Record<string, string>)[key], key).toMatch(/\S/);
      }
    }
  });
});

describe('recommendForm: row by row on the table (closeness: exact 1, one step off ½)', () => {
  it('shared: high trust, few participants, high consensus, low competencies', () => {
    const r = recommendForm({ trust: 'high', participants: 6, consensus: 'high', competencies: 'low' });
    expect(r.form).toBe('shared');
    // lead: trust 2 steps, few 1 step, consensus 2 steps, competencies 1 step; NAO: ½ + ½ + ½ + 0.
    expect(r.scores).toEqual({ shared: 4, lead: 1, nao: 1.5 });
    expect(r).toMatchObject({ tie: false, thin: false, ruledOut: [], candidateLead: null });
    const fit = governanceFit(arenaWithTable(6, { trust: 'high', consensus: 'high', competencies: 'low', form: 'shared' }));
    expect(fit.recommendation.form).toBe('shared');
    expect(fit.fits).toBe(true);
  });

  it('lead organisation: low trust, moderate participants, moderately low consensus, moderate competencies', () => {
    const r = recommendForm({ trust: 'low', participants: 12, consensus: 'moderatelyLow', competencies: 'moderate' });
    expect(r.form).toBe('lead');
    expect(r.scores).toEqual({ shared: 1, lead: 4, nao: 2.5 });
    expect(r.ruledOut).toEqual(['shared']);
    const fit = governanceFit(arenaWithTable(12, { trust: 'low', consensus: 'moderatelyLow', competencies: 'moderate', form: 'lead' }));
    expect(fit.recommendation.form).toBe('lead');
    expect(fit.fits).toBe(true);
  });

  it('NAO: moderate trust, moderate to many participants, moderately high consensus, high competencies', () => {
    const moderate = recommendForm({ trust: 'moderate', participants: 12, consensus: 'moderatelyHigh', competencies: 'high' });
    expect(moderate.scores).toEqual({ shared: 1.5, lead: 2.5, nao: 4 });
    const many = recommendForm({ trust: 'moderate', participants: 30, consensus: 'moderatelyHigh', competencies: 'high' });
    expect(many.scores).toEqual({ shared: 1, lead: 2, nao: 4 });
    for (const r of [moderate, many]) expect(r.form).toBe('nao');
    const fit = governanceFit(arenaWithTable(20, { trust: 'moderate', consensus: 'moderatelyHigh', competencies: 'high', form: 'nao' }));
    expect(fit.recommendation.form).toBe('nao');
    expect(fit.fits).toBe(true);
  });

  it('gives per form and criterion the closeness', () => {
    const r = recommendForm({ trust: 'low', participants: 12, consensus: null, competencies: 'high' });
    expect(r.closeness.lead).toEqual({ trust: 1, participants: 1, consensus: null, competencies: 0.5 });
    expect(r.closeness.nao).toEqual({ trust: 0.5, participants: 1, consensus: null, competencies: 1 });
    expect(r.closeness.shared).toEqual({ trust: 0, participants: 0.5, consensus: null, competencies: 0 });
    expect(r.known).toEqual(['trust', 'participants', 'competencies']);
  });
});

describe('recommendForm: between the rows', () => {
  it('closest fit decides where exact matches tie: high trust, 12 partners, moderately low consensus, high competencies', () => {
    // Exact matches would give lead 2 (participants, consensus) and NAO 2 (participants, competencies).
    // High trust is one step from the NAO's moderate but two from the lead's low.
    const r = recommendForm({ trust: 'high', participants: 12, consensus: 'moderatelyLow', competencies: 'high' });
    expect(r.scores).toEqual({ shared: 1.5, lead: 2.5, nao: 3 });
    expect(r.form).toBe('nao');
    expect(governanceReasons(r, { participants: 12 }).map((x) => x.id)).toEqual(['sharedRuledOut', 'closest']);
  });

  it('low goal consensus is one step from the lead organisation’s moderately low', () => {
    const r = recommendForm({ trust: 'low', participants: 10, consensus: 'low', competencies: 'moderate' });
    expect(r.closeness.lead.consensus).toBe(0.5);
    expect(r.closeness.nao.consensus).toBe(0);
    expect(r.form).toBe('lead');
    expect(r.scores.lead).toBe(3.5);
  });

  it('a small table with moderate trust, high consensus, moderate competencies leans to shared', () => {
    const r = recommendForm({ trust: 'moderate', participants: 5, consensus: 'high', competencies: 'moderate' });
    expect(r.scores).toEqual({ shared: 3, lead: 2, nao: 2.5 });
    expect(r.form).toBe('shared');
  });

  it('an exact tie stays a tie and recommends none', () => {
    // Moderate table: lead and NAO each exact on participants; trust moderate is NAO's, competencies moderate the lead's.
    const r = recommendForm({ trust: 'moderate', participants: 10, consensus: null, competencies: 'moderate' });
    expect(r.scores.lead).toBe(r.scores.nao);
    expect(r).toMatchObject({ form: null, tie: true, best: ['lead', 'nao'] });
  });
});

describe('the number of participants limits shared governance', () => {
  it(`rules shared governance out above ${SHARED_MAX_PARTICIPANTS} partners at the table, whatever the other criteria`, () => {
    expect(SHARED_MAX_PARTICIPANTS).toBe(8);
    const at8 = recommendForm({ trust: 'high', participants: 8, consensus: 'high', competencies: 'low' });
    expect(at8).toMatchObject({ form: 'shared', ruledOut: [] });
    const at9 = recommendForm({ trust: 'high', participants: 9, consensus: 'high', competencies: 'low' });
    expect(at9.ruledOut).toEqual(['shared']);
    expect(at9.scores.shared).toBe(3.5); // still the highest score, and still not advised
    expect(at9.form).toBe('nao');
    expect(governanceReasons(at9, { participants: 9 })[0]).toEqual({ id: 'sharedRuledOut', participants: 9, max: 8 });
  });

  it('the issue’s case: many participants no longer tie shared governance and an NAO', () => {
    const r = recommendForm({ trust: 'high', participants: 20, consensus: 'high', competencies: 'high' });
    expect(r.form).toBe('nao');
    expect(r.tie).toBe(false);
  });

  it('shared governance chosen for a table of 9 does not fit', () => {
    const fit = governanceFit(arenaWithTable(9, { form: 'shared', trust: 'high', consensus: 'high', competencies: 'low' }));
    expect(fit.fits).toBe(false);
    expect(fit.recommendation.form).toBe('nao');
  });
});

describe('too thin to advise', () => {
  it(`needs ${MIN_KNOWN_CRITERIA} of the 4 criteria`, () => {
    expect(MIN_KNOWN_CRITERIA).toBe(3);
    const two = recommendForm({ ...NONE, trust: 'high', participants: 5 });
    expect(two).toMatchObject({ thin: true, form: null, best: [], tie: false });
    expect(two.scores.shared).toBe(2); // the scores are still shown
    expect(governanceReasons(two, { trust: 'high', participants: 5 })).toEqual([{ id: 'thin', known: 2, min: 3 }]);
    const three = recommendForm({ ...NONE, trust: 'high', participants: 5, consensus: 'high' });
    expect(three).toMatchObject({ thin: false, form: 'shared' });
  });

  it('nothing known says nothing', () => {
    expect(recommendForm(NONE)).toMatchObject({ form: null, best: [], known: [], thin: true, scores: { shared: 0, lead: 0, nao: 0 } });
    expect(recommendForm({}).known).toEqual([]);
  });

  it('a chosen form gets no verdict on thin evidence', () => {
    expect(governanceFit(arenaWithTable(5, { form: 'lead', trust: 'high' })).fits).toBeNull();
  });
});

const measure = (m: Partial<MeasuredTrust>): MeasuredTrust => ({ ties: 3, density: 0.5, centralisation: 0, centre: null, ...m });

describe('measured trust', () => {
  it('density bands: high from 0.6, moderate from 0.3, low below', () => {
    expect([DENSITY_HIGH_MIN, DENSITY_MODERATE_MIN, CENTRALISED_MIN]).toEqual([0.6, 0.3, 0.5]);
    expect([0, 0.29, 0.3, 0.59, 0.6, 1].map(densityLevel)).toEqual(['low', 'low', 'moderate', 'moderate', 'high', 'high']);
  });

  it('replaces the group’s estimate when ties are drawn; the estimate stays when not', () => {
    const arena = arenaWithTable(5, { trust: 'low' });
    expect(governanceValues(arena, 5, measure({ density: 0.8 }))).toMatchObject({ trust: 'high', trustSource: 'measured' });
    expect(governanceValues(arena, 5, null)).toMatchObject({ trust: 'low', trustSource: 'estimate' });
    expect(governanceValues(arena, 5, measure({ ties: 0, density: 0 }))).toMatchObject({ trust: 'low', trustSource: 'estimate' });
    expect(governanceValues(arenaWithTable(5, {}), 5, null)).toMatchObject({ trust: null, trustSource: null });
  });

  it('trust centralised on one partner fits the lead organisation and names it as candidate lead', () => {
    // A star of 5: density 0.4 (moderate), centralisation 1 around p0.
    const values = governanceValues(arenaWithTable(5, { consensus: 'moderatelyLow', competencies: 'moderate' }), 5, measure({ ties: 4, density: 0.4, centralisation: 1, centre: 'p0' }));
    expect(values.centre).toBe('p0');
    const r = recommendForm(values);
    expect(r.closeness.lead.trust).toBe(1);
    expect(r.closeness.nao.trust).toBe(0.5);
    expect(r.closeness.shared.trust).toBe(0);
    expect(r.candidateLead).toBe('p0');
    expect(r.form).toBe('lead');
    expect(governanceReasons(r, values)).toEqual([
      { id: 'trustMeasured', density: 0.4, ties: 4, level: 'moderate' },
      { id: 'trustCentralised', centre: 'p0', centralisation: 1 },
      { id: 'closest' },
    ]);
  });

  it('below the centralisation threshold, or with no single centre, nobody is named', () => {
    const arena = arenaWithTable(5, {});
    expect(governanceValues(arena, 5, measure({ centralisation: 0.49, centre: 'p0' })).centre).toBeNull();
    expect(governanceValues(arena, 5, measure({ centralisation: 0.5, centre: 'p0' })).centre).toBe('p0');
    expect(governanceValues(arena, 5, measure({ centralisation: 0.8, centre: null })).centre).toBeNull();
  });

  it('measured low density without a centre fits the lead form only half (its cell is low AND centralised)', () => {
    const values = governanceValues(arenaWithTable(10, {}), 10, measure({ ties: 1, density: 0.02, centralisation: 0.2 }));
    const r = recommendForm(values);
    expect(values.trust).toBe('low');
    expect(r.closeness.lead.trust).toBe(0.5);
    expect(r.closeness.nao.trust).toBe(0.5);
    expect(governanceReasons(r, values)).toContainEqual({ id: 'trustNotCentralised', centralisation: 0.2 });
  });
});

describe('governanceFit', () => {
  it('counts the participants at the table (core + complementary) only', () => {
    const arena = arenaWithTable(4, {});
    expect(participantCount(arena)).toBe(4);
    expect(governanceValues(arena)).toMatchObject({ trust: null, participants: 4, consensus: null, competencies: null });
    expect(governanceValues(arenaWith([])).participants).toBeNull();
  });

  it('has no verdict without a chosen form, or with nothing known', () => {
    expect(governanceFit(arenaWithTable(4, { trust: 'high', consensus: 'high' })).fits).toBeNull();
    expect(governanceFit(arenaWith([])).fits).toBeNull();
    const onlyForm = arenaWith([]);
    onlyForm.governance.form = 'lead';
    expect(governanceFit(onlyForm)).toMatchObject({ chosen: 'lead', fits: null, estimates: 0 });
  });

  it('a chosen form that scores lower than another does not fit', () => {
    const fit = governanceFit(arenaWithTable(5, { form: 'lead', trust: 'high', consensus: 'high' }));
    expect(fit).toMatchObject({ chosen: 'lead', fits: false, chosenScore: 0.5, estimates: 2 });
    expect(fit.recommendation.form).toBe('shared');
  });

  it('a chosen form among tied best forms fits', () => {
    const arena = arenaWithTable(10, { form: 'nao', trust: 'moderate', competencies: 'moderate' });
    expect(governanceFit(arena)).toMatchObject({ fits: true });
  });

  it('measured trust counts in the fit', () => {
    const arena = arenaWithTable(5, { form: 'shared', trust: 'high', consensus: 'high', competencies: 'low' });
    expect(governanceFit(arena).fits).toBe(true);
    const star = governanceFit(arena, 5, measure({ ties: 4, density: 0.4, centralisation: 1, centre: 'p0' }));
    expect(star.recommendation.closeness.shared.trust).toBe(0);
    expect(star.recommendation.candidateLead).toBe('p0');
  });
});
