/**
 * Places many new partners at once, each on the ring it was given (an imported list): spread round the
 * ring starting in its widest gap, each moved to the nearest free place in that ring (nudge.ts), so they
 * overlap neither the partners already on the map nor each other. A ring holding more partners than fit
 * keeps some overlap, as a drop does. Deterministic: the same list on the same map lands in the same places.
 */
import { rectAround, type Rect, type Size } from './mapLayout';
import { nudgeApart } from './nudge';
import { freeAngle, pointInRing, ringOf, type Point, type Ring } from './rings';

export function placeOnRings(existing: readonly Point[], rings: readonly Ring[], size: Size): Point[] {
  const settled: Rect[] = existing.map((p) => rectAround(p, size));
  const out: Point[] = new Array<Point>(rings.length);
  const byRing = new Map<Ring, number[]>();
  rings.forEach((ring, i) => byRing.set(ring, [...(byRing.get(ring) ?? []), i]));
  for (const [ring, indexes] of byRing) {
    const start = freeAngle(existing.filter((p) => ringOf(p) === ring));
    indexes.forEach((index, n) => {
      const angle = start + (n * 2 * Math.PI) / indexes.length;
      const at = pointInRing(ring, null, angle);
      const position = nudgeApart(at, size, settled);
      settled.push(rectAround(position, size));
      out[index] = position;
    });
  }
  return out;
}
