/**
 * Goal too broad — a map-only heuristic for the seed's "goals are often too broad: many partners at the
 * table, none moved to act" (actions are not read yet). Fires (warning) when all three hold:
 *
 * 1. at least GOAL_BROAD_MIN_PARTNERS (8) partners at the table;
 * 2. they span at least GOAL_BROAD_MIN_DOMAINS (5) distinct expertise categories;
 * 3. the goal names no concrete result: it contains no digit (no amount, percentage, year or date) and
 *    has fewer than GOAL_CONCRETE_MIN_WORDS (12) words. An empty goal has 0 words, so it is vague.
 *
 * Words are runs of non-space characters. When no goal is given (undefined, e.g. an action without a
 * description passed to analysePartners), the rule does not run. Partners concerned: all at the table.
 * The same definition in plain English is `rule.goalTooBroad.how` in en.analysis.ts.
 */
import { GOAL_BROAD_MIN_DOMAINS, GOAL_BROAD_MIN_PARTNERS, GOAL_CONCRETE_MIN_WORDS } from './thresholds';
import { makeFinding, type Rule } from './types';

export function countWords(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? 0 : trimmed.split(/\s+/u).length;
}

/** Names a concrete result: contains a digit, or is at least GOAL_CONCRETE_MIN_WORDS words long. */
export function isGoalConcrete(goal: string): boolean {
  return /\p{Nd}/u.test(goal) || countWords(goal) >= GOAL_CONCRETE_MIN_WORDS;
}

export const goalTooBroad: Rule = {
  id: 'goalTooBroad',
  evaluate: ({ composition, goal }) => {
    if (goal === undefined) return [];
    const atTable = composition.atTable.length;
    const domains = composition.attributes.expertise.categories.length;
    if (atTable < GOAL_BROAD_MIN_PARTNERS || domains < GOAL_BROAD_MIN_DOMAINS || isGoalConcrete(goal)) return [];
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
