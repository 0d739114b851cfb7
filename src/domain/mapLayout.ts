/**
 * Geometry of what the map shows, in flow coordinates (goal at the origin, y downwards): which part of the
 * map to fit on screen and where the ring labels go so that no partner hides them (where a dropped partner
 * ends up is nudge.ts). Pure: sizes come in as numbers, never from the DOM.
 */
import { GOAL_RADIUS, ringBounds, type Point, type Ring } from './rings';

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

/** How near a box comes to the goal's centre. */
export function nearestDistance(r: Rect): number {
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

export function round(n: number): number {
  return Math.round(n * 100) / 100;
}
