import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  distance,
  freeAngle,
  GOAL_RADIUS,
  placementOf,
  pointInRing,
  RING_OUTER,
  RINGS,
  ringBounds,
  ringMidRadius,
  ringOf,
  type Point,
} from '../../../src/domain/rings';

const at = (radius: number, angle = 0): Point => ({ x: Math.cos(angle) * radius, y: Math.sin(angle) * radius });
/** Same direction, whatever the winding (angles may come back outside [-π, π]). */
const expectSameAngle = (a: number, b: number, digits = 9) => {
  expect(Math.cos(a)).toBeCloseTo(Math.cos(b), digits);
  expect(Math.sin(a)).toBeCloseTo(Math.sin(b), digits);
};

describe('ringOf', () => {
  it('counts a point exactly on an outer radius as inside that ring', () => {
    expect(ringOf({ x: RING_OUTER.core, y: 0 })).toBe('core');
    expect(ringOf({ x: 0, y: -RING_OUTER.complementary })).toBe('complementary');
    expect(ringOf({ x: -RING_OUTER.context, y: 0 })).toBe('context');
  });

  it('moves to the next ring just past an outer radius', () => {
    expect(ringOf({ x: RING_OUTER.core + 0.01, y: 0 })).toBe('complementary');
    expect(ringOf({ x: 0, y: RING_OUTER.complementary + 0.01 })).toBe('context');
    expect(ringOf({ x: RING_OUTER.context + 0.01, y: 0 })).toBe('outside');
  });

  it('uses the distance, not one coordinate', () => {
    const diagonal = Math.PI / 4;
    expect(ringOf(at(RING_OUTER.core - 1e-6, diagonal))).toBe('core');
    expect(ringOf(at(RING_OUTER.core + 1e-6, diagonal))).toBe('complementary');
    // Each coordinate alone is well inside the core radius.
    const p = at(RING_OUTER.core + 1, diagonal);
    expect(Math.abs(p.x)).toBeLessThan(RING_OUTER.core);
    expect(ringOf(p)).toBe('complementary');
  });

  it('treats a point inside the goal disc (and the origin) as core', () => {
    expect(ringOf({ x: 0, y: 0 })).toBe('core');
    expect(ringOf(at(GOAL_RADIUS / 2, 1))).toBe('core');
  });

  it('treats anything far away as outside', () => {
    expect(ringOf({ x: 1e6, y: -1e6 })).toBe('outside');
  });
});

describe('placementOf', () => {
  it('is unplaced for null and the ring otherwise', () => {
    expect(placementOf(null)).toBe('unplaced');
    for (const ring of RINGS) expect(placementOf({ x: 0, y: ringMidRadius(ring) })).toBe(ring);
  });
});

describe('ringBounds', () => {
  it('ties the rings together without gaps', () => {
    expect(ringBounds('core').inner).toBe(GOAL_RADIUS);
    expect(ringBounds('complementary').inner).toBe(ringBounds('core').outer);
    expect(ringBounds('context').inner).toBe(ringBounds('complementary').outer);
    expect(ringBounds('outside').inner).toBe(ringBounds('context').outer);
  });
});

describe('pointInRing', () => {
  it.each(RINGS)('lands in %s from a point in every other ring, keeping its angle', (ring) => {
    const angle = 2.2;
    for (const from of RINGS.map((r) => at(ringMidRadius(r), angle))) {
      const p = pointInRing(ring, from);
      expect(ringOf(p)).toBe(ring);
      // Positions are rounded to hundredths, so the angle is kept to about 1e-4.
      expectSameAngle(Math.atan2(p.y, p.x), angle, 4);
    }
  });

  it.each(RINGS)('lands strictly between the bounds of %s', (ring) => {
    const { inner, outer } = ringBounds(ring);
    const d = distance(pointInRing(ring, at(GOAL_RADIUS / 2, -1)));
    expect(d).toBeGreaterThan(inner);
    expect(d).toBeLessThan(outer);
  });

  it('uses the fallback angle without a starting point, and straight up by default', () => {
    const up = pointInRing('core', null);
    expect(up.x).toBeCloseTo(0, 6);
    expect(up.y).toBeLessThan(0);
    const p = pointInRing('context', null, Math.PI);
    expect(ringOf(p)).toBe('context');
    expectSameAngle(Math.atan2(p.y, p.x), Math.PI, 4);
  });

  it('uses the fallback angle when starting on the goal centre (no direction)', () => {
    const p = pointInRing('complementary', { x: 0, y: 0 }, 0);
    expect(p.y).toBeCloseTo(0, 6);
    expect(p.x).toBeGreaterThan(0);
  });

  it('rounds to hundredths', () => {
    const p = pointInRing('core', at(300, 0.123456));
    expect(Math.round(p.x * 100) / 100).toBe(p.x);
    expect(Math.round(p.y * 100) / 100).toBe(p.y);
  });

  it('property: ringOf(pointInRing(r, p)) === r for every ring and any p', () => {
    const coordinate = fc.double({ min: -1e6, max: 1e6, noNaN: true });
    fc.assert(
      fc.property(fc.constantFrom(...RINGS), fc.option(fc.record({ x: coordinate, y: coordinate }), { nil: null }), (ring, from) => {
        expect(ringOf(pointInRing(ring, from))).toBe(ring);
      }),
      { numRuns: 500 },
    );
  });

  it('property: the angle of a starting point away from the centre is kept', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...RINGS),
        fc.double({ min: 1, max: 5000, noNaN: true }),
        fc.double({ min: -Math.PI, max: Math.PI, noNaN: true }),
        (ring, radius, angle) => {
          const p = pointInRing(ring, at(radius, angle));
          // Rounding to hundredths at a radius above the goal disc moves the angle by well under 1e-3.
          expect(Math.abs(Math.cos(Math.atan2(p.y, p.x)) - Math.cos(angle))).toBeLessThan(1e-3);
          expect(Math.abs(Math.sin(Math.atan2(p.y, p.x)) - Math.sin(angle))).toBeLessThan(1e-3);
        },
      ),
    );
  });
});

describe('freeAngle', () => {
  it('is straight up (-π/2) when the ring is empty', () => {
    expect(freeAngle([])).toBe(-Math.PI / 2);
  });

  it('is opposite a single occupant', () => {
    expectSameAngle(freeAngle([at(250, 0)]), Math.PI);
    expectSameAngle(freeAngle([at(250, -Math.PI / 2)]), Math.PI / 2);
  });

  it('is the middle of the widest gap', () => {
    // Occupants at 0 and π/2: the widest gap runs from π/2 round to 2π, its middle at 5π/4.
    expectSameAngle(freeAngle([at(250, 0), at(250, Math.PI / 2)]), (5 * Math.PI) / 4);
    // Occupants at 0, 0.5 and 3: the widest gap is 3 → 2π (≈ 3.28 rad), middle at (3 + 2π) / 2.
    expectSameAngle(freeAngle([at(250, 3), at(250, 0), at(250, 0.5)]), (3 + 2 * Math.PI) / 2);
    // Occupants at -3, -2.9 and 3: the widest gap is -2.9 → 3, middle at 0.05.
    expectSameAngle(freeAngle([at(250, 3), at(250, -2.9), at(250, -3)]), 0.05);
  });

  it('ignores the radius of the occupants', () => {
    expectSameAngle(freeAngle([at(130, 1), at(370, 1 + Math.PI / 2)]), freeAngle([at(250, 1), at(250, 1 + Math.PI / 2)]));
  });

  it('does not land on an occupant', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -Math.PI, max: Math.PI, noNaN: true }), { minLength: 1, maxLength: 30 }), (angles) => {
        const free = freeAngle(angles.map((a) => at(250, a)));
        for (const a of angles) {
          const diff = Math.abs(Math.atan2(Math.sin(free - a), Math.cos(free - a)));
          // The widest gap is at least 2π / n, so its middle is at least π / n from everyone.
          expect(diff).toBeGreaterThanOrEqual(Math.PI / angles.length - 1e-9);
        }
      }),
    );
  });
});
