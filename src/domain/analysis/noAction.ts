/**
 * Partners at the table in no action (seed: "many partners at the table, none moved to act"; partners
 * must see their role). One finding per arena listing them.
 *
 * - Only judged once the arena has at least one action: before anyone has written actions it would name
 *   every partner, which says nothing new (the goal-too-broad rule covers that stage).
 * - "Involved" means listed in an action at any rung of the participation ladder, 'inform' included: the
 *   rule looks for partners with no role at all, not for partners with a small one.
 * - Severity: warning when at least NO_ACTION_WARNING_SHARE (half) of the table is in no action,
 *   otherwise info. Involvements of partners that no longer exist are ignored.
 */
import { NO_ACTION_WARNING_SHARE, atLeast } from './thresholds';
import { makeFinding, type Rule } from './types';

export const noAction: Rule = {
  id: 'noAction',
  scope: 'arena',
  evaluate: ({ arena, composition }) => {
    const actions = arena?.actions;
    if (!actions) return [];
    const involved = new Set<string>();
    let count = 0;
    for (const id in actions) {
      count++;
      const involvement = actions[id]?.involvement ?? {};
      for (const partnerId in involvement) involved.add(partnerId);
    }
    if (count === 0) return [];
    const atTable = composition.atTable.length;
    const idle = composition.atTable.filter((id) => !involved.has(id));
    if (idle.length === 0) return [];
    return [
      makeFinding({
        rule: 'noAction',
        severity: atLeast(idle.length / atTable, NO_ACTION_WARNING_SHARE) ? 'warning' : 'info',
        partners: idle,
        numbers: { idle: idle.length, atTable, actions: count, threshold: NO_ACTION_WARNING_SHARE },
      }),
    ];
  },
};
