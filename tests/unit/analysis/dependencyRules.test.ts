import { describe, expect, it } from 'vitest';
import { analyse, type Finding } from '../../../src/domain/analysis';
import { COMPLEMENTARY, CONTEXT, OUTSIDE, arenaWith, resource } from './helpers';

const byRule = (findings: Finding[], rule: Finding['rule']) => findings.filter((f) => f.rule === rule);

const HIGH = [resource('r1', 4, 1)]; // important, irreplaceable
const HIGH_AT_EDGE = [resource('r1', 3, 2)]; // 3 is high importance, 2 low replaceability
const LIMITED = [resource('r1', 4, 3)];
const NONE = [resource('r1', 2, 3)];

describe('dependency outside the core', () => {
  it('warns about a high-dependency partner in the complementary, context or outside ring, one per partner', () => {
    const arena = arenaWith([
      { resources: HIGH, position: COMPLEMENTARY },
      { resources: HIGH_AT_EDGE, position: CONTEXT },
      { resources: HIGH, position: OUTSIDE },
    ]);
    const found = byRule(analyse(arena), 'dependencyOutsideCore');
    expect(found.map((f) => [f.key, f.severity, f.partners])).toEqual([
      ['dependencyOutsideCore:p0000', 'warning', ['p0000']],
      ['dependencyOutsideCore:p0001', 'warning', ['p0001']],
      ['dependencyOutsideCore:p0002', 'warning', ['p0002']],
    ]);
  });

  it('says nothing in the core, unplaced, with a limited dependency, or without resources', () => {
    const arena = arenaWith([
      { resources: HIGH },
      { resources: HIGH, position: null },
      { resources: LIMITED, position: CONTEXT },
      { resources: [resource('r1', 2, 2)], position: CONTEXT },
      { position: CONTEXT },
    ]);
    expect(byRule(analyse(arena), 'dependencyOutsideCore')).toEqual([]);
  });

  it('one irreplaceable resource is enough, whatever else the partner brings', () => {
    const arena = arenaWith([{ resources: [...NONE, resource('r2', 3, 1)], position: COMPLEMENTARY }]);
    expect(byRule(analyse(arena), 'dependencyOutsideCore')).toHaveLength(1);
  });
});

describe('core without dependency', () => {
  it('notes a core partner whose assessed resources give no dependency', () => {
    const arena = arenaWith([{ resources: NONE }, { resources: [resource('r1', 1, 4), resource('r2', 2, 3)] }]);
    const found = byRule(analyse(arena), 'coreWithoutDependency');
    expect(found.map((f) => [f.key, f.severity, f.partners])).toEqual([
      ['coreWithoutDependency:p0000', 'info', ['p0000']],
      ['coreWithoutDependency:p0001', 'info', ['p0001']],
    ]);
  });

  it('says nothing without resources (unknown), with a limited or high dependency, or outside the core', () => {
    const arena = arenaWith([
      {},
      { resources: LIMITED },
      { resources: [resource('r1', 1, 1)] },
      { resources: [...NONE, ...HIGH] },
      { resources: NONE, position: COMPLEMENTARY },
    ]);
    expect(byRule(analyse(arena), 'coreWithoutDependency')).toEqual([]);
  });
});
