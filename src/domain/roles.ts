/**
 * Network-management roles self-check, after the five roles VVSG describes ("Mijn positie als
 * netwerkmanager"): network operator, network promoter, vision keeper, creative thinker, network
 * champion. The statements are Arena's own short self-check (three per role, agreement 1–5), not the
 * VVSG/UGent test; their texts are `roles.statement.<role>.<n>` in i18n/en.analysis.ts, role names and
 * descriptions `roles.name.<role>` and `roles.description.<role>`.
 *
 * - A person's score for a role is the mean of their answers to that role's statements; only valid
 *   answers (integers 1–5) count, and a role with no valid answer has no score (null).
 * - A person covers a role when that mean is at least ROLE_COVERED_FROM (4 = "agree"). Design choice:
 *   on a 1–5 agreement scale, 4 is the first point where someone says "this is me"; 3 is neutral.
 * - A team view lists per role who covers it, the roles nobody covers, and anyone who covers all five
 *   (`overloaded`): nobody is good at all of them, and when one colleague seems to be, the roles usually
 *   all land on that one (often young) colleague. The UI warns about it.
 */
import { inCreationOrder, type TeamMember } from './arena';

export const ROLES = ['operator', 'promoter', 'visionKeeper', 'creativeThinker', 'champion'] as const;
export type RoleId = (typeof ROLES)[number];

/** Statements per role. */
export const STATEMENTS_PER_ROLE = 3;

/** Statement ids per role: `operator.1`, `operator.2`, … */
export const ROLE_STATEMENTS: Readonly<Record<RoleId, readonly string[]>> = Object.fromEntries(
  ROLES.map((role) => [role, Array.from({ length: STATEMENTS_PER_ROLE }, (_, i) => `${role}.${i + 1}`)]),
) as unknown as Record<RoleId, readonly string[]>;

/** Every statement id, role by role (the order of the questionnaire). */
export const STATEMENT_IDS: readonly string[] = ROLES.flatMap((role) => ROLE_STATEMENTS[role]);

/** The message key of a statement's text. */
export function statementKey(statementId: string): string {
  return `roles.statement.${statementId}`;
}

/** Agreement scale: 1 (strongly disagree) … 5 (strongly agree); labels are `roles.scale.<n>`. */
export const AGREEMENT_MIN = 1;
export const AGREEMENT_MAX = 5;

/** A role is covered by a person whose mean agreement is at least this. Design choice (see above). */
export const ROLE_COVERED_FROM = 4;

export function isAgreement(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= AGREEMENT_MIN && value <= AGREEMENT_MAX;
}

/** Mean agreement per role; null for a role with no valid answer. */
export type RoleProfile = Record<RoleId, number | null>;

export function profile(member: Pick<TeamMember, 'answers'>): RoleProfile {
  const answers = member.answers ?? {};
  const out = {} as RoleProfile;
  for (const role of ROLES) {
    let sum = 0;
    let n = 0;
    for (const id of ROLE_STATEMENTS[role]) {
      const value = answers[id];
      if (!isAgreement(value)) continue;
      sum += value;
      n++;
    }
    out[role] = n === 0 ? null : sum / n;
  }
  return out;
}

/** The roles a profile covers (mean ≥ ROLE_COVERED_FROM), in ROLES order. */
export function coveredRoles(p: RoleProfile): RoleId[] {
  return ROLES.filter((role) => {
    const mean = p[role];
    return mean !== null && mean >= ROLE_COVERED_FROM;
  });
}

export interface TeamView {
  /** Per member id: their profile. */
  profiles: Record<string, RoleProfile>;
  /** Per role: ids of the members who cover it, in the order given (a record: membersInOrder). */
  coveredBy: Record<RoleId, string[]>;
  /** Roles nobody covers, in ROLES order. */
  uncovered: RoleId[];
  /** Ids of members who cover all five roles: warn, the work tends to land on them. */
  overloaded: string[];
  /** Ids of members who answered nothing yet (they cover no role). */
  unanswered: string[];
}

/** Team members in a stable order: by creation, then id (records are keyed, not ordered). */
export function membersInOrder(team: Record<string, TeamMember>): readonly TeamMember[] {
  return inCreationOrder(team);
}

/** The team's roles: who covers what, what nobody covers, and who carries everything. */
export function teamView(members: readonly TeamMember[] | Record<string, TeamMember>): TeamView {
  const list: readonly TeamMember[] = Array.isArray(members) ? members : membersInOrder(members as Record<string, TeamMember>);
  const profiles: Record<string, RoleProfile> = {};
  const coveredBy = Object.fromEntries(ROLES.map((r) => [r, [] as string[]])) as Record<RoleId, string[]>;
  const overloaded: string[] = [];
  const unanswered: string[] = [];
  for (const member of list) {
    const p = profile(member);
    profiles[member.id] = p;
    if (ROLES.every((role) => p[role] === null)) unanswered.push(member.id);
    const covered = coveredRoles(p);
    for (const role of covered) coveredBy[role].push(member.id);
    if (covered.length === ROLES.length) overloaded.push(member.id);
  }
  return {
    profiles,
    coveredBy,
    uncovered: ROLES.filter((role) => coveredBy[role].length === 0),
    overloaded,
    unanswered,
  };
}
