/**
 * The drop handling (nudging a partner off another) comes in its own small file, fetched once the map is
 * on screen; a drop that beats it waits for it, and is still one undo step.
 */
import type { Partner } from '../domain/arena';
import type { Point } from '../domain/rings';
import type { SizeOf } from './mapFocus';

type DropModule = typeof import('./drop');
let loaded: DropModule | null = null;
let loading: Promise<DropModule> | null = null;

export function loadDrop(): Promise<DropModule> {
  return (loading ??= import('./drop').then((m) => (loaded = m)));
}

type Moves = { id: string; position: Point }[];

/** Settles the drops and hands them to `done`: at once when the code is here, else as soon as it is. */
export function settleDrops(moves: Moves, partners: Record<string, Partner> | undefined, sizeOf: SizeOf, done: (settled: Moves) => void): void {
  if (loaded) return done(loaded.settleDrops(moves, partners, sizeOf));
  void loadDrop().then((m) => done(m.settleDrops(moves, partners, sizeOf)));
}
