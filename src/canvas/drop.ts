/**
 * Where dropped partners land: on the spot, unless that spot is on another partner or the goal's words;
 * then nudged to the nearest free place in the same ring (domain/nudge.ts). Used by a drag on the map and
 * by a drag from the list, so the move and the nudge are one undo step. Loaded after the map is on screen
 * (lazyDrop.ts), not with the first page, together with the arrow keys' moves.
 */
import type { Partner } from '../domain/arena';
import type { Size } from '../domain/mapLayout';
import { nudgeAll } from '../domain/nudge';
import type { Point } from '../domain/rings';
import { DEFAULT_NODE_SIZE, partnerBoxes, type SizeOf } from './mapFocus';

export { createKeyboardMover } from './keyboardMove';

export function settleDrops(
  moves: readonly { id: string; position: Point }[],
  partners: Record<string, Partner> | undefined,
  sizeOf: SizeOf,
): { id: string; position: Point }[] {
  const moving = new Set(moves.map((m) => m.id));
  const staying = partnerBoxes(partners, sizeOf)
    .filter((p) => !moving.has(p.id))
    .map((p) => p.box);
  const size = (id: string): Size => sizeOf(id) ?? DEFAULT_NODE_SIZE;
  return nudgeAll(
    moves.map((m) => ({ ...m, size: size(m.id) })),
    staying,
  );
}
