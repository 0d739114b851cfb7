/**
 * What the analysis needs to know of every partner (its place on the map, how much the network depends
 * on it, its tags), in flat arrays aligned with the partner list: the analysis reads these, not the
 * partner objects.
 *
 * Why: at thousands of partners the partner objects (each with its position, tag arrays and resources)
 * no longer fit the CPU caches, so every read of them costs far more per partner than at a few hundred,
 * and the analysis grew ~25x from 1,000 to 10,000 partners. The facts of a document version are worked
 * out once (remembered per frozen partners record, like the list order in domain/order.ts), and after an
 * edit `carryFacts` copies the rows of the partners that did not change (same object at the same place
 * in the list, a pointer comparison) and works out only the others. Tag lists are interned: a row holds
 * the number of its list (tagList gives the list back), so counting partners per list is counting
 * small integers in a typed array, with no hashing and 4 bytes a row to read.
 */
import type { Partner } from '../arena';
import { partnerDependency, type Dependency } from '../dependency';
import { inCreationOrder } from '../order';
import { placementOf, type Placement } from '../rings';
import type { Attribute } from '../vocabularies';

export interface PartnerFacts {
  /** The partners the rows describe, in this order (partnersInOrder order for a whole arena). */
  partners: readonly Partner[];
  ids: readonly string[];
  placement: readonly Placement[];
  dependency: readonly (Dependency | null)[];
  /** Per partner, the number of its list of distinct non-empty tags in the partner's order (tagsOf; tagList). */
  expertise: Readonly<Int32Array>;
  /** The style as a list of none or one, numbered like the others. */
  style: Readonly<Int32Array>;
  perspective: Readonly<Int32Array>;
}

interface Columns {
  partners: Partner[];
  ids: string[];
  placement: Placement[];
  dependency: (Dependency | null)[];
  expertise: Int32Array;
  style: Int32Array;
  perspective: Int32Array;
}

/** A partner's tags for an attribute: distinct, non-empty, in the partner's order. */
export function tagsOf(partner: Pick<Partner, 'expertise' | 'style' | 'perspective'>, attribute: Attribute): string[] {
  const raw: readonly unknown[] =
    attribute === 'style' ? (partner.style ? [partner.style] : []) : (partner[attribute] ?? []);
  if (raw.length === 1) return typeof raw[0] === 'string' && raw[0] !== '' ? [raw[0]] : [];
  const out: string[] = [];
  for (const key of raw) if (typeof key === 'string' && key !== '' && !out.includes(key)) out.push(key);
  return out;
}

const NONE: readonly string[] = Object.freeze([]);
/** Every distinct tag list met so far; a list's number is its index. 0 is the empty list. */
const lists: (readonly string[])[] = [NONE];
/** Numbers of one-tag lists by their tag, and of longer lists by their tags as a JSON array: two maps, so
 * a single tag that happens to read like a JSON array (a file can carry any string) is never taken for a
 * list of several. */
const singles = new Map<string, number>();
const several = new Map<string, number>();

/**
 * The number of the list with these tags. Numbers are never reused, so the facts of every version stay
 * valid. The table only grows with lists that partners carried: keys of small vocabularies give a few
 * hundred; a file where every partner has its own combination of its own tags adds one per partner
 * (about 100 bytes each, for the rest of the session).
 */
function intern(tags: string[]): number {
  if (tags.length === 0) return 0;
  const [table, key] = tags.length === 1 ? [singles, tags[0]!] : [several, JSON.stringify(tags)];
  let n = table.get(key);
  if (n === undefined) {
    n = lists.length;
    lists.push(Object.freeze(tags));
    table.set(key, n);
  }
  return n;
}

/** The tags of a list number from PartnerFacts. */
export function tagList(n: number): readonly string[] {
  return lists[n]!;
}

/** How many lists have a number (one more than the highest number). */
export function tagListCount(): number {
  return lists.length;
}

function emptyColumns(n: number): Columns {
  return {
    partners: new Array(n),
    ids: new Array(n),
    placement: new Array(n),
    dependency: new Array(n),
    expertise: new Int32Array(n),
    style: new Int32Array(n),
    perspective: new Int32Array(n),
  };
}

function fill(c: Columns, i: number, partner: Partner): void {
  c.partners[i] = partner;
  c.ids[i] = partner.id;
  c.placement[i] = placementOf(partner.position);
  c.dependency[i] = partnerDependency(partner);
  c.expertise[i] = intern(tagsOf(partner, 'expertise'));
  c.style[i] = intern(tagsOf(partner, 'style'));
  c.perspective[i] = intern(tagsOf(partner, 'perspective'));
}

/** The facts of the given partners, in the order given (not remembered). */
export function partnerFacts(partners: readonly Partner[]): PartnerFacts {
  const c = emptyColumns(partners.length);
  for (let i = 0; i < partners.length; i++) fill(c, i, partners[i]!);
  return c;
}

const known = new WeakMap<object, PartnerFacts>();

/** The facts of a partners record in creation order; remembered while the record is frozen (a store version). */
export function factsOf(record: Readonly<Record<string, Partner>>): PartnerFacts {
  const cached = known.get(record);
  if (cached) return cached;
  const facts = partnerFacts(inCreationOrder(record));
  if (Object.isFrozen(record)) known.set(record, facts);
  return facts;
}

/**
 * After an edit (the list order of `next` already carried, domain/order carryOrder): the facts of `next`
 * from those of `prev`, working out only the rows whose partner object is not the one at the same place
 * before. Does nothing unless `prev`'s facts are known and `next` is frozen.
 */
export function carryFacts(prev: Readonly<Record<string, Partner>>, next: Readonly<Record<string, Partner>>): void {
  if (prev === next || known.has(next) || !Object.isFrozen(next)) return;
  const before = known.get(prev);
  if (!before) return;
  const partners = inCreationOrder(next);
  const c = emptyColumns(partners.length);
  for (let i = 0; i < partners.length; i++) {
    const partner = partners[i]!;
    if (before.partners[i] !== partner) {
      fill(c, i, partner);
      continue;
    }
    c.partners[i] = partner;
    c.ids[i] = before.ids[i]!;
    c.placement[i] = before.placement[i]!;
    c.dependency[i] = before.dependency[i] ?? null;
    c.expertise[i] = before.expertise[i]!;
    c.style[i] = before.style[i]!;
    c.perspective[i] = before.perspective[i]!;
  }
  known.set(next, c);
}

/**
 * Ids of the arena's partners whose placement and dependency pass `test` (the misplaced-dependency rules),
 * from the facts analyse() worked out, or worked out here for a caller that passed none.
 */
export function partnersWhere(
  input: { arena?: { partners: Readonly<Record<string, Partner>> }; partners?: readonly Partner[]; facts?: PartnerFacts },
  test: (placement: Placement, dependency: Dependency | null) => boolean,
): string[] {
  if (!input.arena) return [];
  const facts = (input.partners && input.facts) ?? partnerFacts(input.partners ?? Object.values(input.arena.partners));
  const out: string[] = [];
  for (let i = 0; i < facts.ids.length; i++) if (test(facts.placement[i]!, facts.dependency[i] ?? null)) out.push(facts.ids[i]!);
  return out;
}

/** At the table: in the core or complementary ring. */
export function atTable(placement: Placement): boolean {
  return placement === 'core' || placement === 'complementary';
}
