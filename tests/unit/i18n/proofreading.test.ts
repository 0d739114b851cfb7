import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/en';
import { nl } from '../../../src/i18n/nl';
import { nlAnalysis } from '../../../src/i18n/nl.analysis';
import { enWorkshop } from '../../../src/i18n/en.workshop';
import { nlWorkshop } from '../../../src/i18n/nl.workshop';
import { enVersions } from '../../../src/i18n/en.versions';
import { nlVersions } from '../../../src/i18n/nl.versions';
import { enTies } from '../../../src/i18n/en.ties';
import { nlTies } from '../../../src/i18n/nl.ties';
import { enInstruments } from '../../../src/i18n/en.instruments';
import { nlInstruments } from '../../../src/i18n/nl.instruments';

/** nl.ts and the Dutch tables of the workshop, versions, ties and instruments, without the analysis texts, which are proofread on their own. */
const nlOwn = [
  ...Object.entries(nl).filter(([key]) => !(key in nlAnalysis)),
  ...Object.entries(nlWorkshop),
  ...Object.entries(nlVersions),
  ...Object.entries(nlTies),
  ...Object.entries(nlInstruments),
];

describe('Dutch as a Flemish coordinator reads it', () => {
  it('says "kan je", never "kun je" or "je kunt" (nl.ts, nl.io.ts)', () => {
    const northern = nlOwn.filter(([, text]) => /\bkun (je|jij)\b|\b(je|jij) kunt\b/i.test(text)).map(([key]) => key);
    expect(northern).toEqual([]);
    // The scan finds what it looks for.
    expect(/\bkun (je|jij)\b/i.test('Kun je dit alleen?')).toBe(true);
  });

  it('says a tab that edits elsewhere is "Geopend", not the order "Open"', () => {
    expect(nl['tabs.readOnlyTitle']).toBe('Geopend in een ander tabblad.');
  });

  it('has a number instead of "+4 meer" after a shortened list', () => {
    expect(nl['warnings.andMore']).toBe('en nog {count}');
  });
});

describe('apostrophes', () => {
  const straight = (table: Readonly<Record<string, string>>) =>
    Object.entries(table)
      .filter(([, text]) => /[\p{L}\d]'\p{L}/u.test(text))
      .map(([key, text]) => `${key}: ${text}`);

  it('are one kind everywhere: the typographic ’ (arena’s, id’s, file’s), in English and Dutch, io texts included', () => {
    expect(straight(nl)).toEqual([]);
    expect(straight(en)).toEqual([]);
    expect(straight(nlWorkshop)).toEqual([]);
    expect(straight(enWorkshop)).toEqual([]);
    expect(straight(nlVersions)).toEqual([]);
    expect(straight(enVersions)).toEqual([]);
    expect(straight(nlTies)).toEqual([]);
    expect(straight(enTies)).toEqual([]);
    expect(straight(nlInstruments)).toEqual([]);
    expect(straight(enInstruments)).toEqual([]);
    expect(straight({ sample: "Arena's" })).toHaveLength(1);
  });

  it('write the plural of arena the same way in every Dutch text', () => {
    const forms = new Set([...Object.values(nl), ...Object.values(nlVersions)].flatMap((text) => text.match(/arena.s\b/gi) ?? []).map((f) => f.toLowerCase()));
    expect([...forms]).toEqual(['arena’s']);
  });
});
