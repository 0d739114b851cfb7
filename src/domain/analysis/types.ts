/**
 * Types of the composition analysis. A finding is a plain record: the UI turns it into text with the
 * messages in i18n/en.analysis.ts (`rule.<rule>.title` …) and highlights `partners` on the map.
 */
import type { Attribute } from '../vocabularies';
import type { Composition } from './composition';

/** From least to most serious; findings are listed the other way round (see SEVERITY_ORDER). */
export const SEVERITIES = ['info', 'warning', 'severe'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Sort rank of a severity: severe first. */
export const SEVERITY_ORDER: Record<Severity, number> = { severe: 0, warning: 1, info: 2 };

export const RULE_IDS = [
  'oneSidedExpertise',
  'oneSidedStyle',
  'missingUserPerspective',
  'lowVariety',
  'token',
  'goalTooBroad',
  'untagged',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export interface Finding {
  /** Stable `${rule}:${subject ?? ''}`; acknowledgements are keyed by it. */
  key: string;
  rule: RuleId;
  severity: Severity;
  attribute?: Attribute;
  /** The category key concerned (e.g. 'safety'), `${attribute}/${key}` for tokens, the attribute for untagged. */
  subject?: string;
  /** Ids of the partners concerned, in partnersInOrder order. */
  partners: string[];
  /** The numbers behind the finding, e.g. { share: 0.8, count: 4, tagged: 5, atTable: 5, threshold: 0.65 }. */
  numbers: Record<string, number>;
  /** Suggested default category keys that no partner at the table brings, in vocabulary order. */
  missing: string[];
}

/** What every rule gets: the composition of the table and, when there is one, the goal statement. */
export interface RuleInput {
  composition: Composition;
  /** The goal statement (the arena's goal, or an action's). Undefined: there is no goal to judge. */
  goal?: string;
}

export interface Rule {
  id: RuleId;
  evaluate(input: RuleInput): Finding[];
}

export function findingKey(rule: RuleId, subject?: string): string {
  return `${rule}:${subject ?? ''}`;
}

export interface FindingInput {
  rule: RuleId;
  severity: Severity;
  attribute?: Attribute;
  subject?: string;
  partners: string[];
  numbers: Record<string, number>;
  missing?: string[];
}

/** Builds a finding with its stable key; optional fields are left out rather than set to undefined. */
export function makeFinding(input: FindingInput): Finding {
  const finding: Finding = {
    key: findingKey(input.rule, input.subject),
    rule: input.rule,
    severity: input.severity,
    partners: input.partners,
    numbers: input.numbers,
    missing: input.missing ?? [],
  };
  if (input.attribute !== undefined) finding.attribute = input.attribute;
  if (input.subject !== undefined) finding.subject = input.subject;
  return finding;
}

/** The i18n key of one part of a rule's message, e.g. messageKey('token', 'why') → 'rule.token.why'. */
export function messageKey(rule: RuleId, part: 'title' | 'why' | 'suggestion' | 'source'): string {
  return `rule.${rule}.${part}`;
}
