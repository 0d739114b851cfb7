/**
 * Composition analysis: pure functions from an arena (or one action's partners) to findings.
 * See composition.ts for how partners count, thresholds.ts for every number and its source.
 */
import { partnersInOrder, type Arena, type CustomTag, type Partner } from '../arena';
import { compose, customKeysOf, partnersAtTable, type Composition } from './composition';
import { RULES, ruleRank } from './registry';
import { MIN_AT_TABLE } from './thresholds';
import { SEVERITY_ORDER, type Finding } from './types';

export * from './types';
export * from './thresholds';
export * from './composition';
export { RULES, ruleRank } from './registry';
export { countWords, isGoalConcrete } from './goalTooBroad';
export { oneSidedSeverity } from './oneSided';

export interface AnalysisContext {
  /** The goal statement to judge (an action's description, say). Undefined: goal-too-broad is skipped. */
  goal?: string;
  /** The arena's custom tags: they widen the vocabulary the variety score is normalised by. */
  tags?: Record<string, CustomTag>;
}

/** Severe first, then warning, then info; then registry order; then subject. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    ruleRank(a.rule) - ruleRank(b.rule) ||
    compareStrings(a.subject ?? '', b.subject ?? '')
  );
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Runs every rule on a composition and sorts the findings. */
export function analyseComposition(composition: Composition, goal?: string): Finding[] {
  if (composition.atTable.length < MIN_AT_TABLE) return [];
  const input = goal === undefined ? { composition } : { composition, goal };
  const findings: Finding[] = [];
  for (const rule of RULES) findings.push(...rule.evaluate(input));
  return findings.sort(compareFindings);
}

/** Findings for an arena's table (core + complementary partners) and its goal. */
export function analyse(arena: Pick<Arena, 'partners' | 'tags' | 'goal'>): Finding[] {
  return analyseComposition(compose(partnersAtTable(arena), customKeysOf(arena.tags)), arena.goal ?? '');
}

/**
 * The same rules on a chosen set of partners (e.g. one action's): every partner given counts as at the
 * table whatever its ring. Output order is partnersInOrder order, whatever the order given.
 */
export function analysePartners(
  partners: readonly Partner[] | Record<string, Partner>,
  context: AnalysisContext = {},
): Finding[] {
  const record: Record<string, Partner> = Array.isArray(partners)
    ? Object.fromEntries((partners as readonly Partner[]).map((p) => [p.id, p]))
    : (partners as Record<string, Partner>);
  const ordered = partnersInOrder({ partners: record });
  return analyseComposition(compose(ordered, customKeysOf(context.tags)), context.goal);
}
