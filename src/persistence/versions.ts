/**
 * Saved versions of an arena: named, dated copies of the whole document, in their own table beside the
 * arenas (db.ts v5). They take space like the arenas do (the browser's storage estimate on the home screen
 * counts them), are not part of the arena document, and stay on the device that saved them, also for a
 * shared arena. A version is read through the same migrations as a stored arena, so versions saved by an
 * older Arena open in this one.
 */
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'react';
import type { Live } from './hooks';
import { duplicateArena, partnerCount, type Arena } from '../domain/arena';
import { newId } from '../domain/ids';
import { getDb, type StoredVersion } from './db';

export type { StoredVersion };
import { addArena, upgrade } from './repository';
import { requestPersistence } from './storage';

export const MAX_VERSION_NAME_LENGTH = 120;

/** What a list of versions shows: everything but the snapshot itself. */
export type VersionSummary = Omit<StoredVersion, 'arena'>;

function summary({ arena: _arena, ...rest }: StoredVersion): VersionSummary {
  return rest;
}

/** Size of a snapshot as the file and the database hold it (JSON characters). */
export function snapshotSize(arena: Arena): number {
  return JSON.stringify(arena).length;
}

export function newVersion(arena: Arena, name: string, savedAt: string, id: string = newId()): StoredVersion {
  // The document store's objects are frozen and shared with the undo history: the version gets its own copy.
  const copy = structuredClone(arena);
  return {
    id,
    arenaId: arena.id,
    name: name.trim().slice(0, MAX_VERSION_NAME_LENGTH),
    savedAt,
    size: snapshotSize(copy),
    partners: partnerCount(copy),
    arena: copy,
  };
}

/** Saves the arena as it is now under a name ("after workshop 1"). */
export async function saveVersion(arena: Arena, name: string, now = new Date().toISOString()): Promise<VersionSummary> {
  const version = newVersion(arena, name, now);
  await getDb().versions.add(version);
  void requestPersistence();
  return summary(version);
}

/** An arena's versions, newest first (Dexie reads only, for a live query). */
export async function listVersions(arenaId: string): Promise<VersionSummary[]> {
  const rows = await getDb().versions.where('arenaId').equals(arenaId).toArray();
  return rows.map(summary).sort((a, b) => (a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : a.id < b.id ? -1 : 1));
}

/** Calls back with an arena's versions now and whenever they change. */
export function watchVersions(arenaId: string, onChange: (versions: VersionSummary[]) => void, onError: (e: unknown) => void): () => void {
  const sub = liveQuery(() => listVersions(arenaId)).subscribe({ next: onChange, error: onError });
  return () => sub.unsubscribe();
}

/** A version with its snapshot in today's format; undefined when it is gone. */
export async function loadVersion(id: string): Promise<StoredVersion | undefined> {
  const row = await getDb().versions.get(id);
  return row && { ...row, arena: upgrade(row.arena) };
}

/** Every version of an arena with its snapshot, oldest first (for the file export). */
export async function versionsWithSnapshots(arenaId: string): Promise<StoredVersion[]> {
  const rows = await getDb().versions.where('arenaId').equals(arenaId).toArray();
  return rows.map((row) => ({ ...row, arena: upgrade(row.arena) })).sort((a, b) => (a.savedAt < b.savedAt ? -1 : a.savedAt > b.savedAt ? 1 : 0));
}

export async function deleteVersion(id: string): Promise<void> {
  await getDb().versions.delete(id);
}

/**
 * Stores the version as a new arena (new id; its title made from the title the arena had when the version
 * was saved) and hands it back; the version stays.
 */
export async function restoreVersionAsArena(id: string, titleOf: (title: string) => string, now = new Date().toISOString()): Promise<Arena | undefined> {
  const version = await loadVersion(id);
  if (!version) return undefined;
  const arena = duplicateArena(version.arena, titleOf(version.arena.title), now);
  await addArena(arena);
  return arena;
}

/** An arena's versions, live, for the versions dialog and the export dialog (loaded with them). */
export function useVersions(arenaId: string): Live<VersionSummary[]> {
  const [state, setState] = useState<Live<VersionSummary[]>>({ status: 'loading' });
  useEffect(
    () =>
      watchVersions(
        arenaId,
        (value) => setState({ status: 'ready', value }),
        (error: unknown) => setState({ status: 'error', error: error instanceof Error ? error.message : String(error) }),
      ),
    [arenaId],
  );
  return state;
}
