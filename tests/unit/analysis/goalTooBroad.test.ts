import { describe, expect, it } from 'vitest';
import { analyse, analysePartners, countWords, hasResultAndDeadline, isGoalConcrete, type Finding } from '../../../src/domain/analysis';
import { CONTEXT, arenaWith, makePartners, type PartnerSpec } from './helpers';

const broad = (findings: Finding[]) => findings.filter((f) => f.rule === 'goalTooBroad');

const FIVE_DOMAINS: PartnerSpec[] = ['safety', 'welfare', 'economy', 'spatial', 'housing', 'health', 'safety', 'welfare'].map(
  (key) => ({ expertise: [key] }),
);

describe('goal too broad', () => {
  it('fires with 8 partners over 5+ domains and an empty goal, naming all at the table', () => {
    const [f] = broad(analyse(arenaWith(FIVE_DOMAINS)));
    expect(f).toMatchObject({ key: 'goalTooBroad:', severity: 'warning' });
    expect(f!.partners).toHaveLength(8);
    expect(f!.numbers).toMatchObject({ atTable: 8, domains: 6, words: 0, minPartners: 8, minDomains: 5, minWords: 12 });
  });

  it('fires on a short goal without numbers', () => {
    expect(broad(analyse(arenaWith(FIVE_DOMAINS, 'A liveable neighbourhood for everyone')))).toHaveLength(1);
  });

  it('does not fire when the goal names a number, percentage, year or date', () => {
    for (const goal of ['Ten fewer empty shops by 2026', '20 % more residents at the square', 'Square reopened 1/9']) {
      expect(broad(analyse(arenaWith(FIVE_DOMAINS, goal)))).toEqual([]);
    }
  });

  it('does not fire when the goal is described in 12 words or more', () => {
    const goal = 'Residents, shop owners and youth workers use the market square together on weekday evenings';
    expect(countWords(goal)).toBeGreaterThanOrEqual(12);
    expect(broad(analyse(arenaWith(FIVE_DOMAINS, goal)))).toEqual([]);
  });

  it('does not fire with 7 partners at the table, or 8 partners over 4 domains', () => {
    const seven = FIVE_DOMAINS.slice(0, 7).concat([{ expertise: ['safety'], position: CONTEXT }]);
    expect(broad(analyse(arenaWith(seven)))).toEqual([]);
    const fourDomains = ['safety', 'welfare', 'economy', 'spatial'].flatMap((key) => [{ expertise: [key] }, { expertise: [key] }]);
    expect(broad(analyse(arenaWith(fourDomains)))).toEqual([]);
  });

  it('does not fire when the strategic question names both a result and a deadline', () => {
    const arena = arenaWith(FIVE_DOMAINS, 'A liveable neighbourhood');
    arena.strategic.result = 'Fewer complaints about the square';
    arena.strategic.deadline = 'end of 2027';
    expect(broad(analyse(arena))).toEqual([]);
    expect(hasResultAndDeadline(arena.strategic)).toBe(true);
  });

  it('still fires with only a result, only a deadline, or blank ones', () => {
    const cases: Array<[string, string]> = [
      ['Fewer complaints about the square', ''],
      ['', 'end of 2027'],
      ['   ', '\t'],
    ];
    for (const [result, deadline] of cases) {
      const arena = arenaWith(FIVE_DOMAINS, 'A liveable neighbourhood');
      arena.strategic.result = result;
      arena.strategic.deadline = deadline;
      expect(broad(analyse(arena)), `${result}|${deadline}`).toHaveLength(1);
    }
    expect(hasResultAndDeadline(undefined)).toBe(false);
  });

  it('is skipped by analysePartners when no goal is given', () => {
    const partners = makePartners(FIVE_DOMAINS);
    expect(broad(analysePartners(partners))).toEqual([]);
    expect(broad(analysePartners(partners, { goal: '' }))).toHaveLength(1);
  });

  it('countWords and isGoalConcrete', () => {
    expect(countWords('')).toBe(0);
    expect(countWords('   ')).toBe(0);
    expect(countWords(' a  b\tc\n')).toBe(3);
    expect(isGoalConcrete('')).toBe(false);
    expect(isGoalConcrete('by 2026')).toBe(true);
    expect(isGoalConcrete('Better neighbourhood')).toBe(false);
  });
});
