/**
 * Geometry of what the map shows, in flow coordinates (goal at the origin, y downwards): which part of the
 * map to fit on screen, where the ring labels go so that no partner hides them, and where a partner
 * dropped on top of another one ends up. Pure: sizes come in as numbers, never from the DOM.
 */
import { distance, GOAL_RADIUS, ringBounds, ringOf, RINGS, type Point, type Ring } from './rings';

export interface Size {
  width: number;
  height: number;
}

/** An axis-aligned box by its top-left corner. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

export const NO_INSETS: Insets = { top: 0, right: 0, bottom: 0, left: 0 };

/** The box of a node of `size` centred on `centre` (partner positions are node centres). */
export function rectAround(centre: Point, size: Size): Rect {
  return { x: centre.x - size.width / 2, y: centre.y - size.height / 2, width: size.width, height: size.height };
}

/** The square around a circle centred on the goal. */
export function circleBox(radius: number): Rect {
  return { x: -radius, y: -radius, width: 2 * radius, height: 2 * radius };
}

/** Whether two boxes come closer than `gap` (touching edges do not overlap at gap 0). */
export function overlaps(a: Rect, b: Rect, gap = 0): boolean {
  return a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap;
}

/** Whether a box comes closer than `gap` to the goal disc. */
export function overlapsGoal(r: Rect, gap = 0): boolean {
  return nearestDistance(r) < GOAL_RADIUS + gap;
}

/**
 * The middle of the goal disc, where its words are (GoalNode: a 180 px disc with 22 px padding). A partner
 * may cover the disc's rim, which the core's nodes must to fit six or more round it, but not the goal.
 */
export const GOAL_TEXT_RADIUS = 64;

export function coversGoalText(r: Rect): boolean {
  return nearestDistance(r) < GOAL_TEXT_RADIUS;
}

export function union(rects: readonly Rect[]): Rect | null {
  if (!rects.length) return null;
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const r of rects) {
    x0 = Math.min(x0, r.x);
    y0 = Math.min(y0, r.y);
    x1 = Math.max(x1, r.x + r.width);
    y1 = Math.max(y1, r.y + r.height);
  }
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/**
 * What to fit on screen: the goal, the rings up to `minRadius` (so an empty or nearly empty arena still
 * shows where partners go), every partner box and any other box that must stay in view (ring labels).
 * Empty outer rings are left out: the map is as large as where the partners are allows.
 */
export function focusBounds(partners: readonly Rect[], minRadius: number, extra: readonly Rect[] = []): Rect {
  return union([circleBox(Math.max(GOAL_RADIUS, minRadius)), ...partners, ...extra])!;
}

/**
 * The viewport that shows `bounds` as large as possible inside the pane minus `insets` (screen px kept
 * free, e.g. under an overlay), centred there, with the zoom held between `minZoom` and `maxZoom`. Below
 * `minZoom` the bounds do not fit: they stay centred and the edges are panned to.
 */
export function viewportFor(bounds: Rect, pane: Size, insets: Insets, limits: { minZoom: number; maxZoom: number }): Viewport {
  const width = Math.max(1, pane.width - insets.left - insets.right);
  const height = Math.max(1, pane.height - insets.top - insets.bottom);
  const fit = Math.min(width / Math.max(1, bounds.width), height / Math.max(1, bounds.height));
  const zoom = Math.min(limits.maxZoom, Math.max(limits.minZoom, fit));
  const cx = bounds.x + bounds.width / 2;
  const cy = bounds.y + bounds.height / 2;
  return { x: insets.left + width / 2 - cx * zoom, y: insets.top + height / 2 - cy * zoom, zoom };
}

/**
 * Where each ring's label goes: horizontal, on no partner and no other label. Tried in order: inside the
 * band near the top of the ring, then near its bottom (the middle of the band first, then nearer its
 * edges); then on the ring's outer edge there, like a name written along a line on a map; then further
 * round towards the sides, with its centre in the band. Each label may come in several sizes (its long
 * name, then a short one): the first size with a free place wins. When none has one (a crowded ring), the
 * last size where it covers least: the labels are drawn above the partners, so it is still read. Returns
 * each label's centre and which size it got.
 */
export function placeRingLabels(
  labels: readonly { ring: Ring; sizes: readonly Size[] }[],
  partners: readonly Rect[],
  gap = 6,
): Partial<Record<Ring, { at: Point; option: number }>> {
  const out: Partial<Record<Ring, { at: Point; option: number }>> = {};
  const taken: Rect[] = [...partners];
  for (const { ring, sizes } of labels) {
    const { inner, outer } = ringBounds(ring);
    // Only what lies near this ring can be in a label's way.
    const reach = Math.max(...sizes.map((z) => Math.hypot(z.width, z.height))) / 2 + gap;
    const near = taken.filter((r) => nearestDistance(r) <= outer + reach && farthestDistance(r) >= inner - reach);
    let chosen: { at: Point; option: number } | null = null;
    let first: Point | null = null;
    for (let option = 0; option < sizes.length && !chosen; option++) {
      for (const { at, inBand } of labelCandidates(inner, outer)) {
        const box = rectAround(at, sizes[option]!);
        if ((inBand && !fitsBand(box, inner, outer)) || overlapsGoal(box, gap)) continue;
        first ??= at;
        if (!near.some((r) => overlaps(box, r, gap))) {
          chosen = { at, option };
          break;
        }
      }
    }
    // A ring with no room anywhere: its short name where it covers least (drawn above the partners).
    if (!chosen) {
      const option = sizes.length - 1;
      let best = { at: first ?? { x: 0, y: -(inner + outer) / 2 }, cover: Infinity };
      for (const { at, inBand } of labelCandidates(inner, outer)) {
        const box = rectAround(at, sizes[option]!);
        if ((inBand && !fitsBand(box, inner, outer)) || overlapsGoal(box, gap)) continue;
        let cover = 0;
        for (const r of near) if ((cover += overlapArea(box, r, gap)) >= best.cover) break;
        if (cover < best.cover) best = { at, cover };
      }
      chosen = { at: best.at, option };
    }
    out[ring] = chosen;
    taken.push(rectAround(chosen.at, sizes[chosen.option]!));
  }
  return out;
}

function overlapArea(a: Rect, b: Rect, gap: number): number {
  const w = Math.min(a.x + a.width, b.x + b.width) + gap - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) + gap - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

function nearestDistance(r: Rect): number {
  const x = Math.max(r.x, Math.min(0, r.x + r.width));
  const y = Math.max(r.y, Math.min(0, r.y + r.height));
  return Math.sqrt(x * x + y * y);
}

function farthestDistance(r: Rect): number {
  const x = Math.max(Math.abs(r.x), Math.abs(r.x + r.width));
  const y = Math.max(Math.abs(r.y), Math.abs(r.y + r.height));
  return Math.sqrt(x * x + y * y);
}

/** Turns from straight up or down, in degrees: near the top and bottom first, then sideways. */
const LABEL_TURNS_DEG = [0, 5, -5, 10, -10, 15, -15, 20, -20, 25, -25, 30, -30, 35, -35, 40, -40];

function* labelCandidates(inner: number, outer: number): Generator<{ at: Point; inBand: boolean }> {
  const band = outer - inner;
  const mid = inner + band / 2;
  const radii = [mid, mid - band / 6, mid + band / 6, mid - band / 3, mid + band / 3];
  const point = (r: number, deg: number) => ({ x: round(Math.cos((deg * Math.PI) / 180) * r), y: round(Math.sin((deg * Math.PI) / 180) * r) });
  for (const side of [-90, 90]) for (const r of radii) for (const turn of LABEL_TURNS_DEG) yield { at: point(r, side + turn), inBand: true };
  for (const side of [-90, 90]) for (const turn of LABEL_TURNS_DEG) yield { at: point(outer, side + turn), inBand: false };
  // Then sideways from the top and the bottom alike, towards the sides last.
  for (let turn = 45; turn <= 90; turn += 5)
    for (const side of [-90, 90]) for (const sign of [1, -1]) for (const r of radii) yield { at: point(r, side + sign * turn), inBand: false };
}

/** Whether the middle of the box's top and bottom edges lie within the band (its corners may reach past). */
function fitsBand(box: Rect, inner: number, outer: number): boolean {
  const cx = box.x + box.width / 2;
  for (const y of [box.y, box.y + box.height]) {
    const d = Math.sqrt(cx * cx + y * y);
    if (d < inner || d > outer) return false;
  }
  return true;
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
  const free = (p: Point) => {
    const box = rectAround(p, size);
    return !coversGoalText(box) && !others.some((r) => overlaps(box, r, gap));
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

/** The rings from the core out to `ring`, for "show the rings up to here". */
export function ringsUpTo(ring: Ring): Ring[] {
  return RINGS.slice(0, RINGS.indexOf(ring) + 1);
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
