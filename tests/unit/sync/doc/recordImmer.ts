/**
 * immer as it is, with every produceWithPatches recorded, for tests that write the store's commits into
 * a shared document: `vi.mock('immer', async (orig) => (await import('./recordImmer')).recordingImmer(orig))`.
 * Imports nothing but types, so the mock factory can load it before immer.
 */
import type { Patch } from 'immer';
import type { Arena } from '../../../../src/domain/arena';

export interface Commit {
  before: Arena;
  after: Arena;
  patches: readonly Patch[];
}

/** Filled by the mocked `produceWithPatches`. */
export const commits: Commit[] = [];

/** The body of `vi.mock('immer', …)`: immer as it is, with every produceWithPatches recorded. */
export async function recordingImmer(importOriginal: () => Promise<typeof import('immer')>) {
  const actual = await importOriginal();
  const produceWithPatches = ((base: Arena, recipe: never) => {
    const result = actual.produceWithPatches(base, recipe);
    commits.push({ before: base, after: result[0] as Arena, patches: result[1] });
    return result;
  }) as unknown as typeof actual.produceWithPatches;
  return { ...actual, produceWithPatches };
}

