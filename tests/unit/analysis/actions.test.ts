import { describe, expect, it } from 'vitest';
import {
  MIN_AT_TABLE,
  NO_ACTION_WARNING_SHARE,
  PARTICIPATING_INVOLVEMENTS,
  actionPartners,
  actionFindingKey,
  analyse,
  analyseAction,
  analysePartners,
  type Finding,
} from '../../../src/domain/analysis';
import { CONCRETE_GOAL, CONTEXT, addAction, arenaWith, times, type PartnerSpec } from './helpers';

const byRule = (findings: Finding[], rule: Finding['rule']) => findings.filter((f) => f.rule === rule);
const WELFARE: PartnerSpec = { expertise: ['welfare'], style: 'care', perspective: ['user'] };

describe('partners in no action', () => {
  it('says nothing before the arena has any action', () => {
    const arena = arenaWith(times(6, WELFARE));
    expect(byRule(analyse(arena), 'noAction')).toEqual([]);
  });

  it('names the partners at the table that are in no action: info below half of the table', () => {
    const arena = arenaWith([...times(4, {}), { position: CONTEXT }]);
    addAction(arena, 'a1', { p0000: 'decide', p0001: 'produce' });
    addAction(arena, 'a2', { p0002: 'inform' });
    const [f] = byRule(analyse(arena), 'noAction');
    expect(f).toMatchObject({ key: 'noAction:', severity: 'info', partners: ['p0003'] });
    expect(f!.numbers).toEqual({ idle: 1, atTable: 4, actions: 2, threshold: NO_ACTION_WARNING_SHARE });
  });

  it('warns from half of the table on', () => {
    const arena = arenaWith(times(4, {}));
    addAction(arena, 'a1', { p0000: 'decide', p0001: 'consult' });
    expect(byRule(analyse(arena), 'noAction')[0]).toMatchObject({ severity: 'warning', partners: ['p0002', 'p0003'] });
    const three = arenaWith(times(4, {}));
    addAction(three, 'a1', { p0000: 'decide', p0001: 'consult', p0002: 'inform' });
    expect(byRule(analyse(three), 'noAction')[0]).toMatchObject({ severity: 'info', partners: ['p0003'] });
  });

  it('nothing when everyone at the table has a role; partners outside the table do not count', () => {
    const arena = arenaWith([...times(2, {}), { position: CONTEXT }, { position: null }]);
    addAction(arena, 'a1', { p0000: 'inform', p0001: 'consult' });
    expect(byRule(analyse(arena), 'noAction')).toEqual([]);
  });

  it('an action with a deleted partner does not make anyone involved', () => {
    const arena = arenaWith(times(2, {}));
    addAction(arena, 'a1', { gone: 'decide', p0000: 'produce' });
    expect(byRule(analyse(arena), 'noAction')[0]!.partners).toEqual(['p0001']);
  });
});

describe('actions without doers', () => {
  it('warns about an action with only consulted or informed partners, naming them and the action', () => {
    const arena = arenaWith(times(3, {}));
    addAction(arena, 'a1', { p0002: 'consult', p0000: 'inform' });
    const [f] = byRule(analyse(arena), 'actionWithoutDoers');
    expect(f).toEqual({
      key: 'actionWithoutDoers:a1',
      rule: 'actionWithoutDoers',
      severity: 'warning',
      subject: 'a1',
      actionId: 'a1',
      partners: ['p0000', 'p0002'],
      numbers: { involved: 2 },
      missing: [],
    });
  });

  it('one partner who co-decides or co-produces is enough', () => {
    for (const doer of ['decide', 'produce'] as const) {
      const arena = arenaWith(times(3, {}));
      addAction(arena, 'a1', { p0000: doer, p0001: 'inform' });
      expect(byRule(analyse(arena), 'actionWithoutDoers')).toEqual([]);
    }
  });

  it('an empty action, or one whose only doer was deleted, has no doers; a doer in any ring counts', () => {
    const arena = arenaWith([{}, { position: CONTEXT }]);
    addAction(arena, 'empty', {});
    addAction(arena, 'deleted', { gone: 'decide', p0000: 'consult' });
    addAction(arena, 'context', { p0001: 'produce' });
    const found = byRule(analyse(arena), 'actionWithoutDoers');
    // In the order the actions were made.
    expect(found.map((f) => [f.subject, f.partners])).toEqual([
      ['empty', []],
      ['deleted', ['p0000']],
    ]);
  });
});

describe('composition rules per action', () => {
  it('run on the action’s partners, whatever their ring, keyed by action and carrying actionId', () => {
    const arena = arenaWith(
      [...times(3, WELFARE), ...times(3, { expertise: ['safety'], style: 'enforcing', perspective: ['provider'], position: CONTEXT })],
      CONCRETE_GOAL,
    );
    addAction(arena, 'patrol', { p0003: 'decide', p0004: 'produce', p0005: 'consult' });
    const findings = analyse(arena);
    const f = findings.find((x) => x.key === actionFindingKey('patrol', 'oneSidedExpertise:safety'));
    expect(f).toMatchObject({
      key: 'action:patrol:oneSidedExpertise:safety',
      rule: 'oneSidedExpertise',
      subject: 'safety',
      actionId: 'patrol',
      severity: 'severe',
      partners: ['p0003', 'p0004', 'p0005'],
    });
    expect(findings.find((x) => x.key === 'action:patrol:missingUserPerspective:')).toBeDefined();
    // The arena's own table (welfare) is judged separately, without an actionId.
    const table = findings.filter((x) => x.actionId === undefined && x.rule === 'oneSidedExpertise');
    expect(table.map((x) => x.key)).toEqual(['oneSidedExpertise:welfare']);
  });

  it('from MIN_AT_TABLE partners who take part on, like the arena’s table', () => {
    expect(MIN_AT_TABLE).toBe(3);
    const arena = arenaWith(times(3, { expertise: ['safety'], position: CONTEXT }), CONCRETE_GOAL);
    addAction(arena, 'two', { p0000: 'decide', p0001: 'produce', gone: 'produce' });
    expect(analyse(arena).filter((f) => f.actionId === 'two')).toEqual([]);
    addAction(arena, 'three', { p0000: 'decide', p0001: 'produce', p0002: 'consult' });
    expect(analyse(arena).some((f) => f.actionId === 'three' && f.rule === 'oneSidedExpertise')).toBe(true);
  });

  it('partners only kept informed do not count in an action’s composition', () => {
    expect(PARTICIPATING_INVOLVEMENTS).toEqual(['decide', 'produce', 'consult']);
    const arena = arenaWith(
      [...times(3, { expertise: ['safety'], position: CONTEXT }), ...times(3, { expertise: ['welfare'], perspective: ['user'], position: CONTEXT })],
      CONCRETE_GOAL,
    );
    // Two who take part and three kept informed: too few to judge.
    addAction(arena, 'few', { p0000: 'decide', p0001: 'produce', p0003: 'inform', p0004: 'inform', p0005: 'inform' });
    expect(analyse(arena).filter((f) => f.actionId === 'few')).toEqual([]);
    // Three safety partners take part, the welfare partners (with the user perspective) are only informed:
    // the action is wholly safety (severe, not 50 %) and has no user perspective.
    addAction(arena, 'patrol', { p0000: 'decide', p0001: 'produce', p0002: 'consult', p0003: 'inform', p0004: 'inform', p0005: 'inform' });
    const findings = analyse(arena).filter((f) => f.actionId === 'patrol');
    expect(findings.find((f) => f.rule === 'oneSidedExpertise')).toMatchObject({ severity: 'severe', partners: ['p0000', 'p0001', 'p0002'] });
    expect(findings.find((f) => f.rule === 'oneSidedExpertise')!.numbers).toMatchObject({ share: 1, tagged: 3, atTable: 3 });
    expect(findings.some((f) => f.rule === 'missingUserPerspective')).toBe(true);
    expect(actionPartners(arena, arena.actions.patrol!).map((p) => p.id)).toEqual(['p0000', 'p0001', 'p0002']);
  });

  it('goal too broad is not judged per action', () => {
    const specs = ['safety', 'welfare', 'economy', 'spatial', 'housing', 'health', 'safety', 'welfare'].map((key) => ({ expertise: [key] }));
    const arena = arenaWith(specs, CONCRETE_GOAL);
    addAction(arena, 'all', Object.fromEntries(Object.keys(arena.partners).map((id) => [id, 'produce' as const])));
    expect(analyse(arena).filter((f) => f.rule === 'goalTooBroad')).toEqual([]);
  });

  it('analyseAction equals analysePartners on the partners who take part, re-keyed', () => {
    const arena = arenaWith([...times(3, { expertise: ['safety'], position: CONTEXT }), { expertise: ['welfare'], position: CONTEXT }]);
    addAction(arena, 'a', { p0000: 'decide', p0001: 'decide', p0002: 'produce', p0003: 'inform' });
    const plain = analysePartners(Object.values(arena.partners).slice(0, 3), { tags: arena.tags });
    expect(analyseAction(arena, arena.actions.a!)).toEqual(plain.map((f) => ({ ...f, key: `action:a:${f.key}`, actionId: 'a' })));
  });

  it('with nothing to say about the table, analyse gives the same per-action findings as analyseAction, whatever the order of the records', () => {
    const arena = arenaWith(
      [
        ...times(3, { expertise: ['safety'], style: 'enforcing', position: CONTEXT }),
        ...times(2, { expertise: ['welfare'], style: 'care', position: CONTEXT }),
        { expertise: ['safety'], perspective: ['user'], position: null },
      ],
      CONCRETE_GOAL,
    );
    addAction(arena, 'x', { p0005: 'decide', p0000: 'produce', p0003: 'consult', p0001: 'inform' });
    addAction(arena, 'y', { p0004: 'decide', p0002: 'produce', p0003: 'consult' });
    const findings = analyse(arena);
    for (const id of ['x', 'y']) {
      expect(findings.filter((f) => f.actionId === id && f.rule !== 'actionWithoutDoers')).toEqual(analyseAction(arena, arena.actions[id]!));
    }
    const reversed = {
      ...arena,
      partners: Object.fromEntries(Object.entries(arena.partners).reverse()),
      actions: Object.fromEntries(Object.entries(arena.actions).reverse()),
    };
    expect(analyse(reversed)).toEqual(findings);
  });

  it('lists findings about the table before those about an action of the same severity and rule', () => {
    const arena = arenaWith(
      [...times(3, { expertise: ['welfare'] }), { expertise: ['safety'] }, ...times(2, { expertise: ['safety'], position: CONTEXT })],
      CONCRETE_GOAL,
    );
    addAction(arena, 'a', { p0003: 'decide', p0004: 'decide', p0005: 'produce', p0000: 'consult' });
    const keys = analyse(arena)
      .filter((f) => f.rule === 'oneSidedExpertise')
      .map((f) => `${f.severity} ${f.key}`);
    // Both 75 %: the table's comes first although "safety" sorts before "welfare".
    expect(keys).toEqual(['warning oneSidedExpertise:welfare', 'warning action:a:oneSidedExpertise:safety']);
  });
});

describe('one finding per cause between the table and its actions', () => {
  const keysOf = (findings: Finding[], actionId: string) => findings.filter((f) => f.actionId === actionId).map((f) => `${f.severity} ${f.key}`);

  it('an action that repeats a finding of the table is left out; one that is more severe stays', () => {
    const arena = arenaWith([...times(3, { expertise: ['safety'] }), { expertise: ['welfare'] }], CONCRETE_GOAL);
    // The table: safety 75 % (warning), no user perspective. Action "same": safety 75 %; "worse": 100 %.
    addAction(arena, 'same', { p0000: 'decide', p0001: 'produce', p0002: 'consult', p0003: 'consult' });
    addAction(arena, 'worse', { p0000: 'decide', p0001: 'produce', p0002: 'consult', p0003: 'inform' });
    const findings = analyse(arena);
    expect(findings.filter((f) => f.actionId === undefined && f.severity !== 'info').map((f) => `${f.severity} ${f.key}`)).toEqual([
      'warning oneSidedExpertise:safety',
      'warning missingUserPerspective:',
    ]);
    expect(keysOf(findings, 'same')).toEqual([]);
    expect(keysOf(findings, 'worse')).toEqual(['severe action:worse:oneSidedExpertise:safety']);
  });

  it('an action’s untagged note stays when it names a partner the table’s note does not', () => {
    const arena = arenaWith([...times(3, { expertise: ['safety'] }), {}, { position: CONTEXT }], CONCRETE_GOAL);
    addAction(arena, 'inner', { p0000: 'decide', p0001: 'produce', p0003: 'consult' });
    addAction(arena, 'outer', { p0000: 'decide', p0001: 'produce', p0004: 'consult' });
    const findings = analyse(arena);
    expect(findings.find((f) => f.key === 'untagged:expertise')!.partners).toEqual(['p0003']);
    expect(keysOf(findings, 'inner').filter((k) => k.includes('untagged:expertise'))).toEqual([]);
    expect(findings.find((f) => f.key === 'action:outer:untagged:expertise')!.partners).toEqual(['p0004']);
  });

  it('an action’s lone voices leave out those the table has too (same category, same partner)', () => {
    const arena = arenaWith(
      [
        ...times(3, { expertise: ['welfare'], style: 'care', perspective: ['provider'] }),
        { id: 'user', expertise: ['welfare'], style: 'care', perspective: ['user'] },
        { id: 'police', expertise: ['safety'], style: 'enforcing', perspective: ['provider'], position: CONTEXT },
      ],
      CONCRETE_GOAL,
    );
    addAction(arena, 'a', { p0000: 'decide', p0001: 'produce', user: 'consult', police: 'consult' });
    const findings = analyse(arena);
    const table = findings.find((f) => f.key === 'token:')!;
    expect(table.categories).toEqual([{ attribute: 'perspective', key: 'user', partners: ['user'] }]);
    const action = findings.find((f) => f.key === 'action:a:token:')!;
    expect(action).toMatchObject({ actionId: 'a', severity: 'info', partners: ['police'] });
    expect(action.categories).toEqual([
      { attribute: 'expertise', key: 'safety', partners: ['police'] },
      { attribute: 'style', key: 'enforcing', partners: ['police'] },
    ]);
    expect(action.numbers).toMatchObject({ count: 2, atTable: 4 });
    // On its own, the action names the user perspective too.
    expect(analyseAction(arena, arena.actions.a!).find((f) => f.rule === 'token')!.categories).toHaveLength(3);
  });
});

describe('scale', () => {
  it('1,000 partners with 20 actions of 50 partners each are analysed (not timed)', () => {
    // The second half sits in the context ring with another style, so their actions say something the table does not.
    const specs = Array.from({ length: 1000 }, (_, i) => ({
      expertise: [['welfare', 'safety', 'housing', 'work'][i % 4]!],
      style: i < 500 ? 'care' : 'enforcing',
      perspective: ['provider'],
      ...(i < 500 ? {} : { position: CONTEXT }),
    }));
    const arena = arenaWith(specs, CONCRETE_GOAL);
    const ids = Object.keys(arena.partners);
    for (let a = 0; a < 20; a++) {
      addAction(arena, `a${a}`, Object.fromEntries(ids.slice(a * 50, a * 50 + 50).map((id) => [id, 'produce' as const])));
    }
    const findings = analyse(arena);
    expect(byRule(findings, 'noAction')).toEqual([]);
    expect(findings.filter((f) => f.actionId !== undefined).length).toBeGreaterThan(0);
  });
});
