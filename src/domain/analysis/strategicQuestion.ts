/**
 * The strategic question (seed): is a network needed at all? Networks take over two years to pay off and
 * three in four fail; "if you can solve it alone, do it alone". Few governments ask it.
 *
 * - `strategic.alone` not answered (null): info "have you asked whether a network is needed?"
 *   (subject 'open');
 * - answered 'yes' (we could solve it alone): warning, variant 'alone' (subject 'alone');
 * - 'partly' or 'no': nothing.
 *
 * Runs on the arena whatever the size of the table: the question comes before the composition. Skipped
 * when the caller passes no `strategic` part.
 */
import { makeFinding, type Rule } from './types';

export const strategicQuestion: Rule = {
  id: 'strategicQuestion',
  scope: 'arena',
  evaluate: ({ arena }) => {
    const strategic = arena?.strategic;
    if (!strategic) return [];
    if (strategic.alone === null || strategic.alone === undefined) {
      return [makeFinding({ rule: 'strategicQuestion', severity: 'info', subject: 'open', partners: [], numbers: {} })];
    }
    if (strategic.alone === 'yes') {
      return [
        makeFinding({ rule: 'strategicQuestion', severity: 'warning', subject: 'alone', variant: 'alone', partners: [], numbers: {} }),
      ];
    }
    return [];
  },
};
