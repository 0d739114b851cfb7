/**
 * The report image's trust ties in pixels: the page drawn by the real renderer on a real canvas
 * (@napi-rs/canvas, the Node canvas the tests already use), at 1× and 2×. Along each tie, between the two
 * nodes' boxes, the pixels are the tie's colour: unbroken for "works well with" and "trusts", broken into
 * dashes for "conflict".
 */
import { describe, expect, it } from 'vitest';
import { createCanvas } from '@napi-rs/canvas';
import { analyse } from '../../../src/domain/analysis';
import { translator } from '../../../src/i18n';
import { nl } from '../../../src/i18n/nl';
import { nlTies } from '../../../src/i18n/nl.ties';
import { drawArena, layoutFor, TIE_STYLE } from '../../../src/export/renderMap';
import type { PageLayout } from '../../../src/export/pageLayout';
import type { Box } from '../../../src/export/mapLayout';
import type { TieKind } from '../../../src/domain/arena';
import { tiedArena } from '../../fixtures/councilArena';

const arena = tiedArena();
const input = {
  arena,
  findings: analyse(arena),
  t: translator(nl),
  date: '2 maart 2026',
  locale: 'nl',
  ties: { heading: nlTies['ties.legend'], kind: (k: TieKind) => nlTies[`ties.kind.${k}`] },
};

type Point = { x: number; y: number };

function render(scale: 1 | 2) {
  const canvas = createCanvas(1, 1);
  const ctx = canvas.getContext('2d') as unknown as CanvasRenderingContext2D;
  const page = layoutFor(ctx, input);
  canvas.width = Math.ceil(page.width * scale);
  canvas.height = Math.ceil(page.height * scale);
  ctx.scale(scale, scale);
  drawArena(ctx, input, page);
  const { data, width } = ctx.getImageData(0, 0, canvas.width, canvas.height);
  const pixel = (x: number, y: number) => {
    const i = (Math.floor(y * scale) * width + Math.floor(x * scale)) * 4;
    return [data[i]!, data[i + 1]!, data[i + 2]!];
  };
  return { page, pixel };
}

const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
const near = (a: number[], b: number[], tolerance: number) => a.every((v, i) => Math.abs(v - b[i]!) <= tolerance);

/** A point of the map (drawing units) on the page (px at 1×). */
function onPage(page: PageLayout, p: Point): Point {
  const { box, layout } = page.map;
  return { x: box.x + (p.x - layout.crop.x) * layout.k, y: box.y + (p.y - layout.crop.y) * layout.k };
}

function distanceToSegment(p: Point, a: Point, b: Point) {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const t = Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(p.x - a.x - t * dx, p.y - a.y - t * dy);
}

/**
 * Points every half pixel along each tie where nothing else is drawn over it: off every node, the goal's
 * disc (its text is on top), every ring name, and a few px away from every other tie.
 */
function openStretches(page: PageLayout) {
  const { layout } = page.map;
  const grow = (b: Box, by: number): Box => ({ x: b.x - by, y: b.y - by, w: b.w + 2 * by, h: b.h + 2 * by });
  const covers = [...layout.nodes.map((n) => n.box), ...layout.ringLabels.map((l) => l.box)].map((b) => {
    const tl = onPage(page, b);
    return grow({ ...tl, w: b.w * layout.k, h: b.h * layout.k }, 4);
  });
  const goal = onPage(page, { x: 0, y: 0 });
  const goalRadius = layout.rings.goal * layout.k + 4;
  const lines = page.map.ties.map((t) => ({ ...t, a: onPage(page, t.from), b: onPage(page, t.to) }));
  return lines.map((line) => {
    const length = Math.hypot(line.b.x - line.a.x, line.b.y - line.a.y);
    const points: Point[] = [];
    for (let d = 0; d <= length; d += 0.5) {
      const p = { x: line.a.x + ((line.b.x - line.a.x) * d) / length, y: line.a.y + ((line.b.y - line.a.y) * d) / length };
      if (covers.some((b) => p.x >= b.x && p.x <= b.x + b.w && p.y >= b.y && p.y <= b.y + b.h)) continue;
      if (Math.hypot(p.x - goal.x, p.y - goal.y) < goalRadius) continue;
      if (lines.some((o) => o !== line && distanceToSegment(p, o.a, o.b) < 8)) continue;
      points.push(p);
    }
    return { kind: line.kind, id: line.id, points };
  });
}

describe.each([1, 2] as const)('the ties drawn at %i×', (scale) => {
  const { page, pixel } = render(scale);
  const stretches = openStretches(page);

  it('draws a solid line in the tie\'s colour between the two nodes for "works well with" and "trusts"', () => {
    const solid = stretches.filter((s) => s.kind !== 'conflict');
    expect(solid).toHaveLength(7);
    for (const { kind, id, points } of solid) {
      // At least 5 px clear of everything else, also between two neighbours.
      expect(points.length, id).toBeGreaterThan(10);
      const colour = rgb(TIE_STYLE[kind].colour);
      const off = points.filter((p) => !near(pixel(p.x, p.y), colour, 40));
      expect(off.length / points.length, `${id}: off its colour at ${JSON.stringify(off.slice(0, 3))}`).toBeLessThan(0.03);
    }
  });

  it('draws "conflict" dashed: red dashes with gaps between them along the whole line', () => {
    const dashed = stretches.filter((s) => s.kind === 'conflict');
    expect(dashed).toHaveLength(2);
    const red = rgb(TIE_STYLE.conflict.colour);
    for (const { id, points } of dashed) {
      expect(points.length, id).toBeGreaterThan(100);
      const isRed = points.map((p) => near(pixel(p.x, p.y), red, 40));
      const share = isRed.filter(Boolean).length / isRed.length;
      let gaps = 0;
      for (let i = 1; i < isRed.length; i++) if (isRed[i - 1] && !isRed[i]) gaps++;
      expect(share, id).toBeGreaterThan(0.4);
      expect(share, id).toBeLessThan(0.95);
      // A dash and a gap every 14 flow units: several on any stretch this long.
      expect(gaps, id).toBeGreaterThanOrEqual(Math.max(3, Math.floor((points.length * 0.5) / (14 * page.map.layout.k) / 2)));
    }
  });

  it('draws each kind\'s sample in the legend in its colour', () => {
    for (const m of page.legendMarks.filter((l) => l.kind === 'tie')) {
      const y = m.box.y + m.box.h / 2;
      // Left of centre: on a dash of the conflict sample (5 on, 3 off, from 2 px in).
      expect(near(pixel(m.box.x + 4, y), rgb(TIE_STYLE[m.value as TieKind].colour), 40), m.value).toBe(true);
    }
  });
});
