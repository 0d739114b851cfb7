/**
 * A last-resort journal for the moment the page goes away. IndexedDB writes are asynchronous and a
 * browser may drop one that is still in flight when the tab closes; localStorage writes are synchronous.
 * On `pagehide` the newest unconfirmed document is parked here, and on the next start it is written to
 * the database if it is newer than what the database holds.
 */
import type { Arena } from '../domain/arena';

const PREFIX = 'arena.journal.';

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export function park(arena: Arena): boolean {
  const ls = storage();
  if (!ls) return false;
  try {
    ls.setItem(PREFIX + arena.id, JSON.stringify(arena));
    return true;
  } catch {
    return false; // quota: the database write may still land
  }
}

export function drop(id: string): void {
  storage()?.removeItem(PREFIX + id);
}

export function parked(): { key: string; arena: unknown }[] {
  const ls = storage();
  if (!ls) return [];
  const out: { key: string; arena: unknown }[] = [];
  for (let i = 0; i < ls.length; i++) {
    const key = ls.key(i);
    if (!key?.startsWith(PREFIX)) continue;
    try {
      out.push({ key, arena: JSON.parse(ls.getItem(key) ?? 'null') });
    } catch {
      out.push({ key, arena: null });
    }
  }
  return out;
}

export function removeKey(key: string): void {
  storage()?.removeItem(key);
}
