/** The rules in the order findings of equal severity are listed. */
import { goalTooBroad } from './goalTooBroad';
import { lowVariety } from './lowVariety';
import { missingUserPerspective } from './missingUserPerspective';
import { oneSidedExpertise } from './oneSidedExpertise';
import { oneSidedStyle } from './oneSidedStyle';
import { token } from './token';
import type { Rule, RuleId } from './types';
import { untagged } from './untagged';

export const RULES: readonly Rule[] = [
  oneSidedExpertise,
  oneSidedStyle,
  missingUserPerspective,
  lowVariety,
  goalTooBroad,
  token,
  untagged,
];

const ORDER = new Map<RuleId, number>(RULES.map((rule, index) => [rule.id, index]));

/** Position of a rule in the registry (for sorting). */
export function ruleRank(rule: RuleId): number {
  return ORDER.get(rule) ?? RULES.length;
}
