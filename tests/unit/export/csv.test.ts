/**
 * The partner list as the export dialog makes it, parsed back by a real CSV parser (papaparse) with the
 * separator a spreadsheet of that language uses: `;` for Dutch (Belgian and Dutch Excel), `,` for English.
 */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { arenaCsv, csvDelimiter } from '../../../src/export/exportArena';
import { translator, type Translate } from '../../../src/i18n';
import { en } from '../../../src/i18n/en';
import { nl } from '../../../src/i18n/nl';
import { pointInRing } from '../../../src/domain/rings';
import { CSV_COLUMNS, CSV_HEADER_KEYS, VALUE_SEPARATOR } from '../../../src/io/csv';
import { createInstrument } from '../../../src/domain/instruments';
import { nlInstruments } from '../../../src/i18n/nl.instruments';
import type { Language } from '../../../src/store/preferences';
import { action, arena, customTag, partner, resource, resources } from '../io/helpers';

const HOSTILE = [
  'Café "De Zon", Noord; Zuid',
  'OCMW | Sociaal Huis',
  'Line one\nline two\r\nline three',
  '=HYPERLINK("http://evil.example","click")',
  '=cmd|\' /C calc\'!A0',
  '+32 3 123 45 67',
  '-50+ club',
  '@SUM(A1:A9)',
  '\tTabbed',
  '  spaced  ',
  '"',
  ';',
  ',',
];

/** What a spreadsheet shows for a cell: text starting like a formula gets a leading apostrophe. */
function shown(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function hostileArena() {
  const partners = HOSTILE.map((name, i) =>
    partner(`p${String(i).padStart(2, '0')}`, {
      name,
      type: name,
      notes: `${name}\n${name}`,
      createdAt: `2025-01-01T00:00:${String(i).padStart(2, '0')}.000Z`,
    }),
  );
  partners[0] = {
    ...partners[0]!,
    position: pointInRing('core', null),
    expertise: ['housing', 'welfare', 'custom:t1'],
    style: 'care',
    perspective: ['user', 'government', 'custom:t2'],
    resources: resources(resource('r1', { importance: 4, replaceability: 1 })),
  };
  partners[1] = { ...partners[1]!, position: pointInRing('context', null), expertise: ['poverty'], style: 'custom:t3' };
  return arena({
    partners,
    tags: [
      customTag('custom:t1', { label: 'Digital; inclusion, "online"' }),
      customTag('custom:t2', { attribute: 'perspective', label: '=Parents' }),
      customTag('custom:t3', { attribute: 'style', label: 'Outreach, street work' }),
    ],
    actions: [
      action('a1', { title: 'Huisbezoeken; thuis', involvement: { p00: 'decide', p01: 'inform' } }),
      action('a2', { title: 'Homework club, east', involvement: { p00: 'consult' }, createdAt: '2025-06-01T00:00:00.000Z' }),
    ],
  });
}

function parse(csv: string, language: Language): string[][] {
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const result = Papa.parse<string[]>(csv.slice(1), { delimiter: csvDelimiter(language), newline: '\r\n', skipEmptyLines: true });
  expect(result.errors).toEqual([]);
  return result.data;
}

const LANGUAGES: [Language, Translate][] = [
  ['nl', translator(nl)],
  ['en', translator(en)],
];

describe.each(LANGUAGES)('the partner list in %s', (language, t) => {
  const csv = arenaCsv(hostileArena(), t, language);
  const rows = parse(csv, language);

  it('uses the separator of that language’s spreadsheets, CRLF line ends and a BOM', () => {
    expect(csvDelimiter(language)).toBe(language === 'nl' ? ';' : ',');
    expect(csv.split('\r\n')[0]!.split(csvDelimiter(language))).toHaveLength(CSV_COLUMNS.length);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('round-trips every hostile name, type and note through papaparse, one row each with every column', () => {
    expect(rows).toHaveLength(HOSTILE.length + 1);
    for (const row of rows) expect(row).toHaveLength(CSV_COLUMNS.length);
    const body = rows.slice(1);
    expect(body.map((r) => r[0])).toEqual(HOSTILE.map(shown));
    expect(body.map((r) => r[1])).toEqual(HOSTILE.map(shown));
    expect(body.map((r) => r[8])).toEqual(HOSTILE.map((name) => shown(`${name}\n${name}`)));
  });

  it('keeps several values in one cell, split back on " | " into the labels of the UI', () => {
    const [, first, second] = rows;
    const label = (key: Parameters<Translate>[0]) => t(key);
    expect(first![2]).toBe(label('ring.core'));
    expect(first![3]!.split(VALUE_SEPARATOR)).toEqual([label('tag.expertise.housing'), label('tag.expertise.welfare'), 'Digital; inclusion, "online"']);
    expect(first![4]).toBe(label('tag.style.care'));
    // An own tag that looks like a formula is harmless inside a list: the cell does not start with it.
    expect(first![5]!.split(VALUE_SEPARATOR)).toEqual([label('tag.perspective.user'), label('tag.perspective.government'), '=Parents']);
    expect(first![6]).toBe(label('dependency.high'));
    expect(first![7]!.split(VALUE_SEPARATOR)).toEqual([
      `Huisbezoeken; thuis (${label('involvement.decide')})`,
      `Homework club, east (${label('involvement.consult')})`,
    ]);
    expect(second![2]).toBe(label('ring.context'));
    expect(second![4]).toBe('Outreach, street work');
    expect(second![7]).toBe(`Huisbezoeken; thuis (${label('involvement.inform')})`);
  });

  it('writes a list of plain labels without quotes: its separator never clashes with the column separator', () => {
    const a = arena({ partners: [partner('p1', { name: 'School', expertise: ['housing', 'welfare', 'work'], perspective: ['user', 'resident'] })] });
    const line = arenaCsv(a, t, language).split('\r\n')[1]!;
    expect(line).not.toContain('"');
    expect(line.split(csvDelimiter(language))).toHaveLength(CSV_COLUMNS.length);
  });

  it('heads the columns with the words the editor shows for those fields', () => {
    expect(rows[0]).toEqual(CSV_COLUMNS.map((c) => t(CSV_HEADER_KEYS[c])));
    expect(rows[0]).toEqual(
      language === 'nl'
        ? ['Naam', 'Type', 'Ring', 'Expertise', 'Werkstijl', 'Perspectief', 'Afhankelijkheid', 'Acties', 'Notities', 'Instrumenten', 'Banden']
        : ['Name', 'Type', 'Ring', 'Expertise', 'Style', 'Perspective', 'Dependency', 'Actions', 'Notes', 'Instruments', 'Ties'],
    );
    // The same words as the inspector, the tag groups and the resources summary ("Afhankelijkheid: groot.").
    expect(rows[0]![0]).toBe(t('inspector.name'));
    expect(rows[0]![4]).toBe(t('attr.style'));
    expect(t('resources.summary', { dependency: 'x', ring: 'y' }).startsWith(`${rows[0]![6]}:`)).toBe(true);
    expect(rows[0]![7]).toBe(t('tabs.actions'));
  });
});

describe('the partner list parsed with the other language’s separator', () => {
  it('does not fall apart into the right number of columns by accident: the separator matters', () => {
    const nlCsv = arenaCsv(hostileArena(), translator(nl), 'nl');
    const wrong = Papa.parse<string[]>(nlCsv.slice(1), { delimiter: ',', newline: '\r\n', skipEmptyLines: true });
    expect(wrong.data.some((row) => row.length !== CSV_COLUMNS.length)).toBe(true);
  });
});

describe('instruments and ties in the partner list', () => {
  it('words each instrument with its answered sheet, and each tie, in the UI language', () => {
    const a = arena({ partners: [partner('p1', { name: 'School' }), partner('p2', { name: 'Bib', createdAt: '2025-06-01T00:00:00.000Z' })] });
    a.instruments = { i1: { ...createInstrument('p1', 'Subsidie', 'market', '2025-07-01T00:00:00.000Z', 'i1'), aim: 'Huiswerkklas', uptake: 'unused', alternatives: 'none', verdict: 'replace' } };
    a.ties = { t1: { id: 't1', from: 'p2', to: 'p1', kind: 'works', note: '', createdAt: '2025-07-01T00:00:00.000Z', updatedAt: '2025-07-01T00:00:00.000Z' } };
    const t = translator({ ...nl, ...nlInstruments } as typeof nl);
    const rows = parse(arenaCsv(a, t, 'nl'), 'nl');
    expect(rows[1]![9]).toBe('Subsidie (Markt): Huiswerkklas; Nauwelijks gebruikt; Wie kan het hier nog leveren? Niemand anders; Oordeel: Vervangen');
    expect(rows[2]![10]).toBe('werkt goed samen met School');
    expect(rows[1]![10]).toBe('');
  });
});
