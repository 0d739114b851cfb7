/**
 * The rules in the order findings of equal severity are listed. Table rules (composition) run on the
 * arena's table and on each action's partners; arena rules once per arena (see RuleScope). The strategic
 * question comes first: it comes before everything else in a workshop too.
 */
import { actionWithoutDoers } from './actionWithoutDoers';
import { coreWithoutDependency } from './coreWithoutDependency';
import { coreWithoutInstrument } from './coreWithoutInstrument';
import { dependencyOutsideCore } from './dependencyOutsideCore';
import { goalTooBroad } from './goalTooBroad';
import { governanceMismatch } from './governanceMismatch';
import { heavySteering } from './heavySteering';
import { lowVariety } from './lowVariety';
import { marketWithoutMarket } from './marketWithoutMarket';
import { missingUserPerspective } from './missingUserPerspective';
import { noAction } from './noAction';
import { oneSidedExpertise } from './oneSidedExpertise';
import { oneSidedStyle } from './oneSidedStyle';
import { strategicQuestion } from './strategicQuestion';
import { token } from './token';
import type { Rule, RuleId } from './types';
import { untagged } from './untagged';

export const RULES: readonly Rule[] = [
  strategicQuestion,
  oneSidedExpertise,
  oneSidedStyle,
  missingUserPerspective,
  lowVariety,
  goalTooBroad,
  noAction,
  actionWithoutDoers,
  dependencyOutsideCore,
  coreWithoutDependency,
  marketWithoutMarket,
  heavySteering,
  coreWithoutInstrument,
  governanceMismatch,
  token,
  untagged,
];

/** Composition rules: run on a table of partners (the arena's, or one action's). */
export const TABLE_RULES: readonly Rule[] = RULES.filter((rule) => (rule.scope ?? 'table') === 'table');
/** Rules that look at the whole arena, once. */
export const ARENA_RULES: readonly Rule[] = RULES.filter((rule) => rule.scope === 'arena');

/**
 * Rules that need several arenas and so are not run by analyse: their findings come from their own
 * function (overlappingArena: overlapFindings). Listed after the arena rules of the same severity.
 */
export const CROSS_ARENA_RULE_IDS: readonly RuleId[] = ['overlappingArena'];

const ORDER_IDS: readonly RuleId[] = [
  ...RULES.slice(0, RULES.indexOf(governanceMismatch) + 1).map((r) => r.id),
  ...CROSS_ARENA_RULE_IDS,
  ...RULES.slice(RULES.indexOf(governanceMismatch) + 1).map((r) => r.id),
];
const ORDER = new Map<RuleId, number>(ORDER_IDS.map((id, index) => [id, index]));

/** Position of a rule in the listing order (for sorting). */
export function ruleRank(rule: RuleId): number {
  return ORDER.get(rule) ?? ORDER_IDS.length;
}
