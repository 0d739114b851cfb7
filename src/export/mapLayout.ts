/**
 * Where everything on the report image's map goes, in flow units (the map's own coordinates, goal at the
 * origin), before anything is drawn. Kept apart from the drawing so tests can check the boxes.
 *
 * - Each partner node is as tall as its texts need: the name and the expertise wrap (never "…"), and the
 *   style and perspective marks get their own row, so a two-line name keeps its marks.
 * - The rings are drawn farther apart than in the editor (SPREAD): the editor's rings are tight so a fitted
 *   map reads from the back of a room, but the image is not bound by a screen, and its nodes need the room.
 * - Nodes that would overlap (a long name makes a node taller than on screen; partners dropped on top of
 *   each other) are nudged apart, each staying inside its own ring, so no text is drawn over another.
 * - The map is cropped to where the partners are, and scaled to fill the width it is given.
 * - Ring names go where no node covers them.
 */
import { partnersInOrder, TIE_KINDS, type Arena, type TieKind } from '../domain/arena';
import { distance, GOAL_RADIUS, OUTSIDE_BAND, placementOf, RING_OUTER, RINGS, type Point, type Ring } from '../domain/rings';
import { expertiseColour } from '../domain/vocabularies';
import { tagLabel, type Translate } from '../i18n';
import { perspectiveMark, styleMark } from '../canvas/marks';
import { wrapLines, wrapText } from './wrapText';

export interface Font {
  size: number;
  weight: 400 | 600 | 700;
}
export type Measure = (text: string, font: Font) => number;
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** The node's parts, in flow units (a node on screen is 200 wide). */
export const NODE = {
  width: 200,
  /** A node widens up to this for a long word (Dutch compounds), rather than break it. */
  maxWidth: 280,
  padX: 8,
  bandFont: { size: 13, weight: 600 } as Font,
  bandLine: 16,
  bandPad: 4,
  nameFont: { size: 17, weight: 700 } as Font,
  nameLine: 20,
  nameTop: 6,
  marksTop: 6,
  mark: 20,
  markGap: 4,
  markFont: { size: 12, weight: 700 } as Font,
  ringFont: { size: 11, weight: 600 } as Font,
  bottom: 7,
} as const;
/** Room kept between two nodes, and around the goal. */
const NODE_GAP = 10;
/** Room around what is shown, in flow units. */
const CROP_MARGIN = 28;
/** Ring names on the image, in image px whatever the scale. */
export const RING_LABEL_PX = 20;
/** Never blow a small map up further than this (flow unit → image px). */
const K_MAX = 1.5;
/** Below this the image grows wider instead, so the names stay readable on a large map. */
const K_MIN = 0.8;
const MAX_CONTENT_WIDTH = 3200;
/** The map is at most this much higher than wide. */
const MAX_ASPECT = 1.25;

/**
 * How much farther from the goal the image draws everything than the map's own geometry (rings.ts): every
 * ring radius, the goal's and each partner's distance from the goal, angles kept, so a partner stays in its
 * ring. The format-3 rings are bands of 120 around a goal of 90, made for a screen fitted from the back of
 * a room; 1.5 gives the nodes (200 wide, taller here with their wrapped names) bands of 180 around a goal
 * of 135, about the room of the format-2 rings they were drawn in before (bands of 170–210, outer edge 860
 * against 570 × 1.5 = 855).
 */
export const SPREAD = 1.5;
/**
 * A ring too crowded to untangle at SPREAD is drawn wider, a step at a time up to this; only a map that
 * still overlaps there keeps some overlap.
 */
const SPREADS = [SPREAD, 1.75, 2, 2.5];
/** Beyond this many partners a map is not laid out again at a wider spread (each try costs a nudge). */
const RESPREAD_MAX_PARTNERS = 120;

/** The rings as the image draws them, in drawing units (flow units with every distance × spread). */
export interface RingGeometry {
  spread: number;
  goal: number;
  /** Outer radius of each ring; for "not relevant", the dashed edge of its band (the area is unbounded). */
  outer: Record<Ring, number>;
}

export function ringGeometry(spread: number): RingGeometry {
  return {
    spread,
    goal: GOAL_RADIUS * spread,
    outer: {
      core: RING_OUTER.core * spread,
      complementary: RING_OUTER.complementary * spread,
      context: RING_OUTER.context * spread,
      outside: (RING_OUTER.context + OUTSIDE_BAND) * spread,
    },
  };
}

export function drawnRingBounds(g: RingGeometry, ring: Ring): { inner: number; outer: number } {
  const inner = ring === 'core' ? g.goal : g.outer[RINGS[RINGS.indexOf(ring) - 1]!];
  return { inner, outer: g.outer[ring] };
}

/**
 * Where a map position is drawn: its distance from the goal × spread, its angle kept. Beyond the dashed
 * edge of "not relevant" only the edge moves out: the empty parking space past it is not spread, so a
 * partner parked far away does not widen the image (and shrink every name) by half as much again.
 */
export function spreadPoint(g: RingGeometry, p: Point): Point {
  const d = distance(p);
  const edge = RING_OUTER.context + OUTSIDE_BAND;
  const factor = d <= edge ? g.spread : (g.outer.outside + d - edge) / d;
  return { x: p.x * factor, y: p.y * factor };
}

export interface MarkLayout {
  kind: 'style' | 'perspective';
  text: string;
  /** Relative to the node's top left. */
  box: Box;
}

export interface NodeLayout {
  id: string;
  colour: string;
  /** Node box, in drawing units, after nudging. */
  box: Box;
  band: string[];
  name: string[];
  marks: MarkLayout[];
  ring: { text: string; x: number; baseline: number };
  /** Baselines relative to the node's top. */
  bandBaseline: (line: number) => number;
  nameBaseline: (line: number) => number;
  bandHeight: number;
}

export interface RingLabel {
  ring: Ring;
  text: string;
  /** Centre of the text, in drawing units. */
  x: number;
  baseline: number;
  box: Box;
  size: number;
}

export interface GoalLayout {
  lines: string[];
  size: number;
  lineHeight: number;
  /** Baseline of the first line (x is 0, the text is centred). */
  top: number;
}

export interface MapLayout {
  /** The rings as drawn; every box below is in these drawing units. */
  rings: RingGeometry;
  nodes: NodeLayout[];
  goal: GoalLayout;
  ringLabels: RingLabel[];
  /** The part of the map shown, in drawing units. */
  crop: Box;
  /** Image px per drawing unit (a node is 200 units wide, as on screen). */
  k: number;
  /** Size of the map on the image, in px. */
  width: number;
  height: number;
}

export function overlaps(a: Box, b: Box, gap = 0): boolean {
  return a.x < b.x + b.w + gap && b.x < a.x + a.w + gap && a.y < b.y + b.h + gap && b.y < a.y + a.h + gap;
}

function layoutNode(id: string, measure: Measure, texts: { band: string; name: string; ring: string; style: string | null; perspectives: string[] }) {
  const longestWord = (text: string, font: Font) => Math.max(0, ...text.split(/\s+/).map((w) => measure(w, font)));
  const width = Math.min(NODE.maxWidth, Math.max(NODE.width, Math.ceil(Math.max(longestWord(texts.name, NODE.nameFont), longestWord(texts.band, NODE.bandFont))) + 2 * NODE.padX + 1));
  const inner = width - 2 * NODE.padX;
  const band = wrapText((s) => measure(s, NODE.bandFont), texts.band, inner);
  const name = wrapText((s) => measure(s, NODE.nameFont), texts.name, inner);
  const bandHeight = 2 * NODE.bandPad + Math.max(1, band.length) * NODE.bandLine;
  const nameHeight = Math.max(1, name.length) * NODE.nameLine;
  const marksTop = bandHeight + NODE.nameTop + nameHeight + NODE.marksTop;

  // Marks flow in rows; the ring's name follows them, or takes a row of its own when there is no room.
  const items: { kind: MarkLayout['kind']; text: string; w: number }[] = [];
  if (texts.style) items.push({ kind: 'style', text: texts.style, w: NODE.mark });
  for (const p of texts.perspectives) items.push({ kind: 'perspective', text: p, w: Math.max(NODE.mark, measure(p, NODE.markFont) + 10) });
  const marks: MarkLayout[] = [];
  let row = 0;
  let x = 0;
  for (const item of items) {
    if (x > 0 && x + item.w > inner) {
      row++;
      x = 0;
    }
    marks.push({ kind: item.kind, text: item.text, box: { x: NODE.padX + x, y: marksTop + row * (NODE.mark + NODE.markGap), w: item.w, h: NODE.mark } });
    x += item.w + NODE.markGap;
  }
  const ringWidth = measure(texts.ring, NODE.ringFont);
  if (x > 0 && x + 4 + ringWidth > inner) row++;
  const ring = { text: texts.ring, x: width - NODE.padX, baseline: marksTop + row * (NODE.mark + NODE.markGap) + 14 };
  const height = marksTop + (row + 1) * NODE.mark + row * NODE.markGap + NODE.bottom;
  return {
    id,
    band,
    name,
    marks,
    ring,
    bandHeight,
    width,
    height,
    bandBaseline: (line: number) => NODE.bandPad + line * NODE.bandLine + 12,
    nameBaseline: (line: number) => bandHeight + NODE.nameTop + line * NODE.nameLine + 15,
  };
}

/** Distance band a node centre must stay in to stay in its ring. */
function bandOf(g: RingGeometry, ring: Ring): { inner: number; outer: number } {
  if (ring === 'outside') return { inner: g.outer.context + 1, outer: Infinity };
  const { inner, outer } = drawnRingBounds(g, ring);
  return { inner: ring === 'core' ? 0 : inner + 1, outer: outer - 1 };
}

interface Movable {
  box: Box;
  placement: Ring;
}

function keepInRing(g: RingGeometry, n: Movable) {
  const cx = n.box.x + n.box.w / 2;
  const cy = n.box.y + n.box.h / 2;
  const d = distance({ x: cx, y: cy });
  const { inner, outer } = bandOf(g, n.placement);
  if (d >= inner && d <= outer) return;
  const angle = d > 0.001 ? Math.atan2(cy, cx) : -Math.PI / 2;
  const r = Math.min(Math.max(d, inner), outer);
  n.box.x = Math.cos(angle) * r - n.box.w / 2;
  n.box.y = Math.sin(angle) * r - n.box.h / 2;
}

/**
 * Partners stacked on one spot (a file made elsewhere, or an older one) are first fanned out along their
 * ring, side by side around the spot: pushed apart along one axis, a stack of more than a few only becomes
 * a column that the ring's edges hold together.
 */
function fanOut(g: RingGeometry, nodes: Movable[]): void {
  const stacks = new Map<string, Movable[]>();
  for (const n of nodes) {
    const key = `${Math.round(n.box.x + n.box.w / 2)},${Math.round(n.box.y + n.box.h / 2)}`;
    const stack = stacks.get(key);
    if (stack) stack.push(n);
    else stacks.set(key, [n]);
  }
  for (const stack of stacks.values()) {
    if (stack.length < 2) continue;
    const first = stack[0]!;
    const cx = first.box.x + first.box.w / 2;
    const cy = first.box.y + first.box.h / 2;
    const d = distance({ x: cx, y: cy });
    const { inner, outer } = drawnRingBounds(g, first.placement);
    const r = d > 1 ? d : (inner + Math.min(outer, inner + 2 * NODE.width)) / 2;
    const angle = d > 1 ? Math.atan2(cy, cx) : -Math.PI / 2;
    const width = stack.reduce((sum, n) => sum + n.box.w, 0) / stack.length + NODE_GAP;
    const step = Math.min((2 * Math.PI) / stack.length, width / r);
    stack.forEach((n, i) => {
      const a = angle + (i - (stack.length - 1) / 2) * step;
      n.box.x = Math.cos(a) * r - n.box.w / 2;
      n.box.y = Math.sin(a) * r - n.box.h / 2;
    });
  }
}

/**
 * Nudges overlapping nodes apart (and off the goal's disc, not its square: the core's nodes fit round it
 * closer), each along the shorter way out, and back into its
 * own ring after every step. Stops when nothing overlaps or after a bounded number of rounds: a map so
 * crowded that it cannot be untangled keeps what overlap is left rather than move partners across rings.
 */
export function separate(g: RingGeometry, nodes: Movable[], rounds = 80): void {
  fanOut(g, nodes);
  for (let round = 0; round < rounds; round++) {
    let moved = false;
    // Sweep from left to right: only nodes whose x ranges meet can overlap.
    const byX = [...nodes].sort((a, b) => a.box.x - b.box.x);
    for (let i = 0; i < byX.length; i++) {
      const a = byX[i]!;
      if (nearestToGoal(a.box) < g.goal + NODE_GAP) {
        pushOffGoal(a.box, g.goal + NODE_GAP);
        keepInRing(g, a);
        moved = true;
      }
      for (let j = i + 1; j < byX.length; j++) {
        const b = byX[j]!;
        if (b.box.x > a.box.x + a.box.w + NODE_GAP + NODE.maxWidth) break;
        if (!overlaps(a.box, b.box, NODE_GAP)) continue;
        push(a.box, b.box, 0.5, b.box);
        keepInRing(g, a);
        keepInRing(g, b);
        moved = true;
      }
    }
    if (!moved) return;
  }
}

/** Distance from the goal's centre to the nearest point of `b`. */
export function nearestToGoal(b: Box): number {
  return distance({ x: Math.min(Math.max(0, b.x), b.x + b.w), y: Math.min(Math.max(0, b.y), b.y + b.h) });
}

/** Moves `b` straight away from the goal until its nearest point is `radius` from the goal's centre. */
function pushOffGoal(b: Box, radius: number) {
  const cx = b.x + b.w / 2;
  const cy = b.y + b.h / 2;
  const d = distance({ x: cx, y: cy });
  const angle = d > 0.001 ? Math.atan2(cy, cx) : -Math.PI / 2;
  const step = radius - nearestToGoal(b) + 0.5;
  b.x += Math.cos(angle) * step;
  b.y += Math.sin(angle) * step;
}

/** Moves `a` (by `share` of the overlap) and `b` (by the rest) apart along the axis that needs least. */
function push(a: Box, from: Box, share: number, b?: Box) {
  const dx = a.x + a.w / 2 - (from.x + from.w / 2);
  const dy = a.y + a.h / 2 - (from.y + from.h / 2);
  const ox = (a.w + from.w) / 2 + NODE_GAP - Math.abs(dx);
  const oy = (a.h + from.h) / 2 + NODE_GAP - Math.abs(dy);
  // Exactly on top of each other: part them vertically, the later one down.
  const sx = dx === 0 ? 1 : Math.sign(dx);
  const sy = dy === 0 ? 1 : Math.sign(dy);
  if (ox < oy) {
    a.x += sx * ox * share + sx * 0.5;
    if (b) b.x -= sx * ox * (1 - share) + sx * 0.5;
  } else {
    a.y += sy * oy * share + sy * 0.5;
    if (b) b.y -= sy * oy * (1 - share) + sy * 0.5;
  }
}

/** The goal's words at most this large (a node's name is 17), however much room its disc leaves. */
const GOAL_MAX_SIZE = 20;

/** The goal, as large as fits its disc of `discRadius` (lines shorten towards the top and bottom of the circle). */
export function layoutGoal(measure: Measure, goal: string, discRadius: number): GoalLayout {
  const radius = discRadius - 12;
  let last: GoalLayout | null = null;
  for (let size = GOAL_MAX_SIZE; size >= 8; size--) {
    const font: Font = { size, weight: 700 };
    const lineHeight = Math.round(size * 1.2);
    const maxLines = Math.floor((2 * radius) / lineHeight);
    for (let n = 1; n <= maxLines; n++) {
      const widthOf = (i: number) => {
        const top = -(n * lineHeight) / 2 + i * lineHeight;
        const far = Math.max(Math.abs(top), Math.abs(top + lineHeight));
        return far >= radius ? 0 : 2 * Math.sqrt(radius * radius - far * far);
      };
      const lines = wrapLines((s) => measure(s, font), goal, widthOf);
      if (lines.length <= n && lines.every((l, i) => measure(l, font) <= widthOf(i) + 0.01)) {
        const top = -(n * lineHeight) / 2 + (n - lines.length) * (lineHeight / 2) + size * 0.85;
        return { lines, size, lineHeight, top };
      }
    }
    if (size === 8) {
      const n = maxLines;
      const widthOf = (i: number) => {
        const top = -(n * lineHeight) / 2 + i * lineHeight;
        const far = Math.max(Math.abs(top), Math.abs(top + lineHeight));
        return far >= radius ? 0 : 2 * Math.sqrt(radius * radius - far * far);
      };
      last = { lines: wrapLines((s) => measure(s, font), goal, widthOf, n), size, lineHeight, top: -(n * lineHeight) / 2 + size * 0.85 };
    }
  }
  return last!;
}

/** A trust tie as the image draws it: a line from one node's centre to the other's, in drawing units. */
export interface TieLine {
  id: string;
  kind: TieKind;
  from: Point;
  to: Point;
}

/**
 * The ties between two partners the image shows, from node centre to node centre of the boxes as laid
 * out (the image moves nodes apart, so not the arena positions). Drawn in one order whatever order the
 * ties reached this device: the thick "trusts" first, dashed "conflict" last, so a thinner line over a
 * pair tied twice stays visible; then by id.
 */
export function tieLines(ties: Arena['ties'] | undefined, nodes: readonly Pick<NodeLayout, 'id' | 'box'>[]): TieLine[] {
  const centres = new Map(nodes.map((n) => [n.id, { x: n.box.x + n.box.w / 2, y: n.box.y + n.box.h / 2 }]));
  const order: readonly TieKind[] = ['trusts', 'works', 'conflict'];
  const lines: TieLine[] = [];
  for (const tie of Object.values(ties ?? {})) {
    const from = centres.get(tie.from);
    const to = centres.get(tie.to);
    if (!from || !to || tie.from === tie.to || !TIE_KINDS.includes(tie.kind)) continue;
    lines.push({ id: tie.id, kind: tie.kind, from, to });
  }
  return lines.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Where a ring name is tried first: above and below the goal, then the diagonals, then every 5° round. */
const LABEL_ANGLES = [-90, 90, -62, -118, 62, 118, -38, -142, 38, 142, -15, -165, 15, 165];
const MORE_ANGLES = Array.from({ length: 72 }, (_, i) => i * 5 - 180).filter((a) => !LABEL_ANGLES.includes(a));

function placeRingLabels(g: RingGeometry, measure: Measure, t: Translate, crop: Box, k: number, avoid: readonly Box[]): RingLabel[] {
  const size = RING_LABEL_PX / k;
  const font: Font = { size, weight: 700 };
  const h = size * 1.3;
  const placed: RingLabel[] = [];
  const inside = (b: Box) => b.x >= crop.x + 4 && b.y >= crop.y + 4 && b.x + b.w <= crop.x + crop.w - 4 && b.y + b.h <= crop.y + crop.h - 4;
  const place = (ring: Ring, text: string, angles: readonly number[]): boolean => {
    const { inner, outer } = drawnRingBounds(g, ring);
    const w = measure(text, font) + 8;
    const radii = [(inner + outer) / 2, outer - h / 2 - 8, inner + h / 2 + 8];
    for (const angle of angles) {
      for (const r of radii) {
        const cx = Math.cos((angle * Math.PI) / 180) * r;
        const cy = Math.sin((angle * Math.PI) / 180) * r;
        const box = { x: cx - w / 2, y: cy - h / 2, w, h };
        const nearest = distance({ x: Math.min(Math.max(0, box.x), box.x + box.w), y: Math.min(Math.max(0, box.y), box.y + box.h) });
        const farthest = Math.max(...[box.x, box.x + box.w].flatMap((x) => [box.y, box.y + box.h].map((y) => distance({ x, y }))));
        if (nearest < inner + 4 || farthest > outer - 4 || !inside(box)) continue;
        if (avoid.some((b) => overlaps(box, b, 6)) || placed.some((l) => overlaps(box, l.box, 6))) continue;
        placed.push({ ring, text, x: cx, baseline: cy + size * 0.36, box, size });
        return true;
      }
    }
    return false;
  };
  // The long name where it fits; in a ring too crowded for it, the short one ("Core"), as the editor does.
  for (const ring of RINGS) {
    const long = t(`ring.${ring}.long`);
    const short = t(`ring.${ring}`);
    if (place(ring, long, LABEL_ANGLES) || place(ring, long, MORE_ANGLES) || place(ring, short, LABEL_ANGLES)) continue;
    place(ring, short, MORE_ANGLES);
  }
  return placed;
}

function overlapsAny(nodes: readonly Movable[], goal: number): boolean {
  return nodes.some((a, i) => nearestToGoal(a.box) < goal || nodes.slice(i + 1).some((b) => overlaps(a.box, b.box)));
}

/**
 * Lays out the map of `arena` to fill `width` image px (wider for a large map, see K_MIN). Only placed
 * partners are drawn.
 */
export function layoutMap(arena: Arena, t: Translate, measure: Measure, width: number): MapLayout {
  const placed = partnersInOrder(arena)
    .filter((p) => p.position)
    .map((p) => {
      const placement = placementOf(p.position) as Ring;
      const node = layoutNode(p.id, measure, {
        band: p.expertise.map((key) => tagLabel(t, 'expertise', key, arena.tags)).join(', ') || t('map.legend.untagged'),
        name: p.name,
        ring: t(`ring.${placement}`),
        style: p.style ? styleMark(p.style) : null,
        perspectives: p.perspective.map((key) => perspectiveMark(t, key)),
      });
      return { node, placement, position: p.position!, colour: expertiseColour(p.expertise[0]) };
    });
  const lay = (spread: number) => {
    const rings = ringGeometry(spread);
    const nodes = placed.map(({ node, placement, position, colour }) => {
      const c = spreadPoint(rings, position);
      return { ...node, colour, placement, box: { x: c.x - node.width / 2, y: c.y - node.height / 2, w: node.width, h: node.height } };
    });
    const goalBox = { x: -rings.goal, y: -rings.goal, w: 2 * rings.goal, h: 2 * rings.goal };
    separate(rings, nodes);
    return { rings, nodes, goalBox };
  };
  // The first spread that leaves nothing overlapping; the widest tried when none does.
  const spreads = placed.length <= RESPREAD_MAX_PARTNERS ? SPREADS : [SPREAD];
  let laid = lay(spreads[0]!);
  for (const spread of spreads.slice(1)) {
    if (!overlapsAny(laid.nodes, laid.rings.goal)) break;
    laid = lay(spread);
  }
  const { rings, nodes, goalBox } = laid;

  // Crop to the nodes and the goal, then scale to the width, within bounds.
  let x0 = goalBox.x;
  let y0 = goalBox.y;
  let x1 = goalBox.x + goalBox.w;
  let y1 = goalBox.y + goalBox.h;
  for (const n of nodes) {
    x0 = Math.min(x0, n.box.x);
    y0 = Math.min(y0, n.box.y);
    x1 = Math.max(x1, n.box.x + n.box.w);
    y1 = Math.max(y1, n.box.y + n.box.h);
  }
  const tight = { x: x0 - CROP_MARGIN, y: y0 - CROP_MARGIN, w: x1 - x0 + 2 * CROP_MARGIN, h: y1 - y0 + 2 * CROP_MARGIN };
  let contentWidth = width;
  let k = contentWidth / tight.w;
  if (k < K_MIN) {
    contentWidth = Math.min(MAX_CONTENT_WIDTH, Math.ceil(tight.w * K_MIN));
    k = contentWidth / tight.w;
  }
  k = Math.min(k, K_MAX, (contentWidth * MAX_ASPECT) / tight.h);
  // Whatever width the scale leaves over shows more of the rings around the partners.
  const crop = { x: tight.x + tight.w / 2 - contentWidth / k / 2, y: tight.y, w: contentWidth / k, h: tight.h };

  const goal = layoutGoal(measure, arena.goal.trim() || t('map.goalEmpty'), rings.goal);
  const ringLabels = placeRingLabels(rings, measure, t, crop, k, [goalBox, ...nodes.map((n) => n.box)]);
  return {
    rings,
    nodes: nodes.map(({ placement: _placement, width: _width, height: _height, ...n }) => n),
    goal,
    ringLabels,
    crop,
    k,
    width: contentWidth,
    height: Math.ceil(crop.h * k),
  };
}
