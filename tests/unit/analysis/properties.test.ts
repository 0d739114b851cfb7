import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyse, compose, compositionOf, type Finding } from '../../../src/domain/analysis';
import type { Partner } from '../../../src/domain/arena';
import { RING_OUTER, type Point } from '../../../src/domain/rings';
import { EXPERTISE_KEYS, PERSPECTIVE_KEYS, STYLE_KEYS } from '../../../src/domain/vocabularies';
import { CONTEXT, OUTSIDE, arenaOf, makePartners, type PartnerSpec } from './helpers';

const RANK: Record<string, number> = { none: 0, info: 0, warning: 1, severe: 2 };

const expertiseKey = fc.constantFrom<string>(...EXPERTISE_KEYS, 'custom:a', 'custom:b');
const atTablePoint: fc.Arbitrary<Point> = fc
  .tuple(fc.double({ min: 0, max: RING_OUTER.complementary * 0.999, noNaN: true }), fc.double({ min: -Math.PI, max: Math.PI, noNaN: true }))
  .map(([r, a]) => ({ x: Math.cos(a) * r, y: Math.sin(a) * r }));
const anyPosition: fc.Arbitrary<Point | null> = fc.oneof(atTablePoint, fc.constant(CONTEXT), fc.constant(OUTSIDE), fc.constant(null));

const spec = (position: fc.Arbitrary<Point | null>, minExpertise = 0): fc.Arbitrary<PartnerSpec> =>
  fc.record({
    expertise: fc.array(expertiseKey, { minLength: minExpertise, maxLength: 4 }),
    style: fc.option(fc.constantFrom<string>(...STYLE_KEYS), { nil: null }),
    perspective: fc.array(fc.constantFrom<string>(...PERSPECTIVE_KEYS), { maxLength: 3 }),
    position,
  });

function severityOf(findings: Finding[], subject: string): number {
  const f = findings.find((x) => x.rule === 'oneSidedExpertise' && x.subject === subject);
  return RANK[f?.severity ?? 'none']!;
}

describe('properties', () => {
  it('adding a partner with only a category not yet at the table never makes one-sidedness worse', () => {
    fc.assert(
      fc.property(
        fc.array(spec(atTablePoint, 1), { minLength: 3, maxLength: 25 }),
        fc.array(spec(anyPosition), { maxLength: 10 }),
        fc.boolean(),
        (tagged, others, preferDefault) => {
          const partners = makePartners([...tagged, ...others]);
          const before = analyse(arenaOf(partners, 'x'));
          const present = new Set(compositionOf(arenaOf(partners)).attributes.expertise.categories.map((c) => c.key));
          const fresh = (preferDefault ? EXPERTISE_KEYS.find((k) => !present.has(k)) : undefined) ?? 'custom:new';
          const added = makePartners([{ expertise: [fresh] }], partners.length);
          const after = analyse(arenaOf([...partners, ...added], 'x'));
          const maxBefore = Math.max(0, ...before.filter((f) => f.rule === 'oneSidedExpertise').map((f) => RANK[f.severity]!));
          const maxAfter = Math.max(0, ...after.filter((f) => f.rule === 'oneSidedExpertise').map((f) => RANK[f.severity]!));
          expect(maxAfter).toBeLessThanOrEqual(maxBefore);
          for (const f of after.filter((x) => x.rule === 'oneSidedExpertise')) {
            expect(RANK[f.severity]!).toBeLessThanOrEqual(severityOf(before, f.subject!));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('the insertion order of the partners record never changes the findings', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(spec(anyPosition), fc.integer({ min: 0, max: 3 })), { maxLength: 30 }).chain((rows) =>
          fc.tuple(fc.constant(rows), fc.shuffledSubarray(rows.map((_, i) => i), { minLength: rows.length, maxLength: rows.length })),
        ),
        fc.constantFrom('', 'Liveability', 'Halve the empty shops by 2026'),
        ([rows, permutation], goal) => {
          // Few distinct creation times, so ties are broken by id.
          const partners: Partner[] = makePartners(rows.map(([s]) => s)).map((p, i) => ({
            ...p,
            createdAt: `2024-01-0${1 + rows[i]![1]}T00:00:00.000Z`,
          }));
          const shuffled = permutation.map((i) => partners[i]!);
          expect(analyse(arenaOf(shuffled, goal))).toEqual(analyse(arenaOf(partners, goal)));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('the diversity score stays within [0, 1] for every attribute, whatever the tags', () => {
    const anyKey = fc.oneof(expertiseKey, fc.constantFrom(...STYLE_KEYS, ...PERSPECTIVE_KEYS, ''), fc.string({ maxLength: 6 }));
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            expertise: fc.array(anyKey, { maxLength: 6 }),
            style: fc.option(anyKey, { nil: null }),
            perspective: fc.array(anyKey, { maxLength: 4 }),
          }),
          { maxLength: 40 },
        ),
        fc.array(fc.constantFrom('custom:a', 'custom:z', 'housing'), { maxLength: 3 }),
        (specs, custom) => {
          const c = compose(makePartners(specs), { expertise: custom, style: custom, perspective: custom });
          for (const attr of Object.values(c.attributes)) {
            expect(attr.diversity).toBeGreaterThanOrEqual(0);
            expect(attr.diversity).toBeLessThanOrEqual(1);
            expect(attr.vocabularySize).toBeGreaterThanOrEqual(attr.categories.length);
            if (attr.tagged > 0) {
              expect(attr.categories.reduce((s, x) => s + x.proportion, 0)).toBeCloseTo(1, 9);
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
