/**
 * Draws the arena for the report: title and goal, the rings with every placed partner, the legend and the
 * open warnings (accepted ones marked with their reason), on a light background, with Canvas 2D. Drawing it
 * ourselves (rather than copying the DOM) keeps it independent of the screen size, the zoom and the theme,
 * and every arena text goes through fillText: text, never markup.
 */
import type { Arena, Partner } from '../domain/arena';
import type { Finding } from '../domain/analysis';
import { contentBounds, GOAL_RADIUS, OUTSIDE_BAND, placementOf, RING_OUTER, type Point } from '../domain/rings';
import { expertiseColour, STYLE_MARKS, UNTAGGED_COLOUR } from '../domain/vocabularies';
import { partnersInOrder } from '../domain/arena';
import { tagLabel, type Translate } from '../i18n';
import { findingText } from '../panels/findingText';
import { PERSPECTIVE_MARKS } from '../canvas/marks';
import { wrapText } from './wrapText';

const MAP = 1200;
const SIDE = 560;
const PAD = 40;
const HEADER = 150;
const WIDTH = PAD + MAP + PAD + SIDE + PAD;
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif';
const NODE_W = 200;
const NODE_H = 66;

export interface RenderInput {
  arena: Arena;
  findings: readonly Finding[];
  t: Translate;
  scale: 1 | 2;
  date: string;
  locale?: string;
}

type Ctx = CanvasRenderingContext2D;

function font(ctx: Ctx, size: number, weight = 400) {
  ctx.font = `${weight} ${size}px ${FONT}`;
}

function roundRect(ctx: Ctx, x: number, y: number, w: number, h: number, r: number) {
  ctx.beginPath();
  ctx.roundRect(x, y, w, h, r);
}

export function exportHeight(arena: Arena, findings: readonly Finding[]): number {
  // The side column grows with the warnings; the map square sets the minimum.
  const sideNeeds = 360 + findings.length * 120;
  return HEADER + Math.max(MAP, sideNeeds) + PAD * 2;
}

export function drawArena(ctx: Ctx, input: RenderInput): void {
  const { arena, findings, t } = input;
  const height = exportHeight(arena, findings);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, WIDTH, height);
  ctx.textBaseline = 'alphabetic';

  // Header: title and goal.
  ctx.fillStyle = '#1b1f24';
  font(ctx, 40, 700);
  const title = wrapText((s) => ctx.measureText(s).width, arena.title, WIDTH - 2 * PAD, 1)[0] ?? '';
  ctx.fillText(title, PAD, PAD + 36);
  font(ctx, 16, 700);
  ctx.fillStyle = '#545d69';
  const goalLabel = t('editor.goal').toLocaleUpperCase();
  ctx.fillText(goalLabel, PAD, PAD + 72);
  const indent = ctx.measureText(goalLabel).width + 14;
  font(ctx, 22, 400);
  ctx.fillStyle = '#1b1f24';
  const goalLines = wrapText((s) => ctx.measureText(s).width, arena.goal || t('map.goalEmpty'), WIDTH - 2 * PAD - indent, 2);
  goalLines.forEach((line, i) => ctx.fillText(line, PAD + indent, PAD + 72 + i * 28));

  drawMap(ctx, arena, t, PAD, HEADER + PAD);
  drawSide(ctx, input, PAD + MAP + PAD, HEADER + PAD);

  font(ctx, 13, 400);
  ctx.fillStyle = '#6b7280';
  ctx.fillText(`${t('app.name')} · ${input.date}`, PAD, height - 16);
}

function drawMap(ctx: Ctx, arena: Arena, t: Translate, left: number, top: number) {
  const placed = partnersInOrder(arena).filter((p) => p.position);
  const bounds = contentBounds(placed.map((p) => p.position as Point));
  const k = MAP / bounds.width;
  const cx = left + MAP / 2;
  const cy = top + MAP / 2;
  const at = (p: Point) => ({ x: cx + p.x * k, y: cy + p.y * k });

  ctx.save();
  ctx.beginPath();
  ctx.rect(left, top, MAP, MAP);
  ctx.clip();
  const rings: [number, string, boolean][] = [
    [RING_OUTER.context + OUTSIDE_BAND, '#fbfbfc', true],
    [RING_OUTER.context, '#f4f7ff', false],
    [RING_OUTER.complementary, '#ebf1ff', false],
    [RING_OUTER.core, '#dfe9ff', false],
  ];
  for (const [r, fill, dashed] of rings) {
    ctx.beginPath();
    ctx.arc(cx, cy, r * k, 0, Math.PI * 2);
    ctx.fillStyle = fill;
    ctx.fill();
    ctx.setLineDash(dashed ? [12, 10] : []);
    ctx.strokeStyle = '#8aa2d0';
    ctx.lineWidth = 2;
    ctx.stroke();
  }
  ctx.setLineDash([]);
  font(ctx, Math.max(14, 24 * k), 700);
  ctx.fillStyle = '#3a4f7a';
  ctx.textAlign = 'center';
  for (const ring of ['core', 'complementary', 'context'] as const) ctx.fillText(t(`ring.${ring}.long`), cx, cy - RING_OUTER[ring] * k + 30 * k + 8);
  ctx.fillStyle = '#6b7280';
  ctx.fillText(t('ring.outside.long'), cx, cy - (RING_OUTER.context + OUTSIDE_BAND) * k + 36 * k + 8);

  // Goal.
  ctx.beginPath();
  ctx.arc(cx, cy, GOAL_RADIUS * k, 0, Math.PI * 2);
  ctx.fillStyle = '#1d4ed8';
  ctx.fill();
  ctx.fillStyle = '#ffffff';
  font(ctx, Math.max(10, 15 * k), 700);
  const goalLines = wrapText((s) => ctx.measureText(s).width, arena.goal || t('map.goalEmpty'), GOAL_RADIUS * 1.5 * k, 5);
  const lh = Math.max(12, 18 * k);
  goalLines.forEach((line, i) => ctx.fillText(line, cx, cy - ((goalLines.length - 1) * lh) / 2 + i * lh + 5));

  ctx.textAlign = 'left';
  for (const p of placed) drawNode(ctx, p, at(p.position as Point), k, arena, t);
  ctx.restore();
}

function drawNode(ctx: Ctx, p: Partner, c: Point, k: number, arena: Arena, t: Translate) {
  const w = NODE_W * k;
  const h = NODE_H * k;
  const x = c.x - w / 2;
  const y = c.y - h / 2;
  roundRect(ctx, x, y, w, h, 8 * k);
  ctx.fillStyle = '#ffffff';
  ctx.fill();
  ctx.save();
  ctx.clip();
  ctx.fillStyle = expertiseColour(p.expertise[0]);
  ctx.fillRect(x, y, w, 20 * k);
  ctx.fillStyle = '#ffffff';
  font(ctx, 12 * k, 600);
  const band = p.expertise.map((key) => tagLabel(t, 'expertise', key, arena.tags)).join(', ') || t('map.legend.untagged');
  ctx.fillText(wrapText((s) => ctx.measureText(s).width, band, w - 12 * k, 1)[0] ?? '', x + 6 * k, y + 15 * k);
  ctx.fillStyle = '#1b1f24';
  font(ctx, 14 * k, 700);
  const nameLines = wrapText((s) => ctx.measureText(s).width, p.name, w - 12 * k, 2);
  nameLines.forEach((line, i) => ctx.fillText(line, x + 6 * k, y + 36 * k + i * 16 * k));
  const marks = [p.style ? ((STYLE_MARKS as Record<string, string>)[p.style] ?? '◇') : '', ...p.perspective.map((q) => PERSPECTIVE_MARKS[q] ?? '○')]
    .filter(Boolean)
    .join(' ');
  font(ctx, 11 * k, 700);
  ctx.fillStyle = '#37474f';
  if (nameLines.length < 2) ctx.fillText(marks, x + 6 * k, y + 58 * k);
  ctx.textAlign = 'right';
  ctx.fillStyle = '#545d69';
  ctx.fillText(t(`ring.${placementOf(p.position)}`), x + w - 6 * k, y + 60 * k);
  ctx.textAlign = 'left';
  ctx.restore();
  roundRect(ctx, x, y, w, h, 8 * k);
  ctx.strokeStyle = '#9aa5b4';
  ctx.lineWidth = Math.max(1, 2 * k);
  ctx.stroke();
}

function drawSide(ctx: Ctx, input: RenderInput, left: number, top: number) {
  const { arena, findings, t } = input;
  const measure = (s: string) => ctx.measureText(s).width;
  let y = top + 8;
  const heading = (text: string) => {
    font(ctx, 20, 700);
    ctx.fillStyle = '#1b1f24';
    ctx.fillText(text, left, y + 18);
    y += 34;
  };
  const line = (text: string, size = 16, weight = 400, colour = '#1b1f24', indent = 0, maxLines = 2) => {
    font(ctx, size, weight);
    ctx.fillStyle = colour;
    for (const l of wrapText(measure, text, SIDE - indent, maxLines)) {
      ctx.fillText(l, left + indent, y + size);
      y += size + 6;
    }
  };

  heading(t('map.legend'));
  const placed = Object.values(arena.partners).filter((p) => p.position);
  const expertise = [...new Set(placed.map((p) => p.expertise[0] ?? ''))].sort();
  for (const key of expertise) {
    ctx.fillStyle = key ? expertiseColour(key) : UNTAGGED_COLOUR;
    ctx.fillRect(left, y + 3, 16, 16);
    line(key ? tagLabel(t, 'expertise', key, arena.tags) : t('map.legend.untagged'), 16, 400, '#1b1f24', 26, 1);
  }
  const styles = [...new Set(placed.map((p) => p.style).filter((s): s is string => !!s))].sort();
  for (const key of styles) line(`${(STYLE_MARKS as Record<string, string>)[key] ?? '◇'}  ${tagLabel(t, 'style', key, arena.tags)}`, 16, 400, '#1b1f24', 0, 1);
  const perspectives = [...new Set(placed.flatMap((p) => p.perspective))].sort();
  for (const key of perspectives) line(`${PERSPECTIVE_MARKS[key] ?? '○'}  ${tagLabel(t, 'perspective', key, arena.tags)}`, 16, 400, '#1b1f24', 0, 1);
  y += 16;

  heading(t('warnings.title'));
  if (findings.length === 0) line(t('warnings.allClear'), 16, 400, '#1f7a3a');
  const colours = { severe: '#b42318', warning: '#9a5b00', info: '#1d5fa8' } as const;
  for (const f of findings) {
    const text = findingText(f, t, arena, input.locale);
    const ack = arena.acknowledgements[f.key];
    line(`${t(`severity.${f.severity}`).toLocaleUpperCase()} · ${text.title}`, 16, 700, ack ? '#545d69' : colours[f.severity], 0, 2);
    line(text.suggestion, 14, 400, '#1b1f24', 0, 2);
    if (ack) line(t('warnings.acceptedReason', { reason: ack.reason }), 14, 400, '#545d69', 0, 2);
    y += 8;
  }
}

/** Renders to a PNG blob at 1× or 2×. */
export async function renderArenaPng(input: RenderInput): Promise<Blob> {
  const height = exportHeight(input.arena, input.findings);
  const canvas = document.createElement('canvas');
  canvas.width = WIDTH * input.scale;
  canvas.height = height * input.scale;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('This browser cannot draw the image.');
  ctx.scale(input.scale, input.scale);
  drawArena(ctx, input);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The image could not be made.'))), 'image/png'),
  );
}
