/**
 * Composition of the partners at the table: shares per category and a diversity score per attribute.
 * Used by the rules and by the "composition at a glance" chart.
 *
 * How partners count (the same text in plain English is `analysis.counting` in i18n/en.analysis.ts):
 *
 * - Only partners **at the table** count: placed (position not null) in the core or complementary ring.
 *   Context, "not relevant" and unplaced partners are left out. (For one action, the caller passes that
 *   action's partners and they all count, see `compose`.)
 * - **Untagged** partners (no tag for an attribute) are left out of that attribute's denominators and
 *   listed in `untagged`; the 'untagged' rule reports them, so nobody is silently ignored.
 * - **Share** (one-sidedness, tokens) of a category = partners at the table carrying that tag / partners
 *   at the table with at least one tag for the attribute. A partner with several expertise tags counts
 *   fully for each of them, so shares of an attribute can add up to more than 100 %: a partner that is
 *   both welfare and health makes both look big, which is what a table that thinks "welfare" sees.
 * - **Proportion** (diversity) of a category: each tagged partner's weight 1 is split equally over its
 *   tags, divided by the number of tagged partners, so the proportions of an attribute sum to 1.
 * - **Diversity** = normalised Blau index (1 − Σp²) / ((k − 1) / k), where k is the number of categories
 *   available: the default keys of the attribute, the arena's custom tags for it, and any other key a
 *   partner carries (so k is never below the number of categories present, and the score never above 1).
 *   k ≤ 1, or no tagged partner: the score is defined as 0. The result is clamped to [0, 1].
 * - A tag listed twice on one partner counts once; empty keys are ignored.
 *
 * One pass over the partners and their tags; no per-category scan of the partners (O(n + tags)).
 */
import { partnersInOrder, type Arena, type CustomTag, type Partner } from '../arena';
import { partnerFacts, tagList, tagListCount, type PartnerFacts } from './facts';
import { ringOf } from '../rings';
import { ATTRIBUTES, CUSTOM_PREFIX, DEFAULT_KEYS, isCustomKey, type Attribute } from '../vocabularies';

export interface CategoryShare {
  key: string;
  /** Partners at the table carrying this tag. */
  count: number;
  /** count / tagged partners of the attribute. */
  share: number;
  /** Split weight / tagged partners; the proportions of an attribute sum to 1. */
  proportion: number;
  /** Ids of the partners carrying the tag, in the order the partners were given. */
  partners: string[];
}

export interface AttributeComposition {
  attribute: Attribute;
  /** Partners at the table with at least one tag for this attribute. */
  tagged: number;
  /** Ids of partners at the table with no tag for this attribute. */
  untagged: string[];
  /** Categories present (count ≥ 1): default keys in vocabulary order, then others as first met. */
  categories: CategoryShare[];
  /** Default keys that no partner at the table brings, in vocabulary order. */
  missing: string[];
  /** k: categories available (defaults ∪ custom tags of the arena ∪ keys carried). */
  vocabularySize: number;
  /** Normalised Blau index in [0, 1]. */
  diversity: number;
}

export interface Composition {
  /** Ids of the partners at the table, in order. */
  atTable: string[];
  attributes: Record<Attribute, AttributeComposition>;
}

export type CustomKeys = Partial<Record<Attribute, readonly string[]>>;

/** At the table: placed in the core or complementary ring. */
export function isAtTable(partner: Pick<Partner, 'position'>): boolean {
  if (!partner.position) return false;
  const ring = ringOf(partner.position);
  return ring === 'core' || ring === 'complementary';
}

/** The partners at the table, in partnersInOrder order. */
export function partnersAtTable(arena: Pick<Arena, 'partners'>): Partner[] {
  return partnersInOrder(arena).filter(isAtTable);
}

/** The key partners carry for a custom tag (`custom:<id>`, whether or not the id has the prefix). */
export function customTagKey(tag: Pick<CustomTag, 'id'>): string {
  return isCustomKey(tag.id) ? tag.id : `${CUSTOM_PREFIX}${tag.id}`;
}

/** Custom tag keys of an arena per attribute. */
export function customKeysOf(tags: Record<string, CustomTag> | undefined): Record<Attribute, string[]> {
  const out: Record<Attribute, string[]> = { expertise: [], style: [], perspective: [] };
  if (!tags) return out;
  for (const tag of Object.values(tags)) {
    if ((ATTRIBUTES as readonly string[]).includes(tag.attribute)) out[tag.attribute].push(customTagKey(tag));
  }
  return out;
}

export { tagsOf } from './facts';

/**
 * Normalised Blau index: (1 − Σp²) / ((k − 1) / k), clamped to [0, 1]. 0 when k ≤ 1 or nothing is
 * tagged (no proportions).
 */
export function normalisedBlau(proportions: readonly number[], k: number): number {
  if (k <= 1 || proportions.length === 0) return 0;
  let sumSquares = 0;
  for (const p of proportions) sumSquares += p * p;
  const score = (1 - sumSquares) / ((k - 1) / k);
  if (!Number.isFinite(score)) return 0;
  return Math.min(1, Math.max(0, score));
}

interface Accumulator {
  key: string;
  count: number;
  weight: number;
  partners: string[];
  filled: number;
}

interface Tally {
  byKey: Map<string, Accumulator>;
  untagged: string[];
  tagged: number;
}

/** Scratch per list number, kept between calls so a tally allocates nothing per list known: zero between uses. */
let perListScratch = new Int32Array(64);
const accsScratch: (Accumulator[] | undefined)[] = [];

/**
 * Counts one attribute over the rows: first how many rows carry each tag list (a row holds its list's
 * number, facts.ts), which gives every count and weight; then, with each category's partner list
 * allocated at its final length, which partners are in it, in row order. Categories come in the order of
 * their first partner, tags in each partner's order.
 */
function tally(column: Readonly<Int32Array>, ids: readonly string[], rows: ArrayLike<number> | null, count: number): Tally {
  if (perListScratch.length < tagListCount()) perListScratch = new Int32Array(Math.max(tagListCount(), perListScratch.length * 2));
  const perList = perListScratch;
  const accsOf = accsScratch;
  const seen: number[] = [];
  try {
    for (let r = 0; r < count; r++) {
      const list = column[rows ? rows[r]! : r]!;
      const before = perList[list]!;
      if (before === 0) seen.push(list);
      perList[list] = before + 1;
    }
    const byKey = new Map<string, Accumulator>();
    let untaggedCount = 0;
    for (const list of seen) {
      const n = perList[list]!;
      const tags = tagList(list);
      if (tags.length === 0) {
        untaggedCount += n;
        continue;
      }
      for (const key of tags) {
        let acc = byKey.get(key);
        if (!acc) {
          acc = { key, count: 0, weight: 0, partners: [], filled: 0 };
          byKey.set(key, acc);
        }
        acc.count += n;
        acc.weight += n / tags.length;
      }
    }
    for (const acc of byKey.values()) acc.partners = new Array<string>(acc.count);
    for (const list of seen) accsOf[list] = tagList(list).map((key) => byKey.get(key)!);
    const untagged = new Array<string>(untaggedCount);
    let u = 0;
    for (let r = 0; r < count; r++) {
      const i = rows ? rows[r]! : r;
      const id = ids[i]!;
      const accs = accsOf[column[i]!]!;
      if (accs.length === 0) untagged[u++] = id;
      for (const acc of accs) acc.partners[acc.filled++] = id;
    }
    return { byKey, untagged, tagged: count - untaggedCount };
  } finally {
    // Whatever happened, the scratch is left as the next tally needs it: all zero, no accumulators.
    for (const list of seen) {
      perList[list] = 0;
      accsOf[list] = undefined;
    }
  }
}

function summarise(tally: Tally, attribute: Attribute, customKeys: readonly string[]): AttributeComposition {
  const { byKey, untagged, tagged } = tally;
  const defaults = DEFAULT_KEYS[attribute];
  const categories: CategoryShare[] = [];
  for (const key of defaults) {
    const acc = byKey.get(key);
    if (acc) categories.push(toShare(acc, tagged));
  }
  for (const acc of byKey.values()) if (!defaults.includes(acc.key)) categories.push(toShare(acc, tagged));

  const available = new Set<string>(defaults);
  for (const key of customKeys) available.add(key);
  for (const key of byKey.keys()) available.add(key);

  return {
    attribute,
    tagged,
    untagged,
    categories,
    missing: defaults.filter((key) => !byKey.has(key)),
    vocabularySize: available.size,
    diversity: normalisedBlau(
      categories.map((c) => c.proportion),
      available.size,
    ),
  };
}

function toShare(acc: Accumulator, tagged: number): CategoryShare {
  return {
    key: acc.key,
    count: acc.count,
    share: tagged > 0 ? acc.count / tagged : 0,
    proportion: tagged > 0 ? acc.weight / tagged : 0,
    partners: acc.partners,
  };
}

/**
 * Composition of the given partners, all counted as at the table, in the order given (pass them in
 * partnersInOrder order). `customKeys`: the arena's custom tag keys per attribute (they widen k).
 */
export function compose(partners: readonly Partner[], customKeys: CustomKeys = {}): Composition {
  return composeRows(partnerFacts(partners), null, customKeys);
}

/**
 * Composition of the rows `rows` of `facts` (all rows when null), in that order: one walk over the facts
 * for all three attributes, reading no partner object (facts.ts says why).
 */
export function composeRows(facts: PartnerFacts, rows: ArrayLike<number> | null, customKeys: CustomKeys = {}): Composition {
  const count = rows ? rows.length : facts.ids.length;
  const ids: string[] = new Array(count);
  for (let r = 0; r < count; r++) ids[r] = facts.ids[rows ? rows[r]! : r]!;
  return {
    atTable: ids,
    attributes: {
      expertise: summarise(tally(facts.expertise, facts.ids, rows, count), 'expertise', customKeys.expertise ?? []),
      style: summarise(tally(facts.style, facts.ids, rows, count), 'style', customKeys.style ?? []),
      perspective: summarise(tally(facts.perspective, facts.ids, rows, count), 'perspective', customKeys.perspective ?? []),
    },
  };
}

/** Composition of an arena's table (core + complementary partners). */
export function compositionOf(arena: Pick<Arena, 'partners' | 'tags'>): Composition {
  return compose(partnersAtTable(arena), customKeysOf(arena.tags));
}

/** The category of an attribute, if present at the table. */
export function categoryOf(composition: Composition, attribute: Attribute, key: string): CategoryShare | undefined {
  return composition.attributes[attribute].categories.find((c) => c.key === key);
}
