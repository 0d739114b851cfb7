import { describe, expect, it } from 'vitest';
import { analyse, type Finding } from '../../../src/domain/analysis';
import { CONCRETE_GOAL, CONTEXT, OUTSIDE, COMPLEMENTARY, arenaWith, times } from './helpers';

const oneSided = (findings: Finding[]) => findings.filter((f) => f.rule === 'oneSidedExpertise');

describe('one-sided expertise', () => {
  it('seed example: four safety partners in the core are a severe one-sided table, naming safety', () => {
    const arena = arenaWith(times(4, { expertise: ['safety'], style: 'enforcing', perspective: ['provider'] }), 'Liveability of the neighbourhood');
    const findings = analyse(arena);
    const [f] = oneSided(findings);
    expect(f).toBeDefined();
    expect(f!.severity).toBe('severe');
    expect(f!.subject).toBe('safety');
    expect(f!.key).toBe('oneSidedExpertise:safety');
    expect(f!.attribute).toBe('expertise');
    expect(f!.partners).toEqual(['p0000', 'p0001', 'p0002', 'p0003']);
    expect(f!.numbers).toMatchObject({ share: 1, count: 4, tagged: 4, atTable: 4, threshold: 0.85 });
    expect(f!.missing).toContain('welfare');
    expect(f!.missing).toContain('economy');
    expect(f!.missing).toContain('spatial');
    expect(f!.missing).not.toContain('safety');
    expect(findings.some((x) => x.rule === 'missingUserPerspective')).toBe(true);
  });

  it('seed example: welfare, economy, spatial planning and a residents partner make both warnings go away', () => {
    const arena = arenaWith(
      [
        ...times(4, { expertise: ['safety'], style: 'enforcing', perspective: ['provider'] }),
        { expertise: ['welfare'], style: 'care', perspective: ['provider'] },
        { expertise: ['economy'], style: 'entrepreneurial', perspective: ['market'] },
        { expertise: ['spatial'], style: 'policy', perspective: ['government'], position: COMPLEMENTARY },
        { expertise: ['housing'], style: 'community', perspective: ['resident'], position: COMPLEMENTARY },
      ],
      'Liveability of the neighbourhood',
    );
    const findings = analyse(arena);
    expect(oneSided(findings)).toEqual([]);
    expect(findings.some((f) => f.rule === 'missingUserPerspective')).toBe(false);
    expect(findings.some((f) => f.rule === 'lowVariety')).toBe(false);
    // What is left is the seed's other point: eight partners over five domains behind the short goal
    // "Liveability of the neighbourhood" (no concrete result) is a goal that may be too broad.
    expect(findings.filter((f) => f.severity !== 'info').map((f) => f.key)).toEqual(['goalTooBroad:']);
    const concrete = { ...arena, goal: 'Reopen 5 empty shops on the square by 2026' };
    expect(analyse(concrete).filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it.each([
    [12, null],
    [13, 'warning'],
    [16, 'warning'],
    [17, 'severe'],
    [20, 'severe'],
  ] as const)('%i of 20 safety partners → %s', (safety, expected) => {
    const others = ['welfare', 'health', 'housing', 'work', 'education', 'economy', 'leisure', 'poverty'];
    const arena = arenaWith(
      [
        ...times(safety, { expertise: ['safety'] }),
        ...Array.from({ length: 20 - safety }, (_, i) => ({ expertise: [others[i % others.length]!] })),
      ],
      CONCRETE_GOAL,
    );
    const found = oneSided(analyse(arena));
    if (expected === null) {
      expect(found).toEqual([]);
    } else {
      expect(found).toHaveLength(1);
      expect(found[0]!.severity).toBe(expected);
      expect(found[0]!.numbers.share).toBeCloseTo(safety / 20, 12);
      expect(found[0]!.numbers.threshold).toBe(expected === 'severe' ? 0.85 : 0.65);
    }
  });

  it('needs three partners at the table: two are not judged, three are', () => {
    expect(oneSided(analyse(arenaWith(times(2, { expertise: ['safety'] }))))).toEqual([]);
    expect(analyse(arenaWith(times(2, { expertise: ['safety'] })))).toEqual([]);
    expect(oneSided(analyse(arenaWith(times(3, { expertise: ['safety'] }))))).toHaveLength(1);
  });

  it('needs three tagged partners: untagged partners are not in the denominator', () => {
    // 2 safety + 2 untagged: 4 at the table but only 2 tagged → not judged.
    const twoTagged = arenaWith([...times(2, { expertise: ['safety'] }), ...times(2, {})]);
    expect(oneSided(analyse(twoTagged))).toEqual([]);
    // 3 safety + 1 welfare + 3 untagged: 3/4 = 75 % → warning, not 3/7.
    const arena = arenaWith([...times(3, { expertise: ['safety'] }), { expertise: ['welfare'] }, ...times(3, {})]);
    const [f] = oneSided(analyse(arena));
    expect(f!.severity).toBe('warning');
    expect(f!.numbers).toMatchObject({ share: 0.75, count: 3, tagged: 4, atTable: 7 });
  });

  it('partners with several expertise tags count fully for each tag', () => {
    // Three partners all tagged safety and welfare: both categories are at 100 %.
    const arena = arenaWith([
      ...times(3, { expertise: ['safety', 'welfare'] }),
      { expertise: ['health'] },
    ]);
    const found = oneSided(analyse(arena));
    // In vocabulary order.
    expect(found.map((f) => f.subject)).toEqual(['welfare', 'safety']);
    expect(found.every((f) => f.severity === 'warning' && f.numbers.share === 0.75)).toBe(true);
    expect(new Set(found.map((f) => f.key)).size).toBe(2);
  });

  it('only the core and complementary rings count; context, outside and unplaced partners do not', () => {
    const arena = arenaWith([
      ...times(3, { expertise: ['safety'] }),
      ...times(5, { expertise: ['welfare'], position: CONTEXT }),
      ...times(5, { expertise: ['welfare'], position: OUTSIDE }),
      ...times(5, { expertise: ['welfare'], position: null }),
    ]);
    const [f] = oneSided(analyse(arena));
    expect(f!.severity).toBe('severe');
    expect(f!.numbers).toMatchObject({ count: 3, atTable: 3 });
    expect(f!.partners).toEqual(['p0000', 'p0001', 'p0002']);
  });

  it('suggests default expertise keys nobody at the table brings, in vocabulary order', () => {
    const arena = arenaWith([...times(3, { expertise: ['safety'] }), { expertise: ['custom:abc'] }]);
    const [f] = oneSided(analyse(arena));
    expect(f!.missing).toEqual([
      'housing', 'work', 'family', 'welfare', 'health', 'education', 'spatial', 'economy', 'leisure', 'poverty', 'mobility',
    ]);
  });
});
