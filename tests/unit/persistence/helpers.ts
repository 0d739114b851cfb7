/** Test helpers of the persistence tests: a fresh Dexie database per test and a Map-backed localStorage. */
import { vi } from 'vitest';
import { ArenaDb, setDb } from '../../../src/persistence/db';
import { createArena, createPartner, type Arena } from '../../../src/domain/arena';

/** Opens a fresh, uniquely named database and points the persistence module at it. */
export function freshDb(): ArenaDb {
  const db = new ArenaDb(`test-${Math.random().toString(36).slice(2)}-${Date.now()}`);
  setDb(db);
  return db;
}

export async function dropDb(db: ArenaDb): Promise<void> {
  setDb(null);
  await db.delete();
}

/** A minimal Storage on a Map, for the node environment (which has no localStorage). */
export class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();
  get length(): number {
    return this.items.size;
  }
  clear(): void {
    this.items.clear();
  }
  getItem(key: string): string | null {
    return this.items.has(key) ? this.items.get(key)! : null;
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
  setItem(key: string, value: string): void {
    this.items.set(key, String(value));
  }
}

export function stubLocalStorage(): MemoryStorage {
  const storage = new MemoryStorage();
  vi.stubGlobal('localStorage', storage);
  return storage;
}

export const JOURNAL_PREFIX = 'arena.journal.';

export function iso(second: number): string {
  return new Date(Date.UTC(2025, 0, 1) + second * 1000).toISOString();
}

/** An arena with `partners` partners, one tag and one acknowledgement. */
export function sampleArena(title: string, updated: string, partners = 2, id?: string): Arena {
  const arena = createArena(title, iso(0), id);
  arena.updatedAt = updated;
  arena.goal = `Goal of ${title}`;
  for (let i = 0; i < partners; i++) {
    const p = createPartner({ name: `Partner ${i}`, type: 'ngo' }, iso(i), `p${i}`);
    arena.partners[p.id] = { ...p, position: i % 2 ? { x: 10.5, y: -20.25 } : null, expertise: ['safety', 'custom:t1'], style: 'care' };
  }
  arena.tags['custom:t1'] = { id: 'custom:t1', attribute: 'expertise', label: 'Debt help', updatedAt: iso(0) };
  arena.acknowledgements['oneSidedStyle:core'] = { id: 'oneSidedStyle:core', reason: 'On purpose.', updatedAt: iso(0) };
  return arena;
}
