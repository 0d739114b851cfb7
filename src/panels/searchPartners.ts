/**
 * The partner list's search: a query matches a partner's name, its type or the label of any of its tags
 * (in the reader's language), so "welfare" lists every welfare partner. Accents and case do not count.
 */
import { normaliseName, type Partner } from '../domain/arena';

export interface SearchResult {
  /** The partners that match, in the order given. */
  matches: Partner[];
  /** What Enter shows on the map: the first whose name matches, else the first match. */
  first: Partner | undefined;
}

/** `describe` gives the other words a partner can be found by (type, tag labels). */
export function searchPartners(partners: readonly Partner[], query: string, describe: (partner: Partner) => readonly string[]): SearchResult {
  const q = normaliseName(query);
  if (!q) return { matches: partners as Partner[], first: partners[0] };
  const matches: Partner[] = [];
  let byName: Partner | undefined;
  for (const partner of partners) {
    if (normaliseName(partner.name).includes(q)) {
      byName ??= partner;
      matches.push(partner);
    } else if (describe(partner).some((word) => normaliseName(word).includes(q))) {
      matches.push(partner);
    }
  }
  return { matches, first: byName ?? matches[0] };
}
