import { describe, expect, it } from 'vitest';
import { trustMeasures, type TieLike } from '../../../src/domain/trust';

const ids = (n: number) => Array.from({ length: n }, (_, i) => `p${i}`);
const tie = (from: string, to: string, kind = 'trusts'): TieLike => ({ from, to, kind });

describe('trustMeasures against hand-computed graphs', () => {
  it('star of 5 (one centre, 4 leaves): density 4/10, centralisation 1, the centre named', () => {
    const m = trustMeasures(ids(5), [tie('p0', 'p1'), tie('p0', 'p2'), tie('p0', 'p3', 'works'), tie('p4', 'p0')]);
    expect(m.density).toBeCloseTo(0.4, 9);
    expect(m.centralisation).toBe(1);
    expect(m.centre).toBe('p0');
    expect(m.centreDegree).toBe(4);
    expect(m.ties).toBe(4);
  });

  it('ring of 5: density 5/10, centralisation 0, no centre', () => {
    const m = trustMeasures(ids(5), [tie('p0', 'p1'), tie('p1', 'p2'), tie('p2', 'p3'), tie('p3', 'p4'), tie('p4', 'p0')]);
    expect(m.density).toBeCloseTo(0.5, 9);
    expect(m.centralisation).toBe(0);
    expect(m.centre).toBeNull();
  });

  it('complete graph of 4: density 1, centralisation 0', () => {
    const p = ids(4);
    const all = p.flatMap((a, i) => p.slice(i + 1).map((b) => tie(a, b)));
    const m = trustMeasures(p, all);
    expect(m.density).toBe(1);
    expect(m.centralisation).toBe(0);
    expect(m.centre).toBeNull();
  });

  it('two separate triangles of 6: density 6/15, centralisation 0', () => {
    const m = trustMeasures(ids(6), [tie('p0', 'p1'), tie('p1', 'p2'), tie('p2', 'p0'), tie('p3', 'p4'), tie('p4', 'p5'), tie('p5', 'p3')]);
    expect(m.density).toBeCloseTo(0.4, 9);
    expect(m.centralisation).toBe(0);
  });

  it('two triangles joined by a bridge p2–p3: density 7/15; degrees 2,2,3,3,2,2 give (1+1+0+0+1+1)/5 ÷ 4 = 0.2; no single centre', () => {
    const m = trustMeasures(ids(6), [tie('p0', 'p1'), tie('p1', 'p2'), tie('p2', 'p0'), tie('p3', 'p4'), tie('p4', 'p5'), tie('p5', 'p3'), tie('p2', 'p3')]);
    expect(m.density).toBeCloseTo(7 / 15, 9);
    expect(m.centralisation).toBeCloseTo(0.2, 9);
    expect(m.centre).toBeNull();
    expect(m.centreDegree).toBe(3);
  });

  it('no tie among 4: density 0, centralisation 0, no centre', () => {
    const m = trustMeasures(ids(4), []);
    expect(m).toEqual({ participants: 4, ties: 0, density: 0, centralisation: 0, centre: null, centreDegree: 0 });
  });

  it('one tie among 4: density 1/6; degrees 1,1,0,0 give (0+0+1+1)/3 ÷ 2 = 1/3; no single centre', () => {
    const m = trustMeasures(ids(4), [tie('p0', 'p1')]);
    expect(m.density).toBeCloseTo(1 / 6, 9);
    expect(m.centralisation).toBeCloseTo(1 / 3, 9);
    expect(m.centre).toBeNull();
  });

  it('fewer than 2 partners: no density; fewer than 3: no centralisation', () => {
    expect(trustMeasures([], [])).toMatchObject({ density: null, centralisation: null, centre: null });
    expect(trustMeasures(['a'], [])).toMatchObject({ density: null, centralisation: null });
    expect(trustMeasures(['a', 'b'], [tie('a', 'b')])).toMatchObject({ density: 1, centralisation: null, centre: null });
  });
});

describe('which ties count', () => {
  it('conflict ties are left out, trusts and works count', () => {
    const m = trustMeasures(ids(3), [tie('p0', 'p1', 'conflict'), tie('p1', 'p2', 'works')]);
    expect(m.ties).toBe(1);
    expect(m.density).toBeCloseTo(1 / 3, 9);
  });

  it('two ties between one pair (both ways, or trusts and works) count once', () => {
    const m = trustMeasures(ids(3), [tie('p0', 'p1'), tie('p1', 'p0'), tie('p0', 'p1', 'works')]);
    expect(m.ties).toBe(1);
  });

  it('ties to partners not at the table and ties to oneself are ignored', () => {
    const m = trustMeasures(['a', 'b', 'c'], { t1: tie('a', 'outside'), t2: tie('a', 'a'), t3: tie('b', 'c') });
    expect(m.ties).toBe(1);
    expect(m.participants).toBe(3);
  });
});
