/**
 * Overlap between arenas (seed: mandated networks and local ones often have nearly the same goals and
 * the same partners at the table). Works on small digests, so the home screen can compare every arena
 * without loading whole documents.
 *
 * - A digest holds the normalised names (normaliseName: case, accents and spacing ignored) of the
 *   partners **at the table** (core + complementary), sorted and unique, and the expertise keys present
 *   at the table (the arena's domains), sorted and unique. Partners are matched across arenas by name:
 *   each arena has its own partner records.
 * - Two arenas overlap when all hold:
 *   1. Jaccard similarity of their partner names |A ∩ B| / |A ∪ B| ≥ OVERLAP_MIN_JACCARD (0.5);
 *   2. at least OVERLAP_MIN_SHARED (3) shared names (two shared partners are a coincidence);
 *   3. their domains are similar: Jaccard of the expertise keys ≥ DOMAIN_MIN_JACCARD (0.3), or neither
 *      has any expertise tag at the table (nothing to tell them apart; the Jaccard of two empty sets is
 *      taken as 1). One tagged and one untagged arena: not similar (Jaccard 0).
 *   All three numbers are design choices. Compared with a tolerance of SHARE_EPSILON, so exactly 0.5 counts.
 * - Names are matched normalised but shown as a user wrote them: a digest also keeps, per normalised name,
 *   the name as written in that arena (its first partner of that name in list order). Digests written
 *   before this was added have none; the normalised name is shown then.
 * - findOverlaps uses an inverted index (name → arenas), so only arenas sharing at least one name are
 *   compared: 200 arenas of 50 partners take a few milliseconds.
 */
import { normaliseName, partnersInOrder, type Arena, type Governance } from './arena';
import { isAtTable, tagsOf } from './analysis/composition';
import { atLeast } from './analysis/thresholds';

export const OVERLAP_MIN_JACCARD = 0.5;
export const OVERLAP_MIN_SHARED = 3;
export const DOMAIN_MIN_JACCARD = 0.3;

export interface ArenaDigest {
  id: string;
  title: string;
  /** Imposed by a (Flemish) decree (Governance.mandated). */
  mandated: boolean;
  /** Normalised names of the partners at the table, sorted, unique, non-empty. */
  partners: string[];
  /** The same names as written in this arena, aligned with `partners` (absent in older digests). */
  written?: string[];
  /** Expertise keys present at the table, sorted, unique. */
  domains: string[];
}

export interface Overlap {
  /** Arena ids; `a` comes before `b` in the digests given. */
  a: string;
  b: string;
  aMandated: boolean;
  bMandated: boolean;
  /** Normalised names of the shared partners, sorted. */
  shared: string[];
  /** The shared partners' names as arena `a` writes them, aligned with `shared`. */
  sharedWritten: string[];
  /** Jaccard similarity of the partner names. */
  partnerJaccard: number;
  /** Jaccard similarity of the domains (1 when neither has any). */
  domainJaccard: number;
}

type DigestSource = Pick<Arena, 'id' | 'title' | 'partners'> & { governance?: Pick<Governance, 'mandated'> };

function sortedUnique(values: Iterable<string>): string[] {
  return [...new Set(values)].filter((v) => v !== '').sort();
}

export function digestOf(arena: DigestSource): ArenaDigest {
  const written = new Map<string, string>();
  const domains: string[] = [];
  for (const partner of partnersInOrder(arena)) {
    if (!isAtTable(partner)) continue;
    const name = normaliseName(partner.name ?? '');
    if (name !== '' && !written.has(name)) written.set(name, (partner.name ?? '').trim());
    for (const key of tagsOf(partner, 'expertise')) domains.push(key);
  }
  const partners = sortedUnique(written.keys());
  return {
    id: arena.id,
    title: arena.title,
    mandated: arena.governance?.mandated === true,
    partners,
    written: partners.map((name) => written.get(name)!),
    domains: sortedUnique(domains),
  };
}

/** How a digest's arena writes a normalised name (the normalised name itself when the digest does not say). */
export function writtenName(digest: Pick<ArenaDigest, 'partners' | 'written'>, name: string): string {
  if (!digest.written) return name;
  const i = digest.partners.indexOf(name);
  return i >= 0 ? (digest.written[i] ?? name) : name;
}

/** The intersection of two sorted, unique lists, sorted. */
function intersectSorted(a: readonly string[], b: readonly string[]): string[] {
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      out.push(x);
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return out;
}

/** Jaccard similarity of two sets given as sorted, unique lists; 1 for two empty sets. */
export function jaccard(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 && b.length === 0) return 1;
  const shared = intersectSorted(a, b).length;
  return shared / (a.length + b.length - shared);
}

/** Domains similar enough for an overlap (see the header). */
export function similarDomains(a: readonly string[], b: readonly string[]): boolean {
  return atLeast(jaccard(a, b), DOMAIN_MIN_JACCARD);
}

/**
 * Pairs of overlapping arenas, most similar first (partner Jaccard, then shared count, then input order).
 *
 * Names and domains are first replaced by integers numbered in sorted order (so integer order is name
 * order); an inverted index (name → arenas) then counts, per arena, the shared names with every later
 * arena that shares at least one, and only those candidate pairs are checked.
 */
export function findOverlaps(digests: readonly ArenaDigest[]): Overlap[] {
  const n = digests.length;
  const nameList = sortedUnique(digests.flatMap((d) => d.partners));
  const nameId = new Map<string, number>(nameList.map((name, i) => [name, i]));
  const domainId = new Map<string, number>(sortedUnique(digests.flatMap((d) => d.domains)).map((key, i) => [key, i]));
  const toIds = (values: readonly string[], ids: Map<string, number>): Int32Array => {
    const out = new Int32Array(new Set(values.map((v) => ids.get(v) ?? -1)).values()).filter((v) => v >= 0);
    return out.sort();
  };
  const partners = digests.map((d) => toIds(d.partners, nameId));
  const domains = digests.map((d) => toIds(d.domains, domainId));

  const index: number[][] = Array.from({ length: nameList.length }, () => []);
  for (let i = 0; i < n; i++) for (const name of partners[i]!) index[name]!.push(i);

  const counts = new Int32Array(n);
  const nameMark = new Uint8Array(nameList.length);
  const domainMark = new Uint8Array(domainId.size);
  const touched: number[] = [];
  const out: Overlap[] = [];
  /** Input order of each pair (i * n + j), the last tie-breaker. */
  const pairOrder: number[] = [];
  for (let i = 0; i < n; i++) {
    const aNames = partners[i]!;
    if (aNames.length < OVERLAP_MIN_SHARED) continue;
    for (const name of aNames) {
      const arenas = index[name]!;
      // Ascending indices: stop at i (a pair is counted once, from its first arena).
      for (let k = arenas.length - 1; k >= 0; k--) {
        const j = arenas[k]!;
        if (j <= i) break;
        const c = counts[j]!;
        counts[j] = c + 1;
        if (c === 0) touched.push(j);
      }
    }
    if (touched.length === 0) continue;
    const a = digests[i]!;
    const aDomains = domains[i]!;
    for (const name of aNames) nameMark[name] = 1;
    for (const key of aDomains) domainMark[key] = 1;
    for (const j of touched) {
      const shared = counts[j]!;
      counts[j] = 0;
      const b = digests[j]!;
      const bNames = partners[j]!;
      if (shared < OVERLAP_MIN_SHARED || a.id === b.id) continue;
      const partnerJaccard = shared / (aNames.length + bNames.length - shared);
      if (!atLeast(partnerJaccard, OVERLAP_MIN_JACCARD)) continue;
      const bDomains = domains[j]!;
      let sharedDomains = 0;
      for (const key of bDomains) sharedDomains += domainMark[key]!;
      const domainUnion = aDomains.length + bDomains.length - sharedDomains;
      const domainJaccard = domainUnion === 0 ? 1 : sharedDomains / domainUnion;
      if (!atLeast(domainJaccard, DOMAIN_MIN_JACCARD)) continue;
      // Pre-sized: with many overlapping pairs, growing arrays one push at a time dominates the cost.
      const sharedNames = new Array<string>(shared);
      let w = 0;
      for (let q = 0; q < bNames.length; q++) {
        const name = bNames[q]!;
        if (nameMark[name] === 1) sharedNames[w++] = nameList[name]!;
      }
      out.push({
        a: a.id,
        b: b.id,
        aMandated: a.mandated,
        bMandated: b.mandated,
        shared: sharedNames,
        sharedWritten: sharedNames.map((name) => writtenName(a, name)),
        partnerJaccard,
        domainJaccard,
      });
      pairOrder.push(i * n + j);
    }
    for (const name of aNames) nameMark[name] = 0;
    for (const key of aDomains) domainMark[key] = 0;
    touched.length = 0;
  }
  const order = out.map((_, k) => k);
  order.sort(
    (x, y) =>
      out[y]!.partnerJaccard - out[x]!.partnerJaccard ||
      out[y]!.shared.length - out[x]!.shared.length ||
      pairOrder[x]! - pairOrder[y]!,
  );
  return order.map((k) => out[k]!);
}

export interface PartnerPresence {
  /** Normalised name. */
  name: string;
  /** As the first of its arenas (in the order of the digests) writes it. */
  written: string;
  /** Ids of the arenas it sits at the table of, in the order of the digests. */
  arenas: string[];
}

/** Partner names at the table of at least `minArenas` arenas, most arenas first, then by name. */
export function whoSitsEverywhere(digests: readonly ArenaDigest[], minArenas = 2): PartnerPresence[] {
  const byName = new Map<string, { written: string; arenas: string[] }>();
  for (const digest of digests) {
    for (const name of sortedUnique(digest.partners)) {
      let entry = byName.get(name);
      if (!entry) byName.set(name, (entry = { written: writtenName(digest, name), arenas: [] }));
      entry.arenas.push(digest.id);
    }
  }
  const out: PartnerPresence[] = [];
  for (const [name, { written, arenas }] of byName) if (arenas.length >= minArenas) out.push({ name, written, arenas });
  return out.sort((a, b) => b.arenas.length - a.arenas.length || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
