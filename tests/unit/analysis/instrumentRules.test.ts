import { describe, expect, it } from 'vitest';
import { analyse, type Finding } from '../../../src/domain/analysis';
import type { Arena, Instrument } from '../../../src/domain/arena';
import { createInstrument } from '../../../src/domain/instruments';
import { COMPLEMENTARY, CONTEXT, OUTSIDE, arenaWith, resource } from './helpers';

const byRule = (findings: Finding[], rule: Finding['rule']) => findings.filter((f) => f.rule === rule);
const summary = (findings: Finding[]) => findings.map((f) => [f.key, f.severity, f.partners]);

let n = 0;
/** Gives partner `partnerId` an instrument of `type` (and the sheet answers in `sheet`). */
function steer(arena: Arena, partnerId: string, type: Instrument['type'], sheet: Partial<Instrument> = {}): Arena {
  const id = `i${n++}`;
  arena.instruments[id] = { ...createInstrument(partnerId, `Instrument ${id}`, type, new Date(Date.UTC(2025, 0, 1, 0, n)).toISOString(), id), ...sheet };
  return arena;
}

const HIGH = [resource('r1', 4, 1)]; // important, hardly replaceable
const LIMITED = [resource('r1', 4, 3)];
const NONE = [resource('r1', 2, 3)];

describe('market steering toward a partner that is hard to replace', () => {
  it('warns when the partner is the only one at the table with one of its expertises', () => {
    const arena = arenaWith([{ expertise: ['welfare'] }, { expertise: ['welfare', 'housing'] }, { expertise: ['welfare'] }]);
    steer(arena, 'p0001', 'market');
    expect(summary(byRule(analyse(arena), 'marketWithoutMarket'))).toEqual([['marketWithoutMarket:p0001', 'warning', ['p0001']]]);
  });

  it('says nothing when a second partner at the table carries that expertise (the boundary: one carrier)', () => {
    const arena = arenaWith([{ expertise: ['housing'] }, { expertise: ['welfare', 'housing'] }, { expertise: ['welfare'] }]);
    steer(arena, 'p0001', 'market');
    expect(byRule(analyse(arena), 'marketWithoutMarket')).toEqual([]);
  });

  it('warns for the only partner with the user or resident perspective, not when two bring it', () => {
    const one = arenaWith([{ expertise: ['welfare'], perspective: ['resident'] }, { expertise: ['welfare'] }, { expertise: ['welfare'] }]);
    steer(one, 'p0000', 'market');
    expect(byRule(analyse(one), 'marketWithoutMarket')).toHaveLength(1);
    const two = arenaWith([{ expertise: ['welfare'], perspective: ['resident'] }, { expertise: ['welfare'], perspective: ['user'] }, { expertise: ['welfare'] }]);
    steer(two, 'p0000', 'market');
    expect(byRule(analyse(two), 'marketWithoutMarket')).toEqual([]);
  });

  it('warns when its resources give high dependency, wherever it sits, and not for a limited one', () => {
    const arena = arenaWith([{ expertise: ['welfare'], resources: HIGH, position: CONTEXT }, { expertise: ['welfare'], resources: LIMITED }, { expertise: ['welfare'] }]);
    steer(arena, 'p0000', 'market');
    steer(arena, 'p0001', 'market');
    expect(summary(byRule(analyse(arena), 'marketWithoutMarket'))).toEqual([['marketWithoutMarket:p0000', 'warning', ['p0000']]]);
  });

  it('warns when the sheet says no other organisation could deliver, not when one could', () => {
    const arena = arenaWith([{ expertise: ['welfare'] }, { expertise: ['welfare'] }, { expertise: ['welfare'] }]);
    steer(arena, 'p0000', 'market', { alternatives: 'none' });
    steer(arena, 'p0001', 'market', { alternatives: 'one' });
    const found = byRule(analyse(arena), 'marketWithoutMarket');
    expect(summary(found)).toEqual([['marketWithoutMarket:p0000', 'warning', ['p0000']]]);
    expect(found[0]!.numbers).toEqual({ count: 1 });
  });

  it('only market instruments count: the same partner steered communicatively or juridically is not warned about', () => {
    const arena = arenaWith([{ expertise: ['welfare'] }, { expertise: ['welfare', 'housing'] }, { expertise: ['welfare'] }]);
    steer(arena, 'p0001', 'communicative');
    steer(arena, 'p0001', 'juridical');
    expect(byRule(analyse(arena), 'marketWithoutMarket')).toEqual([]);
    steer(arena, 'p0001', 'market');
    steer(arena, 'p0001', 'market');
    expect(byRule(analyse(arena), 'marketWithoutMarket').map((f) => f.numbers.count)).toEqual([2]);
  });
});

describe('heavier steering than the role needs', () => {
  it('warns about juridical or hierarchical steering of a partner in the context ring or among the not relevant', () => {
    const arena = arenaWith([{ position: CONTEXT }, { position: OUTSIDE }, { position: CONTEXT }]);
    steer(arena, 'p0000', 'juridical');
    steer(arena, 'p0001', 'hierarchical');
    steer(arena, 'p0002', 'market');
    const found = byRule(analyse(arena), 'heavySteering');
    expect(summary(found)).toEqual([
      ['heavySteering:p0000', 'warning', ['p0000']],
      ['heavySteering:p0001', 'warning', ['p0001']],
    ]);
    expect(found.map((f) => f.numbers.weight)).toEqual([2, 3]);
  });

  it('warns about a partner whose assessed resources give no dependency, wherever it sits', () => {
    const arena = arenaWith([{ resources: NONE }, { resources: LIMITED }, { resources: HIGH, position: COMPLEMENTARY }]);
    for (const id of ['p0000', 'p0001', 'p0002']) steer(arena, id, 'juridical');
    expect(summary(byRule(analyse(arena), 'heavySteering'))).toEqual([['heavySteering:p0000', 'warning', ['p0000']]]);
  });

  it('says nothing for market steering (the boundary), at the table without resources, or unplaced', () => {
    const arena = arenaWith([{ position: CONTEXT }, {}, { position: COMPLEMENTARY }, { position: null }]);
    steer(arena, 'p0000', 'market');
    steer(arena, 'p0001', 'hierarchical');
    steer(arena, 'p0002', 'juridical');
    steer(arena, 'p0003', 'juridical');
    expect(byRule(analyse(arena), 'heavySteering')).toEqual([]);
  });
});

describe('a core partner the network depends on, steered by nothing', () => {
  it('notes it once the arena has an instrument', () => {
    const arena = arenaWith([{ resources: HIGH }, { resources: HIGH }, { position: CONTEXT }]);
    expect(byRule(analyse(arena), 'coreWithoutInstrument')).toEqual([]);
    steer(arena, 'p0002', 'communicative');
    expect(summary(byRule(analyse(arena), 'coreWithoutInstrument'))).toEqual([
      ['coreWithoutInstrument:p0000', 'info', ['p0000']],
      ['coreWithoutInstrument:p0001', 'info', ['p0001']],
    ]);
    steer(arena, 'p0001', 'communicative');
    expect(byRule(analyse(arena), 'coreWithoutInstrument').map((f) => f.subject)).toEqual(['p0000']);
  });

  it('says nothing for a limited dependency, unknown resources, or outside the core', () => {
    const arena = arenaWith([{ resources: LIMITED }, {}, { resources: HIGH, position: COMPLEMENTARY }]);
    steer(arena, 'p0001', 'market');
    arena.instruments = Object.fromEntries(Object.entries(arena.instruments).map(([k, v]) => [k, { ...v, partnerId: 'p0002' }]));
    expect(byRule(analyse(arena), 'coreWithoutInstrument')).toEqual([]);
  });
});
