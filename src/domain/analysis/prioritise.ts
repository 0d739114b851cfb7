/**
 * What a coordinator sees first. The Warnings panel, the presentation overlay and the report image list
 * findings in the same order and with the same budget, from this one function:
 *
 * - open warnings (severe and warning) and open notes apart; accepted findings apart, in the same order;
 * - in each, by how much they matter: severe first; then findings about the table and the arena before
 *   those about one action; then the registry's rule order; then the actions in the order given (their
 *   creation order); otherwise as given (analyse lists a rule's findings in list or vocabulary order);
 * - a budget: at most WARNINGS_SHOWN warnings and NOTES_SHOWN notes are `shown`, the rest is `more` (one
 *   click away). Severe findings are always shown, even beyond the budget: they are the signal.
 */
import { ruleRank } from './registry';
import { NOTES_SHOWN, WARNINGS_SHOWN } from './thresholds';
import { SEVERITY_ORDER, type Finding } from './types';

export interface Budgeted {
  /** In order of importance; what is listed before "show more". */
  shown: Finding[];
  /** The rest, in the same order. */
  more: Finding[];
}

export interface PrioritisedFindings {
  warnings: Budgeted;
  notes: Budgeted;
  /** Findings the group accepted on purpose, in the same order. */
  accepted: Finding[];
}

export interface PrioritiseOptions {
  /** Keys of the accepted findings (the arena's acknowledgements, or a test). */
  accepted?: Readonly<Record<string, unknown>> | ReadonlySet<string>;
  /** Action ids in the order their findings are listed (actionsInOrder); others come after, as given. */
  actionOrder?: readonly string[];
  /** How many warnings and notes are shown at first (default WARNINGS_SHOWN, NOTES_SHOWN). */
  budget?: { warnings: number; notes: number };
}

/**
 * The order of importance described above; `actionRank` gives an action's place (lower first). Findings
 * it does not tell apart keep their order (the sort is stable): a rule lists its findings in a meaningful
 * order (categories in vocabulary order, partners in list order), which ids would scramble.
 */
export function comparePriority(actionRank: (actionId: string) => number = () => 0) {
  return (a: Finding, b: Finding): number =>
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    Number(a.actionId !== undefined) - Number(b.actionId !== undefined) ||
    ruleRank(a.rule) - ruleRank(b.rule) ||
    (a.actionId !== undefined && b.actionId !== undefined ? actionRank(a.actionId) - actionRank(b.actionId) : 0);
}

export function prioritise(findings: readonly Finding[], options: PrioritiseOptions = {}): PrioritisedFindings {
  const { accepted, actionOrder = [], budget = { warnings: WARNINGS_SHOWN, notes: NOTES_SHOWN } } = options;
  const isAccepted = (key: string): boolean =>
    accepted === undefined ? false : accepted instanceof Set ? accepted.has(key) : Object.prototype.hasOwnProperty.call(accepted, key);
  const rank = new Map(actionOrder.map((id, i) => [id, i]));
  const sorted = findings.slice().sort(comparePriority((id) => rank.get(id) ?? actionOrder.length));
  const warnings: Finding[] = [];
  const notes: Finding[] = [];
  const acceptedList: Finding[] = [];
  for (const f of sorted) {
    if (isAccepted(f.key)) acceptedList.push(f);
    else if (f.severity === 'info') notes.push(f);
    else warnings.push(f);
  }
  const severe = warnings.filter((f) => f.severity === 'severe').length;
  const warningsShown = Math.max(severe, budget.warnings);
  return {
    warnings: { shown: warnings.slice(0, warningsShown), more: warnings.slice(warningsShown) },
    notes: { shown: notes.slice(0, budget.notes), more: notes.slice(budget.notes) },
    accepted: acceptedList,
  };
}
