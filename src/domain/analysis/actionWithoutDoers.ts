/**
 * An action with nobody who co-decides ('decide') or co-produces ('produce'): only partners who are
 * consulted or kept informed, or no partner at all. Someone has to carry it (seed: partners must be moved
 * to act). Warning per action; subject and `actionId` = the action's id; partners = the partners that are
 * involved (consulted or informed). Partners in any ring count, and involvements of partners that no
 * longer exist are ignored.
 */
import { inCreationOrder, type ArenaAction, type Involvement } from '../arena';
import { makeFinding, type Finding, type Rule } from './types';

/** Rungs of the participation ladder that make a partner a doer of an action. */
export const DOER_INVOLVEMENTS: readonly Involvement[] = ['decide', 'produce'];

/** Actions in a stable order: by creation, then id. */
export function actionsInOrder(actions: Record<string, ArenaAction>): readonly ArenaAction[] {
  return inCreationOrder(actions);
}

export const actionWithoutDoers: Rule = {
  id: 'actionWithoutDoers',
  scope: 'arena',
  evaluate: ({ arena, partners }) => {
    if (!arena?.actions) return [];
    // The partner order is needed only to sort a finding's partners: built once, when first needed.
    let rankCache: Map<string, number> | null = null;
    const rankOf = () => {
      if (!rankCache) {
        rankCache = new Map();
        (partners ?? Object.values(arena.partners)).forEach((p, i) => rankCache!.set(p.id, i));
      }
      return rankCache;
    };
    const findings: Finding[] = [];
    for (const action of actionsInOrder(arena.actions)) {
      const involvement = action.involvement ?? {};
      let doers = 0;
      const others: string[] = [];
      for (const partnerId in involvement) {
        if (!arena.partners[partnerId]) continue;
        if (DOER_INVOLVEMENTS.includes(involvement[partnerId]!)) doers++;
        else others.push(partnerId);
      }
      if (doers > 0) continue;
      const rank = rankOf();
      others.sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0));
      findings.push(
        makeFinding({
          rule: 'actionWithoutDoers',
          severity: 'warning',
          subject: action.id,
          actionId: action.id,
          partners: others,
          numbers: { involved: others.length },
        }),
      );
    }
    return findings;
  },
};
