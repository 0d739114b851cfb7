import { describe, expect, it } from 'vitest';
import type { Partner, Resource, Score } from '../../../src/domain/arena';
import {
  DEPENDENCY_TABLE,
  isScore,
  maxDependency,
  partnerDependency,
  resourceDependency,
  scoreLevel,
  suggestedRing,
  type Dependency,
} from '../../../src/domain/dependency';

const T = '2025-01-01T00:00:00.000Z';

function resource(id: string, importance: number, replaceability: number): Resource {
  return { id, kind: 'money', importance: importance as Score, replaceability: replaceability as Score, note: '', updatedAt: T };
}

function withResources(...list: Resource[]): Pick<Partner, 'resources'> {
  return { resources: Object.fromEntries(list.map((r) => [r.id, r])) };
}

describe('the worksheet table as data', () => {
  it('has the four rows of the worksheet, in order', () => {
    expect(DEPENDENCY_TABLE).toEqual([
      { importance: 'high', replaceability: 'low', dependency: 'high', rings: ['core'] },
      { importance: 'high', replaceability: 'high', dependency: 'limited', rings: ['complementary'] },
      { importance: 'low', replaceability: 'low', dependency: 'limited', rings: ['complementary'] },
      { importance: 'low', replaceability: 'high', dependency: 'none', rings: ['context', 'outside'] },
    ]);
  });

  it('reads 1–2 as low and 3–4 as high', () => {
    expect(([1, 2, 3, 4] as Score[]).map(scoreLevel)).toEqual(['low', 'low', 'high', 'high']);
  });
});

describe('resourceDependency, cell by cell (importance × replaceability)', () => {
  // Rows: importance 1..4; columns: replaceability 1..4.
  const expected: Record<number, Record<number, Dependency>> = {
    1: { 1: 'limited', 2: 'limited', 3: 'none', 4: 'none' },
    2: { 1: 'limited', 2: 'limited', 3: 'none', 4: 'none' },
    3: { 1: 'high', 2: 'high', 3: 'limited', 4: 'limited' },
    4: { 1: 'high', 2: 'high', 3: 'limited', 4: 'limited' },
  };
  const cells = ([1, 2, 3, 4] as Score[]).flatMap((i) => ([1, 2, 3, 4] as Score[]).map((r) => [i, r] as const));
  it.each(cells)('importance %i, replaceability %i', (importance, replaceability) => {
    expect(resourceDependency(importance, replaceability)).toBe(expected[importance]![replaceability]);
  });
  it('covers all 16 combinations', () => {
    expect(cells).toHaveLength(16);
  });
});

describe('partnerDependency', () => {
  it('is null (unknown) without resources, never none', () => {
    expect(partnerDependency({ resources: {} })).toBeNull();
    expect(partnerDependency({} as Pick<Partner, 'resources'>)).toBeNull();
  });

  it('is the highest over the resources', () => {
    expect(partnerDependency(withResources(resource('a', 1, 4)))).toBe('none');
    expect(partnerDependency(withResources(resource('a', 1, 4), resource('b', 2, 1)))).toBe('limited');
    expect(partnerDependency(withResources(resource('a', 1, 4), resource('b', 4, 1), resource('c', 3, 3)))).toBe('high');
  });

  it('ignores resources with invalid scores (a damaged file)', () => {
    expect(partnerDependency(withResources(resource('a', 0, 1), resource('b', 5, 1), resource('c', 2.5, 1)))).toBeNull();
    expect(partnerDependency(withResources(resource('a', 0, 1), resource('b', 1, 3)))).toBe('none');
    expect([0, 1, 4, 5, 2.5, Number.NaN, '3'].map(isScore)).toEqual([false, true, true, false, false, false, false]);
  });

  it('maxDependency orders none < limited < high, null lowest', () => {
    expect(maxDependency(null, null)).toBeNull();
    expect(maxDependency(null, 'none')).toBe('none');
    expect(maxDependency('limited', 'none')).toBe('limited');
    expect(maxDependency('limited', 'high')).toBe('high');
  });
});

describe('suggestedRing', () => {
  it('follows the worksheet: high → core, limited → complementary, none → context or not relevant', () => {
    expect(suggestedRing('high')).toEqual(['core']);
    expect(suggestedRing('limited')).toEqual(['complementary']);
    expect(suggestedRing('none')).toEqual(['context', 'outside']);
    expect(suggestedRing(null)).toEqual([]);
  });
});
