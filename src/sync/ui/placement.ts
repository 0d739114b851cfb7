/**
 * Where a partner added from a phone lands in the ring picked from the list: a random point round the
 * ring, moved to the nearest free place (domain/nudge.ts). Random, because several phones add at the same
 * moment and none sees the others' new partners yet: each starting from the same free gap would stack
 * them on one spot. Partners placed at the very same moment can still touch; the facilitator's map moves
 * such an arrival clear (canvas/useSettleArrivals.ts).
 */
import type { Partner } from '../../domain/arena';
import { nudgeApart } from '../../domain/nudge';
import { pointInRing, type Placement, type Point } from '../../domain/rings';
import { DEFAULT_NODE_SIZE, partnerBoxes } from '../../canvas/mapFocus';

export function placeInRing(ring: Placement, partners: Record<string, Partner>, random: () => number = Math.random): Point | null {
  if (ring === 'unplaced') return null;
  const at = pointInRing(ring, null, -Math.PI + random() * 2 * Math.PI);
  const others = partnerBoxes(partners, () => undefined).map((p) => p.box);
  return nudgeApart(at, DEFAULT_NODE_SIZE, others);
}
