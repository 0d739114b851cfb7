/**
 * Document ties → React Flow edges, for the ties whose two partners are both on the map as shown (a
 * presentation step or an action filter hides some partners, and their ties with them). An edge object is
 * kept as long as its tie record is the same (immer keeps unchanged records identical), and the array
 * itself while no edge changed: the shown nodes change on every drag frame, the edges rarely.
 */
import type { Arena, Tie } from '../domain/arena';
import type { MapNode, TieFlowEdge } from './types';

const cache = new WeakMap<Tie, TieFlowEdge>();
export const NO_EDGES: TieFlowEdge[] = [];
let last = NO_EDGES;

export function tieEdges(ties: Arena['ties'] | undefined, shown: readonly Pick<MapNode, 'id'>[]): TieFlowEdge[] {
  const ids = new Set(shown.map((n) => n.id));
  const out: TieFlowEdge[] = [];
  for (const tie of Object.values(ties ?? {})) {
    if (!ids.has(tie.from) || !ids.has(tie.to)) continue;
    let edge = cache.get(tie);
    if (!edge) cache.set(tie, (edge = { id: tie.id, source: tie.from, target: tie.to, type: 'tie', data: { kind: tie.kind }, selectable: false, focusable: false }));
    out.push(edge);
  }
  if (out.length === last.length && out.every((e, i) => e === last[i])) return last;
  return (last = out.length ? out : NO_EDGES);
}
