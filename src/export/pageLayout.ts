/**
 * The report image as a page, top to bottom: title and goal, the map across the full width, the legend in
 * headed columns (main expertise, style, perspective, and the ties' kinds when it draws ties), the findings in two columns, when asked the
 * regie instruments with their sheets (one line each, by partner), and a footer.
 * Portrait, like the report page it goes into, so the map gets the page's whole width. With `mapOnly`,
 * the map alone. Everything is placed here, in image px at 1×; renderMap.ts only draws.
 */
import { partnersInOrder, TIE_KINDS, type Arena, type TieKind } from '../domain/arena';
import { instrumentsByPartner } from '../domain/instruments';
import { compositionOf, MIN_AT_TABLE, type Finding, type Severity } from '../domain/analysis';
import { expertiseColour, UNTAGGED_COLOUR } from '../domain/vocabularies';
import { tagLabel, type Translate } from '../i18n';
import { perspectiveMark, styleMark } from '../canvas/marks';
import { layoutMap, tieLines, type Box, type Font, type MapLayout, type Measure, type TieLine } from './mapLayout';
import { reportFindings, type ReportWarning } from './reportFindings';
import { wrapText } from './wrapText';

export const PAGE_WIDTH = 1600;
export const PAD = 48;
const SECTION_GAP = 36;
const COLUMN_GAP = 40;
/** Notes beyond this many are counted, not listed. */
const MAX_NOTES = 10;

export const COLOURS = {
  text: '#1b1f24',
  muted: '#545d69',
  faint: '#6b7280',
  severe: '#b42318',
  warning: '#9a5b00',
  info: '#1d5fa8',
  ok: '#1f7a3a',
} as const;
// Glyphs the common system fonts carry (DejaVu Sans too), as in the warnings panel.
const SEVERITY_ICON: Record<Severity, string> = { severe: '✖', warning: '⚠', info: 'ℹ' };

export interface PageText {
  text: string;
  x: number;
  baseline: number;
  font: Font;
  colour: string;
  align: 'left' | 'center' | 'right';
}

export interface LegendMark {
  kind: 'swatch' | 'style' | 'perspective' | 'tie';
  /** Colour of a swatch; the glyph of a mark; the kind of a tie (its line sample). */
  value: string;
  /** What it stands for (drawn beside it). */
  label: string;
  box: Box;
}

export interface PageRegion {
  name: string;
  box: Box;
}

export interface PageLayout {
  width: number;
  height: number;
  /** `ties`: the trust ties drawn on the map (none when the page is made without them). */
  map: { box: Box; layout: MapLayout; ties: TieLine[] };
  texts: PageText[];
  legendMarks: LegendMark[];
  /** The page's parts, for tests: every text lies inside the part it belongs to. */
  regions: PageRegion[];
}

export interface PageInput {
  arena: Arena;
  findings: readonly Finding[];
  t: Translate;
  date: string;
  locale: string;
  mapOnly: boolean;
  /** The instruments' sheets in one line each (`instrumentSummary`); absent: no such section. */
  sheets?: { title: string; line(instrument: Arena['instruments'][string]): string };
  /**
   * The ties' words (en/nl.ties.ts, loaded apart from the app's); absent: the ties are not drawn, as on a
   * map whose ties are hidden.
   */
  ties?: TieTexts;
}

export interface TieTexts {
  heading: string;
  kind(kind: TieKind): string;
}

/** Width of a tie's line sample in the legend: long enough for the conflict line's dashes to show. */
const TIE_SAMPLE = 34;

const lineHeight = (font: Font) => Math.round(font.size * 1.35);

/** Stacks wrapped lines of text in a column, keeping track of its height. */
class Column {
  readonly texts: PageText[] = [];
  readonly marks: LegendMark[] = [];
  y: number;
  constructor(
    private readonly measure: Measure,
    readonly x: number,
    readonly width: number,
    top: number,
  ) {
    this.y = top;
  }

  /** Wrapped text, every word kept, from `indent` px in. */
  para(text: string, font: Font, colour: string, options: { indent?: number; after?: number } = {}): void {
    const indent = options.indent ?? 0;
    const lh = lineHeight(font);
    for (const line of wrapText((s) => this.measure(s, font), text, this.width - indent)) {
      this.texts.push({ text: line, x: this.x + indent, baseline: this.y + Math.round(font.size * 1.02), font, colour, align: 'left' });
      this.y += lh;
    }
    this.y += options.after ?? 0;
  }

  gap(px: number) {
    this.y += px;
  }
}

function header(c: Column, measure: Measure, arena: Arena, t: Translate, locale: string) {
  c.para(arena.title.trim() || t('home.untitled'), { size: 40, weight: 700 }, COLOURS.text, { after: 10 });
  const labelFont: Font = { size: 15, weight: 700 };
  const label = t('editor.goal').toLocaleUpperCase(locale);
  const indent = measure(label, labelFont) + 14;
  const goalFont: Font = { size: 22, weight: 400 };
  const top = c.y;
  c.texts.push({ text: label, x: c.x, baseline: top + Math.round(goalFont.size * 1.02), font: labelFont, colour: COLOURS.muted, align: 'left' });
  c.para(arena.goal.trim() || t('map.goalEmpty'), goalFont, COLOURS.text, { indent });
}

/** The tags the map uses, each list in the alphabetical order of its labels. */
function usedTags(arena: Arena, t: Translate, locale: string) {
  const expertise = new Set<string>();
  const styles = new Set<string>();
  const perspectives = new Set<string>();
  let untagged = false;
  for (const p of Object.values(arena.partners)) {
    if (!p.position) continue;
    if (p.expertise[0]) expertise.add(p.expertise[0]);
    else untagged = true;
    if (p.style) styles.add(p.style);
    for (const k of p.perspective) perspectives.add(k);
  }
  const sorted = (attribute: 'expertise' | 'style' | 'perspective', keys: Set<string>) =>
    [...keys].map((key) => ({ key, label: tagLabel(t, attribute, key, arena.tags) })).sort((a, b) => a.label.localeCompare(b.label, locale));
  return { expertise: sorted('expertise', expertise), styles: sorted('style', styles), perspectives: sorted('perspective', perspectives), untagged };
}

/**
 * The legend: headed columns, each only with what the map uses; three across the page, four when the ties
 * have theirs. Returns its bottom.
 */
function legend(out: PageLayout, measure: Measure, input: PageInput, left: number, width: number, top: number): number {
  const { arena, t, locale } = input;
  const used = usedTags(arena, t, locale);
  const tieKinds = new Set(out.map.ties.map((line) => line.kind));
  const groups: { heading: string; items: { mark: Omit<LegendMark, 'box' | 'label'>; text: string }[] }[] = [
    {
      heading: t('map.legend.expertise'),
      items: [
        ...used.expertise.map(({ key, label }) => ({ mark: { kind: 'swatch' as const, value: expertiseColour(key) }, text: label })),
        ...(used.untagged ? [{ mark: { kind: 'swatch' as const, value: UNTAGGED_COLOUR }, text: t('map.legend.untagged') }] : []),
      ],
    },
    { heading: t('map.legend.style'), items: used.styles.map(({ key, label }) => ({ mark: { kind: 'style' as const, value: styleMark(key) }, text: label })) },
    {
      heading: t('map.legend.perspective'),
      items: used.perspectives.map(({ key, label }) => ({ mark: { kind: 'perspective' as const, value: perspectiveMark(t, key) }, text: label })),
    },
    {
      heading: input.ties?.heading ?? '',
      // In the map legend's order, only the kinds drawn.
      items: TIE_KINDS.filter((k) => tieKinds.has(k)).map((k) => ({ mark: { kind: 'tie' as const, value: k }, text: input.ties!.kind(k) })),
    },
  ].filter((g) => g.items.length > 0);
  if (groups.length === 0) return top;

  const heading = new Column(measure, left, width, top);
  heading.para(t('map.legend'), { size: 24, weight: 700 }, COLOURS.text, { after: 6 });
  out.texts.push(...heading.texts);
  const columns = Math.max(3, groups.length);
  const columnWidth = (width - (columns - 1) * COLUMN_GAP) / columns;
  const itemFont: Font = { size: 17, weight: 400 };
  const markFont: Font = { size: 13, weight: 700 };
  let bottom = heading.y;
  groups.forEach((group, i) => {
    const x = left + i * (columnWidth + COLUMN_GAP);
    const c = new Column(measure, x, columnWidth, heading.y);
    c.para(group.heading, { size: 17, weight: 700 }, COLOURS.text, { after: 4 });
    for (const item of group.items) {
      const markWidth = item.mark.kind === 'perspective' ? Math.max(22, measure(item.mark.value, markFont) + 12) : item.mark.kind === 'tie' ? TIE_SAMPLE : 22;
      out.legendMarks.push({ ...item.mark, label: item.text, box: { x, y: c.y + 1, w: markWidth, h: 22 } });
      c.para(item.text, itemFont, COLOURS.text, { indent: Math.max(34, markWidth + 12), after: 4 });
    }
    out.texts.push(...c.texts);
    out.regions.push({ name: `legend column ${i + 1}`, box: { x, y: heading.y, w: columnWidth, h: c.y - heading.y } });
    bottom = Math.max(bottom, c.y);
  });
  out.regions.push({ name: 'legend', box: { x: left, y: top, w: width, h: bottom - top } });
  return bottom;
}

type Block = (c: Column) => void;

/** The findings: warnings (severe first), those accepted on purpose, then the notes in short. */
function findingBlocks(input: PageInput): Block[] {
  const { arena, t, locale } = input;
  const report = reportFindings(input.findings, t, arena, locale);
  const blocks: Block[] = [];
  const titleFont: Font = { size: 19, weight: 700 };
  const textFont: Font = { size: 17, weight: 400 };
  const smallFont: Font = { size: 16, weight: 400 };
  const subheadFont: Font = { size: 18, weight: 700 };
  const warning = (c: Column, w: ReportWarning) => {
    const accepted = w.reason !== undefined;
    const prefix = accepted ? '✓' : SEVERITY_ICON[w.severity];
    const severity = w.severity === 'severe' ? `${t('severity.severe')}: ` : '';
    c.para(`${prefix} ${severity}${w.title}`, titleFont, accepted ? COLOURS.muted : COLOURS[w.severity]);
    c.gap(2);
    if (accepted) c.para(t('warnings.acceptedReason', { reason: w.reason! }), smallFont, COLOURS.muted);
    else c.para(`→ ${w.suggestion}`, textFont, COLOURS.text);
    c.gap(16);
  };
  report.warnings.forEach((w) => blocks.push((c) => warning(c, w)));
  // A subheading goes with the first item under it, so a column never ends on a subheading.
  report.accepted.forEach((w, i) =>
    blocks.push((c) => {
      if (i === 0) c.para(t('warnings.acceptedGroup', { count: report.accepted.length }), subheadFont, COLOURS.muted, { after: 6 });
      warning(c, w);
    }),
  );
  if (report.notes.length > 0) {
    const shown = report.notes.slice(0, MAX_NOTES);
    shown.forEach((note, i) =>
      blocks.push((c) => {
        if (i === 0) c.para(t('export.image.notes', { count: report.notes.length }), subheadFont, COLOURS.info, { after: 6 });
        c.para(`${SEVERITY_ICON.info} ${note}`, textFont, COLOURS.text, { after: 4 });
        if (i === shown.length - 1 && report.notes.length > shown.length) c.para(t('analysis.andMore', { count: report.notes.length - shown.length }), textFont, COLOURS.muted);
      }),
    );
  }
  if (blocks.length === 0) {
    const tooFew = compositionOf(arena).atTable.length < MIN_AT_TABLE;
    blocks.push((c) => c.para(tooFew ? t('analysis.tooFew', { min: MIN_AT_TABLE }) : `✓ ${t('warnings.allClear')}`, textFont, tooFew ? COLOURS.muted : COLOURS.ok));
  }
  return blocks;
}

/** Findings in two columns, split where the taller column is lowest; read down the first, then the second. */
function findings(out: PageLayout, measure: Measure, input: PageInput, left: number, width: number, top: number): number {
  const heading = new Column(measure, left, width, top);
  heading.para(input.t('warnings.title'), { size: 24, weight: 700 }, COLOURS.text, { after: 8 });
  out.texts.push(...heading.texts);
  const blocks = findingBlocks(input);
  const columnWidth = (width - COLUMN_GAP) / 2;
  // Heights of each block, measured in a scratch column.
  const heights = blocks.map((block) => {
    const c = new Column(measure, 0, columnWidth, 0);
    block(c);
    return c.y;
  });
  const total = heights.reduce((a, b) => a + b, 0);
  let split = blocks.length;
  let best = total;
  let sum = 0;
  for (let i = 1; i <= blocks.length; i++) {
    sum += heights[i - 1]!;
    const taller = Math.max(sum, total - sum);
    if (taller < best) {
      best = taller;
      split = i;
    }
  }
  let bottom = heading.y;
  [blocks.slice(0, split), blocks.slice(split)].forEach((part, i) => {
    if (part.length === 0) return;
    const x = left + i * (columnWidth + COLUMN_GAP);
    const c = new Column(measure, x, columnWidth, heading.y);
    part.forEach((block) => block(c));
    out.texts.push(...c.texts);
    out.regions.push({ name: `findings column ${i + 1}`, box: { x, y: heading.y, w: columnWidth, h: c.y - heading.y } });
    bottom = Math.max(bottom, c.y);
  });
  out.regions.push({ name: 'findings', box: { x: left, y: top, w: width, h: bottom - top } });
  return bottom;
}

/** Each instrument with its sheet, grouped under its partner in the partners' order. */
function sheets(out: PageLayout, measure: Measure, input: PageInput, sheet: NonNullable<PageInput['sheets']>, left: number, width: number, top: number): number {
  const byPartner = instrumentsByPartner(input.arena);
  if (byPartner.size === 0) return top - SECTION_GAP;
  const c = new Column(measure, left, width, top);
  c.para(sheet.title, { size: 24, weight: 700 }, COLOURS.text, { after: 8 });
  for (const partner of partnersInOrder(input.arena)) {
    const list = byPartner.get(partner.id);
    if (!list) continue;
    c.para(partner.name, { size: 18, weight: 700 }, COLOURS.text, { after: 2 });
    for (const instrument of list) c.para(`• ${sheet.line(instrument)}`, { size: 16, weight: 400 }, COLOURS.text, { indent: 12, after: 2 });
    c.gap(8);
  }
  out.texts.push(...c.texts);
  out.regions.push({ name: 'instruments', box: { x: left, y: top, w: width, h: c.y - top } });
  return c.y;
}

export function layoutPage(input: PageInput, measure: Measure): PageLayout {
  const { arena, t } = input;
  const mapLayout = layoutMap(arena, t, measure, PAGE_WIDTH - 2 * PAD);
  const pad = input.mapOnly ? 24 : PAD;
  const width = mapLayout.width + 2 * pad;
  const contentWidth = width - 2 * pad;
  const ties = input.ties ? tieLines(arena.ties, mapLayout.nodes) : [];
  const out: PageLayout = { width, height: 0, map: { box: { x: pad, y: pad, w: mapLayout.width, h: mapLayout.height }, layout: mapLayout, ties }, texts: [], legendMarks: [], regions: [] };
  if (input.mapOnly) {
    out.height = mapLayout.height + 2 * pad;
    out.regions.push({ name: 'map', box: out.map.box });
    return out;
  }

  const head = new Column(measure, pad, contentWidth, pad);
  header(head, measure, arena, t, input.locale);
  out.texts.push(...head.texts);
  out.regions.push({ name: 'header', box: { x: pad, y: pad, w: contentWidth, h: head.y - pad } });

  out.map.box = { x: pad, y: head.y + 20, w: mapLayout.width, h: mapLayout.height };
  out.regions.push({ name: 'map', box: out.map.box });
  let y = out.map.box.y + out.map.box.h + SECTION_GAP;
  y = legend(out, measure, input, pad, contentWidth, y);
  y = findings(out, measure, input, pad, contentWidth, y + SECTION_GAP) + 8;
  if (input.sheets) y = sheets(out, measure, input, input.sheets, pad, contentWidth, y + SECTION_GAP) + 8;

  const footerFont: Font = { size: 14, weight: 400 };
  out.texts.push({ text: `${t('app.name')} · ${input.date}`, x: pad, baseline: y + 14, font: footerFont, colour: COLOURS.faint, align: 'left' });
  out.regions.push({ name: 'footer', box: { x: pad, y, w: contentWidth, h: 20 } });
  out.height = Math.ceil(y + 20 + pad - 12);
  return out;
}
