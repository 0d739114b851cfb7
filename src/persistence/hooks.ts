/** Live lists for components: they subscribe here and never touch Dexie themselves. */
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'react';
import { allArenas, allDigests, getShare, listArenas, recoverParked, watchShares, type ArenaSummary } from './repository';
import type { StoredShare } from './db';
import type { ArenaDigest } from '../domain/overlap';
import type { Arena } from '../domain/arena';
import { storageInfo, type StorageInfo } from './storage';

export type Live<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; error: string };

export function useArenaList(): Live<ArenaSummary[]> {
  const [state, setState] = useState<Live<ArenaSummary[]>>({ status: 'loading' });
  useEffect(() => {
    let sub: { unsubscribe(): void } | null = null;
    let live = true;
    const fail = (err: unknown) => live && setState({ status: 'error', error: err instanceof Error ? err.message : String(err) });
    // Recovery first, outside the live query: a foreign await inside it would hide changes from Dexie.
    recoverParked().then(() => {
      if (!live) return;
      sub = liveQuery(() => listArenas()).subscribe({ next: (value) => setState({ status: 'ready', value }), error: fail });
    }, fail);
    return () => {
      live = false;
      sub?.unsubscribe();
    };
  }, []);
  return state;
}

/** Whether storage is persistent and how much is used; read again when the arena list changes. */
export function useStorageInfo(refreshKey: unknown): StorageInfo | null {
  const [info, setInfo] = useState<StorageInfo | null>(null);
  useEffect(() => {
    let live = true;
    void storageInfo().then((value) => live && setInfo(value));
    return () => {
      live = false;
    };
  }, [refreshKey]);
  return info;
}

/** Every stored arena, live (for the partner directory across arenas). Loaded only where it is used. */
export function useAllArenas(enabled: boolean): Arena[] | null {
  const [arenas, setArenas] = useState<Arena[] | null>(null);
  useEffect(() => {
    if (!enabled) return;
    const sub = liveQuery(() => allArenas()).subscribe({ next: setArenas, error: () => setArenas([]) });
    return () => sub.unsubscribe();
  }, [enabled]);
  return arenas;
}

/** The digests of all arenas, live: enough to find overlaps without loading any whole arena. */
export function useDigests(): ArenaDigest[] | null {
  const [digests, setDigests] = useState<ArenaDigest[] | null>(null);
  useEffect(() => {
    const sub = liveQuery(() => allDigests()).subscribe({ next: setDigests, error: () => setDigests([]) });
    return () => sub.unsubscribe();
  }, []);
  return digests;
}

/**
 * How this device takes part in an arena's sharing, live: undefined while reading, null when the arena is
 * not shared here. The editor opens a shared arena differently (no edit lock: tabs edit together).
 */
export function useShare(id: string): StoredShare | null | undefined {
  const [share, setShare] = useState<{ id: string; value: StoredShare | null } | undefined>(undefined);
  useEffect(() => {
    const sub = liveQuery(() => getShare(id)).subscribe({
      next: (value) => setShare((prev) => (prev?.id === id && sameShare(prev.value, value ?? null) ? prev : { id, value: value ?? null })),
      error: () => setShare({ id, value: null }),
    });
    return () => sub.unsubscribe();
  }, [id]);
  return share?.id === id ? share.value : undefined;
}

function sameShare(a: StoredShare | null, b: StoredShare | null): boolean {
  return a === b || (!!a && !!b && a.room === b.room && a.role === b.role && a.edit === b.edit && a.view === b.view);
}

/** The ids of the arenas this device shares or joined (the home screen marks them). */
export function useSharedIds(): ReadonlySet<string> {
  const [ids, setIds] = useState<ReadonlySet<string>>(() => new Set());
  useEffect(() => watchShares((shares) => setIds(new Set(shares.map((s) => s.id)))), []);
  return ids;
}
