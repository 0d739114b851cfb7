import { describe, expect, it } from 'vitest';
import { analyse, analysePartners, type Finding } from '../../../src/domain/analysis';
import { arenaWith, makePartners, times } from './helpers';

const strategic = (findings: Finding[]) => findings.filter((f) => f.rule === 'strategicQuestion');

describe('strategic question', () => {
  it('not answered: an info note, even with nobody at the table', () => {
    const arena = arenaWith([]);
    arena.strategic.alone = null;
    expect(analyse(arena)).toEqual([
      { key: 'strategicQuestion:open', rule: 'strategicQuestion', severity: 'info', subject: 'open', partners: [], numbers: {}, missing: [] },
    ]);
  });

  it('answered "yes, we could solve it alone": a warning with the variant "alone"', () => {
    const arena = arenaWith(times(2, { expertise: ['welfare'] }));
    arena.strategic.alone = 'yes';
    const [f] = strategic(analyse(arena));
    expect(f).toMatchObject({ key: 'strategicQuestion:alone', severity: 'warning', variant: 'alone', partners: [] });
  });

  it('answered "partly" or "no": nothing', () => {
    for (const alone of ['partly', 'no'] as const) {
      const arena = arenaWith([]);
      arena.strategic.alone = alone;
      expect(strategic(analyse(arena))).toEqual([]);
    }
  });

  it('is skipped when the caller passes no strategic part, and never runs on a set of partners', () => {
    const arena = arenaWith(times(3, { expertise: ['welfare'] }));
    expect(strategic(analyse({ partners: arena.partners, tags: arena.tags, goal: arena.goal }))).toEqual([]);
    expect(strategic(analysePartners(makePartners(times(3, {}))))).toEqual([]);
  });
});
