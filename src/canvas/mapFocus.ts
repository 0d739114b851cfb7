/**
 * The map's part of the geometry that needs the app's own facts: partner boxes from the document and the
 * sizes React Flow measured, ring label boxes in the UI language, and the area to fit in the editor and in
 * each presentation step. The rings node draws its labels from the same function the fit uses, so a label
 * that must stay in view is where the fit expects it.
 */
import type { InternalNode } from '@xyflow/react';
import type { Partner } from '../domain/arena';
import type { MapNode } from './types';
import { focusBounds, placeRingLabels, rectAround, type Rect, type Size } from '../domain/mapLayout';
import { RING_OUTER, RINGS, ringOf, type Ring } from '../domain/rings';
import { PARTNER_NODE_HEIGHT, PARTNER_NODE_WIDTH } from './buildNodes';
import type { Translate } from '../i18n';

export const DEFAULT_NODE_SIZE: Size = { width: PARTNER_NODE_WIDTH, height: PARTNER_NODE_HEIGHT };

export type SizeOf = (id: string) => Size | undefined;

/** The size React Flow measured for a node, when it has. */
export function measuredSizeOf(lookup: ReadonlyMap<string, InternalNode<MapNode>>): SizeOf {
  return (id) => {
    const m = lookup.get(id)?.measured;
    return m?.width && m.height ? { width: m.width, height: m.height } : undefined;
  };
}

export interface PlacedBox {
  id: string;
  ring: Ring;
  box: Rect;
}

/** Every placed partner's node box (the measured size where React Flow has one). */
export function partnerBoxes(partners: Record<string, Partner> | undefined, sizeOf: SizeOf): PlacedBox[] {
  const out: PlacedBox[] = [];
  for (const p of Object.values(partners ?? {})) {
    if (!p.position) continue;
    out.push({ id: p.id, ring: ringOf(p.position), box: rectAround(p.position, sizeOf(p.id) ?? DEFAULT_NODE_SIZE) });
  }
  return out;
}

/**
 * A label's box in flow units: bold text at `font` px, estimated at 0.62 em a character plus room for its
 * halo. An estimate keeps this free of the DOM; it errs on the wide side, so a label is never placed under
 * a partner for having been measured too narrow.
 */
export function labelSize(text: string, font: number): Size {
  return { width: Math.ceil([...text].length * font * 0.62 + font * 0.6), height: Math.ceil(font * 1.3) };
}

export type RingTexts = Record<Ring, { long: string; short: string }>;

export function ringTexts(t: Translate): RingTexts {
  const both = (ring: Ring) => ({ long: t(`ring.${ring}.long`), short: t(`ring.${ring}`) });
  return { core: both('core'), complementary: both('complementary'), context: both('context'), outside: both('outside') };
}

/**
 * Room kept above and below each partner box for the labels: a node measured taller than it was given
 * (a two-line name, 22 px higher) still leaves its label clear before the labels are placed again.
 */
const LABEL_CLEARANCE = 11;

export interface RingLabel {
  box: Rect;
  text: string;
}

/**
 * Where each ring's label is drawn, clear of the partners: its long name ("Core actors") where there is
 * room, else its short one ("Core"), else the long one at the top of its ring (drawn above the partners).
 */
export function ringLabels(boxes: readonly Rect[], texts: RingTexts, font: number): Record<Ring, RingLabel> {
  // The map asks twice for the same answer as it opens (to fit, and to draw the labels), and placing the
  // labels among 500 partners takes ~20 ms: a few answers are kept for the same boxes, texts and size.
  const words = `${font}|${RINGS.map((r) => `${texts[r].long}|${texts[r].short}`).join('|')}`;
  const flat = new Float64Array(boxes.length * 4);
  boxes.forEach((b, i) => {
    flat[i * 4] = b.x;
    flat[i * 4 + 1] = b.y;
    flat[i * 4 + 2] = b.width;
    flat[i * 4 + 3] = b.height;
  });
  const known = placedLabels.find((e) => e.words === words && sameNumbers(e.flat, flat));
  if (known) return known.value;
  const value = placeLabels(boxes, texts, font);
  placedLabels.unshift({ words, flat, value });
  placedLabels.length = Math.min(placedLabels.length, 4);
  return value;
}

/** Above this many partners the ring labels are not placed around them (see placeLabels). */
export const CROWDED_MAP = 150;

const placedLabels: { words: string; flat: Float64Array; value: Record<Ring, RingLabel> }[] = [];

function sameNumbers(a: Float64Array, b: Float64Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function placeLabels(boxes: readonly Rect[], texts: RingTexts, font: number): Record<Ring, RingLabel> {
  const options = RINGS.map((ring) => ({ ring, texts: [texts[ring].long, texts[ring].short] }));
  const placed = placeRingLabels(
    options.map(({ ring, texts: names }) => ({ ring, sizes: names.map((n) => labelSize(n, font)) })),
    // With hundreds of partners every ring is full and no place is free anyway; the labels are drawn above
    // the partners, so they go to their first place without the search (~20 ms at 500 partners, on every
    // move: the frame after a drop went over its 50 ms budget).
    boxes.length > CROWDED_MAP ? [] : boxes.map((b) => ({ ...b, y: b.y - LABEL_CLEARANCE, height: b.height + 2 * LABEL_CLEARANCE })),
  );
  return Object.fromEntries(
    options.map(({ ring, texts: names }) => {
      const { at, option } = placed[ring]!;
      return [ring, { box: rectAround(at, labelSize(names[option]!, font)), text: names[option]! }];
    }),
  ) as Record<Ring, RingLabel>;
}

const RING_RANK: Record<Ring, number> = { core: 1, complementary: 2, context: 3, outside: 4 };

/**
 * What to fit. In the editor: the table (core and complementary rings) at least, or all three rings when
 * no partner is placed yet, grown to every partner and the labels of the rings in use. In a presentation
 * step (1 core, 2 + complementary, 3 + context): the revealed rings whole, their partners and labels; in
 * the last step (0) everything, with all three rings.
 */
export function mapFocus(placed: readonly PlacedBox[], labels: Record<Ring, RingLabel>, presentStep: number | null): Rect {
  const last = presentStep === null || presentStep === 0 ? 4 : presentStep;
  const shown = placed.filter((p) => RING_RANK[p.ring] <= last);
  let minRadius: number;
  if (presentStep === null) minRadius = placed.length ? RING_OUTER.complementary : RING_OUTER.context;
  else minRadius = presentStep === 0 ? RING_OUTER.context : RING_OUTER[RINGS[presentStep - 1] as Exclude<Ring, 'outside'>];
  // Labels of every ring out to the farthest one shown or drawn whole.
  const outermost = Math.max(
    minRadius >= RING_OUTER.context ? 3 : minRadius >= RING_OUTER.complementary ? 2 : 1,
    ...shown.map((p) => RING_RANK[p.ring]),
  );
  const labelBoxes = RINGS.filter((ring) => RING_RANK[ring] <= outermost).map((ring) => labels[ring].box);
  return focusBounds(
    shown.map((p) => p.box),
    minRadius,
    labelBoxes,
  );
}
