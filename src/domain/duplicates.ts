/**
 * Likely duplicates among an arena's partners. When a room of people adds partners from their phones at
 * once, "CAW" and "CAW Oost-Vlaanderen", or "OCMW" and "Openbaar Centrum voor Maatschappelijk Welzijn",
 * arrive side by side. The rules, each giving the reason the UI names:
 *
 * - `sameName`: the same words, apart from case, accents, spacing, punctuation and small words such as
 *   "de", "het", "van", "the" ("Het CAW" / "caw", "Oost-Vlaanderen" / "Oost Vlaanderen"). Any number of
 *   partners form one group.
 * - `contains`: one name's words stand, in order and whole, in the other's ("CAW" / "CAW Oost-Vlaanderen";
 *   never "CAW" / "CAWA": words, not letters).
 * - `acronym`: a one-word name is the initials of the other's (at least three) words ("OCMW" / "Openbaar
 *   Centrum voor Maatschappelijk Welzijn").
 * - `typo`: the same number of words, each word the same or, in words of five letters or more, one letter
 *   off (two in words of ten or more): "Welzijnsschakel" / "Welzijnschakel". Short words must match
 *   exactly, so "Gent" / "Genk" are two places.
 * - `directory`: both names are names of one organisation known from the other arenas on this device
 *   (partnerDirectory.ts, keyed by normalised name): its name, its initials, or its name one letter off in
 *   a word of four letters or more, so a typo in a short name ("VADB" for a known "VDAB") is caught when
 *   the organisation is known.
 *
 * Pairs the group said are not the same (`isDismissed` with `dismissalKey`) are left out. A name is taken
 * apart once (cached by the name), so a commit that changes one partner does not take every name apart
 * again; what remains per call is cheap word comparisons between every two distinct names.
 */
import { inCreationOrder, normaliseName, type Partner } from './arena';

export type DuplicateReason =
  | { kind: 'sameName' }
  | { kind: 'contains' }
  | { kind: 'acronym' }
  | { kind: 'typo' }
  | { kind: 'directory'; known: string };

export interface DuplicateGroup {
  /** Partner ids, the earliest first (the one a merge keeps). */
  ids: string[];
  reason: DuplicateReason;
  /** Stable for the group: its ids sorted. */
  key: string;
}

/** An organisation known from other arenas: only its name is needed (KnownPartner fits). */
export interface KnownOrganisation {
  name: string;
}

export interface DuplicateOptions {
  /** Known organisations keyed by normalised name (partnerDirectory, or knownOrganisations). */
  known?: ReadonlyMap<string, KnownOrganisation>;
  /** The group said these two are not the same (a key made by dismissalKey). */
  isDismissed?: (key: string) => boolean;
}

/** Small words left out when names are compared and initials taken (Dutch and English). */
const SMALL_WORDS = new Set(['de', 'het', 'een', 'van', 'voor', 'en', 'in', 'op', 'te', 'der', 'den', 'the', 'a', 'an', 'of', 'and', 'for']);
const DISMISSAL_PREFIX = 'duplicates:';

/** The key under which "these two are not the same" is remembered (in the arena's acknowledgements). */
export function dismissalKey(a: string, b: string): string {
  return a < b ? `${DISMISSAL_PREFIX}${a}:${b}` : `${DISMISSAL_PREFIX}${b}:${a}`;
}

export function isDismissalKey(key: string): boolean {
  return key.startsWith(DISMISSAL_PREFIX);
}

interface NameParts {
  /** The words that count (small words left out, unless the name has nothing else). */
  words: string[];
  /** The words joined by one space: equal keys are the same name. */
  key: string;
  /** Initials of the words, when there are at least three. */
  initials: string | null;
}

const partsCache = new Map<string, NameParts>();

export function nameParts(name: string): NameParts {
  const cached = partsCache.get(name);
  if (cached) return cached;
  const all = normaliseName(name)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const meaningful = all.filter((w) => !SMALL_WORDS.has(w));
  const words = meaningful.length ? meaningful : all;
  const parts: NameParts = { words, key: words.join(' '), initials: words.length >= 3 ? words.map((w) => w[0]).join('') : null };
  // Bounded: a long session of typing names must not grow it for ever.
  if (partsCache.size > 20_000) partsCache.clear();
  partsCache.set(name, parts);
  return parts;
}

/**
 * Optimal string alignment distance (insertions, deletions, substitutions and swaps of two neighbours),
 * or `max + 1` as soon as it is certain to exceed `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  const n = b.length;
  let prevPrev = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let row = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let best = row[0];
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prevPrev[j - 2]! + 1);
      row[j] = d;
      if (d < best) best = d;
    }
    if (best > max) return max + 1;
    [prevPrev, prev, row] = [prev, row, prevPrev];
  }
  return prev[n]!;
}

/** How many letters a word of this length may be off: none under `from` letters, two from ten. */
function allowedTypos(a: string, b: string, from: number): number {
  const shorter = Math.min(a.length, b.length);
  return shorter < from ? 0 : shorter >= 10 ? 2 : 1;
}

/** The same number of words, each equal or a letter or two off (long enough words only). */
function typoApart(a: readonly string[], b: readonly string[], from: number): boolean {
  if (a.length !== b.length) return false;
  let differs = false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    const allowed = allowedTypos(x, y, from);
    if (allowed === 0 || editDistance(x, y, allowed) > allowed) return false;
    differs = true;
  }
  return differs;
}

/** `inner`'s words stand whole and in order somewhere in `outer`'s (which has more of them). */
function containsWords(outer: readonly string[], inner: readonly string[]): boolean {
  if (inner.length === 0 || inner.length >= outer.length) return false;
  for (let start = 0; start + inner.length <= outer.length; start++) {
    let all = true;
    for (let i = 0; i < inner.length && all; i++) all = outer[start + i] === inner[i];
    if (all) return true;
  }
  return false;
}

function isAcronymOf(short: NameParts, long: NameParts): boolean {
  return short.words.length === 1 && long.initials !== null && short.words[0] === long.initials;
}

function pairReason(a: NameParts, b: NameParts): DuplicateReason | null {
  if (containsWords(a.words, b.words) || containsWords(b.words, a.words)) return { kind: 'contains' };
  if (isAcronymOf(a, b) || isAcronymOf(b, a)) return { kind: 'acronym' };
  if (typoApart(a.words, b.words, 5)) return { kind: 'typo' };
  return null;
}

/** An index of known organisations by their name's key and initials, for names compared one by one. */
interface KnownIndex {
  byKey: Map<string, string>;
  byInitials: Map<string, string[]>;
  /** Keys of one word, by length, for a typo in a short name. */
  byLength: Map<number, string[]>;
}

const knownIndexes = new WeakMap<ReadonlyMap<string, KnownOrganisation>, KnownIndex>();

function indexKnown(known: ReadonlyMap<string, KnownOrganisation>): KnownIndex {
  const cached = knownIndexes.get(known);
  if (cached) return cached;
  const index: KnownIndex = { byKey: new Map(), byInitials: new Map(), byLength: new Map() };
  for (const org of known.values()) {
    const parts = nameParts(org.name);
    if (!parts.key || index.byKey.has(parts.key)) continue;
    index.byKey.set(parts.key, org.name);
    if (parts.initials) index.byInitials.set(parts.initials, [...(index.byInitials.get(parts.initials) ?? []), org.name]);
    const length = parts.key.length;
    index.byLength.set(length, [...(index.byLength.get(length) ?? []), parts.key]);
  }
  knownIndexes.set(known, index);
  return index;
}

/** The known organisations a name can stand for: by its words, its initials, or one letter off. */
function knownAs(parts: NameParts, index: KnownIndex): Set<string> {
  const out = new Set<string>();
  const exact = index.byKey.get(parts.key);
  if (exact) out.add(exact);
  if (parts.words.length === 1) for (const name of index.byInitials.get(parts.words[0]!) ?? []) out.add(name);
  if (parts.initials) {
    const acronym = index.byKey.get(parts.initials);
    if (acronym) out.add(acronym);
  }
  const length = parts.key.length;
  for (const l of [length - 1, length, length + 1]) {
    for (const key of index.byLength.get(l) ?? []) {
      if (key !== parts.key && typoApart(parts.words, key.split(' '), 4)) out.add(index.byKey.get(key)!);
    }
  }
  return out;
}

interface Candidate {
  ids: string[];
  reason: DuplicateReason;
}

/**
 * The last answer before dismissals, and the names it was worked out for: most commits (a drag, a tag)
 * change no name, and the comparison of every two names is then not done again.
 */
let last: { signature: string; known: ReadonlyMap<string, KnownOrganisation> | undefined; candidates: Candidate[] } | null = null;

/** Every likely duplicate among the partners (in creation order), dismissed or not. */
function candidatesOf(ordered: readonly Partner[], known: ReadonlyMap<string, KnownOrganisation> | undefined): Candidate[] {
  const signature = ordered.map((p) => `${p.id}\u0000${p.name}`).join('\u0001');
  if (last && last.signature === signature && last.known === known) return last.candidates;
  const candidates: Candidate[] = [];
  // The same name: one group each, and its earliest partner stands for it in the pairs below.
  const byKey = new Map<string, Partner[]>();
  for (const p of ordered) {
    const key = nameParts(p.name).key;
    const list = byKey.get(key);
    if (list) list.push(p);
    else byKey.set(key, [p]);
  }
  const index = known && known.size ? indexKnown(known) : null;
  const representatives: { id: string; parts: NameParts; known: Set<string> | null }[] = [];
  for (const [key, list] of byKey) {
    if (list.length > 1) candidates.push({ ids: list.map((p) => p.id), reason: { kind: 'sameName' } });
    const parts = nameParts(list[0]!.name);
    if (key) representatives.push({ id: list[0]!.id, parts, known: index ? knownAs(parts, index) : null });
  }
  for (let i = 0; i < representatives.length; i++) {
    const a = representatives[i]!;
    for (let j = i + 1; j < representatives.length; j++) {
      const b = representatives[j]!;
      let reason = pairReason(a.parts, b.parts);
      if (!reason && a.known?.size && b.known?.size) {
        for (const name of a.known) {
          if (b.known.has(name)) {
            reason = { kind: 'directory', known: name };
            break;
          }
        }
      }
      if (reason) candidates.push({ ids: [a.id, b.id], reason });
    }
  }
  const first = new Map(ordered.map((p, i) => [p.id, i]));
  candidates.sort((x, y) => first.get(x.ids[0]!)! - first.get(y.ids[0]!)! || first.get(x.ids[1]!)! - first.get(y.ids[1]!)!);
  last = { signature, known, candidates };
  return candidates;
}

/** Likely duplicates among the partners, in the order of their earliest partner, each earliest first. */
export function findDuplicates(partners: Readonly<Record<string, Partner>>, options: DuplicateOptions = {}): DuplicateGroup[] {
  const dismissed = options.isDismissed ?? (() => false);
  const out: DuplicateGroup[] = [];
  for (const { ids, reason } of candidatesOf(inCreationOrder(partners), options.known)) {
    const open = ids.some((a, i) => ids.slice(i + 1).some((b) => !dismissed(dismissalKey(a, b))));
    if (open) out.push({ ids, reason, key: [...ids].sort().join(' ') });
  }
  return out;
}
