/**
 * Market steering toward a partner that is hard to replace (seed: a tender on which only the organisation
 * the government wanted to replace bids; "a market instrument needs a market"). A partner steered by a
 * market instrument is hard to replace when its resources give high dependency (domain/dependency.ts),
 * when it is the only partner at the table with one of its expertises or with the user/resident
 * perspective, or when an instrument's sheet says no other organisation could deliver. Warning per partner
 * (subject = partner id), naming the market instruments' count.
 */
import { USER_PERSPECTIVES } from '../vocabularies';
import { partnersWhere } from './facts';
import { ONLY_CARRIER_COUNT } from './thresholds';
import { makeFinding, type Rule } from './types';

export const marketWithoutMarket: Rule = {
  id: 'marketWithoutMarket',
  scope: 'arena',
  evaluate: (input) => {
    const instruments = input.arena?.instruments;
    if (!instruments) return [];
    const market = new Map<string, { count: number; noAlternative: boolean }>();
    for (const i of Object.values(instruments)) {
      if (i.type !== 'market') continue;
      const seen = market.get(i.partnerId) ?? { count: 0, noAlternative: false };
      market.set(i.partnerId, { count: seen.count + 1, noAlternative: seen.noAlternative || i.alternatives === 'none' });
    }
    if (market.size === 0) return [];
    const only = new Set<string>();
    const { expertise, perspective } = input.composition.attributes;
    for (const c of expertise.categories) if (c.count === ONLY_CARRIER_COUNT) only.add(c.partners[0]!);
    const users = new Set(perspective.categories.filter((c) => USER_PERSPECTIVES.includes(c.key)).flatMap((c) => c.partners));
    if (users.size === ONLY_CARRIER_COUNT) only.add([...users][0]!);
    const dependent = new Set(partnersWhere(input, (_placement, dependency) => dependency === 'high'));
    // In the order of the partners, like every finding's subjects.
    return partnersWhere(input, () => true)
      .filter((id) => market.has(id) && (market.get(id)!.noAlternative || only.has(id) || dependent.has(id)))
      .map((id) =>
        makeFinding({ rule: 'marketWithoutMarket', severity: 'warning', subject: id, partners: [id], numbers: { count: market.get(id)!.count } }),
      );
  },
};
