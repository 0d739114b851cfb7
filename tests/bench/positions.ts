/**
 * Where the bench puts N partners: spread evenly (by area) over the three rings around the goal, on a
 * golden-angle spiral, so every run and both pages (Arena and the bare React Flow page) get the same map.
 * Positions are node centres in flow units (goal at the origin); nodes are 200 × 66.
 */
import { GOAL_RADIUS, RING_OUTER, type Point } from '../../src/domain/rings';
import { focusBounds, rectAround } from '../../src/domain/mapLayout';

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

export function spreadPositions(n: number): Point[] {
  const inner = GOAL_RADIUS + 40;
  const outer = RING_OUTER.context - 10;
  const out: Point[] = [];
  for (let i = 0; i < n; i++) {
    const r = Math.sqrt(inner * inner + ((i + 0.5) / n) * (outer * outer - inner * inner));
    const a = i * GOLDEN_ANGLE;
    out.push({ x: Math.round(r * Math.cos(a) * 10) / 10, y: Math.round(r * Math.sin(a) * 10) / 10 });
  }
  return out;
}

/**
 * About the area the Arena editor fits on first open (canvas/mapFocus.ts: the table at least and every
 * partner's 200 × 80 box; the ring labels it adds lie inside), used by the bare page too.
 */
export function mapBounds(positions: readonly Point[]): { x: number; y: number; width: number; height: number } {
  return focusBounds(
    positions.map((p) => rectAround(p, { width: 200, height: 80 })),
    RING_OUTER.complementary,
  );
}
