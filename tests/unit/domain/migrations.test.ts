import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { migrateToCurrent, MIGRATIONS } from '../../../src/domain/migrations';
import { createArena, SCHEMA_VERSION } from '../../../src/domain/arena';
import fc from 'fast-check';
import { migratePosition, remapRadius, v2RingOf, v2ToV3 } from '../../../src/domain/migrations/v2ToV3';
import { v3ToV4 } from '../../../src/domain/migrations/v3ToV4';
import { distance, GOAL_RADIUS, OUTSIDE_BAND, RING_OUTER, ringBounds, ringOf, type Point } from '../../../src/domain/rings';

describe('migrateToCurrent', () => {
  it('passes a current document through unchanged', () => {
    const doc = { ...createArena('A', '2025-01-01T00:00:00.000Z', 'a1'), extra: { kept: true } } as unknown as Record<string, unknown>;
    const snapshot = structuredClone(doc);
    const result = migrateToCurrent(doc);
    expect(result).toEqual({ ok: true, doc: snapshot, from: SCHEMA_VERSION });
    expect(doc).toEqual(snapshot);
  });

  it('v1 → v2 adds the empty analysis beyond the map and resources per partner, keeping every v1 value and unknown field', () => {
    const v1 = {
      id: 'a1',
      schemaVersion: 1,
      title: 'Old',
      goal: 'g',
      createdAt: '2025-01-01T00:00:00.000Z',
      updatedAt: '2025-02-01T00:00:00.000Z',
      partners: { p1: { id: 'p1', name: 'Police', position: { x: 1, y: 2 }, extra: 'kept' } },
      tags: {},
      acknowledgements: {},
      future: { kept: true },
    };
    const result = migrateToCurrent(v1);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.from).toBe(1);
    expect(MIGRATIONS[1]!(v1)).toMatchObject({
      schemaVersion: 1,
      title: 'Old',
      future: { kept: true },
      actions: {},
      team: {},
      strategic: { alone: null, result: '', updatedAt: '2025-02-01T00:00:00.000Z' },
      governance: { form: null, mandated: false },
      partners: { p1: { name: 'Police', position: { x: 1, y: 2 }, extra: 'kept', resources: {} } },
    });
    expect(result.doc).toMatchObject({ schemaVersion: SCHEMA_VERSION, future: { kept: true }, actions: {}, partners: { p1: { name: 'Police', extra: 'kept', resources: {} } } });
    // The input is not changed.
    expect(v1.schemaVersion).toBe(1);
  });

  it('v1 → v2 leaves a damaged partners field as it is, for validation to report', () => {
    const result = migrateToCurrent({ id: 'a', schemaVersion: 1, partners: ['not', 'a', 'record'] });
    expect(result.ok && result.doc.partners).toEqual(['not', 'a', 'record']);
  });

  it('opens the frozen v1 fixture', () => {
    const path = fileURLToPath(new URL('../../fixtures/formats/v1.arena.json', import.meta.url));
    const raw = JSON.parse(fs.readFileSync(path, 'utf8')) as Record<string, unknown>;
    const doc = (raw.arena ?? raw) as Record<string, unknown>;
    const result = migrateToCurrent(doc);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.doc.schemaVersion).toBe(SCHEMA_VERSION);
  });

  it('refuses a newer version and says which', () => {
    expect(migrateToCurrent({ schemaVersion: SCHEMA_VERSION + 1 })).toEqual({ ok: false, error: 'newer', version: SCHEMA_VERSION + 1 });
    expect(migrateToCurrent({ schemaVersion: 42 })).toEqual({ ok: false, error: 'newer', version: 42 });
  });

  it.each([
    ['missing', {}],
    ['zero', { schemaVersion: 0 }],
    ['negative', { schemaVersion: -1 }],
    ['fractional', { schemaVersion: 1.5 }],
    ['text', { schemaVersion: '1' }],
    ['null', { schemaVersion: null }],
    ['NaN', { schemaVersion: Number.NaN }],
    ['Infinity', { schemaVersion: Number.POSITIVE_INFINITY }],
  ])('refuses a %s version as badVersion', (_label, doc) => {
    expect(migrateToCurrent(doc as Record<string, unknown>)).toEqual({ ok: false, error: 'badVersion' });
  });

  it('has a migration for every version below the current one', () => {
    for (let v = 1; v < SCHEMA_VERSION; v++) expect(typeof MIGRATIONS[v]).toBe('function');
  });
});

describe('v2 → v3: the denser rings', () => {
  const at = (radius: number, angle: number): Point => ({ x: Math.cos(angle) * radius, y: Math.sin(angle) * radius });
  /** The format-2 boundaries, written out here as the old README and rings.ts had them. */
  const OLD = { goal: 100, core: 270, complementary: 460, context: 650, parking: 860 };

  it('maps each format-2 boundary onto the format-3 one', () => {
    expect(remapRadius(0)).toBe(0);
    expect(remapRadius(OLD.goal)).toBe(GOAL_RADIUS);
    expect(remapRadius(OLD.core)).toBe(RING_OUTER.core);
    expect(remapRadius(OLD.complementary)).toBe(RING_OUTER.complementary);
    expect(remapRadius(OLD.context)).toBe(RING_OUTER.context);
    expect(remapRadius(OLD.parking)).toBe(RING_OUTER.context + OUTSIDE_BAND);
  });

  it('keeps the relative depth within a band: the middle of a format-2 ring lands in the middle of the same ring', () => {
    expect(remapRadius((OLD.core + OLD.complementary) / 2)).toBeCloseTo((ringBounds('complementary').inner + ringBounds('complementary').outer) / 2, 9);
    expect(remapRadius((OLD.goal + OLD.core) / 2)).toBeCloseTo((GOAL_RADIUS + RING_OUTER.core) / 2, 9);
  });

  it('goes on growing past the drawn parking band', () => {
    expect(remapRadius(2000)).toBeGreaterThan(remapRadius(1000));
    expect(remapRadius(1000)).toBeGreaterThan(RING_OUTER.context + OUTSIDE_BAND);
  });

  it('moves positions just either side of every boundary into the same ring as before', () => {
    for (const b of [OLD.core, OLD.complementary, OLD.context]) {
      for (const d of [b - 0.01, b - 0.005, b, b + 0.005, b + 0.01]) {
        for (const angle of [0, 0.3, 1, Math.PI / 4, 2.5, -2]) {
          const p = { x: Math.round(at(d, angle).x * 100) / 100, y: Math.round(at(d, angle).y * 100) / 100 };
          expect(ringOf(migratePosition(p)), `${d} at ${angle}`).toBe(v2RingOf(p));
        }
      }
    }
  });

  it('property: every position keeps its ring and its direction, in hundredths', () => {
    const coordinate = fc.double({ min: -3000, max: 3000, noNaN: true }).map((n) => Math.round(n * 100) / 100);
    fc.assert(
      fc.property(coordinate, coordinate, (x, y) => {
        const p = { x, y };
        const q = migratePosition(p);
        expect(ringOf(q)).toBe(v2RingOf(p));
        expect(Math.round(q.x * 100) / 100).toBe(q.x);
        expect(Math.round(q.y * 100) / 100).toBe(q.y);
        if (distance(p) > 5) {
          const turn = Math.atan2(p.x * q.y - p.y * q.x, p.x * q.x + p.y * q.y);
          expect(Math.abs(turn)).toBeLessThan(1e-3);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('moves the partners of a document and leaves everything else as it was', () => {
    const doc = {
      id: 'a',
      schemaVersion: 2,
      other: { kept: true },
      partners: {
        core: { id: 'core', position: { x: 0, y: -185, z: 'kept' }, extra: 1 },
        parked: { id: 'parked', position: { x: 755, y: 0 } },
        listed: { id: 'listed', position: null },
        damaged: { id: 'damaged', position: { x: 'one', y: 2 } },
        infinite: { id: 'infinite', position: { x: Number.POSITIVE_INFINITY, y: 0 } },
        notARecord: 'text',
      },
    };
    const snapshot = structuredClone(doc);
    const out = v2ToV3(doc) as typeof doc;
    expect(doc).toEqual(snapshot);
    expect(out.other).toBe(doc.other);
    expect(out.partners.core).toEqual({ id: 'core', position: { x: 0, y: -150, z: 'kept' }, extra: 1 });
    expect(out.partners.parked.position).toEqual({ x: 510, y: 0 });
    expect(ringOf(out.partners.parked.position)).toBe('outside');
    expect(out.partners.listed).toBe(doc.partners.listed);
    expect(out.partners.damaged).toBe(doc.partners.damaged);
    expect(out.partners.infinite).toBe(doc.partners.infinite);
    expect(out.partners.notARecord).toBe('text');
    expect(v2ToV3({ schemaVersion: 2, partners: ['a'] }).partners).toEqual(['a']);
  });

  it('runs on a format-2 document as part of migrateToCurrent', () => {
    const v2 = { ...createArena('A', '2025-01-01T00:00:00.000Z', 'a1'), schemaVersion: 2 } as unknown as Record<string, unknown> & { partners: Record<string, unknown> };
    v2.partners = { p: { id: 'p', position: { x: 365, y: 0 } } };
    const result = migrateToCurrent(v2);
    expect(result.ok && result.from).toBe(2);
    expect(result.ok && result.doc.schemaVersion).toBe(SCHEMA_VERSION);
    expect(result.ok && (result.doc.partners as Record<string, { position: Point }>).p!.position).toEqual({ x: 270, y: 0 });
  });
});

describe('v3 → v4: instruments and ties', () => {
  it('adds both empty, keeps every other field, and does not change its input', () => {
    const v3 = { id: 'a1', schemaVersion: 3, title: 'T', partners: { p: { id: 'p', name: 'P' } }, future: { kept: true } };
    const snapshot = structuredClone(v3);
    expect(v3ToV4(v3)).toEqual({ ...snapshot, instruments: {}, ties: {} });
    expect(v3).toEqual(snapshot);
    const result = migrateToCurrent(v3);
    expect(result.ok && result.from).toBe(3);
    expect(result.ok && result.doc).toMatchObject({ schemaVersion: 4, instruments: {}, ties: {}, future: { kept: true }, partners: { p: { name: 'P' } } });
  });

  it('leaves instruments or ties a hand-made file has already, for validation to judge', () => {
    expect(v3ToV4({ schemaVersion: 3, instruments: 'odd', ties: { t: 1 } })).toEqual({ schemaVersion: 3, instruments: 'odd', ties: { t: 1 } });
  });

  it('opens the frozen v3 fixture with empty instruments and ties', () => {
    const path = fileURLToPath(new URL('../../fixtures/formats/v3.arena.json', import.meta.url));
    const raw = JSON.parse(fs.readFileSync(path, 'utf8')) as { arena: Record<string, unknown> };
    const result = migrateToCurrent(raw.arena);
    expect(result.ok && result.doc).toMatchObject({ schemaVersion: SCHEMA_VERSION, instruments: {}, ties: {}, partners: raw.arena.partners });
  });
});
