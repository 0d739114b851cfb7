/**
 * v2 → v3: denser rings. Format 3 draws the rings closer together around a smaller goal (see rings.ts), so
 * that a map reads from the back of a room; a stored position means a place in a ring, so every position
 * is moved radially into the same ring of the new geometry, at the same angle and at the same relative
 * depth within its band. The v2 geometry is frozen here: rings.ts may be tuned again, this step may not.
 */
import { RINGS, ringOf, type Point } from '../rings';
import type { RawDoc } from './index';

/** Ring boundaries from the centre outwards: goal, core, complementary, context, end of the parking band. */
const V2_BOUNDS = [0, 100, 270, 460, 650, 860] as const;
const V3_BOUNDS = [0, 90, 210, 330, 450, 570] as const;

/** Distance from the goal in format 2 → the same place in format 3 (piecewise linear, increasing). */
export function remapRadius(d: number): number {
  for (let i = 1; i < V2_BOUNDS.length; i++) {
    if (d <= V2_BOUNDS[i]!) {
      const [a, b] = [V2_BOUNDS[i - 1]!, V2_BOUNDS[i]!];
      const [c, e] = [V3_BOUNDS[i - 1]!, V3_BOUNDS[i]!];
      return c + ((d - a) / (b - a)) * (e - c);
    }
  }
  // Beyond the drawn parking band: the band's own scale, carried on.
  const last = V2_BOUNDS.length - 1;
  const scale = (V3_BOUNDS[last]! - V3_BOUNDS[last - 1]!) / (V2_BOUNDS[last]! - V2_BOUNDS[last - 1]!);
  return V3_BOUNDS[last]! + (d - V2_BOUNDS[last]!) * scale;
}

/** The ring a format-2 position was in, read with the format-2 boundaries. */
export function v2RingOf(p: Point): ReturnType<typeof ringOf> {
  const d = Math.sqrt(p.x * p.x + p.y * p.y);
  if (d <= V2_BOUNDS[2]) return 'core';
  if (d <= V2_BOUNDS[3]) return 'complementary';
  if (d <= V2_BOUNDS[4]) return 'context';
  return 'outside';
}

const round = (n: number) => (Math.abs(n) < 1e12 ? Math.round(n * 100) / 100 : n);

/**
 * A format-2 position in format 3: same angle, same ring. Positions are kept in hundredths like the editor
 * keeps them; where that rounding would tip a point just across a boundary, it is drawn back by hundredths.
 */
export function migratePosition(p: Point): Point {
  const d = Math.sqrt(p.x * p.x + p.y * p.y);
  if (d === 0) return { x: 0, y: 0 };
  // Far beyond any map (1e308 in a hand-made file): left as it is, for validation to refuse in words.
  if (!Number.isFinite(d)) return p;
  const ring = v2RingOf(p);
  let r = remapRadius(d);
  for (let i = 0; i < 100; i++) {
    const q = { x: round((p.x / d) * r), y: round((p.y / d) * r) };
    const off = RINGS.indexOf(ringOf(q)) - RINGS.indexOf(ring);
    if (off === 0) return q;
    r -= Math.sign(off) * 0.01;
  }
  return { x: (p.x / d) * r, y: (p.y / d) * r };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isPoint(value: unknown): value is Point {
  return isRecord(value) && typeof value.x === 'number' && typeof value.y === 'number' && Number.isFinite(value.x) && Number.isFinite(value.y);
}

/**
 * Moves every partner's position into format 3's rings. Anything that is not a finite point (null for a
 * partner only in the list, or a damaged value for validation to report) is left as it is, and so are
 * unknown fields, also those of a position.
 */
export function v2ToV3(doc: RawDoc): RawDoc {
  if (!isRecord(doc.partners)) return doc;
  const partners: Record<string, unknown> = {};
  for (const [key, partner] of Object.entries(doc.partners)) {
    partners[key] = isRecord(partner) && isPoint(partner.position) ? { ...partner, position: { ...partner.position, ...migratePosition(partner.position) } } : partner;
  }
  return { ...doc, partners };
}
