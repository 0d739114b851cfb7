/**
 * The report image, drawn on a recording context (recordingContext.ts): where every text goes, whether
 * the map fills the page, whether marks survive long names, how the findings are listed, the map-only
 * variant, and the arena inside the PNG.
 */
import { normaliseArena } from '../../../src/sync/doc/normalise';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyse, type Finding } from '../../../src/domain/analysis';
import { placementOf } from '../../../src/domain/rings';
import type { Arena } from '../../../src/domain/arena';
import { translator, type Translate } from '../../../src/i18n';
import { en } from '../../../src/i18n/en';
import { nl } from '../../../src/i18n/nl';
import { perspectiveMark, styleMark } from '../../../src/canvas/marks';
import { drawArena } from '../../../src/export/renderMap';
import { PAD, PAGE_WIDTH, type PageInput, type PageLayout } from '../../../src/export/pageLayout';
import { layoutMap, NODE, overlaps, SPREAD, type Box, type MapLayout } from '../../../src/export/mapLayout';
import { reportFindings } from '../../../src/export/reportFindings';
import { arenaPng, instrumentSummary } from '../../../src/export/exportArena';
import { createInstrument } from '../../../src/domain/instruments';
import { nlInstruments } from '../../../src/i18n/nl.instruments';
import type { InstrumentTranslate } from '../../../src/i18n/instrumentMessages';
import { readArenaFile } from '../../../src/io/open';
import { councilArena, crowdedCoreArena, tiedArena } from '../../fixtures/councilArena';
import { nlTies } from '../../../src/i18n/nl.ties';
import { enTies } from '../../../src/i18n/en.ties';
import { TIE_STYLE } from '../../../src/export/renderMap';
import { fileOf, tinyPng } from '../io/helpers';
import { modelWidth, RecordingContext, type DrawnText } from './recordingContext';

const tNl = translator(nl);
const tEn = translator(en);
const EPS = 0.5;

function draw(arena: Arena, t: Translate, options: { mapOnly?: boolean; findings?: Finding[]; locale?: string; sheets?: PageInput['sheets']; ties?: PageInput['ties'] } = {}) {
  const ctx = new RecordingContext();
  const page = drawArena(ctx.asContext(), {
    arena,
    findings: options.findings ?? analyse(arena),
    t,
    date: '2 maart 2026',
    locale: options.locale ?? 'nl',
    mapOnly: options.mapOnly ?? false,
    ...(options.sheets && { sheets: options.sheets }),
    ...(options.ties && { ties: options.ties }),
  });
  return { ctx, page };
}

/** A box of the map (flow units) on the image (px). */
function onImage(page: PageLayout, b: Box): Box {
  const { box, layout } = page.map;
  return { x: box.x + (b.x - layout.crop.x) * layout.k, y: box.y + (b.y - layout.crop.y) * layout.k, w: b.w * layout.k, h: b.h * layout.k };
}

/** The square around the goal's disc as drawn (its radius is the map's goal radius × the spread). */
const goalSquare = (layout: MapLayout): Box => ({ x: -layout.rings.goal, y: -layout.rings.goal, w: 2 * layout.rings.goal, h: 2 * layout.rings.goal });

/** How close a box comes to the goal's centre: under the goal's radius, it lies over the goal's disc. */
function nearestToGoal(b: Box) {
  return Math.hypot(Math.min(Math.max(0, b.x), b.x + b.w), Math.min(Math.max(0, b.y), b.y + b.h));
}

/** Where a node's centre lies on the map itself: the drawing spreads every distance from the goal (inside the rings) by one factor. */
function mapCentre(layout: MapLayout, b: Box) {
  return { x: (b.x + b.w / 2) / layout.rings.spread, y: (b.y + b.h / 2) / layout.rings.spread };
}

/** Every part a text can belong to: the page's sections and columns, the map, each node, the goal, each ring name. */
function regions(page: PageLayout): Box[] {
  const { layout } = page.map;
  return [
    ...page.regions.map((r) => r.box),
    ...layout.nodes.map((n) => onImage(page, n.box)),
    onImage(page, goalSquare(layout)),
    ...layout.ringLabels.map((l) => onImage(page, l.box)),
  ];
}

const contains = (outer: Box, inner: Box) =>
  inner.x >= outer.x - EPS && inner.y >= outer.y - EPS && inner.x + inner.w <= outer.x + outer.w + EPS && inner.y + inner.h <= outer.y + outer.h + EPS;
const holdsPoint = (b: Box, x: number, y: number) => x >= b.x && x <= b.x + b.w && y >= b.y && y <= b.y + b.h;
const shrink = (b: Box) => ({ x: b.x + EPS, y: b.y + EPS, w: b.w - 2 * EPS, h: b.h - 2 * EPS });

/** The smallest part that holds the middle of the text: the part it was laid out in. */
function regionOf(all: Box[], text: DrawnText): Box | undefined {
  const cx = text.box.x + text.box.w / 2;
  const cy = text.box.y + text.box.h / 2;
  return all.filter((b) => holdsPoint(b, cx, cy)).sort((a, b) => a.w * a.h - b.w * b.h)[0];
}

function expectTextsInPlace(ctx: RecordingContext, page: PageLayout) {
  expect(ctx.texts.length).toBeGreaterThan(50);
  const all = regions(page);
  const image = { x: 0, y: 0, w: page.width, h: page.height };
  const outside = ctx.texts.filter((t) => !contains(image, t.box)).map((t) => t.text);
  expect(outside, 'texts outside the image').toEqual([]);
  const misplaced = ctx.texts.filter((t) => {
    const region = regionOf(all, t);
    return !region || !contains(region, t.box);
  });
  expect(misplaced.map((t) => t.text), 'texts outside their part of the page').toEqual([]);
  const clashes: string[] = [];
  ctx.texts.forEach((a, i) => {
    for (const b of ctx.texts.slice(i + 1)) if (overlaps(shrink(a.box), shrink(b.box))) clashes.push(`"${a.text}" × "${b.text}"`);
  });
  expect(clashes, 'texts drawn over each other').toEqual([]);
}

describe('the report image of a 15-partner Dutch arena with long Flemish names', () => {
  const arena = councilArena();
  const { ctx, page } = draw(arena, tNl);

  it('draws every text inside the image, inside its own part of the page, and never over another text', () => {
    expectTextsInPlace(ctx, page);
  });

  it('names the rings where no partner covers the name', () => {
    const { layout } = page.map;
    expect(layout.ringLabels.map((l) => l.ring)).toEqual(expect.arrayContaining(['core', 'complementary', 'context']));
    for (const label of layout.ringLabels) for (const n of layout.nodes) expect(overlaps(label.box, n.box), `${label.text} under ${n.name.join(' ')}`).toBe(false);
  });

  it('gives the map the full width of the page and fills it with the partners', () => {
    const { box, layout } = page.map;
    expect(page.width).toBe(PAGE_WIDTH);
    expect(box.w).toBe(PAGE_WIDTH - 2 * PAD);
    const nodes = layout.nodes.map((n) => onImage(page, n.box));
    const left = Math.min(...nodes.map((n) => n.x));
    const right = Math.max(...nodes.map((n) => n.x + n.w));
    const top = Math.min(...nodes.map((n) => n.y));
    const bottom = Math.max(...nodes.map((n) => n.y + n.h));
    expect((right - left) / box.w).toBeGreaterThan(0.9);
    expect((bottom - top) / box.h).toBeGreaterThan(0.9);
    // A name is drawn at least as large as on screen (17 px at zoom 1).
    expect(layout.k).toBeGreaterThanOrEqual(1);
  });

  it('leaves no band of empty page: from top to bottom something is drawn every few lines', () => {
    const spans = [page.map.box, ...ctx.texts.map((t) => t.box), ...page.legendMarks.map((m) => m.box)]
      .map((b) => [b.y, b.y + b.h] as const)
      .sort((a, b) => a[0] - b[0]);
    let reached = 0;
    let widest = 0;
    for (const [from, to] of spans) {
      widest = Math.max(widest, from - reached);
      reached = Math.max(reached, to);
    }
    widest = Math.max(widest, page.height - reached);
    expect(widest).toBeLessThan(60);
    expect(widest / page.height).toBeLessThan(0.03);
  });

  it('keeps the style and perspective marks of every partner, also those whose name takes two lines or more', () => {
    const longNames = page.map.layout.nodes.filter((n) => n.name.length >= 2);
    expect(longNames.length).toBeGreaterThanOrEqual(8);
    for (const node of page.map.layout.nodes) {
      const partner = arena.partners[node.id]!;
      const inside = ctx.texts.filter((t) => contains(onImage(page, node.box), t.box)).map((t) => t.text);
      const expected = [styleMark(partner.style!), ...partner.perspective.map((k) => perspectiveMark(tNl, k))];
      for (const mark of expected) expect(inside, partner.name).toContain(mark);
      // The ring's name too, and the whole name, word for word (wrapped, never cut with "…").
      expect(inside, partner.name).toContain(tNl(`ring.${placementOf(partner.position)}`));
      expect(node.name.join(' ')).toBe(partner.name);
      expect(inside.join('\n')).not.toContain('…');
    }
  });

  it('writes the goal in full, in the header and inside its disc', () => {
    const texts = ctx.texts.map((t) => t.text);
    expect(texts.join(' ')).toContain(arena.goal.split(' ').slice(0, 6).join(' '));
    expect(page.map.layout.goal.lines.join(' ')).toBe(arena.goal);
  });

  it('wraps long findings such as the governance advice instead of cutting them', () => {
    const all = ctx.texts.map((t) => t.text);
    expect(all.some((t) => t.endsWith('…'))).toBe(false);
    const advice = tNl('rule.governanceMismatch.suggestion', {
      recommended: tNl('governance.form.nao'),
      chosen: tNl('governance.form.shared'),
    });
    const adviceLines = all.filter((t) => advice.includes(t.replace(/^→ /, '')) && t.length > 20);
    expect(adviceLines.length).toBeGreaterThanOrEqual(3);
    expect(adviceLines.join(' ').replace(/^→ /, '')).toBe(advice);
  });

  it('heads the legend with main expertise, style and perspective, each mark as on the map', () => {
    const texts = ctx.texts.map((t) => t.text);
    for (const heading of ['map.legend', 'map.legend.expertise', 'map.legend.style', 'map.legend.perspective'] as const) expect(texts).toContain(tNl(heading));
    const perspectiveMarks = page.legendMarks.filter((m) => m.kind === 'perspective').map((m) => m.value);
    expect(perspectiveMarks.sort()).toEqual(['A', 'B', 'F', 'G', 'O', '○']);
  });
});

describe('the findings in the report image', () => {
  const arena = councilArena();
  const findings = analyse(arena);

  it('lists each text once, warnings before notes and severe first, accepted ones with their reason, notes summed up', () => {
    const severe: Finding = {
      key: 'oneSidedExpertise:family',
      rule: 'oneSidedExpertise',
      severity: 'severe',
      attribute: 'expertise',
      subject: 'family',
      partners: ['p02', 'p03', 'p05'],
      numbers: { share: 0.9, count: 9, tagged: 10, atTable: 10, threshold: 0.85 },
      missing: ['housing'],
    };
    const doubled = [...findings, ...findings, severe];
    const report = reportFindings(doubled, tNl, arena, 'nl');
    const titles = report.warnings.map((w) => w.title);
    expect(new Set(titles).size).toBe(titles.length);
    expect(report.warnings[0]!.severity).toBe('severe');
    const firstWarning = report.warnings.findIndex((w) => w.severity === 'warning');
    expect(report.warnings.slice(firstWarning).every((w) => w.severity === 'warning')).toBe(true);
    expect(report.accepted).toEqual([expect.objectContaining({ reason: arena.acknowledgements['actionWithoutDoers:a2']!.reason })]);
    expect(new Set(report.notes).size).toBe(report.notes.length);
    expect(report.notes).toHaveLength(findings.filter((f) => f.severity === 'info').length);
    // A finding about an action says which action in its own title.
    expect(report.warnings.some((w) => w.title.includes('Huiswerkklas in de bibliotheek'))).toBe(true);
  });

  it('draws the warnings first and then a count of the notes with at most ten short titles', () => {
    const { ctx } = draw(arena, tNl, { findings: [...findings, ...findings] });
    const texts = ctx.texts.map((t) => t.text);
    const notes = findings.filter((f) => f.severity === 'info');
    const heading = texts.indexOf(tNl('export.image.notes', { count: notes.length }));
    expect(heading).toBeGreaterThan(-1);
    const lastWarning = Math.max(...texts.map((t, i) => (t.startsWith('⚠') ? i : -1)));
    expect(lastWarning).toBeGreaterThan(-1);
    expect(lastWarning).toBeLessThan(heading);
    expect(texts.filter((t) => t.startsWith('ℹ'))).toHaveLength(Math.min(10, notes.length));
    if (notes.length > 10) expect(texts).toContain(tNl('analysis.andMore', { count: notes.length - 10 }));
    else expect(texts.some((t) => t.startsWith(tNl('analysis.andMore', { count: 0 }).split('0')[0]!))).toBe(false);
    // Each open warning's first line appears once, though every finding came twice.
    const firstLines = texts.filter((t) => t.startsWith('⚠'));
    expect(new Set(firstLines).size).toBe(firstLines.length);
  });

  it('says when there is nothing to warn about, or too few partners at the table', () => {
    const few = councilArena();
    for (const id of Object.keys(few.partners).slice(2)) delete few.partners[id];
    few.actions = {};
    const texts = draw(few, tEn, { findings: [], locale: 'en' }).ctx.texts.map((t) => t.text);
    expect(texts.join(' ')).toContain('Composition checks start from 3 partners at the table.');
  });
});

describe('the instrument sheets in the report image', () => {
  const arena = councilArena();
  const [first, second] = Object.keys(arena.partners);
  arena.instruments = {
    i1: { ...createInstrument(second!, 'Subsidieovereenkomst 2025–2027 met een lange naam die over de regel loopt', 'market', '2026-01-01T00:00:00.000Z', 'i1'), aim: 'Een maatschappelijk werker drie dagen per week in het buurtpunt, ook op zaterdag', uptake: 'partly', verdict: 'adjust' },
    i2: createInstrument(first!, 'Woondecreet', 'juridical', '2026-01-02T00:00:00.000Z', 'i2'),
  };
  const t = translator({ ...nl, ...nlInstruments } as typeof nl) as unknown as InstrumentTranslate;
  const sheets = { title: t('sheet.imageTitle'), line: (i: Arena['instruments'][string]) => instrumentSummary(i, t) };

  it('are listed by partner, in the partners\' order, each text in its part of the page, when asked for', () => {
    const { ctx, page } = draw(arena, tNl, { sheets });
    const texts = ctx.texts.map((x) => x.text);
    expect(texts).toContain('Regie-instrumenten');
    const region = page.regions.find((r) => r.name === 'instruments')!;
    const inside = ctx.texts.filter((x) => contains(region.box, x.box)).map((x) => x.text);
    expect(inside.indexOf(arena.partners[first!]!.name)).toBeLessThan(inside.indexOf(arena.partners[second!]!.name));
    expect(inside.join(' ')).toContain('Woondecreet (Juridisch)');
    expect(inside.join(' ')).toContain('Deels; Oordeel: Bijsturen');
    expectTextsInPlace(ctx, page);
  });

  it('are left out when not asked for, or when the arena has none', () => {
    expect(draw(arena, tNl).page.regions.map((r) => r.name)).not.toContain('instruments');
    expect(draw(councilArena(), tNl, { sheets }).page.regions.map((r) => r.name)).not.toContain('instruments');
  });
});

/** The ties' words as the export dialog passes them, in Dutch. */
const NL_TIES: NonNullable<PageInput['ties']> = { heading: nlTies['ties.legend'], kind: (k) => nlTies[`ties.kind.${k}`] };

describe('the trust ties in the report image of a 12-partner arena', () => {
  const arena = tiedArena();
  const { ctx, page } = draw(arena, tNl, { ties: NL_TIES });
  const centre = (id: string) => {
    const box = onImage(page, page.map.layout.nodes.find((n) => n.id === id)!.box);
    return { x: box.x + box.w / 2, y: box.y + box.h / 2 };
  };

  it('draws every tie as a line from node centre to node centre of the boxes as laid out, in its kind\'s colour, width and dash', () => {
    const { k } = page.map.layout;
    const drawn = ctx.lines.filter((l) => Object.values(TIE_STYLE).some((s) => s.colour === l.strokeStyle) && l.lineWidth > 0);
    const onMap = drawn.filter((l) => contains(page.map.box, { x: Math.min(l.from.x, l.to.x), y: Math.min(l.from.y, l.to.y), w: 0, h: 0 }));
    expect(onMap).toHaveLength(Object.keys(arena.ties).length);
    for (const tie of Object.values(arena.ties)) {
      const [a, b] = [centre(tie.from), centre(tie.to)];
      const line = onMap.find((l) => Math.hypot(l.from.x - a.x, l.from.y - a.y) < EPS && Math.hypot(l.to.x - b.x, l.to.y - b.y) < EPS);
      expect(line, `${tie.from} → ${tie.to}`).toBeDefined();
      expect(line!.strokeStyle).toBe(TIE_STYLE[tie.kind].colour);
      // Scaled with the map, as the nodes are: the map's widths (ties.css) in flow units × k.
      expect(line!.lineWidth).toBeCloseTo(TIE_STYLE[tie.kind].width * k, 5);
      expect(line!.dash.length > 0).toBe(tie.kind === 'conflict');
    }
    // The laid-out boxes, not the arena positions: p09 and p10 were dropped on the same spot and nudged apart.
    expect(Math.hypot(centre('p09').x - centre('p10').x, centre('p09').y - centre('p10').y)).toBeGreaterThan(50);
  });

  it('draws the ties over the rings and the goal and under the nodes', () => {
    const order = ctx.shapes.map((s) => s.fillStyle);
    const goal = order.indexOf('#1d4ed8');
    const firstNode = order.indexOf('#ffffff', goal);
    const strokes = ctx.shapes.map((s, i) => [s, i] as const).filter(([s]) => s.kind === 'stroke');
    expect(goal).toBeGreaterThan(0);
    expect(firstNode).toBeGreaterThan(goal);
    // Nine tie strokes between the goal's disc and the first node.
    expect(strokes.filter(([, i]) => i > goal && i < firstNode)).toHaveLength(9);
  });

  it('adds a legend group of the ties, listing each kind used once with its line sample, in the map legend\'s order', () => {
    const texts = ctx.texts.map((t) => t.text);
    expect(texts).toContain('Banden');
    const samples = page.legendMarks.filter((m) => m.kind === 'tie');
    expect(samples.map((m) => [m.value, m.label])).toEqual([
      ['works', 'Werkt goed samen met'],
      ['trusts', 'Vertrouwt'],
      ['conflict', 'Conflict'],
    ]);
    const column = page.regions.find((r) => r.name === 'legend column 4')!;
    expect(column).toBeDefined();
    for (const m of samples) expect(contains(column.box, m.box), m.value).toBe(true);
    for (const m of samples) expect(texts).toContain(m.label);
    // Each sample's line is drawn in its own colour, across its box.
    for (const m of samples) {
      const line = ctx.lines.find((l) => l.from.y === m.box.y + m.box.h / 2 && l.from.x >= m.box.x && l.to.x <= m.box.x + m.box.w);
      expect(line?.strokeStyle, m.value).toBe(TIE_STYLE[m.value as keyof typeof TIE_STYLE].colour);
    }
  });

  it('keeps every text in its part of the page and apart from the others, the ties\' column included', () => {
    expectTextsInPlace(ctx, page);
  });

  it('lists only the kinds drawn, and no group, no line when there are no ties or they are hidden on the map', () => {
    const noConflict = tiedArena();
    for (const [id, tie] of Object.entries(noConflict.ties)) if (tie.kind === 'conflict') delete noConflict.ties[id];
    const some = draw(noConflict, tNl, { ties: NL_TIES });
    expect(some.page.legendMarks.filter((m) => m.kind === 'tie').map((m) => m.value)).toEqual(['works', 'trusts']);
    expect(some.page.map.ties.map((l) => l.kind)).toEqual(['trusts', 'trusts', 'trusts', 'works', 'works', 'works', 'works']);

    const none = councilArena();
    const hidden = draw(arena, tNl);
    for (const { ctx: c, page: p } of [draw(none, tNl, { ties: NL_TIES }), hidden]) {
      expect(p.map.ties).toEqual([]);
      expect(p.legendMarks.some((m) => m.kind === 'tie')).toBe(false);
      expect(p.regions.some((r) => r.name === 'legend column 4')).toBe(false);
      expect(c.texts.map((t) => t.text)).not.toContain('Banden');
      expect(c.lines.filter((l) => Object.values(TIE_STYLE).some((s) => s.colour === l.strokeStyle))).toEqual([]);
    }
  });

  it('draws them on the map alone too, and names them in English with the English words', () => {
    const alone = draw(arena, tNl, { mapOnly: true, ties: NL_TIES });
    expect(alone.page.map.ties).toHaveLength(9);
    expect(alone.ctx.lines.filter((l) => l.strokeStyle === TIE_STYLE.conflict.colour)).toHaveLength(2);
    const english = draw(arena, tEn, { locale: 'en', ties: { heading: enTies['ties.legend'], kind: (k) => enTies[`ties.kind.${k}`] } });
    expect(english.page.legendMarks.filter((m) => m.kind === 'tie').map((m) => m.label)).toEqual(['Works well with', 'Trusts', 'Conflict']);
    expect(english.ctx.texts.map((t) => t.text)).toContain('Ties');
    expectTextsInPlace(english.ctx, english.page);
  });

  it('leaves out a tie to a partner not on the map, and lays out the same page whatever order the ties came in', () => {
    const offMap = tiedArena();
    offMap.partners.p12!.position = null;
    const { page: p } = draw(offMap, tNl, { ties: NL_TIES });
    expect(p.map.ties.map((l) => l.id)).not.toContain('t7');
    expect(p.map.ties).toHaveLength(8);
    // The ties in another order (as they reach another device): the same page, line for line.
    const reversed = tiedArena();
    reversed.ties = Object.fromEntries(Object.entries(reversed.ties).reverse());
    expect(JSON.stringify(draw(reversed, tNl, { ties: NL_TIES }).page)).toBe(JSON.stringify(page));
  });
});

describe('the map alone', () => {
  const arena = councilArena();
  const { ctx, page } = draw(arena, tNl, { mapOnly: true });

  it('is the map and nothing else: no title, legend, findings or footer', () => {
    const texts = ctx.texts.map((t) => t.text);
    expect(texts).not.toContain(arena.title);
    expect(texts).not.toContain(tNl('map.legend'));
    expect(texts).not.toContain(tNl('warnings.title'));
    expect(page.height).toBe(page.map.box.h + 2 * 24);
    expect(page.width).toBe(page.map.box.w + 2 * 24);
    for (const t of ctx.texts) expect(contains(page.map.box, t.box), t.text).toBe(true);
    expectTextsInPlace(ctx, page);
  });
});

describe('the map layout', () => {
  const measure = (text: string, font: { size: number; weight: number }) => modelWidth(text, `${font.weight} ${font.size}px sans-serif`);

  it('nudges partners dropped on the same spot apart, each inside its own ring', () => {
    const arena = councilArena();
    const spot = arena.partners.p06!.position!;
    for (const id of ['p07', 'p08', 'p09']) arena.partners[id]!.position = { ...spot };
    const layout = layoutMap(arena, tEn, measure, 1504);
    const boxes = layout.nodes.map((n) => n.box);
    boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => expect(overlaps(a, b)).toBe(false)));
    for (const n of layout.nodes) {
      expect(placementOf(mapCentre(layout, n.box)), arena.partners[n.id]!.name).toBe(placementOf(arena.partners[n.id]!.position));
      // Never on the goal either.
      expect(nearestToGoal(n.box)).toBeGreaterThanOrEqual(layout.rings.goal);
    }
  });

  it('fits a crowded core of eight partners without overlap, each in the core, at the spread the rings are drawn at', () => {
    const arena = crowdedCoreArena();
    const layout = layoutMap(arena, tNl, measure, 1504);
    const core = layout.nodes.filter((n) => placementOf(arena.partners[n.id]!.position) === 'core');
    expect(core).toHaveLength(8);
    const boxes = layout.nodes.map((n) => n.box);
    boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => expect(overlaps(a, b)).toBe(false)));
    for (const n of core) {
      expect(placementOf(mapCentre(layout, n.box)), arena.partners[n.id]!.name).toBe('core');
      expect(nearestToGoal(n.box)).toBeGreaterThanOrEqual(layout.rings.goal);
    }
    // Not widened to make room (the core holds them at the usual spread), names as large as on screen, the core named.
    expect(layout.rings.spread).toBe(SPREAD);
    expect(layout.k).toBeGreaterThanOrEqual(1);
    expect(layout.ringLabels.map((l) => l.ring)).toContain('core');
  });

  it('widens a node for a long compound word rather than break it, up to a limit', () => {
    const arena = councilArena();
    const layout = layoutMap(arena, tNl, measure, 1504);
    const woonbureau = layout.nodes.find((n) => n.id === 'p11')!;
    expect(woonbureau.box.w).toBeGreaterThan(NODE.width);
    expect(woonbureau.name).toContain('huisvestingsmaatschappij');
    expect(Math.max(...layout.nodes.map((n) => n.box.w))).toBeLessThanOrEqual(NODE.maxWidth);
  });

  it('crops a map with partners in the core only to the core, larger but not blown up', () => {
    const arena = councilArena();
    for (const p of Object.values(arena.partners)) if (placementOf(p.position) !== 'core') p.position = null;
    const layout = layoutMap(arena, tEn, measure, 1504);
    // Less than the whole complementary ring as drawn.
    expect(layout.crop.h).toBeLessThan(2 * layout.rings.outer.complementary);
    expect(layout.k).toBeLessThanOrEqual(1.5);
    expect(layout.width).toBe(1504);
  });

  it('widens the image for a map too large to read at the width of the page, instead of shrinking the names', () => {
    const arena = councilArena();
    arena.partners.p15!.position = { x: -1500, y: 0 };
    arena.partners.p14!.position = { x: 1500, y: 0 };
    const layout = layoutMap(arena, tEn, measure, 1504);
    expect(layout.width).toBeGreaterThan(1504);
    expect(layout.k).toBeGreaterThanOrEqual(0.8);
  });
});

describe('the PNG', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('is the page at 1× or 2× and carries the arena: importing it gives the same arena back', async () => {
    const arena = councilArena();
    const canvases: { width: number; height: number }[] = [];
    vi.stubGlobal('document', {
      createElement: () => {
        const canvas = {
          width: 0,
          height: 0,
          getContext: () => new RecordingContext(),
          toBlob: (done: (b: Blob) => void) => done(new Blob([tinyPng() as BlobPart], { type: 'image/png' })),
        };
        canvases.push(canvas);
        return canvas;
      },
    });
    for (const scale of [1, 2] as const) {
      const bytes = await arenaPng(arena, analyse(arena), tNl, { scale, locale: 'nl' });
      const opened = await readArenaFile(fileOf('Kinderarmoede.arena.png', bytes));
      expect(opened.ok && opened.format).toBe('png');
      // Tags come back in the file's one order (main expertise first, the rest sorted): the same arena.
      expect(opened.ok && opened.arena).toEqual(normaliseArena(arena));
    }
    const { page } = draw(arena, tNl);
    expect(canvases.map((c) => [c.width, c.height])).toEqual([
      [page.width, page.height],
      [2 * page.width, 2 * page.height],
    ]);
  });
});
