/**
 * Ring geometry of the goal map. The goal sits at the origin of flow coordinates; a partner's ring is
 * read from the distance of its centre to the origin, never stored (one source of truth: the position).
 */
export const RINGS = ['core', 'complementary', 'context', 'outside'] as const;
export type Ring = (typeof RINGS)[number];
/** Where a partner not yet placed on the map lives. */
export type Placement = Ring | 'unplaced';

export interface Point {
  x: number;
  y: number;
}

/** Radius of the goal disc in the centre. */
export const GOAL_RADIUS = 90;
/**
 * Outer radius of each ring, in flow units. A partner node is 200 × 80, so a band of 120 holds a node with
 * room to spare where it sits across the band (top and bottom) and the whole map of 20 partners spread
 * over all four rings fits a 1440 × 900 editor with names at 12 px or more. Format 2 had wider bands (270,
 * 460, 650 and 210 for the parking area, around a goal of 100): the migration to format 3 moves every
 * stored position into the same ring of these (domain/migrations/v2ToV3.ts).
 */
export const RING_OUTER: Record<Exclude<Ring, 'outside'>, number> = {
  core: 210,
  complementary: 330,
  context: 450,
};
/** How far the "not relevant" parking area is drawn (it is unbounded). */
export const OUTSIDE_BAND = 120;

/**
 * The part of the map worth showing: all three rings (they are where partners go), and every placed
 * partner with room for its node. Returned as a square around the goal, in flow coordinates.
 */
export function contentBounds(positions: readonly Point[], margin = 140): { x: number; y: number; width: number; height: number } {
  let r = RING_OUTER.context + 20;
  for (const p of positions) r = Math.max(r, distance(p) + margin);
  return { x: -r, y: -r, width: 2 * r, height: 2 * r };
}

/**
 * Distance from the goal. Not Math.hypot: that is ~13× slower in V8 and this runs for every partner on
 * every analysis. Map coordinates are far from overflow, and for positions in hundredths (what the editor
 * stores) no ring boundary lies within the last-digit difference between the two.
 */
export function distance(p: Point): number {
  return Math.sqrt(p.x * p.x + p.y * p.y);
}

export function ringOf(p: Point): Ring {
  const d = distance(p);
  if (d <= RING_OUTER.core) return 'core';
  if (d <= RING_OUTER.complementary) return 'complementary';
  if (d <= RING_OUTER.context) return 'context';
  return 'outside';
}

export function placementOf(p: Point | null): Placement {
  return p ? ringOf(p) : 'unplaced';
}

export function ringBounds(ring: Ring): { inner: number; outer: number } {
  switch (ring) {
    case 'core':
      return { inner: GOAL_RADIUS, outer: RING_OUTER.core };
    case 'complementary':
      return { inner: RING_OUTER.core, outer: RING_OUTER.complementary };
    case 'context':
      return { inner: RING_OUTER.complementary, outer: RING_OUTER.context };
    case 'outside':
      return { inner: RING_OUTER.context, outer: RING_OUTER.context + OUTSIDE_BAND };
  }
}

/** The middle radius of a ring: where a partner moved there by keyboard lands. */
export function ringMidRadius(ring: Ring): number {
  const { inner, outer } = ringBounds(ring);
  return (inner + outer) / 2;
}

/**
 * A point in `ring`, keeping the angle of `from` when there is one (so a node moved by keyboard stays on
 * its side of the goal), otherwise at `fallbackAngle` (radians).
 */
export function pointInRing(ring: Ring, from: Point | null, fallbackAngle = -Math.PI / 2): Point {
  const angle = from && distance(from) > 0.001 ? Math.atan2(from.y, from.x) : fallbackAngle;
  const r = ringMidRadius(ring);
  return { x: round(Math.cos(angle) * r), y: round(Math.sin(angle) * r) };
}

/**
 * A free angle in a ring: the middle of the widest gap between the partners already there, so keyboard
 * placement does not stack nodes on each other.
 */
export function freeAngle(occupied: readonly Point[]): number {
  if (occupied.length === 0) return -Math.PI / 2;
  const angles = occupied.map((p) => Math.atan2(p.y, p.x)).sort((a, b) => a - b);
  let bestGap = -1;
  let bestAngle = -Math.PI / 2;
  for (let i = 0; i < angles.length; i++) {
    const a = angles[i]!;
    const b = i + 1 < angles.length ? angles[i + 1]! : angles[0]! + 2 * Math.PI;
    if (b - a > bestGap) {
      bestGap = b - a;
      bestAngle = a + (b - a) / 2;
    }
  }
  return bestAngle;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
