import { describe, expect, it } from 'vitest';
import {
  compose,
  compositionOf,
  customKeysOf,
  customTagKey,
  isAtTable,
  normalisedBlau,
  partnersAtTable,
  tagsOf,
} from '../../../src/domain/analysis';
import { COMPLEMENTARY, CONTEXT, CORE, OUTSIDE, arenaWith, makePartners, times } from './helpers';

describe('composition', () => {
  it('at the table: core and complementary only', () => {
    expect(isAtTable({ position: CORE })).toBe(true);
    expect(isAtTable({ position: COMPLEMENTARY })).toBe(true);
    expect(isAtTable({ position: CONTEXT })).toBe(false);
    expect(isAtTable({ position: OUTSIDE })).toBe(false);
    expect(isAtTable({ position: null })).toBe(false);
    expect(isAtTable({ position: { x: Number.NaN, y: 0 } })).toBe(false);
    const arena = arenaWith([{ position: CONTEXT }, {}, { position: null }, { position: COMPLEMENTARY }]);
    expect(partnersAtTable(arena).map((p) => p.id)).toEqual(['p0001', 'p0003']);
  });

  it('shares count carriers over tagged partners; proportions split a partner’s weight', () => {
    const c = compose(
      makePartners([{ expertise: ['safety', 'welfare'] }, { expertise: ['safety'] }, { expertise: ['health'] }, {}]),
    );
    const e = c.attributes.expertise;
    expect(e.tagged).toBe(3);
    expect(e.untagged).toEqual(['p0003']);
    expect(e.categories.map((x) => x.key)).toEqual(['welfare', 'health', 'safety']);
    const safety = e.categories.find((x) => x.key === 'safety')!;
    expect(safety).toMatchObject({ count: 2, partners: ['p0000', 'p0001'] });
    expect(safety.share).toBeCloseTo(2 / 3, 12);
    expect(safety.proportion).toBeCloseTo(1.5 / 3, 12);
    expect(e.categories.reduce((s, x) => s + x.proportion, 0)).toBeCloseTo(1, 12);
    expect(e.categories.reduce((s, x) => s + x.share, 0)).toBeCloseTo(4 / 3, 12);
    expect(e.missing).not.toContain('safety');
    expect(e.missing).toHaveLength(9);
  });

  it('custom keys come after the defaults, in order of first appearance', () => {
    const c = compose(makePartners([{ expertise: ['custom:b'] }, { expertise: ['custom:a', 'mobility'] }, { expertise: ['housing'] }]));
    expect(c.attributes.expertise.categories.map((x) => x.key)).toEqual(['housing', 'mobility', 'custom:b', 'custom:a']);
    expect(c.attributes.expertise.vocabularySize).toBe(14);
  });

  it('a tag listed twice counts once', () => {
    expect(tagsOf({ expertise: ['safety', 'safety', ''], style: null, perspective: [] }, 'expertise')).toEqual(['safety']);
    const c = compose(makePartners([{ expertise: ['safety', 'safety'] }]));
    expect(c.attributes.expertise.categories[0]).toMatchObject({ count: 1, share: 1, proportion: 1 });
  });

  it('a single tag that reads like a list of several is one tag, in whichever order they are met', () => {
    for (const order of [0, 1]) {
      const oddTag = order ? '["custom:q","custom:r"]' : '["custom:x","custom:y"]';
      const pair = order ? ['custom:q', 'custom:r'] : ['custom:x', 'custom:y'];
      const specs = [{ expertise: [oddTag] }, { expertise: pair }];
      const c = compose(makePartners(order ? specs.reverse() : specs));
      const counts = Object.fromEntries(c.attributes.expertise.categories.map((x) => [x.key, x.count]));
      expect(counts).toEqual({ [oddTag]: 1, [pair[0]!]: 1, [pair[1]!]: 1 });
    }
  });

  it('normalised Blau index', () => {
    expect(normalisedBlau([], 12)).toBe(0);
    expect(normalisedBlau([1], 12)).toBe(0);
    expect(normalisedBlau([1], 1)).toBe(0);
    expect(normalisedBlau([0.5, 0.5], 2)).toBeCloseTo(1, 12);
    expect(normalisedBlau([0.5, 0.5], 12)).toBeCloseTo(0.5 / (11 / 12), 12);
    expect(normalisedBlau(Array.from({ length: 12 }, () => 1 / 12), 12)).toBeCloseTo(1, 12);
    expect(normalisedBlau([1, 1], 2)).toBe(0); // nonsense input is clamped
    expect(normalisedBlau([Number.NaN], 12)).toBe(0);
  });

  it('no tagged partners: diversity 0', () => {
    const c = compose(makePartners(times(4, {})));
    expect(c.attributes.expertise).toMatchObject({ tagged: 0, diversity: 0, categories: [] });
  });

  it('custom tag keys', () => {
    expect(customTagKey({ id: 'abc' })).toBe('custom:abc');
    expect(customTagKey({ id: 'custom:abc' })).toBe('custom:abc');
    const keys = customKeysOf({
      a: { id: 'a', attribute: 'expertise', label: 'A', updatedAt: '' },
      b: { id: 'b', attribute: 'perspective', label: 'B', updatedAt: '' },
    });
    expect(keys).toEqual({ expertise: ['custom:a'], style: [], perspective: ['custom:b'] });
    expect(customKeysOf(undefined)).toEqual({ expertise: [], style: [], perspective: [] });
  });

  it('compositionOf reads the arena table', () => {
    const c = compositionOf(arenaWith([{ expertise: ['safety'] }, { expertise: ['welfare'], position: CONTEXT }]));
    expect(c.atTable).toEqual(['p0000']);
    expect(c.attributes.expertise.categories.map((x) => x.key)).toEqual(['safety']);
  });
});
