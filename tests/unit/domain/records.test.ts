import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { RECORD_COLLECTIONS, RECORD_TYPES, recordCount } from '../../../src/domain/records';
import { en } from '../../../src/i18n/en';
import { nl } from '../../../src/i18n/nl';
import { translator } from '../../../src/i18n';
import { RECORD_SCHEMAS, arenaSchema } from '../../../src/io/schema';

describe('record registry', () => {
  it('lists exactly the keyed record sets of the arena format', () => {
    const keyed = Object.entries(arenaSchema.shape)
      .filter(([, schema]) => schema instanceof z.ZodRecord)
      .map(([key]) => key);
    expect([...RECORD_COLLECTIONS].sort()).toEqual(keyed.sort());
    for (const c of RECORD_COLLECTIONS) expect(arenaSchema.shape[c].def.valueType).toBe(RECORD_SCHEMAS[c]);
  });

  it('counts records in words, one and many, in both languages', () => {
    const tEn = translator(en);
    const tNl = translator(nl);
    const say = (t: typeof tEn, c: (typeof RECORD_COLLECTIONS)[number], n: number) => {
      const { key, params } = recordCount(c, n);
      return t(key, params);
    };
    expect(say(tEn, 'partners', 1)).toBe('1 partner');
    expect(say(tEn, 'partners', 3)).toBe('3 partners');
    expect(say(tNl, 'actions', 2)).toBe('2 acties');
    expect(say(tNl, 'team', 1)).toBe('1 collega');
    for (const c of RECORD_COLLECTIONS) expect(en).toHaveProperty(`${RECORD_TYPES[c].noun}.one`);
  });

  it('keeps the personal records (the team roles answers) apart', () => {
    expect(RECORD_COLLECTIONS.filter((c) => RECORD_TYPES[c].personal)).toEqual(['team']);
  });
});
