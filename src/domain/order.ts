/**
 * The one order of keyed records (partners, actions, team members): by creation, then id.
 *
 * Records are keyed, not ordered, so every list has to enumerate an object. Past about a thousand keys V8
 * keeps such an object in dictionary mode, where each enumeration sorts the keys by insertion: at 10,000
 * partners one `Object.values` costs ~1.8 ms and grows faster than the number of partners. So the order
 * is computed once per record object (documents are immutable: a change makes new objects) and, after an
 * edit, carried over from the previous version by `carryOrder` in time linear in the partners, without
 * enumerating the new object at all.
 */

export interface Ordered {
  createdAt: string;
  id: string;
}

export function byCreation(a: Ordered, b: Ordered): number {
  return a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

// Keyed by the record object itself, so a version that is no longer referenced (undo history trimmed,
// arena closed) takes its list with it. Only frozen objects are remembered: the store's documents are
// (immer freezes them), while an object still being built or changed in place is listed afresh each time.
const orders = new WeakMap<object, readonly Ordered[]>();

/** Sorts in place unless already in order: records are usually stored in creation order. */
function settle<T extends Ordered>(list: T[]): T[] {
  for (let i = 1; i < list.length; i++) if (byCreation(list[i - 1]!, list[i]!) > 0) return list.sort(byCreation);
  return list;
}

/** The records of a keyed collection by creation, then id. The list may be shared: do not change it. */
export function inCreationOrder<T extends Ordered>(records: Readonly<Record<string, T>>): readonly T[] {
  const known = orders.get(records);
  if (known) return known as readonly T[];
  const list = settle(Object.values(records));
  if (!Object.isFrozen(records)) return list;
  orders.set(records, Object.freeze(list));
  return list;
}

/** Past this many touched records, carrying walks the whole list instead of finding each one. */
const FEW = 32;

/**
 * Gives `next`, a new version of `prev` in which only the records keyed by `touched` may have been
 * added, removed or changed, the order of `prev` updated for those records: untouched records keep
 * their place (they are the same objects), touched ones are looked up, dropped when gone and appended
 * when new. Does nothing when `prev`'s order is not known yet (then `next` is enumerated when first asked).
 */
export function carryOrder<T extends Ordered>(
  prev: Readonly<Record<string, T>>,
  next: Readonly<Record<string, T>>,
  touched: ReadonlySet<string>,
): void {
  if (prev === next || orders.has(next) || !Object.isFrozen(next)) return;
  const before = orders.get(prev) as readonly T[] | undefined;
  if (!before) return;
  const list = touched.size <= FEW ? carryFew(prev, next, touched, before) : carryMany(next, touched, before);
  orders.set(next, Object.freeze(list));
}

const own = <T>(records: Readonly<Record<string, T>>, id: string): T | undefined => (Object.hasOwn(records, id) ? records[id] : undefined);

/**
 * The usual case (a drag, a tag, an added partner): the list is copied as it is and each touched record
 * found by identity, which reads no record (at 10,000 partners reading them all is what costs).
 */
function carryFew<T extends Ordered>(prev: Readonly<Record<string, T>>, next: Readonly<Record<string, T>>, touched: ReadonlySet<string>, before: readonly T[]): T[] {
  const list = before.slice();
  let sorted = true;
  for (const id of touched) {
    const old = own(prev, id);
    const now = own(next, id);
    const at = old ? list.indexOf(old) : -1;
    if (at >= 0 && now) {
      list[at] = now;
      sorted &&= inPlace(list, at);
    } else if (at >= 0) {
      list.splice(at, 1);
    } else if (now) {
      list.push(now);
      sorted &&= inPlace(list, list.length - 1);
    }
  }
  return sorted ? list : list.sort(byCreation);
}

/** Whether the record at `i` is in order with its neighbours. */
function inPlace(list: readonly Ordered[], i: number): boolean {
  const record = list[i]!;
  return (i === 0 || byCreation(list[i - 1]!, record) <= 0) && (i === list.length - 1 || byCreation(record, list[i + 1]!) <= 0);
}

/** Many records touched at once (a multi-delete, a large paste): one walk over the list. */
function carryMany<T extends Ordered>(next: Readonly<Record<string, T>>, touched: ReadonlySet<string>, before: readonly T[]): T[] {
  const list: T[] = [];
  const placed = new Set<string>();
  for (const record of before) {
    if (!touched.has(record.id)) {
      list.push(record);
      continue;
    }
    placed.add(record.id);
    const now = own(next, record.id);
    if (now) list.push(now);
  }
  for (const id of touched) {
    if (placed.has(id)) continue;
    const added = own(next, id);
    if (added) list.push(added);
  }
  return settle(list);
}
