/**
 * Where dropped partners land: on the spot, unless that spot is on another partner or the goal; then
 * nudged to the nearest free place in the same ring (domain/mapLayout.ts). Used by a drag on the map and
 * by a drag from the list, so the move and the nudge are one undo step.
 */
import type { InternalNode } from '@xyflow/react';
import type { Partner } from '../domain/arena';
import { nudgeAll, type Size } from '../domain/mapLayout';
import type { Point } from '../domain/rings';
import { DEFAULT_NODE_SIZE, partnerBoxes, type SizeOf } from './mapFocus';
import type { MapNode } from './types';

/** The size React Flow measured for a node, when it has. */
export function measuredSizeOf(lookup: ReadonlyMap<string, InternalNode<MapNode>>): SizeOf {
  return (id) => {
    const m = lookup.get(id)?.measured;
    return m?.width && m.height ? { width: m.width, height: m.height } : undefined;
  };
}

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
