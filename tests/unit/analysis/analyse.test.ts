import { describe, expect, it } from 'vitest';
import {
  MIN_AT_TABLE,
  CROSS_ARENA_RULE_IDS,
  RULES,
  RULE_IDS,
  ruleRank,
  SKEWED_SHARE,
  TILTED_SHARE,
  LOW_VARIETY_BELOW,
  analyse,
  analysePartners,
  compareFindings,
  findingKey,
  type Finding,
} from '../../../src/domain/analysis';
import { enInstruments } from '../../../src/i18n/en.instruments';
import { enAnalysis } from '../../../src/i18n/en.analysis';
import { COMPLEMENTARY, CONTEXT, OUTSIDE, arenaOf, arenaWith, makePartners, resource, times } from './helpers';

const SEVERITY_RANK = { severe: 0, warning: 1, info: 2 } as const;

describe('analyse', () => {
  it('thresholds are the documented ones', () => {
    expect([MIN_AT_TABLE, TILTED_SHARE, SKEWED_SHARE, LOW_VARIETY_BELOW]).toEqual([3, 0.65, 0.85, 0.5]);
  });

  it('the registry holds every rule once; cross-arena rules are listed apart', () => {
    expect([...RULES.map((r) => r.id), ...CROSS_ARENA_RULE_IDS].sort()).toEqual([...RULE_IDS].sort());
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
    const ranks = RULE_IDS.map((id) => ruleRank(id));
    expect(new Set(ranks).size).toBe(RULE_IDS.length);
    expect(Math.max(...ranks)).toBe(RULE_IDS.length - 1);
  });

  it('nothing fires with fewer than three partners at the table, however many are elsewhere', () => {
    expect(analyse(arenaWith([]))).toEqual([]);
    const arena = arenaWith([
      ...times(2, { expertise: ['safety'], style: 'enforcing', perspective: ['provider'] }),
      ...times(10, { expertise: ['safety'], position: CONTEXT }),
      ...times(10, { expertise: ['safety'], position: OUTSIDE }),
      ...times(10, { expertise: ['safety'], position: null }),
    ]);
    expect(analyse(arena)).toEqual([]);
  });

  it('sorts by severity, then registry order, then the rule’s own order; keys are rule:subject', () => {
    const arena = arenaWith([
      ...times(4, { expertise: ['safety'], style: 'enforcing', perspective: ['provider'] }),
      { expertise: ['welfare', 'safety'], style: 'care', perspective: ['provider'] },
      {},
    ]);
    const findings = analyse(arena);
    const order = RULES.map((r) => r.id);
    for (let i = 1; i < findings.length; i++) {
      const a = findings[i - 1]!;
      const b = findings[i]!;
      const bySeverity = SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity];
      const byRule = order.indexOf(a.rule) - order.indexOf(b.rule);
      expect(bySeverity < 0 || (bySeverity === 0 && byRule <= 0)).toBe(true);
      expect(compareFindings(a, b)).toBeLessThanOrEqual(0);
    }
    for (const f of findings) expect(f.key).toBe(findingKey(f.rule, f.subject));
    expect(new Set(findings.map((f) => f.key)).size).toBe(findings.length);
    // Untagged: one note per attribute, in the attributes' order (expertise, style, perspective).
    expect(findings.map((f) => `${f.severity} ${f.key}`)).toEqual([
      'severe oneSidedExpertise:safety',
      'warning oneSidedStyle:enforcing',
      'warning missingUserPerspective:',
      'info lowVariety:',
      'info token:',
      'info untagged:expertise',
      'info untagged:style',
      'info untagged:perspective',
    ]);
  });

  it('keeps the rule’s own order among findings of one rule: partners in list order, not by id', () => {
    const arena = arenaWith([
      { id: 'zz', resources: [resource('r1', 4, 1)], position: COMPLEMENTARY },
      { id: 'aa', resources: [resource('r2', 4, 1)], position: COMPLEMENTARY },
      { id: 'mm', resources: [resource('r3', 4, 1)], position: COMPLEMENTARY },
    ]);
    expect(analyse(arena).filter((f) => f.rule === 'dependencyOutsideCore').map((f) => f.subject)).toEqual(['zz', 'aa', 'mm']);
  });

  it('partners are listed in partnersInOrder order, not insertion order', () => {
    const partners = makePartners(times(4, { expertise: ['safety'] }));
    const arena = arenaOf([...partners].reverse());
    const f = analyse(arena).find((x) => x.rule === 'oneSidedExpertise')!;
    expect(f.partners).toEqual(['p0000', 'p0001', 'p0002', 'p0003']);
  });

  it('analysePartners runs the same rules on a given set, every partner counting as at the table', () => {
    const partners = makePartners([
      ...times(3, { expertise: ['safety'], position: CONTEXT }),
      { expertise: ['welfare'], position: null, perspective: ['user'] },
    ]);
    expect(analyse(arenaOf(partners))).toEqual([]);
    const findings = analysePartners([...partners].reverse());
    const f = findings.find((x) => x.rule === 'oneSidedExpertise')!;
    expect(f.severity).toBe('warning');
    expect(f.partners).toEqual(['p0000', 'p0001', 'p0002']);
    expect(findings.some((x) => x.rule === 'missingUserPerspective')).toBe(false);
    expect(analysePartners(Object.fromEntries(partners.map((p) => [p.id, p])))).toEqual(findings);
  });

  it('analysePartners and analyse agree on the same table and goal', () => {
    const partners = makePartners([
      ...times(5, { expertise: ['safety'], style: 'enforcing' }),
      { expertise: ['welfare'], style: 'care', perspective: ['resident'] },
    ]);
    const arena = arenaOf(partners, 'Safe square');
    expect(analysePartners(partners, { goal: arena.goal, tags: arena.tags })).toEqual(analyse(arena));
  });

  it('does not change the arena', () => {
    const arena = arenaWith(times(4, { expertise: ['safety', 'welfare'] }));
    const before = structuredClone(arena);
    const findings: Finding[] = analyse(arena);
    for (const f of findings) f.partners.push('mutated');
    expect(arena).toEqual(before);
    expect(analyse(arena).every((f) => !f.partners.includes('mutated'))).toBe(true);
  });
});

describe('messages', () => {
  const messages = enAnalysis as Record<string, string>;
  // The steering rules' texts come with the instruments' messages (loaded with the first instrument).
  const withInstruments = { ...messages, ...enInstruments } as Record<string, string>;

  it('every rule has a title, why, suggestion and source; every severity a label', () => {
    for (const rule of RULE_IDS) {
      for (const part of ['title', 'why', 'suggestion', 'source']) {
        expect(withInstruments[`rule.${rule}.${part}`], `rule.${rule}.${part}`).toMatch(/\S/);
      }
    }
    for (const s of ['info', 'warning', 'severe']) expect(messages[`severity.${s}`]).toMatch(/\S/);
    expect(messages['analysis.counting']).toMatch(/several expertise tags/);
    expect(messages['rule.goalTooBroad.how']).toMatch(/\{minWords\}/);
  });

  it('the seed’s hammer and the design-choice note are in the one-sided texts', () => {
    expect(messages['rule.oneSidedExpertise.why']).toMatch(/hammer/i);
    expect(messages['rule.oneSidedExpertise.source']).toMatch(/Kanter \(1977\).*design choice/);
  });
});
