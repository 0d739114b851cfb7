/** The A4 report's sections as data: what each says about an arena, in Dutch and English. */
import { describe, expect, it } from 'vitest';
import { analyse, prioritise } from '../../../src/domain/analysis';
import { createArena, type Arena } from '../../../src/domain/arena';
import { translator } from '../../../src/i18n';
import { en as core } from '../../../src/i18n/en';
import { enAnalysis } from '../../../src/i18n/en.analysis';
import { nl } from '../../../src/i18n/nl';
import { enReport } from '../../../src/i18n/en.report';
import { nlReport } from '../../../src/i18n/nl.report';
import { reportTranslator } from '../../../src/i18n/useReportT';
import {
  buildActions,
  buildComposition,
  buildCover,
  buildDependency,
  buildFindings,
  buildGovernance,
  buildMap,
  buildTeam,
  type ReportInput,
} from '../../../src/report/sections';
import { reportArena } from '../../fixtures/reportArena';

const en = { ...core, ...enAnalysis };

function inputFor(arena: Arena, language: 'en' | 'nl' = 'nl', includeTeam = false): ReportInput {
  return {
    arena,
    findings: analyse(arena),
    t: reportTranslator(translator(language === 'nl' ? nl : en), language),
    language,
    date: '2 maart 2026',
    includeTeam,
  };
}

const empty = () => createArena('Leeg', '2026-03-02T09:00:00.000Z', 'empty');

describe('report messages', () => {
  it('have the same keys and placeholders in Dutch and English', () => {
    expect(Object.keys(nlReport).sort()).toEqual(Object.keys(enReport).sort());
    const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort().join();
    for (const key of Object.keys(enReport) as (keyof typeof enReport)[]) expect(holes(nlReport[key]), key).toBe(holes(enReport[key]));
  });

  it('say "kan je" in Dutch, never "kun je", and no straight apostrophes', () => {
    for (const [key, text] of Object.entries({ ...nlReport, ...enReport })) {
      expect(text, key).not.toMatch(/\bkun (je|jij)\b|\b(je|jij) kunt\b/i);
      expect(text, key).not.toMatch(/[\p{L}\d]'\p{L}/u);
    }
  });

  it('fall back to the app’s messages for other keys', () => {
    const t = reportTranslator(translator(nl), 'nl');
    expect(t('report.map.title')).toBe('De kaart');
    expect(t('ring.core')).toBe('Kern');
  });
});

describe('cover', () => {
  it('has the title, the goal, the date, the strategic question answered part by part, the mandate and the figures', () => {
    const cover = buildCover(inputFor(reportArena()));
    expect(cover.title).toBe('Kinderarmoede Antwerpen-Noord: wie zit er aan tafel?');
    expect(cover.goal).toEqual({ label: 'Doel', text: reportArena().goal });
    expect(cover.date).toEqual({ label: 'Datum', text: '2 maart 2026' });
    expect(cover.strategic.map((s) => s.text)).toEqual([
      'Nee — Geen enkele dienst bereikt alle jonge gezinnen in de wijk.',
      'Armoede raakt aan wonen, werk, onderwijs en gezondheid tegelijk.',
      'Het aandeel kinderen dat in armoede opgroeit daalt naar 25 %.',
      'Eind 2030',
    ]);
    expect(cover.strategic[0]!.label).toBe(nl['strategic.alone']);
    expect(cover.unanswered).toBeNull();
    expect(cover.mandate?.text).toBe('Decreet lokaal sociaal beleid (2018)');
    const open = prioritise(analyse(reportArena()), { accepted: reportArena().acknowledgements });
    expect(cover.figures.map((f) => f.text)).toEqual(['15', '10', String(open.warnings.shown.length + open.warnings.more.length), '2']);
  });

  it('says so when the strategic question is not answered, and names an untitled arena', () => {
    const arena = empty();
    arena.title = '  ';
    const cover = buildCover(inputFor(arena, 'en'));
    expect(cover.title).toBe('Untitled arena');
    expect(cover.goal.text).toBe('No goal yet');
    expect(cover.strategic).toEqual([]);
    expect(cover.unanswered).toBe('Not answered yet.');
    expect(cover.mandate).toBeNull();
  });
});

describe('map', () => {
  it('names the partners that are only in the list', () => {
    expect(buildMap(inputFor(reportArena())).unplaced).toBeNull();
    const arena = reportArena();
    arena.partners.p15!.position = null;
    expect(buildMap(inputFor(arena, 'en')).unplaced).toBe('Not on the map yet (1): Voedselbank Antwerpen vzw.');
  });
});

describe('composition', () => {
  it('charts each attribute at the table, the largest share first, with counts and Dutch percentages', () => {
    const model = buildComposition(inputFor(reportArena()));
    expect(model.atTable).toBe('10 partners aan tafel (kern + complementair)');
    expect(model.charts.map((c) => c.heading)).toEqual(['Expertise', 'Werkstijl', 'Perspectief']);
    const style = model.charts[1]!;
    expect(style.rows.map((r) => [r.label, r.value])).toEqual([
      ['Hulpverlenend', '5 · 50\u00a0%'],
      ['Verbindend / gemeenschapsopbouw', '4 · 40\u00a0%'],
      ['Kennisgericht', '1 · 10\u00a0%'],
    ]);
    const expertise = model.charts[0]!;
    for (let i = 1; i < expertise.rows.length; i++) expect(expertise.rows[i]!.share).toBeLessThanOrEqual(expertise.rows[i - 1]!.share);
    expect(expertise.diversity).toMatch(/^Variatie in expertise 0,\d\d /);
    // The arena's own perspective tag is charted by its label.
    expect(model.charts[2]!.rows.map((r) => r.label)).toContain('Kinderen en jongeren zelf');
    expect(model.none).toBeNull();
  });

  it('says nobody is at the table instead of empty charts', () => {
    const model = buildComposition(inputFor(empty(), 'en'));
    expect(model.none).toBe('Nobody at the table yet.');
  });
});

describe('findings', () => {
  it('lists every finding once: open warnings, then those accepted with the group’s reason, then the notes', () => {
    const input = inputFor(reportArena());
    const model = buildFindings(input);
    expect(model.groups.map((g) => g.kind)).toEqual(['open', 'accepted', 'notes']);
    const accepted = model.groups[1]!;
    expect(accepted.heading).toBe('Bewust aanvaard (1)');
    expect(accepted.items[0]!.title).toBe('Niemand draagt “Huiswerkklas in de bibliotheek”');
    expect(accepted.items[0]!.reason).toBe('De bibliotheek neemt de huiswerkklas op zodra de subsidie van de stad rond is.');
    const open = model.groups[0]!.items;
    expect(open[0]!.severity).toBe('severe');
    expect(open.every((i) => i.reason === null && i.why !== '' && i.suggestion !== '' && i.source !== '')).toBe(true);
    // Nothing folded away as the panel does: the counts add up to the findings (each text once).
    const order = prioritise(input.findings, { accepted: input.arena.acknowledgements });
    const total = model.groups.reduce((n, g) => n + g.items.length, 0);
    expect(total).toBeLessThanOrEqual(input.findings.length);
    expect(model.groups[0]!.items.length).toBe(order.warnings.shown.length + order.warnings.more.length);
  });

  it('says that the composition waits for more partners at the table, and when nothing is found', () => {
    const few = buildFindings(inputFor(empty(), 'en'));
    expect(few.groups.map((g) => g.kind)).toEqual(['notes']);
    expect(few.notice).toBe('The composition checks start from 3 partners at the table; this arena has 0.');
    const clear = buildFindings({ ...inputFor(reportArena(), 'en'), findings: [] });
    expect(clear.groups).toEqual([]);
    expect(clear.notice).toBe(en['warnings.allClear']);
    expect(buildFindings(inputFor(reportArena(), 'en')).notice).toBeNull();
  });

  it('writes "no reason written down" for a finding accepted without one', () => {
    const arena = reportArena();
    arena.acknowledgements['actionWithoutDoers:a2']!.reason = ' ';
    const accepted = buildFindings(inputFor(arena, 'en')).groups.find((g) => g.kind === 'accepted')!;
    expect(accepted.items[0]!.reason).toBe('No reason written down.');
  });
});

describe('actions', () => {
  it('lists each action’s partners from the top of the ladder down, with their ring, and who at the table is in none', () => {
    const model = buildActions(inputFor(reportArena()));
    expect(model.actions.map((a) => a.title)).toEqual(['Huisbezoeken bij jonge gezinnen', 'Huiswerkklas in de bibliotheek']);
    expect(model.actions[0]!.rows.map((r) => [r.partner, r.ring, r.involvementLabel])).toEqual([
      ['Openbaar Centrum voor Maatschappelijk Welzijn Antwerpen', 'Kern', 'Beslist mee'],
      ['Huis van het Kind Antwerpen-Noord', 'Kern', 'Werkt mee'],
      ['Kind en Gezin', 'Kern', 'Werkt mee'],
      ['Ouders van de wijk (bewonersgroep Seefhoek)', 'Kern', 'Denkt mee'],
      ['Samenlevingsopbouw Antwerpen Stad', 'Complementair', 'Weet mee'],
    ]);
    expect(model.notInvolved).toBe("Aan tafel, in geen enkele actie: Vereniging waar armen het woord nemen 't Kiempunt.");
    expect(model.none).toBeNull();
  });

  it('says there are no actions, and an action nobody is in says so', () => {
    expect(buildActions(inputFor(empty(), 'en')).none).toBe('No actions written down yet.');
    const arena = reportArena();
    arena.actions.a2!.involvement = {};
    expect(buildActions(inputFor(arena, 'en')).actions[1]!.empty).toBe('No partner is involved in this action yet.');
  });
});

describe('dependency', () => {
  it('has a row per partner with assessed resources, the most depended on first, flagging those outside the suggested ring', () => {
    const model = buildDependency(inputFor(reportArena(), 'en'));
    expect(model.rows.map((r) => [r.partner, r.dependency, r.ring, r.suggested, r.elsewhere])).toEqual([
      ['Openbaar Centrum voor Maatschappelijk Welzijn Antwerpen', 'high', 'Core', 'Core', false],
      ['Lokale Politie Antwerpen, wijkteam Noord', 'high', 'Context', 'Core', true],
      ['Huis van het Kind Antwerpen-Noord', 'limited', 'Core', 'Complementary', true],
      ['Bibliotheek Permeke', 'none or barely', 'Complementary', 'Context or Not relevant', true],
    ]);
    expect(model.rows[0]!.resources).toEqual(['Money: 4\u00a0/\u00a01', 'Mandate: 4\u00a0/\u00a01']);
    expect(model.none).toBeNull();
  });

  it('says when no resource is assessed', () => {
    expect(buildDependency(inputFor(empty(), 'en')).none).toBe('No resources assessed yet.');
  });
});

describe('governance', () => {
  it('puts the network’s values beside the Provan & Kenis table, marks the fits, and gives the advice with its reasoning', () => {
    const model = buildGovernance(inputFor(reportArena(), 'en'));
    expect(model.chosen).toBe('Chosen form: Shared governance (by the participants).');
    expect(model.columns.forms.map((f) => [f.chosen, f.best])).toEqual([
      [true, false],
      [false, false],
      [false, true],
    ]);
    expect(model.rows.map((r) => r.yours)).toEqual(['Moderate', '10 partners at the table', 'Moderately high', 'High']);
    // NAO fits all four; shared none.
    expect(model.rows.map((r) => r.cells[2]!.closeness)).toEqual([1, 1, 1, 1]);
    // Shared governance is one or two levels off, and ruled out with 10 partners at the table (more than 8).
    expect(model.rows.map((r) => r.cells[0]!.closeness)).toEqual([0.5, 0.5, 0.5, 0]);
    expect(model.fitRow.cells).toEqual(['Ruled out: more than 8 partners at the table.', '2.5 of 4', '4 of 4']);
    expect(model.advice).toBe(
      'Best fit: Network administrative organisation (NAO), 4 of 4 criteria. The chosen form fits fewer criteria than Network administrative organisation (NAO).',
    );
    expect(model.reasoning).toHaveLength(4);
    expect(model.reasoning[1]).toMatch(/^Shared governance is ruled out: with 10 partners at the table/);
    expect(model.reasoning[2]).toMatch(/closest fit wins/);
    expect(model.tensions).toHaveLength(3);
  });

  it('says nothing can be advised before anything is estimated', () => {
    const model = buildGovernance(inputFor(empty(), 'en'));
    expect(model.chosen).toBe('No form chosen yet.');
    expect(model.advice).toBe(en['governance.advice.unknown']);
    expect(model.fitRow.cells).toEqual(['—', '—', '—']);
  });
});

describe('team roles', () => {
  it('is left out unless the export dialog includes the team, and when nobody filled in the self-check', () => {
    expect(buildTeam(inputFor(reportArena(), 'nl', false))).toBeNull();
    expect(buildTeam(inputFor(empty(), 'nl', true))).toBeNull();
  });

  it('names who covers each role and the roles nobody covers', () => {
    const model = buildTeam(inputFor(reportArena(), 'en', true))!;
    expect(model.rows.map((r) => [r.role, r.coveredBy, r.covered])).toEqual([
      ['Network operator', 'Sofie', true],
      ['Network promoter', 'nobody', false],
      ['Vision keeper', 'Jonas', true],
      ['Creative thinker', 'nobody', false],
      ['Network champion', 'Sofie', true],
    ]);
    expect(model.summary).toBe('Nobody in the team covers: Network promoter and Creative thinker.');
    expect(model.overloaded).toEqual([]);
  });
});
