/**
 * Goal too broad — a heuristic for the seed's "goals are often too broad: many partners at the table,
 * none moved to act" (partners with no action: see noAction). Fires (warning) when all three hold:
 *
 * 1. at least GOAL_BROAD_MIN_PARTNERS (8) partners at the table;
 * 2. they span at least GOAL_BROAD_MIN_DOMAINS (5) distinct expertise categories;
 * 3. the goal names no concrete result: it contains no digit (no amount, percentage, year or date) and
 *    has fewer than GOAL_CONCRETE_MIN_WORDS (12) words. An empty goal has 0 words, so it is vague.
 *    The goal also counts as concrete when the arena's strategic part names both the result that will
 *    show the goal is reached (`strategic.result`) and a deadline (`strategic.deadline`), each non-blank:
 *    the group has then written down what changes and by when, even if the goal line itself is short.
 *
 * Words are runs of non-space characters. When no goal is given (undefined, e.g. an action without a
 * description passed to analysePartners), the rule does not run. Partners concerned: all at the table.
 * The same definition in plain English is `rule.goalTooBroad.how` in en.analysis.ts.
 */
import { GOAL_BROAD_MIN_DOMAINS, GOAL_BROAD_MIN_PARTNERS, GOAL_CONCRETE_MIN_WORDS } from './thresholds';
import type { Strategic } from '../arena';
import { makeFinding, type Rule } from './types';

export function countWords(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? 0 : trimmed.split(/\s+/u).length;
}

/** Names a concrete result: contains a digit, or is at least GOAL_CONCRETE_MIN_WORDS words long. */
export function isGoalConcrete(goal: string): boolean {
  return /\p{Nd}/u.test(goal) || countWords(goal) >= GOAL_CONCRETE_MIN_WORDS;
}

/** The strategic part names a result and a deadline (both non-blank). */
export function hasResultAndDeadline(strategic: Pick<Strategic, 'result' | 'deadline'> | undefined): boolean {
  return !!strategic && (strategic.result ?? '').trim() !== '' && (strategic.deadline ?? '').trim() !== '';
}

export const goalTooBroad: Rule = {
  id: 'goalTooBroad',
  evaluate: ({ composition, goal, arena }) => {
    if (goal === undefined) return [];
    const atTable = composition.atTable.length;
    const domains = composition.attributes.expertise.categories.length;
    if (atTable < GOAL_BROAD_MIN_PARTNERS || domains < GOAL_BROAD_MIN_DOMAINS || isGoalConcrete(goal)) return [];
    if (hasResultAndDeadline(arena?.strategic)) return [];
    return [
      makeFinding({
        rule: 'goalTooBroad',
        severity: 'warning',
        partners: composition.atTable.slice(),
        numbers: {
          atTable,
          domains,
          words: countWords(goal),
          minPartners: GOAL_BROAD_MIN_PARTNERS,
          minDomains: GOAL_BROAD_MIN_DOMAINS,
          minWords: GOAL_CONCRETE_MIN_WORDS,
        },
      }),
    ];
  },
};
