import { describe, expect, it } from 'vitest';
import { analyse, compose, compositionOf, type Finding } from '../../../src/domain/analysis';
import { CONCRETE_GOAL, arenaOf, arenaWith, makePartners, times } from './helpers';

const low = (findings: Finding[]) => findings.filter((f) => f.rule === 'lowVariety');

describe('low variety', () => {
  it('is an info note beside a one-sided expertise finding', () => {
    const findings = analyse(arenaWith(times(4, { expertise: ['safety'] }), CONCRETE_GOAL));
    const [f] = low(findings);
    expect(f).toMatchObject({ key: 'lowVariety:', severity: 'info', attribute: 'expertise' });
    expect(f!.numbers).toMatchObject({ score: 0, threshold: 0.5, categories: 1, vocabularySize: 12, tagged: 4, atTable: 4 });
    expect(findings.some((x) => x.rule === 'oneSidedExpertise')).toBe(true);
  });

  it('is a warning when no category is one-sided', () => {
    // With 12 categories a score below 0.5 without a 65 % category needs a narrow window:
    // 129 safety / 71 welfare of 200 → share 64.5 %, Blau (1 − 0.645² − 0.355²) / (11/12) ≈ 0.4996.
    const partners = makePartners([...times(129, { expertise: ['safety'] }), ...times(71, { expertise: ['welfare'] })]);
    const findings = analyse(arenaOf(partners, CONCRETE_GOAL));
    expect(findings.some((x) => x.rule === 'oneSidedExpertise')).toBe(false);
    const [f] = low(findings);
    expect(f!.severity).toBe('warning');
    expect(f!.numbers.score).toBeLessThan(0.5);
  });

  it('does not fire on a varied table', () => {
    const arena = arenaWith([{ expertise: ['safety'] }, { expertise: ['welfare'] }, { expertise: ['health'] }], CONCRETE_GOAL);
    expect(low(analyse(arena))).toEqual([]);
  });

  it('score: 4 safety, welfare, economy, spatial, housing of 12 categories → 0.75', () => {
    const c = compose(
      makePartners([...times(4, { expertise: ['safety'] }), { expertise: ['welfare'] }, { expertise: ['economy'] }, { expertise: ['spatial'] }, { expertise: ['housing'] }]),
    );
    // 1 − (0.5² + 4 × 0.125²) = 0.6875; / (11/12) = 0.75.
    expect(c.attributes.expertise.diversity).toBeCloseTo(0.75, 12);
  });

  it('custom tags of the arena widen k of their attribute', () => {
    const arena = arenaWith([{ expertise: ['safety'] }, { expertise: ['welfare'] }, { expertise: ['welfare'] }]);
    arena.tags['t1'] = { id: 't1', attribute: 'expertise', label: 'Night life', updatedAt: arena.createdAt };
    arena.tags['t2'] = { id: 't2', attribute: 'style', label: 'Street work', updatedAt: arena.createdAt };
    const c = compositionOf(arena);
    expect(c.attributes.expertise.vocabularySize).toBe(13);
    expect(c.attributes.style.vocabularySize).toBe(7);
    expect(c.attributes.perspective.vocabularySize).toBe(6);
    // 1 − (1/9 + 4/9) = 4/9; / (12/13) = 13/27.
    expect(c.attributes.expertise.diversity).toBeCloseTo(13 / 27, 12);
  });

  it('needs three tagged partners', () => {
    expect(low(analyse(arenaWith([...times(2, { expertise: ['safety'] }), ...times(3, {})])))).toEqual([]);
  });
});
