/**
 * Heavier steering than the partner's role needs (seed: "gebruik niet meer doorzettingsmacht dan nodig";
 * too much steering harms the relation with a partner). The strongest instrument toward a partner is
 * juridical or hierarchical (HEAVY_STEERING_FROM) while the partner sits in the context ring or among the
 * not relevant, or its assessed resources give no dependency. Warning per partner (subject = partner id).
 */
import { INSTRUMENT_TYPES } from '../arena';
import { strongest, weightOf } from '../instruments';
import { partnersWhere } from './facts';
import { HEAVY_STEERING_FROM, HEAVY_STEERING_PLACEMENTS } from './thresholds';
import { makeFinding, type Rule } from './types';

export const heavySteering: Rule = {
  id: 'heavySteering',
  scope: 'arena',
  evaluate: (input) => {
    const instruments = Object.values(input.arena?.instruments ?? {});
    const heavy = new Set(instruments.filter((i) => weightOf(i.type) >= INSTRUMENT_TYPES.indexOf(HEAVY_STEERING_FROM)).map((i) => i.partnerId));
    if (heavy.size === 0) return [];
    return partnersWhere(input, (placement, dependency) => HEAVY_STEERING_PLACEMENTS.includes(placement) || dependency === 'none')
      .filter((id) => heavy.has(id))
      .map((id) => {
        const top = strongest(instruments.filter((i) => i.partnerId === id))!;
        return makeFinding({ rule: 'heavySteering', severity: 'warning', subject: id, partners: [id], numbers: { weight: weightOf(top.type) } });
      });
  },
};
