import { describe, expect, it } from 'vitest';
import { analyse, type Finding } from '../../../src/domain/analysis';
import { CONTEXT, arenaWith, times } from './helpers';

const untagged = (findings: Finding[]) => findings.filter((f) => f.rule === 'untagged');

describe('untagged', () => {
  it('reports, per attribute, the partners at the table without a tag', () => {
    const arena = arenaWith([
      { expertise: ['safety'], style: 'care', perspective: ['user'] },
      { expertise: ['welfare'], perspective: ['user'] },
      { style: 'care', perspective: ['user'] },
      { style: 'care', perspective: ['user'] },
      { position: CONTEXT },
    ]);
    const found = untagged(analyse(arena));
    expect(found.map((f) => f.key)).toEqual(['untagged:expertise', 'untagged:style']);
    expect(found[0]).toMatchObject({ severity: 'info', attribute: 'expertise', subject: 'expertise', partners: ['p0002', 'p0003'] });
    expect(found[0]!.numbers).toEqual({ untagged: 2, atTable: 4 });
    expect(found[1]!.partners).toEqual(['p0001']);
  });

  it('says nothing when everyone is tagged or fewer than three sit at the table', () => {
    expect(untagged(analyse(arenaWith(times(3, { expertise: ['safety'], style: 'care', perspective: ['user'] }))))).toEqual([]);
    expect(untagged(analyse(arenaWith(times(2, {}))))).toEqual([]);
  });

  it('treats empty keys as no tag', () => {
    const arena = arenaWith(times(3, { expertise: [''], style: '', perspective: ['user'] }));
    expect(untagged(analyse(arena)).map((f) => f.key)).toEqual(['untagged:expertise', 'untagged:style']);
  });
});
