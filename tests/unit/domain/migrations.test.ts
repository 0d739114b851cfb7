import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { migrateToCurrent, MIGRATIONS } from '../../../src/domain/migrations';
import { createArena, SCHEMA_VERSION } from '../../../src/domain/arena';

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
    expect(result.doc).toMatchObject({
      schemaVersion: 2,
      title: 'Old',
      future: { kept: true },
      actions: {},
      team: {},
      strategic: { alone: null, result: '', updatedAt: '2025-02-01T00:00:00.000Z' },
      governance: { form: null, mandated: false },
      partners: { p1: { name: 'Police', position: { x: 1, y: 2 }, extra: 'kept', resources: {} } },
    });
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
