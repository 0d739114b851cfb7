import { describe, expect, it } from 'vitest';
import { RULE_IDS, findingMessageKey, messageKey } from '../../../src/domain/analysis';
import { GOVERNANCE_CRITERIA, GOVERNANCE_TABLE } from '../../../src/domain/governance';
import { GOVERNANCE_FORMS } from '../../../src/domain/arena';
import { enAnalysis } from '../../../src/i18n/en.analysis';
import { nlAnalysis } from '../../../src/i18n/nl.analysis';
import { enInstruments } from '../../../src/i18n/en.instruments';
import { nlInstruments } from '../../../src/i18n/nl.instruments';

// The steering rules' texts come with the instruments' messages (loaded with the first instrument).
const en = { ...enAnalysis, ...enInstruments } as Record<string, string>;
const nl = { ...nlAnalysis, ...nlInstruments } as Record<string, string>;
const PARTS = ['title', 'why', 'suggestion', 'source'] as const;
const VARIANTS: Array<[(typeof RULE_IDS)[number], string]> = [
  ['strategicQuestion', 'alone'],
  ['overlappingArena', 'mandated'],
];
/** Composition rules whose findings about an action have their own title and why (`rule.<rule>.action.*`). */
const ACTION_RULES = ['oneSidedExpertise', 'oneSidedStyle', 'missingUserPerspective', 'lowVariety', 'token', 'untagged'] as const;

describe('messages of the new findings', () => {
  it('every rule has all four parts in both languages', () => {
    for (const rule of RULE_IDS) {
      for (const part of PARTS) {
        expect(en[messageKey(rule, part)], `${rule}.${part}`).toMatch(/\S/);
        expect(nl[messageKey(rule, part)], `${rule}.${part}`).toMatch(/\S/);
      }
    }
  });

  it('every variant has all four parts in both languages', () => {
    for (const [rule, variant] of VARIANTS) {
      for (const part of PARTS) {
        const key = messageKey(rule, part, variant);
        expect(key).toBe(`rule.${rule}.${variant}.${part}`);
        expect(en[key], key).toMatch(/\S/);
        expect(nl[key], key).toMatch(/\S/);
      }
    }
  });

  it('findingMessageKey uses the variant when the table has it, the plain key otherwise', () => {
    expect(findingMessageKey({ rule: 'strategicQuestion', variant: 'alone' }, 'why', en)).toBe('rule.strategicQuestion.alone.why');
    expect(findingMessageKey({ rule: 'strategicQuestion' }, 'why', en)).toBe('rule.strategicQuestion.why');
    expect(findingMessageKey({ rule: 'token', variant: 'nope' }, 'title', (k) => k in en)).toBe('rule.token.title');
  });

  it('findingMessageKey gives a finding about an action its action texts, with its variant first', () => {
    const inAction = { key: 'action:a1:token:', rule: 'token' as const };
    expect(findingMessageKey({ ...inAction, variant: 'one' }, 'title', en)).toBe('rule.token.action.one.title');
    expect(findingMessageKey(inAction, 'title', en)).toBe('rule.token.action.title');
    expect(findingMessageKey({ key: 'action:a1:oneSidedStyle:care', rule: 'oneSidedStyle' }, 'source', en)).toBe('rule.oneSidedStyle.source');
    // The arena's own finding, and the action rule (not a composition of the action's partners), keep the plain texts.
    expect(findingMessageKey({ key: 'token:', rule: 'token', variant: 'one' }, 'title', en)).toBe('rule.token.one.title');
    expect(findingMessageKey({ key: 'actionWithoutDoers:a1', rule: 'actionWithoutDoers' }, 'title', en)).toBe('rule.actionWithoutDoers.title');
  });

  it('every composition rule has an action title and why in both languages, naming the action', () => {
    for (const rule of ACTION_RULES) {
      for (const part of ['title', 'why'] as const) {
        const key = messageKey(rule, part, 'action');
        expect(en[key], key).toMatch(/\S/);
        expect(nl[key], key).toMatch(/\S/);
      }
      expect(en[messageKey(rule, 'title', 'action')]).toMatch(/\{action\}/);
      expect(nl[messageKey(rule, 'title', 'action')]).toMatch(/\{action\}/);
    }
  });

  it('the Dutch is Flemish and consistent: “kan je”, one apostrophe in “arena’s”, numbers with a comma', () => {
    const dutch = Object.values(nl).join('\n');
    expect(dutch).not.toMatch(/\bkun je\b|\bkun jij\b|\bje kunt\b|\bkunt\b/);
    expect(dutch).not.toMatch(/arena's/);
    expect(dutch).not.toMatch(/\d\.\d/);
    expect(dutch).not.toMatch(/\+\{count\} meer/);
    expect(nl['analysis.andMore']).toBe('en nog {count}');
  });

  it('the seed’s reasoning is in the texts', () => {
    expect(en['rule.strategicQuestion.alone.why']).toMatch(/solve it alone, do it alone/);
    expect(en['rule.strategicQuestion.why']).toMatch(/two years.*three in four/);
    expect(nl['rule.strategicQuestion.alone.why']).toMatch(/alleen kan oplossen, doe het dan alleen/);
    expect(en['rule.noAction.title']).toMatch(/table/);
    expect(en['rule.overlappingArena.mandated.why']).toMatch(/mandated network/);
    expect(nl['rule.overlappingArena.mandated.why']).toMatch(/gemandateerd netwerk/);
    expect(en['rule.governanceMismatch.suggestion']).toMatch(/efficiency.*inclusiveness.*legitimacy.*flexibility.*stability/);
  });

  it('the governance table, forms and levels have labels in both languages', () => {
    const keys = [
      ...GOVERNANCE_FORMS.map((f) => `governance.form.${f}`),
      ...GOVERNANCE_CRITERIA.map((c) => `governance.criterion.${c}`),
      ...GOVERNANCE_FORMS.flatMap((f) => GOVERNANCE_CRITERIA.map((c) => `governance.table.${f}.${c}`)),
      ...['high', 'moderate', 'low'].map((l) => `governance.trust.${l}`),
      ...['high', 'moderatelyHigh', 'moderatelyLow', 'low'].map((l) => `governance.consensus.${l}`),
      ...['low', 'moderate', 'high'].map((l) => `governance.competencies.${l}`),
      ...['few', 'moderate', 'many'].map((b) => `governance.participants.${b}`),
    ];
    for (const key of keys) {
      expect(en[key], key).toMatch(/\S/);
      expect(nl[key], key).toMatch(/\S/);
    }
    expect(Object.keys(GOVERNANCE_TABLE)).toEqual([...GOVERNANCE_FORMS]);
    expect(en['governance.table.lead.trust']).toBe('Low density, highly centralised');
    expect(en['governance.table.nao.trust']).toBe('Moderate density, NAO monitored by members');
  });
});
