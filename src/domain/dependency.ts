/**
 * Dependency on a partner, after the arena-analysis worksheet (Arteveldehogeschool, "arena-analyse").
 *
 * For every resource a partner brings (money, knowledge, access to the target group, mandate, premises,
 * staff) the group scores how *important* it is for the goal (1–4) and how easily another organisation
 * could supply it (*replaceability*, 1–4). Scores 3–4 count as high, 1–2 as low. The worksheet's table:
 *
 * | importance | replaceability | dependency | suggested ring                  |
 * |------------|----------------|------------|---------------------------------|
 * | high       | low            | high       | core                            |
 * | high       | high           | limited    | complementary                   |
 * | low        | low            | limited    | complementary                   |
 * | low        | high           | none       | context (or not relevant)       |
 *
 * A partner's dependency is the highest over its resources (one irreplaceable, important resource makes
 * the network dependent on it, whatever else it brings). A partner with no (valid) resource assessed has
 * an unknown dependency: null, never 'none'.
 */
import type { Partner, Score } from './arena';
import type { Ring } from './rings';

/** How a 1–4 score reads in the worksheet table: 3–4 high, 1–2 low. */
export type ScoreLevel = 'low' | 'high';

/** From least to most: none (barely), limited (*beperkt*), high (*groot*). */
export const DEPENDENCIES = ['none', 'limited', 'high'] as const;
export type Dependency = (typeof DEPENDENCIES)[number];

export interface DependencyRow {
  importance: ScoreLevel;
  replaceability: ScoreLevel;
  dependency: Dependency;
  /** The ring(s) the worksheet suggests: for 'none' the context ring or "not relevant" (outside). */
  rings: readonly Ring[];
}

/** The worksheet table, row by row. */
export const DEPENDENCY_TABLE: readonly DependencyRow[] = [
  { importance: 'high', replaceability: 'low', dependency: 'high', rings: ['core'] },
  { importance: 'high', replaceability: 'high', dependency: 'limited', rings: ['complementary'] },
  { importance: 'low', replaceability: 'low', dependency: 'limited', rings: ['complementary'] },
  { importance: 'low', replaceability: 'high', dependency: 'none', rings: ['context', 'outside'] },
];

/** A score from 3 on is high. */
export const HIGH_SCORE_FROM = 3;

/** Whether a value is a valid worksheet score: an integer 1–4. */
export function isScore(value: unknown): value is Score {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 4;
}

export function scoreLevel(score: Score): ScoreLevel {
  return score >= HIGH_SCORE_FROM ? 'high' : 'low';
}

/** Dependency for one resource, read from DEPENDENCY_TABLE. */
export function resourceDependency(importance: Score, replaceability: Score): Dependency {
  const i = scoreLevel(importance);
  const r = scoreLevel(replaceability);
  const row = DEPENDENCY_TABLE.find((x) => x.importance === i && x.replaceability === r);
  // The table covers all four combinations of two levels, so a row is always found.
  return row!.dependency;
}

const RANK: Record<Dependency, number> = { none: 0, limited: 1, high: 2 };

/** The higher of two dependencies (null = unknown counts as lower than any). */
export function maxDependency(a: Dependency | null, b: Dependency | null): Dependency | null {
  if (a === null) return b;
  if (b === null) return a;
  return RANK[a] >= RANK[b] ? a : b;
}

/**
 * A partner's dependency: the highest over its resources; null when no resource is assessed (or none
 * has valid scores, e.g. from a damaged file).
 */
export function partnerDependency(partner: Pick<Partner, 'resources'>): Dependency | null {
  let out: Dependency | null = null;
  const resources = partner.resources;
  if (!resources) return null; // a format-1 partner
  for (const key in resources) {
    const resource = resources[key];
    if (!resource || !isScore(resource.importance) || !isScore(resource.replaceability)) continue;
    out = maxDependency(out, resourceDependency(resource.importance, resource.replaceability));
    if (out === 'high') break;
  }
  return out;
}

/** Whether a partner has at least one resource with valid scores. */
export function hasAssessedResources(partner: Pick<Partner, 'resources'>): boolean {
  return partnerDependency(partner) !== null;
}

/**
 * The ring(s) the worksheet suggests for a dependency: high → core, limited → complementary, none →
 * context or not relevant (outside). Unknown (null) suggests nothing: [].
 */
export function suggestedRing(dependency: Dependency | null): readonly Ring[] {
  if (dependency === null) return [];
  return DEPENDENCY_TABLE.find((row) => row.dependency === dependency)!.rings;
}
