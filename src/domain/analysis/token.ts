/**
 * Lone voices (tokens): categories brought by exactly one partner at the table (Kanter 1977; Konrad,
 * Kramer & Erkut 2008: a lone voice is easily ignored, about three start to count). Info.
 *
 * One finding per table naming every lone voice (`categories`, in attribute and vocabulary order), not
 * one per category: they are one observation about the table, and one note per category drowned the
 * rest of the panel. Its key has no subject (`token:`), so an acceptance holds for the table's lone voices.
 *
 * An attribute is only looked at when it has at least MIN_TAGGED tagged partners and a majority: one
 * category carried by at least TOKEN_MAJORITY_SHARE of them and by at least CRITICAL_MASS partners (see
 * thresholds.ts). Variant 'one' when there is a single lone voice (its texts say so in the singular).
 */
import { ATTRIBUTES } from '../vocabularies';
import type { AttributeComposition, Composition } from './composition';
import { enoughTagged } from './oneSided';
import { CRITICAL_MASS, TOKEN_COUNT, TOKEN_MAJORITY_SHARE, atLeast } from './thresholds';
import { makeFinding, type FindingCategory, type Rule } from './types';

/** The attribute has a majority a lone voice stands against (see the header). */
export function hasMajority(attr: AttributeComposition): boolean {
  return attr.categories.some((c) => c.count >= CRITICAL_MASS && atLeast(c.share, TOKEN_MAJORITY_SHARE));
}

/** The lone voices of a composition, in attribute and vocabulary order. */
export function loneVoices(composition: Composition): FindingCategory[] {
  const out: FindingCategory[] = [];
  for (const attribute of ATTRIBUTES) {
    const attr = composition.attributes[attribute];
    if (!enoughTagged(composition, attr) || !hasMajority(attr)) continue;
    for (const category of attr.categories) {
      if (category.count === TOKEN_COUNT) out.push({ attribute, key: category.key, partners: category.partners.slice() });
    }
  }
  return out;
}

export const token: Rule = {
  id: 'token',
  evaluate: ({ composition }) => {
    const categories = loneVoices(composition);
    return categories.length === 0 ? [] : [tokenFinding(categories, composition.atTable)];
  },
};

/**
 * The one lone-voice finding for these categories; `order` gives the partner order (the table's ids).
 * Also used to rebuild an action's finding once the lone voices the table already has are taken out.
 */
export function tokenFinding(categories: FindingCategory[], order: readonly string[]) {
  const named = new Set(categories.flatMap((c) => c.partners));
  return makeFinding({
    rule: 'token',
    severity: 'info',
    partners: order.filter((id) => named.has(id)),
    numbers: { count: categories.length, criticalMass: CRITICAL_MASS, atTable: order.length },
    categories,
    ...(categories.length === 1 ? { variant: 'one' } : {}),
  });
}
