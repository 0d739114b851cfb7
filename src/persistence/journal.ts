/**
 * A last-resort journal for the moment the page goes away. IndexedDB writes are asynchronous and a
 * browser may drop one that is still in flight when the tab closes; localStorage writes are synchronous.
 * On `pagehide` the newest unconfirmed document is parked here with the revision it would have had once
 * written, and on the next start it is written to the database when that revision is higher than the
 * stored one. Revisions only grow; wall-clock times are never compared (a clock can be set wrong).
 */
import type { Arena } from '../domain/arena';

const PREFIX = 'arena.journal.';

export interface ParkedEntry {
  key: string;
  /** The revision the parked version would have had; undefined for entries of older app versions. */
  revision: number | undefined;
  arena: unknown;
}

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export function park(arena: Arena, revision: number): boolean {
  const ls = storage();
  if (!ls) return false;
  try {
    ls.setItem(PREFIX + arena.id, JSON.stringify({ journal: 2, revision, arena }));
    return true;
  } catch {
    return false; // quota: the database write may still land
  }
}

export function drop(id: string): void {
  storage()?.removeItem(PREFIX + id);
}

function entryOf(key: string, text: string | null): ParkedEntry {
  try {
    const value: unknown = JSON.parse(text ?? 'null');
    if (value && typeof value === 'object' && (value as { journal?: unknown }).journal === 2) {
      const { revision, arena } = value as { revision: unknown; arena: unknown };
      return { key, revision: typeof revision === 'number' && Number.isFinite(revision) ? revision : undefined, arena };
    }
    // Written by an older version of Arena: the arena itself, without a revision.
    return { key, revision: undefined, arena: value };
  } catch {
    return { key, revision: undefined, arena: null };
  }
}

export function parked(): ParkedEntry[] {
  const ls = storage();
  if (!ls) return [];
  const out: ParkedEntry[] = [];
  for (let i = 0; i < ls.length; i++) {
    const key = ls.key(i);
    if (key?.startsWith(PREFIX)) out.push(entryOf(key, ls.getItem(key)));
  }
  return out;
}

/** The parked entry of one arena, if any. */
export function parkedFor(id: string): ParkedEntry | null {
  const ls = storage();
  const text = ls?.getItem(PREFIX + id);
  return text == null ? null : entryOf(PREFIX + id, text);
}

export function removeKey(key: string): void {
  storage()?.removeItem(key);
}
