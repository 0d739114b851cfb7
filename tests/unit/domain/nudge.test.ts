import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { overlaps, rectAround, type Rect } from '../../../src/domain/mapLayout';
import { coversGoalText, nudgeAll, nudgeApart, NUDGE_GAP } from '../../../src/domain/nudge';
import { ringMidRadius, ringOf, RINGS, type Point } from '../../../src/domain/rings';

const NODE = { width: 200, height: 80 };
const at = (radius: number, deg: number): Point => ({ x: Math.cos((deg * Math.PI) / 180) * radius, y: Math.sin((deg * Math.PI) / 180) * radius });
const node = (p: Point) => rectAround(p, NODE);

describe('nudgeApart', () => {
  it('leaves a drop on free ground where it is', () => {
    const p = at(ringMidRadius('complementary'), -90);
    expect(nudgeApart(p, NODE, [node(at(ringMidRadius('complementary'), 90))])).toBe(p);
  });

  it('moves a partner dropped on another one until they are apart, in the same ring', () => {
    for (const ring of RINGS) {
      for (const deg of [-90, -45, 0, 30, 90, 180]) {
        const spot = at(ringMidRadius(ring), deg);
        const spotRounded = { x: Math.round(spot.x * 100) / 100, y: Math.round(spot.y * 100) / 100 };
        const other = node(spotRounded);
        const moved = nudgeApart(spotRounded, NODE, [other]);
        expect(ringOf(moved), `${ring} at ${deg}`).toBe(ring);
        expect(overlaps(node(moved), other, NUDGE_GAP), `${ring} at ${deg}`).toBe(false);
        expect(coversGoalText(node(moved))).toBe(false);
        // Near, not somewhere on the other side of the map.
        expect(Math.hypot(moved.x - spotRounded.x, moved.y - spotRounded.y)).toBeLessThan(300);
      }
    }
  });

  it('moves a partner dropped on the goal off its words, into the core', () => {
    const moved = nudgeApart({ x: 10, y: 10 }, NODE, []);
    expect(ringOf(moved)).toBe('core');
    expect(coversGoalText(node(moved))).toBe(false);
  });

  it('fits six partners dropped evenly round the core without any two overlapping', () => {
    const drops = Array.from({ length: 6 }, (_, k) => ({ id: `p${k}`, position: at(ringMidRadius('core'), -90 + 60 * k), size: { width: 200, height: k % 2 ? 102 : 80 } }));
    const boxes = nudgeAll(drops, []).map((m, i) => rectAround(m.position, drops[i]!.size));
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i]!, boxes[j]!, NUDGE_GAP)).toBe(false);
  });

  it('stays put in a ring with no room left', () => {
    const full: Rect[] = [];
    for (let x = -1200; x <= 1200; x += 100) for (let y = -1200; y <= 1200; y += 40) full.push({ x, y, width: 100, height: 40 });
    const p = { x: 0, y: -150 };
    expect(nudgeApart(p, NODE, full)).toBe(p);
  });

  it('property: the result is the drop itself, or a point in the same ring clear of every other partner and the goal\'s words', () => {
    const point = fc.record({ x: fc.integer({ min: -600, max: 600 }), y: fc.integer({ min: -600, max: 600 }) });
    fc.assert(
      fc.property(point, fc.array(point, { maxLength: 12 }), (drop, others) => {
        const boxes = others.map(node);
        const moved = nudgeApart(drop, NODE, boxes);
        if (moved === drop) return;
        expect(ringOf(moved)).toBe(ringOf(drop));
        expect(coversGoalText(node(moved))).toBe(false);
        for (const b of boxes) expect(overlaps(node(moved), b, NUDGE_GAP)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('settles partners dropped together apart from each other too', () => {
    const spot = { x: 0, y: -ringMidRadius('complementary') };
    const moved = nudgeAll(
      [
        { id: 'a', position: spot, size: NODE },
        { id: 'b', position: spot, size: NODE },
      ],
      [],
    );
    expect(moved[0]!.position).toBe(spot);
    expect(overlaps(node(moved[0]!.position), node(moved[1]!.position), NUDGE_GAP)).toBe(false);
    expect(ringOf(moved[1]!.position)).toBe('complementary');
  });
});
