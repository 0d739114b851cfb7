/**
 * Draws the report image with Canvas 2D from the page layout (pageLayout.ts, mapLayout.ts): title and
 * goal, the map, the legend and the findings, on a light background. Drawing it ourselves (rather than
 * copying the DOM) keeps it independent of the screen size, the zoom and the theme, and every arena text
 * goes through fillText: text, never markup.
 */
import type { Finding } from '../domain/analysis';
import type { Arena, TieKind } from '../domain/arena';
import type { Translate } from '../i18n';
import { NODE, type Font, type Measure, type NodeLayout, type TieLine } from './mapLayout';
import { COLOURS, layoutPage, type LegendMark, type PageInput, type PageLayout, type PageText } from './pageLayout';

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", Arial, sans-serif';
const MARK_DARK = '#263238';

/**
 * The ties as the map draws them (src/canvas/ties.css, light theme): solid blue "works well with", thick
 * green "trusts", dashed red "conflict". Widths and dashes in flow units, so they scale with the nodes;
 * `sample` is the legend's line sample, in image px.
 */
export const TIE_STYLE: Record<TieKind, { colour: string; width: number; dash: number[]; sample: { width: number; dash: number[] } }> = {
  works: { colour: '#2f6db5', width: 2.5, dash: [], sample: { width: 2.5, dash: [] } },
  trusts: { colour: '#1e7b4a', width: 4.5, dash: [], sample: { width: 3.5, dash: [] } },
  conflict: { colour: '#c0392b', width: 2.5, dash: [8, 6], sample: { width: 2.5, dash: [5, 3] } },
};

export interface RenderInput {
  arena: Arena;
  findings: readonly Finding[];
  t: Translate;
  scale: 1 | 2;
  date: string;
  locale?: string;
  /** The map alone: no title, legend, warnings or footer. */
  mapOnly?: boolean;
  sheets?: PageInput['sheets'];
  /** The ties' words; absent: no ties drawn (hidden on the map). */
  ties?: PageInput['ties'];
}

type Ctx = CanvasRenderingContext2D;

export function cssFont(font: Font): string {
  return `${font.weight} ${font.size}px ${FONT}`;
}

/** Text widths from the context itself, so the layout wraps exactly where the drawing will. */
export function canvasMeasure(ctx: Ctx): Measure {
  const cache = new Map<string, number>();
  return (text, font) => {
    const key = `${font.weight} ${font.size}|${text}`;
    let width = cache.get(key);
    if (width === undefined) {
      ctx.font = cssFont(font);
      width = ctx.measureText(text).width;
      cache.set(key, width);
    }
    return width;
  };
}

function fillText(ctx: Ctx, text: string, x: number, baseline: number, font: Font, colour: string, align: CanvasTextAlign = 'left') {
  ctx.font = cssFont(font);
  ctx.fillStyle = colour;
  ctx.textAlign = align;
  ctx.fillText(text, x, baseline);
}

function roundRect(ctx: Ctx, x: number, y: number, w: number, h: number, r: number) {
  ctx.beginPath();
  ctx.roundRect(x, y, w, h, r);
}

/** A style mark (dark square, light symbol) or a perspective mark (outlined pill, letter): as on the map. */
function drawMark(ctx: Ctx, kind: 'style' | 'perspective', text: string, x: number, y: number, w: number, h: number, font: Font) {
  if (kind === 'style') {
    roundRect(ctx, x, y, w, h, 4);
    ctx.fillStyle = MARK_DARK;
    ctx.fill();
    // Symbols are smaller than letters at the same size (⚭ most of all): a little larger reads better.
    const glyph = { ...font, size: font.size + 2 };
    fillText(ctx, text, x + w / 2, y + h / 2 + glyph.size * 0.36, glyph, '#ffffff', 'center');
  } else {
    roundRect(ctx, x + 0.75, y + 0.75, w - 1.5, h - 1.5, h / 2);
    ctx.fillStyle = '#ffffff';
    ctx.fill();
    ctx.strokeStyle = '#37474f';
    ctx.lineWidth = 1.5;
    ctx.stroke();
    fillText(ctx, text, x + w / 2, y + h / 2 + font.size * 0.36, font, MARK_DARK, 'center');
  }
}

function drawNode(ctx: Ctx, n: NodeLayout) {
  const { x, y, w, h } = n.box;
  roundRect(ctx, x, y, w, h, 10);
  ctx.fillStyle = '#ffffff';
  ctx.fill();
  ctx.save();
  ctx.clip();
  ctx.fillStyle = n.colour;
  ctx.fillRect(x, y, w, n.bandHeight);
  ctx.restore();
  n.band.forEach((line, i) => fillText(ctx, line, x + NODE.padX, y + n.bandBaseline(i), NODE.bandFont, '#ffffff'));
  n.name.forEach((line, i) => fillText(ctx, line, x + NODE.padX, y + n.nameBaseline(i), NODE.nameFont, COLOURS.text));
  for (const m of n.marks) drawMark(ctx, m.kind, m.text, x + m.box.x, y + m.box.y, m.box.w, m.box.h, NODE.markFont);
  fillText(ctx, n.ring.text, x + n.ring.x, y + n.ring.baseline, NODE.ringFont, COLOURS.muted, 'right');
  roundRect(ctx, x, y, w, h, 10);
  ctx.strokeStyle = '#9aa5b4';
  ctx.lineWidth = 2;
  ctx.stroke();
}

function strokeTie(ctx: Ctx, kind: TieKind, x0: number, y0: number, x1: number, y1: number, width: number, dash: number[]) {
  ctx.beginPath();
  ctx.moveTo(x0, y0);
  ctx.lineTo(x1, y1);
  ctx.setLineDash(dash);
  ctx.strokeStyle = TIE_STYLE[kind].colour;
  ctx.lineWidth = width;
  ctx.lineCap = 'round';
  ctx.stroke();
  ctx.setLineDash([]);
  ctx.lineCap = 'butt';
}

/** Centre to centre: the nodes, drawn after, cover the ends, so each line runs from border to border. */
function drawTies(ctx: Ctx, ties: readonly TieLine[]) {
  for (const { kind, from, to } of ties) strokeTie(ctx, kind, from.x, from.y, to.x, to.y, TIE_STYLE[kind].width, TIE_STYLE[kind].dash);
}

function drawMap(ctx: Ctx, page: PageLayout) {
  const { box, layout } = page.map;
  ctx.save();
  ctx.beginPath();
  ctx.rect(box.x, box.y, box.w, box.h);
  ctx.clip();
  // From here on in drawing units: the map's own coordinates spread out (mapLayout.ts), the goal at the origin.
  ctx.translate(box.x - layout.crop.x * layout.k, box.y - layout.crop.y * layout.k);
  ctx.scale(layout.k, layout.k);
  const line = 2 / layout.k;
  const rings: [number, string, boolean][] = [
    [layout.rings.outer.outside, '#fbfbfc', true],
    [layout.rings.outer.context, '#f4f7ff', false],
    [layout.rings.outer.complementary, '#ebf1ff', false],
    [layout.rings.outer.core, '#dfe9ff', false],
  ];
  for (const [r, fill, dashed] of rings) {
    ctx.beginPath();
    ctx.arc(0, 0, r, 0, Math.PI * 2);
    ctx.fillStyle = fill;
    ctx.fill();
    ctx.setLineDash(dashed ? [12 / layout.k, 10 / layout.k] : []);
    ctx.strokeStyle = '#8aa2d0';
    ctx.lineWidth = line;
    ctx.stroke();
  }
  ctx.setLineDash([]);
  ctx.beginPath();
  ctx.arc(0, 0, layout.rings.goal, 0, Math.PI * 2);
  ctx.fillStyle = '#1d4ed8';
  ctx.fill();
  // Over the rings and the goal, under the nodes; the texts of the rings and the goal stay on top.
  drawTies(ctx, page.map.ties);

  for (const label of layout.ringLabels) {
    fillText(ctx, label.text, label.x, label.baseline, { size: label.size, weight: 700 }, label.ring === 'outside' ? COLOURS.faint : '#3a4f7a', 'center');
  }
  const goalFont: Font = { size: layout.goal.size, weight: 700 };
  layout.goal.lines.forEach((text, i) => fillText(ctx, text, 0, layout.goal.top + i * layout.goal.lineHeight, goalFont, '#ffffff', 'center'));

  for (const n of layout.nodes) drawNode(ctx, n);
  ctx.restore();
}

function drawLegendMark(ctx: Ctx, m: LegendMark) {
  if (m.kind === 'swatch') {
    roundRect(ctx, m.box.x + 2, m.box.y + 2, m.box.w - 4, m.box.h - 4, 3);
    ctx.fillStyle = m.value;
    ctx.fill();
  } else if (m.kind === 'tie') {
    const kind = m.value as TieKind;
    const y = m.box.y + m.box.h / 2;
    strokeTie(ctx, kind, m.box.x + 2, y, m.box.x + m.box.w - 2, y, TIE_STYLE[kind].sample.width, TIE_STYLE[kind].sample.dash);
  } else drawMark(ctx, m.kind, m.value, m.box.x, m.box.y, m.box.w, m.box.h, { size: 13, weight: 700 });
}

function drawText(ctx: Ctx, t: PageText) {
  fillText(ctx, t.text, t.x, t.baseline, t.font, t.colour, t.align);
}

export function layoutFor(ctx: Ctx, input: Omit<RenderInput, 'scale'>): PageLayout {
  return layoutPage(
    {
      arena: input.arena,
      findings: input.findings,
      t: input.t,
      date: input.date,
      locale: input.locale ?? 'en',
      mapOnly: input.mapOnly ?? false,
      ...(input.sheets && { sheets: input.sheets }),
      ...(input.ties && { ties: input.ties }),
    },
    canvasMeasure(ctx),
  );
}

/** Draws the whole page on `ctx` (already scaled for 2×) and returns where everything went. */
export function drawArena(ctx: Ctx, input: Omit<RenderInput, 'scale'>, page = layoutFor(ctx, input)): PageLayout {
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, page.width, page.height);
  ctx.textBaseline = 'alphabetic';
  drawMap(ctx, page);
  for (const m of page.legendMarks) drawLegendMark(ctx, m);
  for (const t of page.texts) drawText(ctx, t);
  return page;
}

/** Renders to a PNG blob at 1× or 2×. */
export async function renderArenaPng(input: RenderInput): Promise<Blob> {
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('This browser cannot draw the image.');
  // Measured before the canvas is sized: the size depends on the text.
  const page = layoutFor(ctx, input);
  canvas.width = Math.ceil(page.width * input.scale);
  canvas.height = Math.ceil(page.height * input.scale);
  // Resizing a canvas resets its context, so the scale is set after.
  ctx.scale(input.scale, input.scale);
  drawArena(ctx, input, page);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The image could not be made.'))), 'image/png'),
  );
}
