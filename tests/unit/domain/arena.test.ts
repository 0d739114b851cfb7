import { describe, expect, it } from 'vitest';
import {
  checkName,
  createArena,
  createPartner,
  duplicateArena,
  MAX_NAME_LENGTH,
  normaliseName,
  partnerCount,
  partnersInOrder,
  SCHEMA_VERSION,
  type Partner,
} from '../../../src/domain/arena';

const T0 = '2025-01-01T00:00:00.000Z';
const T1 = '2025-01-01T00:00:01.000Z';
const T2 = '2025-01-01T00:00:02.000Z';

describe('createArena', () => {
  it('builds an empty arena with the given title, time and id', () => {
    const arena = createArena('Safe market square', T0, 'a1');
    expect(arena).toEqual({
      id: 'a1',
      schemaVersion: SCHEMA_VERSION,
      title: 'Safe market square',
      goal: '',
      createdAt: T0,
      updatedAt: T0,
      partners: {},
      tags: {},
      acknowledgements: {},
      strategic: { alone: null, aloneWhy: '', complexity: '', result: '', deadline: '', updatedAt: T0 },
      governance: { form: null, trust: null, consensus: null, competencies: null, mandated: false, mandateNote: '', updatedAt: T0 },
      actions: {},
      team: {},
      instruments: {},
      ties: {},
    });
  });

  it('gives each arena a fresh random id when none is passed', () => {
    const a = createArena('A', T0);
    const b = createArena('B', T0);
    expect(a.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(a.id).not.toBe(b.id);
  });
});

describe('createPartner', () => {
  it('trims name and type and fills the defaults', () => {
    const p = createPartner({ name: '  Local police \n', type: '  public service ' }, T0, 'p1');
    expect(p).toEqual({
      id: 'p1',
      name: 'Local police',
      type: 'public service',
      notes: '',
      position: null,
      expertise: [],
      style: null,
      perspective: [],
      resources: {},
      createdAt: T0,
      updatedAt: T0,
    });
  });

  it('keeps notes as written (they are free text) and defaults a missing type to empty', () => {
    const p = createPartner({ name: 'Library', notes: '  two lines\n  indented ' }, T0);
    expect(p.notes).toBe('  two lines\n  indented ');
    expect(p.type).toBe('');
    expect(p.id).not.toBe('');
  });
});

describe('checkName', () => {
  it('refuses an empty name', () => {
    expect(checkName('')).toEqual({ ok: false, error: 'empty' });
  });

  it('refuses a whitespace-only name (spaces, tabs, newlines, no-break spaces)', () => {
    expect(checkName('   \t\n\u00a0 ')).toEqual({ ok: false, error: 'empty' });
  });

  it('accepts and trims a normal name', () => {
    expect(checkName('  Youth work  ')).toEqual({ ok: true, value: 'Youth work' });
  });

  it('accepts 1,000 characters', () => {
    const name = 'x'.repeat(1000);
    expect(checkName(name)).toEqual({ ok: true, value: name });
  });

  it('accepts exactly MAX_NAME_LENGTH characters and refuses one more', () => {
    expect(checkName('y'.repeat(MAX_NAME_LENGTH)).ok).toBe(true);
    expect(checkName('y'.repeat(MAX_NAME_LENGTH + 1))).toEqual({ ok: false, error: 'tooLong' });
  });

  it('measures the length after trimming', () => {
    expect(checkName(`   ${'z'.repeat(MAX_NAME_LENGTH)}   `).ok).toBe(true);
  });

  it('honours a custom maximum', () => {
    expect(checkName('abcdef', 5)).toEqual({ ok: false, error: 'tooLong' });
    expect(checkName('abcde', 5)).toEqual({ ok: true, value: 'abcde' });
  });
});

describe('partnersInOrder', () => {
  const p = (id: string, createdAt: string): Partner => createPartner({ name: id }, createdAt, id);

  it('orders by createdAt, then by id, whatever the insertion order of the record', () => {
    const list = [p('c', T1), p('b', T0), p('a', T1), p('d', T2), p('e', T0)];
    const expected = ['b', 'e', 'a', 'c', 'd'];
    const forward = Object.fromEntries(list.map((x) => [x.id, x]));
    const backward = Object.fromEntries([...list].reverse().map((x) => [x.id, x]));
    expect(partnersInOrder({ partners: forward }).map((x) => x.id)).toEqual(expected);
    expect(partnersInOrder({ partners: backward }).map((x) => x.id)).toEqual(expected);
  });

  it('returns an empty list for no partners and does not change the record', () => {
    expect(partnersInOrder({ partners: {} })).toEqual([]);
    const partners = { z: p('z', T0), y: p('y', T0) };
    partnersInOrder({ partners });
    expect(Object.keys(partners)).toEqual(['z', 'y']);
  });
});

describe('normaliseName', () => {
  it('ignores case', () => {
    expect(normaliseName('Local POLICE')).toBe(normaliseName('local police'));
  });

  it('ignores accents', () => {
    expect(normaliseName('Café Crème')).toBe('cafe creme');
    // A precomposed and a decomposed é are the same name.
    expect(normaliseName('Caf\u00e9')).toBe(normaliseName('Cafe\u0301'));
  });

  it('collapses and trims spacing', () => {
    expect(normaliseName('  Local \t  police\n')).toBe('local police');
  });

  it('keeps different names different', () => {
    expect(normaliseName('Police')).not.toBe(normaliseName('Polis'));
  });
});

describe('duplicateArena', () => {
  const original = () => {
    const arena = createArena('Original', T0, 'orig');
    arena.goal = 'Fewer evictions';
    const partner = { ...createPartner({ name: 'Housing corp' }, T0, 'p1'), position: { x: 10, y: 20 }, expertise: ['housing'] };
    arena.partners[partner.id] = partner;
    arena.tags['custom:1'] = { id: 'custom:1', attribute: 'expertise', label: 'Debt', updatedAt: T0 };
    arena.acknowledgements['k'] = { id: 'k', reason: 'on purpose', updatedAt: T0 };
    return arena;
  };

  it('gets a new id, title and times and keeps the same partners, tags and acknowledgements', () => {
    const source = original();
    const copy = duplicateArena(source, 'Original (copy)', T2, 'copy');
    expect(copy.id).toBe('copy');
    expect(copy.title).toBe('Original (copy)');
    expect(copy.createdAt).toBe(T2);
    expect(copy.updatedAt).toBe(T2);
    expect(copy.goal).toBe('Fewer evictions');
    expect(copy.partners).toEqual(source.partners);
    expect(copy.tags).toEqual(source.tags);
    expect(copy.acknowledgements).toEqual(source.acknowledgements);
    expect(partnerCount(copy)).toBe(1);
  });

  it('draws a fresh id when none is passed', () => {
    const source = original();
    expect(duplicateArena(source, 'x', T2).id).not.toBe(source.id);
  });

  it('is a deep copy: changing the copy leaves the original alone', () => {
    const source = original();
    const snapshot = structuredClone(source);
    const copy = duplicateArena(source, 'Copy', T2, 'copy');
    copy.partners['p1']!.name = 'Changed';
    copy.partners['p1']!.position!.x = 999;
    copy.partners['p1']!.expertise.push('safety');
    copy.tags['custom:1']!.label = 'Changed';
    copy.acknowledgements['k']!.reason = 'Changed';
    delete copy.partners['p1'];
    expect(source).toEqual(snapshot);
  });
});
