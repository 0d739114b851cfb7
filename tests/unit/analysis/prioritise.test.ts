import { describe, expect, it } from 'vitest';
import {
  NOTES_SHOWN,
  WARNINGS_SHOWN,
  actionsInOrder,
  analyse,
  makeFinding,
  prioritise,
  type Finding,
  type RuleId,
  type Severity,
} from '../../../src/domain/analysis';
import { childPovertyArena } from '../../fixtures/arenas/childPoverty';

function finding(rule: RuleId, severity: Severity, subject?: string, actionId?: string): Finding {
  const f = makeFinding({ rule, severity, partners: [], numbers: {}, ...(subject ? { subject } : {}), ...(actionId ? { actionId } : {}) });
  return actionId ? { ...f, key: `action:${actionId}:${f.key}` } : f;
}
const keys = (list: readonly Finding[]) => list.map((f) => f.key);

describe('prioritise', () => {
  it('orders warnings severe first, then the table and the arena, then actions in their order', () => {
    const all = [
      finding('oneSidedStyle', 'warning', 'care', 'b'),
      finding('noAction', 'warning'),
      finding('oneSidedExpertise', 'severe', 'safety', 'a'),
      finding('actionWithoutDoers', 'warning', 'a', 'a'),
      finding('oneSidedExpertise', 'warning', 'welfare'),
      finding('oneSidedStyle', 'warning', 'care', 'a'),
      finding('missingUserPerspective', 'severe'),
    ];
    const { warnings } = prioritise(all, { actionOrder: ['b', 'a'], budget: { warnings: 10, notes: 10 } });
    expect(keys(warnings.shown)).toEqual([
      'missingUserPerspective:',
      'action:a:oneSidedExpertise:safety',
      'oneSidedExpertise:welfare',
      'noAction:',
      'action:b:oneSidedStyle:care',
      'action:a:oneSidedStyle:care',
      'action:a:actionWithoutDoers:a',
    ]);
    // Without an action order, findings the order does not tell apart keep the order they came in.
    const plain = prioritise(all, { budget: { warnings: 10, notes: 10 } });
    expect(keys(plain.warnings.shown).slice(4, 6)).toEqual(['action:b:oneSidedStyle:care', 'action:a:oneSidedStyle:care']);
    const reversed = prioritise(all.slice().reverse(), { budget: { warnings: 10, notes: 10 } });
    expect(keys(reversed.warnings.shown).slice(4, 6)).toEqual(['action:a:oneSidedStyle:care', 'action:b:oneSidedStyle:care']);
  });

  it('shows at most three warnings and three notes; the rest is in `more`, in the same order', () => {
    expect([WARNINGS_SHOWN, NOTES_SHOWN]).toEqual([3, 3]);
    const all = [
      ...['welfare', 'safety', 'housing', 'work'].map((s) => finding('oneSidedExpertise', 'warning', s)),
      finding('strategicQuestion', 'info', 'open'),
      finding('noAction', 'info'),
      finding('token', 'info'),
      finding('untagged', 'info', 'style'),
      finding('token', 'info', undefined, 'a'),
    ];
    const { warnings, notes, accepted } = prioritise(all);
    expect(keys(warnings.shown)).toEqual(['oneSidedExpertise:welfare', 'oneSidedExpertise:safety', 'oneSidedExpertise:housing']);
    expect(keys(warnings.more)).toEqual(['oneSidedExpertise:work']);
    expect(keys(notes.shown)).toEqual(['strategicQuestion:open', 'noAction:', 'token:']);
    expect(keys(notes.more)).toEqual(['untagged:style', 'action:a:token:']);
    expect(accepted).toEqual([]);
  });

  it('always shows severe findings, even beyond the budget', () => {
    const all = [
      ...['welfare', 'safety', 'housing', 'work'].map((s) => finding('oneSidedExpertise', 'severe', s)),
      finding('missingUserPerspective', 'warning'),
    ];
    const { warnings } = prioritise(all);
    expect(warnings.shown.map((f) => f.severity)).toEqual(['severe', 'severe', 'severe', 'severe']);
    expect(keys(warnings.more)).toEqual(['missingUserPerspective:']);
  });

  it('puts accepted findings apart, in the same order, outside the budget', () => {
    const all = [finding('noAction', 'warning'), finding('oneSidedExpertise', 'severe', 'safety'), finding('token', 'info'), finding('missingUserPerspective', 'warning')];
    const byRecord = prioritise(all, { accepted: { 'token:': { reason: 'x' }, 'oneSidedExpertise:safety': { reason: 'y' } } });
    expect(keys(byRecord.accepted)).toEqual(['oneSidedExpertise:safety', 'token:']);
    expect(keys(byRecord.warnings.shown)).toEqual(['missingUserPerspective:', 'noAction:']);
    expect(byRecord.notes.shown).toEqual([]);
    const bySet = prioritise(all, { accepted: new Set(['noAction:']) });
    expect(keys(bySet.accepted)).toEqual(['noAction:']);
    // An inherited property is not an acceptance.
    expect(prioritise(all, { accepted: {} }).accepted).toEqual([]);
    expect(prioritise([finding('token', 'info', 'toString')], { accepted: {} }).accepted).toEqual([]);
  });

  it('does not change its input', () => {
    const all = [finding('token', 'info'), finding('noAction', 'warning')];
    const copy = structuredClone(all);
    prioritise(all);
    expect(all).toEqual(copy);
  });
});

describe('a realistic, sensible arena (Flemish child-poverty network, 18 partners, two actions)', () => {
  const arena = childPovertyArena();
  const findings = analyse(arena);
  const { warnings, notes } = prioritise(findings, { actionOrder: actionsInOrder(arena.actions).map((a) => a.id) });

  it('opens on at most three warnings and three notes, with the rest one click away', () => {
    expect(warnings.shown.length).toBeLessThanOrEqual(3);
    expect(notes.shown.length).toBeLessThanOrEqual(3);
    expect(warnings.shown.length + warnings.more.length + notes.shown.length + notes.more.length).toBe(findings.length);
    expect(notes.more.length).toBeGreaterThan(0);
  });

  it('gives one finding per cause: one lone-voice note per table, no action repeating the table', () => {
    expect(findings.map((f) => `${f.severity} ${f.key}`)).toEqual([
      'warning dependencyOutsideCore:clb',
      'warning action:schoolkosten:oneSidedExpertise:poverty',
      'info noAction:',
      'info token:',
      'info action:huisbezoeken:token:',
      'info action:schoolkosten:token:',
    ]);
    expect(findings.find((f) => f.key === 'token:')!.categories!.map((c) => `${c.key} ${c.partners.join()}`)).toEqual(['user vzw', 'resident bewoners']);
    // The user perspective of 't Vlot is a lone voice at the table; the actions do not say it again.
    expect(findings.filter((f) => f.categories?.some((c) => c.key === 'user'))).toHaveLength(1);
  });

  it('lists the table before the actions, and the actions in their order', () => {
    expect(keys(notes.shown)).toEqual(['noAction:', 'token:', 'action:huisbezoeken:token:']);
    expect(keys(notes.more)).toEqual(['action:schoolkosten:token:']);
  });
});
