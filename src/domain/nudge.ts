/**
 * Where a partner dropped on top of another one ends up: nudged to the nearest free place in the ring the
 * drop chose. Pure; loaded with the map's drop handling once the map is on screen, not with the first page.
 */
import { nearestDistance, overlaps, rectAround, round, type Rect, type Size } from './mapLayout';
import { distance, ringOf, type Point } from './rings';

/**
 * The middle of the goal disc, where its words are (GoalNode: a 180 px disc with 22 px padding). A partner
 * may cover the disc's rim, which the core's nodes must to fit six or more round it, but not the goal.
 */
export const GOAL_TEXT_RADIUS = 64;

export function coversGoalText(r: Rect): boolean {
  return nearestDistance(r) < GOAL_TEXT_RADIUS;
}

/** The gap a nudged partner keeps from its neighbours and the goal, in flow units. */
export const NUDGE_GAP = 12;
const NUDGE_STEP = 6;
const NUDGE_DIRECTIONS = 32;
const NUDGE_MAX = 480;

/**
 * Where a partner dropped at `at` goes so that its box (of `size`) overlaps no other partner's box and not
 * the goal's words: `at` itself when it is free, else the nearest free point in the same ring (the drop chose the
 * ring; the nudge never changes it). Searched outwards in rings of NUDGE_STEP; when nothing within
 * NUDGE_MAX is free (a full ring), the drop stays where it was.
 */
export function nudgeApart(at: Point, size: Size, others: readonly Rect[], gap = NUDGE_GAP): Point {
  // Only boxes the search can reach can be in the way: on a 500-partner map a few dozen, not all (a
  // facilitator's projector settles every participant's new partner this way).
  const reach = rectAround(at, { width: size.width + 2 * NUDGE_MAX, height: size.height + 2 * NUDGE_MAX });
  const near = others.filter((r) => overlaps(reach, r, gap));
  const free = (p: Point) => {
    const box = rectAround(p, size);
    return !coversGoalText(box) && !near.some((r) => overlaps(box, r, gap));
  };
  if (free(at)) return at;
  const ring = ringOf(at);
  // Along the ring first: at equal distance, the two tangent directions before the ones towards and away
  // from the goal.
  const tangent = distance(at) > 0.001 ? Math.atan2(at.y, at.x) + Math.PI / 2 : 0;
  const step = (2 * Math.PI) / NUDGE_DIRECTIONS;
  const directions: number[] = [];
  for (let j = 0; j <= NUDGE_DIRECTIONS / 4; j++)
    for (const base of [tangent, tangent + Math.PI]) for (const a of j ? [base + j * step, base - j * step] : [base]) directions.push(a);
  for (let d = NUDGE_STEP; d <= NUDGE_MAX; d += NUDGE_STEP) {
    for (const a of directions) {
      const p = { x: round(at.x + Math.cos(a) * d), y: round(at.y + Math.sin(a) * d) };
      if (ringOf(p) === ring && free(p)) return p;
    }
  }
  return at;
}

/**
 * Several partners dropped in one gesture: each nudged in turn against the partners that stay and the
 * ones already settled, so they end up apart from each other too.
 */
export function nudgeAll(moves: readonly { id: string; position: Point; size: Size }[], staying: readonly Rect[]): { id: string; position: Point }[] {
  const settled: Rect[] = [...staying];
  return moves.map((m) => {
    const position = nudgeApart(m.position, m.size, settled);
    settled.push(rectAround(position, m.size));
    return { id: m.id, position };
  });
}

