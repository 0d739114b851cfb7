/**
 * After a commit, hands the list order of the keyed collections from the old document to the new one
 * (domain/order carryOrder), using the patches immer recorded for the change: a patch's path names the
 * record it touched; and the analysis facts of the partners (domain/analysis/facts carryFacts). So a drag at 10,000 partners does not make the next list or analysis enumerate the
 * whole partners object again (see domain/order.ts for why that is costly). Which collections are listed
 * by creation comes from the record registry (domain/records.ts).
 */
import type { Patch } from 'immer';
import type { Arena } from '../domain/arena';
import { carryCollection } from '../domain/carry';
import { RECORD_COLLECTIONS, RECORD_TYPES } from '../domain/records';

const ORDERED = RECORD_COLLECTIONS.filter((c) => RECORD_TYPES[c].byCreation);

export function carryOrders(before: Arena, after: Arena, patches: readonly Patch[]): void {
  for (const key of ORDERED) {
    if (before[key] === after[key]) continue;
    const touched = new Set<string>();
    let whole = false;
    for (const { path } of patches) {
      if (path.length === 0) whole = true;
      else if (path[0] !== key) continue;
      else if (path.length === 1) whole = true;
      else touched.add(String(path[1]));
    }
    // A collection replaced as a whole is enumerated afresh when first listed.
    if (whole) continue;
    carryCollection(key, before[key], after[key], touched);
  }
}
