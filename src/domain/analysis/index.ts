/**
 * Analysis: pure functions from an arena (or one action's partners) to findings.
 * See composition.ts for how partners count, thresholds.ts for every number and its source, registry.ts
 * for the rules and their order.
 *
 * analyse(arena) gives, sorted (compareFindings, a stable sort):
 * - the composition (table) rules on the partners at the table, from MIN_AT_TABLE partners on;
 * - the arena rules (strategic question, partners in no action, actions without doers, misplaced
 *   dependency, governance mismatch), whatever the size of the table;
 * - per action, the composition rules on the partners who take part in it: those who co-decide,
 *   co-produce or are consulted (PARTICIPATING_INVOLVEMENTS), in any ring; partners only kept informed
 *   do not shape the action. From MIN_AT_TABLE such partners on, like the arena's table: fewer partners
 *   say nothing about one-sidedness. Their keys are `action:<actionId>:<rule>:<subject>` and they carry
 *   `actionId`. A finding the table already has is not repeated for the action (actionRepeats.ts).
 *   Goal too broad is not judged per action: an action is itself the concrete part of the goal.
 * Overlap with other arenas is cross-arena: see overlapFindings.
 *
 * Linear in the number of partners apart from one sort (partnersInOrder, usually carried over from the
 * previous version of the document) and one small sort per action. The partners are walked as few times
 * as possible (facts.ts says why).
 */
import { partnersInOrder, type ArenaAction, type CustomTag, type Involvement, type Partner } from '../arena';
import { withoutTableRepeats } from './actionRepeats';
import { actionsInOrder } from './actionWithoutDoers';
import { compose, composeRows, customKeysOf, type Composition } from './composition';
import { atTable, factsOf } from './facts';
import { ARENA_RULES, TABLE_RULES } from './registry';
import { MIN_AT_TABLE } from './thresholds';
import { comparePriority } from './prioritise';
import { actionFindingKey, type ArenaInput, type Finding, type RuleInput } from './types';

export * from './types';
export * from './thresholds';
export * from './composition';
export { RULES, TABLE_RULES, ARENA_RULES, CROSS_ARENA_RULE_IDS, ruleRank } from './registry';
export { countWords, isGoalConcrete, hasResultAndDeadline } from './goalTooBroad';
export { oneSidedSeverity } from './oneSided';
export { actionsInOrder, DOER_INVOLVEMENTS } from './actionWithoutDoers';
export { overlapFindings } from './overlappingArena';
export { hasMajority, loneVoices } from './token';
export * from './prioritise';

/** Rungs of the participation ladder whose partners make up an action's composition: not 'inform'. */
export const PARTICIPATING_INVOLVEMENTS: readonly Involvement[] = ['decide', 'produce', 'consult'];

export interface AnalysisContext {
  /** The goal statement to judge (an action's description, say). Undefined: goal-too-broad is skipped. */
  goal?: string;
  /** The arena's custom tags: they widen the vocabulary the variety score is normalised by. */
  tags?: Record<string, CustomTag>;
}

/**
 * The order analyse returns: severe first, then warning, then info; then findings about the table and
 * the arena before those about one action; then registry order; otherwise the order the rules found
 * them in (actions in creation order, categories in vocabulary order, partners in list order). The same
 * order as prioritise.ts.
 */
export const compareFindings: (a: Finding, b: Finding) => number = comparePriority();

function runTableRules(input: RuleInput, into: Finding[]): void {
  if (input.composition.atTable.length < MIN_AT_TABLE) return;
  for (const rule of TABLE_RULES) into.push(...rule.evaluate(input));
}

/** Runs every composition rule on a composition and sorts the findings. */
export function analyseComposition(composition: Composition, goal?: string): Finding[] {
  const findings: Finding[] = [];
  runTableRules(goal === undefined ? { composition } : { composition, goal }, findings);
  return findings.sort(compareFindings);
}

/**
 * Findings for an arena: its table (core + complementary partners) and goal, the arena rules and each
 * action's partners. Accepts the format-2 document; without strategic, governance or actions (older
 * callers) the rules that need them are skipped.
 */
export function analyse(arena: ArenaInput): Finding[] {
  const customKeys = customKeysOf(arena.tags);
  const facts = factsOf(arena.partners);
  const ordered = facts.partners;
  const tableRows = new Int32Array(ordered.length);
  let seated = 0;
  for (let i = 0; i < ordered.length; i++) if (atTable(facts.placement[i]!)) tableRows[seated++] = i;
  const composition = composeRows(facts, tableRows.subarray(0, seated), customKeys);
  const input: RuleInput = { composition, goal: arena.goal ?? '', arena, partners: ordered, facts };
  const findings: Finding[] = [];
  runTableRules(input, findings);
  const table = findings.slice();
  for (const rule of ARENA_RULES) findings.push(...rule.evaluate(input));
  if (arena.actions) {
    // An action's partners are rows of the arena's facts, in list order. The row of each partner is
    // needed only when an action has enough partners to analyse.
    let rowOf: Map<string, number> | null = null;
    for (const action of actionsInOrder(arena.actions)) {
      const partners = actionPartners(arena, action);
      if (partners.length < MIN_AT_TABLE) continue;
      if (!rowOf) {
        rowOf = new Map();
        for (let i = 0; i < facts.ids.length; i++) rowOf.set(facts.ids[i]!, i);
      }
      const map = rowOf;
      const rows = partners.map((p) => map.get(p.id)!).sort((a, b) => a - b);
      const composition = composeRows(facts, rows, customKeys);
      findings.push(...toActionFindings(action.id, withoutTableRepeats(table, analyseComposition(composition), composition.atTable)));
    }
  }
  return findings.sort(compareFindings);
}

function toActionFindings(actionId: string, findings: Finding[]): Finding[] {
  return findings.map((f) => ({ ...f, key: actionFindingKey(actionId, f.key), actionId }));
}

/**
 * The partners who take part in an action (co-decide, co-produce or are consulted: PARTICIPATING_INVOLVEMENTS)
 * and exist in the arena, whatever their ring.
 */
export function actionPartners(arena: Pick<ArenaInput, 'partners'>, action: Pick<ArenaAction, 'involvement'>): Partner[] {
  const out: Partner[] = [];
  const involvement = action.involvement ?? {};
  for (const id in involvement) {
    const partner = arena.partners[id];
    if (partner && PARTICIPATING_INVOLVEMENTS.includes(involvement[id]!)) out.push(partner);
  }
  return out;
}

/**
 * The composition rules on the partners who take part in one action (see the header), keyed
 * `action:<actionId>:<rule>:<subject>` and carrying `actionId`; on their own, not compared with the
 * table (analyse leaves out what the table already says). Empty below MIN_AT_TABLE partners.
 */
export function analyseAction(arena: Pick<ArenaInput, 'partners' | 'tags'>, action: Pick<ArenaAction, 'id' | 'involvement'>): Finding[] {
  const partners = actionPartners(arena, action);
  if (partners.length < MIN_AT_TABLE) return [];
  return toActionFindings(action.id, analysePartners(partners, { tags: arena.tags }));
}

/**
 * The composition rules on a chosen set of partners (e.g. one action's): every partner given counts as
 * at the table whatever its ring. Output order is partnersInOrder order, whatever the order given.
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
