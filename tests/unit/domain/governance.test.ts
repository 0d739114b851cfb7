import { describe, expect, it } from 'vitest';
import type { Arena } from '../../../src/domain/arena';
import {
  GOVERNANCE_TABLE,
  PARTICIPANTS_FEW_MAX,
  PARTICIPANTS_MODERATE_MAX,
  TENSIONS,
  TENSION_TABLE,
  governanceFit,
  governanceValues,
  participantBand,
  participantCount,
  recommendForm,
  type GovernanceValues,
} from '../../../src/domain/governance';
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

describe('recommendForm: one test per row of the table', () => {
  it('shared: high trust, few participants, high consensus, low competencies', () => {
    const r = recommendForm({ trust: 'high', participants: 6, consensus: 'high', competencies: 'low' });
    expect(r.form).toBe('shared');
    expect(r.scores).toEqual({ shared: 4, lead: 0, nao: 0 });
    expect(r.tie).toBe(false);
    const fit = governanceFit(arenaWithTable(6, { trust: 'high', consensus: 'high', competencies: 'low', form: 'shared' }));
    expect(fit.recommendation.form).toBe('shared');
    expect(fit.fits).toBe(true);
  });

  it('lead organisation: low trust, moderate participants, moderately low consensus, moderate competencies', () => {
    const r = recommendForm({ trust: 'low', participants: 12, consensus: 'moderatelyLow', competencies: 'moderate' });
    expect(r.form).toBe('lead');
    expect(r.scores).toEqual({ shared: 0, lead: 4, nao: 1 });
    const fit = governanceFit(arenaWithTable(12, { trust: 'low', consensus: 'moderatelyLow', competencies: 'moderate', form: 'lead' }));
    expect(fit.recommendation.form).toBe('lead');
    expect(fit.fits).toBe(true);
  });

  it('NAO: moderate trust, moderate to many participants, moderately high consensus, high competencies', () => {
    for (const participants of [12, 30]) {
      const r = recommendForm({ trust: 'moderate', participants, consensus: 'moderatelyHigh', competencies: 'high' });
      expect(r.form).toBe('nao');
      expect(r.scores.nao).toBe(4);
    }
    const fit = governanceFit(arenaWithTable(20, { trust: 'moderate', consensus: 'moderatelyHigh', competencies: 'high', form: 'nao' }));
    expect(fit.recommendation.form).toBe('nao');
    expect(fit.fits).toBe(true);
  });

  it('gives per form and criterion whether it fits', () => {
    const r = recommendForm({ trust: 'low', participants: 12, consensus: null, competencies: 'high' });
    expect(r.matches.lead).toEqual({ trust: true, participants: true, consensus: null, competencies: false });
    expect(r.matches.nao).toEqual({ trust: false, participants: true, consensus: null, competencies: true });
    expect(r.matches.shared).toEqual({ trust: false, participants: false, consensus: null, competencies: false });
    expect(r.known).toEqual(['trust', 'participants', 'competencies']);
  });
});

describe('recommendForm: ties and missing values', () => {
  it('a tie names the forms and recommends none', () => {
    const r = recommendForm({ ...NONE, trust: 'high', competencies: 'high' });
    expect(r.form).toBeNull();
    expect(r.tie).toBe(true);
    expect(r.best).toEqual(['shared', 'nao']);
    expect(r.scores).toEqual({ shared: 1, lead: 0, nao: 1 });
  });

  it('moderate participants alone tie lead and NAO', () => {
    expect(recommendForm({ participants: 10 }).best).toEqual(['lead', 'nao']);
  });

  it('missing estimates are skipped', () => {
    const none = recommendForm(NONE);
    expect(none).toMatchObject({ form: null, best: [], tie: false, known: [], scores: { shared: 0, lead: 0, nao: 0 } });
    expect(recommendForm({}).known).toEqual([]);
    const onlySize = recommendForm({ ...NONE, participants: 5 });
    expect(onlySize.form).toBe('shared');
    expect(onlySize.known).toEqual(['participants']);
    expect(recommendForm({ ...NONE, trust: 'moderate', participants: 0 }).form).toBe('nao');
  });

  it('low goal consensus fits no row', () => {
    const r = recommendForm({ ...NONE, consensus: 'low' });
    expect(r.known).toEqual(['consensus']);
    expect(r.best).toEqual([]);
    expect(r.form).toBeNull();
  });
});

describe('governanceFit', () => {
  it('counts the participants at the table (core + complementary) only', () => {
    const arena = arenaWithTable(4, {});
    expect(participantCount(arena)).toBe(4);
    expect(governanceValues(arena)).toEqual({ trust: null, participants: 4, consensus: null, competencies: null });
    expect(governanceValues(arenaWith([])).participants).toBeNull();
  });

  it('has no verdict without a chosen form, or with nothing known', () => {
    expect(governanceFit(arenaWithTable(4, { trust: 'high' })).fits).toBeNull();
    expect(governanceFit(arenaWith([])).fits).toBeNull();
    const onlyForm = arenaWith([]);
    onlyForm.governance.form = 'lead';
    expect(governanceFit(onlyForm)).toMatchObject({ chosen: 'lead', fits: null, estimates: 0 });
  });

  it('a chosen form that fits fewer criteria than another does not fit', () => {
    const fit = governanceFit(arenaWithTable(5, { form: 'lead', trust: 'high', consensus: 'high' }));
    expect(fit).toMatchObject({ chosen: 'lead', fits: false, chosenScore: 0, estimates: 2 });
    expect(fit.recommendation.form).toBe('shared');
  });

  it('a chosen form among tied best forms fits', () => {
    const arena = arenaWithTable(0, { form: 'nao', trust: 'high', competencies: 'high' });
    expect(governanceFit(arena)).toMatchObject({ fits: true, chosenScore: 1 });
  });
});
