import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/en';
import { nl } from '../../../src/i18n/nl';
import { enAnalysis } from '../../../src/i18n/en.analysis';
import { nlAnalysis } from '../../../src/i18n/nl.analysis';
import { enIo } from '../../../src/i18n/en.io';
import { nlIo } from '../../../src/i18n/nl.io';
import { enWorkshop } from '../../../src/i18n/en.workshop';
import { nlWorkshop } from '../../../src/i18n/nl.workshop';
import { enVersions } from '../../../src/i18n/en.versions';
import { nlVersions } from '../../../src/i18n/nl.versions';
import { enTies } from '../../../src/i18n/en.ties';
import { nlTies } from '../../../src/i18n/nl.ties';
import { enInstruments } from '../../../src/i18n/en.instruments';
import { nlInstruments } from '../../../src/i18n/nl.instruments';
import { format } from '../../../src/i18n/format';

type Table = Readonly<Record<string, string>>;

/** The placeholders format() fills: `{name}` with a word inside (so `{x, y}` is plain text). */
function placeholders(message: string): string[] {
  return [...new Set([...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string))].sort();
}

const tables: ReadonlyArray<[string, Table, Table]> = [
  ['en / nl', en, nl],
  ['enAnalysis / nlAnalysis', enAnalysis, nlAnalysis],
  ['enIo / nlIo', enIo, nlIo],
  ['enWorkshop / nlWorkshop', enWorkshop, nlWorkshop],
  ['enVersions / nlVersions', enVersions, nlVersions],
  ['enTies / nlTies', enTies, nlTies],
  ['enInstruments / nlInstruments', enInstruments, nlInstruments],
];

describe.each(tables)('message tables %s', (_name, english, dutch) => {
  it('have exactly the same keys', () => {
    expect(Object.keys(dutch).sort()).toEqual(Object.keys(english).sort());
  });

  it('have a non-empty string for every key', () => {
    for (const table of [english, dutch]) {
      for (const [key, value] of Object.entries(table)) {
        expect(typeof value, key).toBe('string');
        expect(value.trim(), key).not.toBe('');
      }
    }
  });

  it('use the same placeholders in both languages', () => {
    const mismatches = Object.keys(english)
      .filter((key) => key in dutch)
      .map((key) => ({ key, en: placeholders(english[key] as string), nl: placeholders(dutch[key] as string) }))
      .filter((m) => m.en.join() !== m.nl.join());
    expect(mismatches).toEqual([]);
  });

  it('contain no markup', () => {
    const withMarkup = [...Object.entries(english), ...Object.entries(dutch)]
      .filter(([, value]) => /<[a-z]/i.test(value))
      .map(([key]) => key);
    expect(withMarkup).toEqual([]);
  });
});

describe('nl', () => {
  it('is complete and has no extra keys (both directions)', () => {
    const enKeys = new Set(Object.keys(en));
    const nlKeys = new Set(Object.keys(nl));
    expect([...enKeys].filter((k) => !nlKeys.has(k))).toEqual([]);
    expect([...nlKeys].filter((k) => !enKeys.has(k))).toEqual([]);
  });

  it('fills every placeholder, leaving no braces behind', () => {
    for (const [key, template] of Object.entries(nl)) {
      const params = Object.fromEntries(placeholders(en[key as keyof typeof en]).map((p) => [p, 'X']));
      expect(format(template, params), key).not.toMatch(/\{\w+\}/);
    }
  });

  it('is actually Dutch where the glossary says so', () => {
    expect(nl['home.title']).toBe('Arena’s');
    expect(nl['partners.add']).toBe('Partner toevoegen');
    expect(nl['map.title']).toBe('Doelenkaart');
    expect(nl['ring.core']).toBe('Kern');
    expect(nl['ring.core.long']).toBe('Kernactoren');
    expect(nl['severity.severe']).toBe('Ernstig');
    expect(nl['rule.oneSidedExpertise.why']).toMatch(/^Een hamer ziet alleen spijkers: /);
    expect(nl['attr.style']).toBe('Werkstijl');
  });
});
