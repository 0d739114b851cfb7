/**
 * What the arena rules need to know of every partner (where it is on the map, how much the network
 * depends on it), worked out in one pass over the partners and kept in flat arrays.
 *
 * Why one pass: at thousands of partners the partner objects no longer fit the CPU caches, so every
 * extra walk over them costs far more per partner than at a few hundred. Walking them once and handing
 * the rules arrays keeps the analysis close to linear (see README, "Performance").
 */
import type { Partner } from '../arena';
import { partnerDependency, type Dependency } from '../dependency';
import { placementOf, type Placement } from '../rings';

export interface PartnerFacts {
  /** Per partner, at the same index as the partner list they were worked out from. */
  placement: readonly Placement[];
  dependency: readonly (Dependency | null)[];
}

export function partnerFacts(partners: readonly Partner[]): PartnerFacts {
  const placement: Placement[] = new Array(partners.length);
  const dependency: (Dependency | null)[] = new Array(partners.length);
  for (let i = 0; i < partners.length; i++) {
    const partner = partners[i]!;
    placement[i] = placementOf(partner.position);
    dependency[i] = partnerDependency(partner);
  }
  return { placement, dependency };
}

/** At the table: in the core or complementary ring. */
export function atTable(placement: Placement): boolean {
  return placement === 'core' || placement === 'complementary';
}
