/**
 * The partner-list corpus (tests/fixtures/lists, made by make.ts): each spreadsheet and each bad file with
 * what it must give, read by the same code the import dialog runs (readListBytes → suggestMapping →
 * planImport → applyImport).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { arenaCsv } from '../../../src/export/exportArena';
import { translator } from '../../../src/i18n';
import { en } from '../../../src/i18n/en';
import { nl } from '../../../src/i18n/nl';
import { createArena, partnersInOrder, type Arena } from '../../../src/domain/arena';
import { placementOf } from '../../../src/domain/rings';
import { applyImport, listVocabulary, nameHeadings, planImport, suggestMapping, type ImportPlan, type PlanOptions } from '../../../src/io/listImport';
import { MAX_LIST_ROWS, readListBytes, readListFile, toTable, type ListTable } from '../../../src/io/listTable';
import { councilArena } from '../../fixtures/councilArena';

const dir = new URL('../../fixtures/lists/', import.meta.url);
const bytes = (name: string) => new Uint8Array(readFileSync(new URL(name, dir)));
const vocabulary = listVocabulary([en, nl]);
const SKIP: PlanOptions = { duplicates: 'skip', ownTags: false };

async function table(name: string): Promise<ListTable> {
  const result = await readListBytes(bytes(name), nameHeadings(vocabulary));
  if (!result.ok) throw new Error(`${name}: ${result.error.code}`);
  return result.table;
}

async function plan(name: string, options: PlanOptions = SKIP, arena: Pick<Arena, 'partners'> = { partners: {} }): Promise<ImportPlan> {
  const t = await table(name);
  return planImport(t, suggestMapping(t.columns, vocabulary), vocabulary, arena, options);
}

const NOW = '2026-11-30T12:00:00.000Z';
let seq = 0;
const ids = () => `id-${++seq}`;
const SIZE = { width: 200, height: 80 };

function imported(p: ImportPlan, into: Arena = createArena('Imported', NOW, 'new')): Arena {
  applyImport(into, p, NOW, ids, SIZE);
  return into;
}

describe('spreadsheets as coordinators have them', () => {
  it('a Dutch Excel CSV: `;`, Windows-1252, own headings, tags in any case and either language, a nameless row, a name twice', async () => {
    const t = await table('sociale-kaart-nl.csv');
    expect(t).toMatchObject({ format: 'csv', delimiter: ';', encoding: 'windows-1252' });
    expect(suggestMapping(t.columns, vocabulary)).toEqual(['name', 'type', 'ring', 'expertise', 'style', 'perspective', 'notes']);
    const p = await plan('sociale-kaart-nl.csv');
    expect(p.counts).toEqual({ add: 6, merge: 0, skip: 1, error: 1 });
    const byLine = new Map(p.rows.map((r) => [r.line, r]));
    // Windows-1252's typographic quotes and dashes are read as such.
    expect(byLine.get(3)!.values).toMatchObject({ name: 'Café ’t Hoekske', ring: 'context', notes: 'Ontmoetingsplek in de wijk — “iedereen welkom”' });
    expect(byLine.get(2)!.values).toMatchObject({ ring: 'core', expertise: [{ key: 'welfare' }, { key: 'poverty' }], style: { key: 'policy' }, perspective: [{ key: 'government' }] });
    // Upper case, and an English label in a Dutch file.
    expect(byLine.get(4)!.values.style).toEqual({ key: 'care' });
    expect(byLine.get(7)!.values).toMatchObject({ ring: null, style: { key: 'care' }, perspective: [{ key: 'provider' }] });
    expect(byLine.get(5)!.outcome).toEqual({ kind: 'error', reason: 'noName' });
    expect(byLine.get(9)!.outcome).toEqual({ kind: 'skip', duplicateOf: 'OCMW Gent', inFile: true });
    // A label of no vocabulary: named, left out until the user agrees.
    expect(p.unknownLabels).toEqual([{ attribute: 'expertise', label: 'Digitale inclusie' }]);
    expect(byLine.get(8)!.notes).toEqual([{ code: 'unknownTag', attribute: 'expertise', label: 'Digitale inclusie' }]);
    expect(byLine.get(8)!.values.expertise).toEqual([]);
  });

  it('an English comma CSV with quoted commas; a ring word Arena does not know keeps the partner in the list', async () => {
    const t = await table('partners-en.csv');
    expect(t).toMatchObject({ delimiter: ',', encoding: 'utf-8' });
    const p = await plan('partners-en.csv');
    expect(p.counts).toEqual({ add: 5, merge: 0, skip: 0, error: 0 });
    expect(p.rows[0]!.values).toMatchObject({ name: 'City housing service', ring: 'core', expertise: [{ key: 'housing' }, { key: 'poverty' }], notes: 'Leads the network, chairs meetings' });
    expect(p.rows[1]!.values.ring).toBe('outside');
    expect(p.rows[3]!.values.ring).toBeNull();
    expect(p.rows[3]!.notes).toEqual([{ code: 'unknownRing', value: 'somewhere' }]);
    // Dutch labels in an English file.
    expect(p.rows[4]!.values).toMatchObject({ expertise: [{ key: 'welfare' }], style: { key: 'community' }, perspective: [{ key: 'user' }] });
  });

  it('an .xlsx with a title merged over the columns, empty rows, a number, a formula with its saved value and one without', async () => {
    const t = await table('sociale-kaart.xlsx');
    expect(t.format).toBe('xlsx');
    expect(t.columns).toEqual(['Naam organisatie', 'Type', 'Ring', 'Expertise', 'Stijl', 'Perspectief', 'Notities']);
    expect(t.rows.map((r) => r.line)).toEqual([4, 6, 8]);
    expect(suggestMapping(t.columns, vocabulary)).toEqual(['name', 'type', 'ring', 'expertise', 'style', 'perspective', 'notes']);
    const p = await plan('sociale-kaart.xlsx');
    expect(p.rows.map((r) => [r.values.name, r.values.type, r.values.ring, r.values.notes])).toEqual([
      ['Wijkpunt Gentbrugge', 'stedelijke dienst', 'core', '2026'],
      // The formula's saved value, never the formula.
      ['Politiezone Gent', 'lokale politie', 'context', ''],
      // =1/0 saved without a value: empty.
      ['Seniorenraad', 'adviesraad', 'complementary', ''],
    ]);
    expect(p.rows[0]!.values.expertise).toEqual([{ key: 'welfare' }, { key: 'housing' }]);
  });

  it('Excel’s “Unicode text” (UTF-16 with tabs) and a UTF-8 file with a byte order mark and tabs', async () => {
    const u = await table('unicode-text-tab.txt');
    expect(u).toMatchObject({ delimiter: '\t', encoding: 'utf-16le', columns: ['Naam', 'Type', 'Ring'] });
    expect(u.rows[1]!.cells).toEqual(['Jeugdwerk Ça Va', 'vzw', 'Context']);
    const b = await table('tab-utf8-bom.tsv');
    expect(b).toMatchObject({ delimiter: '\t', encoding: 'utf-8', columns: ['Name', 'Type', 'Notes'] });
    expect(b.rows[0]!.cells).toEqual(['Bibliotheek', 'library', 'Straße, Ökonomie']);
  });

  it('one column is a list of names, like a pasted column; its first line is a heading only when it reads like one', async () => {
    const plain = await table('names-only.csv');
    expect(plain).toMatchObject({ columns: [''], hasHeading: false });
    expect(plain.rows.map((r) => r.cells[0])).toEqual(['Kind en Gezin', 'Huis van het Kind', 'CLB Gent']);
    expect(suggestMapping(plain.columns, vocabulary)).toEqual(['name']);
    const headed = await table('names-with-heading.csv');
    expect(headed).toMatchObject({ columns: ['Naam'], hasHeading: true });
    expect(headed.rows.map((r) => r.cells[0])).toEqual(['Kind en Gezin', 'Huis van het Kind']);
  });

  it('a list of names with a note beside a name far down keeps every row: no heading is taken below the first six rows', () => {
    // As a sheet gives it (a CSV with one `;` in seven lines is read as one column by the separator guess).
    const sheet = [['Kind en Gezin'], ['Huis van het Kind'], ['CLB Gent'], ['OCMW'], ['Bibliotheek'], ['Sportdienst'], ['Jeugddienst', 'nieuw dit jaar']];
    const result = toTable(sheet, nameHeadings(vocabulary), 'xlsx');
    expect(result.ok && result.table).toMatchObject({ columns: ['', ''], hasHeading: false });
    expect(result.ok && result.table.rows.map((r) => r.cells[0])).toEqual(['Kind en Gezin', 'Huis van het Kind', 'CLB Gent', 'OCMW', 'Bibliotheek', 'Sportdienst', 'Jeugddienst']);
    expect(result.ok && suggestMapping(result.table.columns, vocabulary)).toEqual(['name', null]);
  });

  it('cells that start like formulas stay text, never evaluated; the apostrophe Arena’s export puts before them comes off', async () => {
    const p = await plan('formulas.csv');
    expect(p.rows.map((r) => [r.values.name, r.values.type, r.values.notes])).toEqual([
      ['=HYPERLINK("http://evil.example","click")', '+32 9 123 45 67', '@SUM(A1:A2)'],
      ['-50+ club', '=1+1', '-minus'],
    ]);
  });
});

describe('bad files: a clear reason, nothing to write', () => {
  const cases: [file: string, code: string][] = [
    ['empty.csv', 'empty'],
    ['blank-lines.csv', 'empty'],
    ['heading-only.csv', 'noRows'],
    ['binary.csv', 'binary'],
    ['old-format.xls', 'xls'],
    ['photo.csv', 'image'],
    ['report.csv', 'pdf'],
    ['not-a-workbook.xlsx', 'notXlsx'],
  ];
  it.each(cases)('%s → %s', async (file, code) => {
    const result = await readListBytes(bytes(file));
    expect(result).toEqual({ ok: false, error: { code } });
  });

  it('a 50 MB file is refused by its size, before a byte is read', async () => {
    let read = false;
    const result = await readListFile({
      name: 'big.csv',
      size: 50 * 1024 * 1024,
      bytes: async () => {
        read = true;
        return new Uint8Array();
      },
    });
    expect(result).toEqual({ ok: false, error: { code: 'tooLarge', params: { maxMb: 10 } } });
    expect(read).toBe(false);
  });

  it(`100,000 rows are refused (at most ${MAX_LIST_ROWS}); ${MAX_LIST_ROWS} are read`, async () => {
    const rows = (n: number) => new TextEncoder().encode(['Naam;Type', ...Array.from({ length: n }, (_, i) => `Partner ${i};vzw`)].join('\r\n'));
    expect(await readListBytes(rows(100_000))).toEqual({ ok: false, error: { code: 'tooManyRows', params: { max: MAX_LIST_ROWS } } });
    const ok = await readListBytes(rows(MAX_LIST_ROWS));
    expect(ok.ok && ok.table.rows.length).toBe(MAX_LIST_ROWS);
  });
});

describe('Arena’s own CSV export, imported again', () => {
  const languages = [
    ['nl', nl],
    ['en', en],
  ] as const;

  it.each(languages)('the committed %s export is what the export makes today (UPDATE_LISTS=1 writes it)', (language, messages) => {
    const csv = arenaCsv(councilArena(), translator(messages), language);
    const file = new URL(`arena-export-${language}.csv`, dir);
    if (process.env.UPDATE_LISTS) writeFileSync(file, csv);
    expect(readFileSync(file, 'utf8')).toBe(csv);
  });

  it.each(languages)('%s: its headers are recognised and it gives back the same partners, rings and tags', async (language) => {
    const t = await table(`arena-export-${language}.csv`);
    expect(t.delimiter).toBe(language === 'nl' ? ';' : ',');
    // name, type, ring, expertise, style, perspective; dependency and actions are derived and left out; notes;
    // the regie instruments and ties are records of their own, not a partner list's columns: left out.
    expect(suggestMapping(t.columns, vocabulary)).toEqual(['name', 'type', 'ring', 'expertise', 'style', 'perspective', null, null, 'notes', null, null]);
    const p = planImport(t, suggestMapping(t.columns, vocabulary), vocabulary, { partners: {} }, { duplicates: 'skip', ownTags: true });
    expect(p.counts).toEqual({ add: 15, merge: 0, skip: 0, error: 0 });
    const original = councilArena();
    const back = imported(p);
    const label = (a: Arena, key: string) => (key.startsWith('custom:') ? `own:${a.tags[key]!.label}` : key);
    const shape = (a: Arena) =>
      partnersInOrder(a).map((x) => ({
        name: x.name,
        type: x.type,
        notes: x.notes,
        placement: placementOf(x.position),
        expertise: x.expertise.map((k) => label(a, k)),
        style: x.style && label(a, x.style),
        perspective: x.perspective.map((k) => label(a, k)),
      }));
    expect(shape(back)).toEqual(shape(original));
    expect(Object.values(back.tags).map((tag) => [tag.attribute, tag.label])).toEqual([['perspective', 'Kinderen en jongeren zelf']]);
  });
});
