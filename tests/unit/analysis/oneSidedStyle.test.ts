import { describe, expect, it } from 'vitest';
import { analyse, type Finding } from '../../../src/domain/analysis';
import { CONCRETE_GOAL, arenaWith, times } from './helpers';

const style = (findings: Finding[]) => findings.filter((f) => f.rule === 'oneSidedStyle');

describe('one-sided style', () => {
  it('fires severe when every partner at the table enforces', () => {
    const [f] = style(analyse(arenaWith(times(4, { style: 'enforcing' }), CONCRETE_GOAL)));
    expect(f).toMatchObject({ key: 'oneSidedStyle:enforcing', severity: 'severe', attribute: 'style', subject: 'enforcing' });
    expect(f!.missing).toEqual(['care', 'policy', 'entrepreneurial', 'community', 'knowledge']);
  });

  it('uses the same 65 % / 85 % boundaries', () => {
    const mk = (n: number) => arenaWith([...times(n, { style: 'care' }), ...times(20 - n, { style: 'policy' })], CONCRETE_GOAL);
    expect(style(analyse(mk(12)))).toEqual([]);
    expect(style(analyse(mk(13)))[0]!.severity).toBe('warning');
    expect(style(analyse(mk(17)))[0]!.severity).toBe('severe');
  });

  it('leaves partners without a style out of the share', () => {
    // 3 care + 1 policy tagged, 4 untagged: 75 % → warning.
    const arena = arenaWith([...times(3, { style: 'care' }), { style: 'policy' }, ...times(4, {})]);
    const [f] = style(analyse(arena));
    expect(f!.severity).toBe('warning');
    expect(f!.numbers).toMatchObject({ tagged: 4, atTable: 8, share: 0.75 });
  });

  it('does not fire on a mixed table', () => {
    const arena = arenaWith([{ style: 'care' }, { style: 'care' }, { style: 'policy' }, { style: 'enforcing' }]);
    expect(style(analyse(arena))).toEqual([]);
  });
});
