import { describe, expect, it } from 'vitest';
import type { TeamMember } from '../../../src/domain/arena';
import {
  ROLES,
  ROLE_COVERED_FROM,
  ROLE_STATEMENTS,
  STATEMENT_IDS,
  coveredRoles,
  membersInOrder,
  profile,
  statementKey,
  teamView,
  type RoleId,
} from '../../../src/domain/roles';
import { enAnalysis } from '../../../src/i18n/en.analysis';
import { nlAnalysis } from '../../../src/i18n/nl.analysis';

const T = '2025-01-01T00:00:00.000Z';

/** A member answering `score` to every statement of the given roles, and `rest` to the others. */
function member(id: string, scores: Partial<Record<RoleId, number>>, rest?: number, createdAt = T): TeamMember {
  const answers: Record<string, number> = {};
  for (const role of ROLES) {
    const score = scores[role] ?? rest;
    if (score === undefined) continue;
    for (const s of ROLE_STATEMENTS[role]) answers[s] = score;
  }
  return { id, name: id, answers, createdAt, updatedAt: createdAt };
}

describe('roles and statements', () => {
  it('five VVSG roles with three statements each, ids like operator.1', () => {
    expect(ROLES).toEqual(['operator', 'promoter', 'visionKeeper', 'creativeThinker', 'champion']);
    expect(ROLE_STATEMENTS.operator).toEqual(['operator.1', 'operator.2', 'operator.3']);
    expect(STATEMENT_IDS).toHaveLength(15);
    expect(ROLE_COVERED_FROM).toBe(4);
  });

  it('every role has a name and description, every statement a text, in English and Dutch', () => {
    const keys = [
      ...ROLES.flatMap((r) => [`roles.name.${r}`, `roles.description.${r}`]),
      ...STATEMENT_IDS.map(statementKey),
      ...[1, 2, 3, 4, 5].map((n) => `roles.scale.${n}`),
    ];
    for (const key of keys) {
      expect((enAnalysis as Record<string, string>)[key], key).toMatch(/\S/);
      expect((nlAnalysis as Record<string, string>)[key], key).toMatch(/\S/);
    }
    expect(statementKey('champion.2')).toBe('roles.statement.champion.2');
  });
});

describe('profile', () => {
  it('is the mean per role, null when unanswered', () => {
    const p = profile({ answers: { 'operator.1': 5, 'operator.2': 4, 'operator.3': 3, 'promoter.1': 2 } });
    expect(p).toEqual({ operator: 4, promoter: 2, visionKeeper: null, creativeThinker: null, champion: null });
    expect(profile({ answers: {} })).toEqual({ operator: null, promoter: null, visionKeeper: null, creativeThinker: null, champion: null });
  });

  it('ignores answers outside 1–5 and unknown statement ids', () => {
    const p = profile({ answers: { 'operator.1': 0, 'operator.2': 6, 'operator.3': 2.5, 'champion.1': 5, 'champion.9': 1, other: 3 } });
    expect(p.operator).toBeNull();
    expect(p.champion).toBe(5);
  });

  it('covers a role from a mean of 4 on', () => {
    const p = profile({ answers: { 'operator.1': 4, 'operator.2': 4, 'operator.3': 4, 'promoter.1': 4, 'promoter.2': 4, 'promoter.3': 3 } });
    expect(p.promoter).toBeCloseTo(11 / 3);
    expect(coveredRoles(p)).toEqual(['operator']);
  });
});

describe('teamView', () => {
  it('a team that leaves two roles uncovered', () => {
    const team = [
      member('an', { operator: 5, visionKeeper: 4 }, 2),
      member('bo', { operator: 4, champion: 5 }, 3),
      member('cas', {}, 3),
    ];
    const view = teamView(team);
    expect(view.coveredBy).toEqual({ operator: ['an', 'bo'], promoter: [], visionKeeper: ['an'], creativeThinker: [], champion: ['bo'] });
    expect(view.uncovered).toEqual(['promoter', 'creativeThinker']);
    expect(view.overloaded).toEqual([]);
    expect(view.profiles.cas!.operator).toBe(3);
  });

  it('one person who carries all five roles is overloaded', () => {
    const view = teamView([member('dana', {}, 5), member('eli', { champion: 4 }, 2)]);
    expect(view.uncovered).toEqual([]);
    expect(view.overloaded).toEqual(['dana']);
    expect(view.coveredBy.champion).toEqual(['dana', 'eli']);
  });

  it('an empty team covers nothing; unanswered members are listed', () => {
    expect(teamView([]).uncovered).toEqual([...ROLES]);
    const view = teamView([member('fien', {})]);
    expect(view.unanswered).toEqual(['fien']);
    expect(view.uncovered).toEqual([...ROLES]);
  });

  it('accepts the arena’s team record, in creation order', () => {
    const later = member('a-later', {}, 5, '2025-02-01T00:00:00.000Z');
    const earlier = member('z-earlier', {}, 5, T);
    const record = { [later.id]: later, [earlier.id]: earlier };
    expect(membersInOrder(record).map((m) => m.id)).toEqual(['z-earlier', 'a-later']);
    expect(teamView(record).overloaded).toEqual(['z-earlier', 'a-later']);
  });
});
