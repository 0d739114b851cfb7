/**
 * Hands what is remembered about a version of a record collection (its list order, domain/order.ts; the
 * partners' analysis facts, domain/analysis/facts.ts) to the next version, when only the records named
 * in `touched` may differ. Used by the store after a commit (store/carryOrders.ts, from immer's patches)
 * and by the shared-document reader after a remote change (sync/doc/read.ts).
 */
import { carryFacts } from './analysis/facts';
import type { Arena } from './arena';
import { carryOrder, type Ordered } from './order';
import { RECORD_TYPES, type RecordCollection } from './records';

export function carryCollection<C extends RecordCollection>(collection: C, prev: Arena[C], next: Arena[C], touched: ReadonlySet<string>): void {
  if (!RECORD_TYPES[collection].byCreation || prev === next) return;
  carryOrder(prev as Readonly<Record<string, Ordered>>, next as Readonly<Record<string, Ordered>>, touched);
  if (collection === 'partners') carryFacts(prev as Arena['partners'], next as Arena['partners']);
}
