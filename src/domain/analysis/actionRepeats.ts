/**
 * One finding per cause between the table and its actions. The composition rules run on the table and on
 * each action's partners; when the table already has a finding, an action that repeats it says nothing
 * new (a table without a user perspective gives actions without one too). So an action's composition
 * finding is left out when the table has a finding of the same rule and subject that is at least as
 * severe (an action that is worse than the table keeps its own), and, for the rules that are about
 * particular partners (untagged), when it names no partner the table's finding does not. Of an action's
 * lone voices, those the table has too (same category, same partner) are left out.
 */
import { tokenFinding } from './token';
import { SEVERITY_ORDER, type Finding } from './types';

/** Rules whose finding is about the partners it names, so an action's finding can name new ones. */
const ABOUT_PARTNERS = new Set<Finding['rule']>(['untagged']);

/**
 * `action`: the composition findings of one action's partners, still keyed as for a table (`rule:subject`);
 * `actionPartners`: their ids in order. `table`: the composition findings of the arena's table.
 */
export function withoutTableRepeats(table: readonly Finding[], action: readonly Finding[], actionPartners: readonly string[]): Finding[] {
  const byKey = new Map(table.map((f) => [f.key, f]));
  const tableVoices = new Set(
    (byKey.get('token:')?.categories ?? []).map((c) => `${c.attribute}/${c.key}/${c.partners.join()}`),
  );
  const out: Finding[] = [];
  for (const f of action) {
    if (f.rule === 'token') {
      const categories = (f.categories ?? []).filter((c) => !tableVoices.has(`${c.attribute}/${c.key}/${c.partners.join()}`));
      if (categories.length === 0) continue;
      out.push(categories.length === f.categories?.length ? f : tokenFinding(categories, actionPartners));
      continue;
    }
    const same = byKey.get(f.key);
    if (same && SEVERITY_ORDER[same.severity] <= SEVERITY_ORDER[f.severity]) {
      if (!ABOUT_PARTNERS.has(f.rule)) continue;
      const named = new Set(same.partners);
      if (f.partners.every((id) => named.has(id))) continue;
    }
    out.push(f);
  }
  return out;
}
