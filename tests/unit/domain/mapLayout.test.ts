import { describe, expect, it } from 'vitest';
import {
  circleBox,
  focusBounds,
  overlaps,
  overlapsGoal,
  placeRingLabels,
  rectAround,
  viewportFor,
  type Rect,
} from '../../../src/domain/mapLayout';
import { nudgeAll } from '../../../src/domain/nudge';
import { GOAL_RADIUS, RING_OUTER, ringBounds, ringMidRadius, RINGS, type Point, type Ring } from '../../../src/domain/rings';

const NODE = { width: 200, height: 80 };
const at = (radius: number, deg: number): Point => ({ x: Math.cos((deg * Math.PI) / 180) * radius, y: Math.sin((deg * Math.PI) / 180) * radius });
const node = (p: Point) => rectAround(p, NODE);

describe('boxes', () => {
  it('centres a node box on its position', () => {
    expect(rectAround({ x: 10, y: -20 }, NODE)).toEqual({ x: -90, y: -60, width: 200, height: 80 });
  });

  it('overlaps only when the boxes come closer than the gap', () => {
    const a = { x: 0, y: 0, width: 10, height: 10 };
    expect(overlaps(a, { x: 10, y: 0, width: 10, height: 10 })).toBe(false);
    expect(overlaps(a, { x: 9.9, y: 0, width: 10, height: 10 })).toBe(true);
    expect(overlaps(a, { x: 15, y: 0, width: 10, height: 10 }, 6)).toBe(true);
    expect(overlaps(a, { x: 0, y: 17, width: 10, height: 10 }, 6)).toBe(false);
  });

  it('measures the goal as a disc, not a square', () => {
    // A box whose corner reaches into the goal's bounding square but not into the disc.
    const d = GOAL_RADIUS * Math.SQRT1_2 + 2;
    expect(overlapsGoal({ x: d, y: d, width: 50, height: 50 })).toBe(false);
    expect(overlapsGoal({ x: GOAL_RADIUS - 1, y: -5, width: 50, height: 10 })).toBe(true);
    expect(overlapsGoal({ x: GOAL_RADIUS + 1, y: -5, width: 50, height: 10 })).toBe(false);
    expect(overlapsGoal({ x: GOAL_RADIUS + 1, y: -5, width: 50, height: 10 }, 2)).toBe(true);
  });
});

describe('focusBounds', () => {
  it('is the rings up to the given radius when there are no partners', () => {
    expect(focusBounds([], RING_OUTER.context)).toEqual(circleBox(RING_OUTER.context));
  });

  it('grows to every partner box, also one far out on one side, and never shrinks below the radius', () => {
    const far = node({ x: 700, y: 0 });
    expect(focusBounds([far], RING_OUTER.complementary)).toEqual({ x: -RING_OUTER.complementary, y: -RING_OUTER.complementary, width: 800 + RING_OUTER.complementary, height: 2 * RING_OUTER.complementary });
    expect(focusBounds([node({ x: 0, y: -150 })], RING_OUTER.complementary)).toEqual(circleBox(RING_OUTER.complementary));
  });

  it('keeps extra boxes (ring labels) in view', () => {
    const label = { x: -50, y: -600, width: 100, height: 30 };
    expect(focusBounds([], RING_OUTER.core, [label]).y).toBe(-600);
  });

  it('leaves out the empty outer rings: partners in the core only give a smaller area than the whole map', () => {
    const core = [0, 72, 144, 216, 288].map((deg) => node(at(ringMidRadius('core'), deg)));
    const b = focusBounds(core, RING_OUTER.complementary);
    expect(b.width).toBeLessThan(2 * RING_OUTER.context);
  });
});

describe('viewportFor', () => {
  const limits = { minZoom: 0.1, maxZoom: 4 };

  it('fits the bounds in the pane and centres them', () => {
    const v = viewportFor({ x: -100, y: -50, width: 200, height: 100 }, { width: 800, height: 800 }, { top: 0, right: 0, bottom: 0, left: 0 }, limits);
    expect(v.zoom).toBe(4);
    expect(v).toEqual({ x: 400, y: 400, zoom: 4 });
    const w = viewportFor({ x: 0, y: 0, width: 1000, height: 100 }, { width: 500, height: 800 }, { top: 0, right: 0, bottom: 0, left: 0 }, limits);
    expect(w.zoom).toBe(0.5);
    // The bounds' centre (500, 50) lands on the pane's centre (250, 400).
    expect(w.x + 500 * w.zoom).toBe(250);
    expect(w.y + 50 * w.zoom).toBe(400);
  });

  it('keeps the insets free', () => {
    const v = viewportFor({ x: 0, y: 0, width: 100, height: 100 }, { width: 1000, height: 500 }, { top: 100, right: 400, bottom: 0, left: 0 }, limits);
    expect(v.zoom).toBe(4);
    expect(v.x).toBe(300 - 50 * 4);
    expect(v.y).toBe(300 - 50 * 4);
    const box = { left: v.x, right: v.x + 100 * v.zoom, top: v.y, bottom: v.y + 100 * v.zoom };
    expect(box.right).toBeLessThanOrEqual(600);
    expect(box.top).toBeGreaterThanOrEqual(100);
  });

  it('holds the zoom between the limits, keeping the bounds centred', () => {
    const small = viewportFor({ x: -10, y: -10, width: 20, height: 20 }, { width: 800, height: 600 }, { top: 0, right: 0, bottom: 0, left: 0 }, { minZoom: 0.1, maxZoom: 1.25 });
    expect(small).toEqual({ x: 400, y: 300, zoom: 1.25 });
    const big = viewportFor({ x: -5000, y: -5000, width: 10000, height: 10000 }, { width: 800, height: 600 }, { top: 0, right: 0, bottom: 0, left: 0 }, { minZoom: 0.4, maxZoom: 2 });
    expect(big).toEqual({ x: 400, y: 300, zoom: 0.4 });
  });
});

describe('placeRingLabels', () => {
  const size = (ring: Ring) => ({ width: ring === 'core' ? 178 : 320, height: 32 });
  const short = { width: 75, height: 32 };
  const labels = RINGS.map((ring) => ({ ring, sizes: [size(ring)] }));

  it('puts every label at the top of its ring when nothing is there', () => {
    const placed = placeRingLabels(labels, []);
    for (const ring of RINGS) expect(placed[ring]).toEqual({ at: { x: 0, y: -ringMidRadius(ring) }, option: 0 });
  });

  it('moves a label off a partner sitting on top of its ring, and keeps it in its band', () => {
    const partner = node({ x: 0, y: -ringMidRadius('complementary') });
    const { at } = placeRingLabels(labels, [partner]).complementary!;
    expect(overlaps(rectAround(at, size('complementary')), partner)).toBe(false);
    const { inner, outer } = ringBounds('complementary');
    const d = Math.hypot(at.x, at.y);
    expect(d).toBeGreaterThan(inner);
    expect(d).toBeLessThan(outer);
  });

  const spread: [Ring, number, number][] = [
    ['core', 6, -90],
    ['complementary', 6, -60],
    ['context', 5, -120],
    ['outside', 3, -30],
  ];
  // Dropped round each ring one by one, as the editor leaves them (nudged apart).
  const drops = spread.flatMap(([ring, n, start]) => Array.from({ length: n }, (_, k) => at(ringMidRadius(ring), start + (360 / n) * k)));
  const twenty = nudgeAll(drops.map((position, i) => ({ id: `p${i}`, position, size: NODE })), []).map((m) => node(m.position));

  it('finds a free place for every label on a realistic map of 20 partners (6 in a full core), the core\'s short name if need be', () => {
    const placed = placeRingLabels(RINGS.map((ring) => ({ ring, sizes: [size(ring), short] })), twenty);
    const boxes = RINGS.map((ring) => rectAround(placed[ring]!.at, placed[ring]!.option ? short : size(ring)));
    for (const box of boxes) for (const p of twenty) expect(overlaps(box, p)).toBe(false);
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i]!, boxes[j]!)).toBe(false);
    // The outer rings have room for their long names.
    expect(placed.complementary!.option).toBe(0);
    expect(placed.outside!.option).toBe(0);
  });

  it('takes the long name whenever it has room', () => {
    const placed = placeRingLabels([{ ring: 'core', sizes: [size('core'), short] }], []);
    expect(placed.core!.option).toBe(0);
  });

  it('falls back to the short name where it covers least in a ring with no room anywhere', () => {
    // Partners everywhere, but one gap near the bottom of the core a little narrower than the short name.
    const crowd: Rect[] = [];
    for (let x = -400; x < 400; x += 100) for (let y = -400; y < 400; y += 40) crowd.push({ x, y, width: 100, height: 40 });
    const gap = crowd.filter((r) => !(r.y === 160 && (r.x === -100 || r.x === 0)));
    const placed = placeRingLabels([{ ring: 'core', sizes: [size('core'), short] }], gap);
    expect(placed.core!.option).toBe(1);
    // Over the gap: less of it covers a partner than anywhere else.
    expect(placed.core!.at.y).toBeGreaterThan(140);
    expect(placed.core!.at.y).toBeLessThan(220);
  });
});
