/**
 * Measures of the trust ties the group draws between partners, for the governance advisor (Provan &
 * Kenis 2008: shared governance fits a dense web of trust, a lead organisation low density with trust
 * centralised on one member, an NAO moderate density).
 *
 * Which partners and ties count (Arena's choice, documented in the README):
 * - the partners **at the table** (core and complementary rings), the same "participants" the advisor
 *   counts; ties to a partner in the context ring, not relevant, or not on the map are left out;
 * - ties of kind `trusts` and `works` (working well together is how trust shows in practice); `conflict`
 *   ties are left out (they are shown on the map, they are not trust);
 * - the graph is undirected and simple: a pair of partners is tied when at least one such tie joins them,
 *   in either direction; two ties between the same pair count once; a tie from a partner to itself is
 *   ignored.
 *
 * Density = ties present / ties possible, 2m / (n(n−1)) (graphology-metrics `undirectedDensity`).
 * Centralisation is Freeman's (1979) degree centralisation: Σ (c* − cᵢ) / (n − 2), with cᵢ the degree
 * centrality (degree / (n − 1), graphology-metrics `degreeCentrality`) and c* the highest: 1 for a star,
 * 0 when every partner has as many ties as the others (ring, complete graph, equal cliques).
 *
 * This module pulls in graphology: it is imported lazily (the advisor's chunk), never in the first load.
 */
import Graph from 'graphology';
import { undirectedDensity } from 'graphology-metrics/graph/density';
import { degreeCentrality } from 'graphology-metrics/centrality/degree';

/** The kinds of ties that count as trust. */
export const TRUST_TIE_KINDS = ['trusts', 'works'] as const;

/** What this module needs of a tie (the document's `Tie` has more). */
export interface TieLike {
  from: string;
  to: string;
  kind: string;
}

export interface TrustMeasures {
  /** Partners at the table (the nodes of the graph). */
  participants: number;
  /** Distinct pairs at the table joined by a trust or works tie (the edges). */
  ties: number;
  /** 0–1; null with fewer than 2 partners at the table (no tie possible). */
  density: number | null;
  /** Freeman degree centralisation 0–1; null with fewer than 3 partners at the table (undefined). */
  centralisation: number | null;
  /** The partner with the most ties when exactly one has the most; null on a tie for the most or no tie. */
  centre: string | null;
  /** Ties of the most central partner(s). */
  centreDegree: number;
}

/** Builds the trust graph: the given partners as nodes, each pair tied by a trusts/works tie as one edge. */
export function trustGraph(atTable: readonly string[], ties: Readonly<Record<string, TieLike>> | readonly TieLike[]): Graph {
  const graph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (const id of atTable) graph.mergeNode(id);
  const list = Array.isArray(ties) ? (ties as readonly TieLike[]) : Object.values(ties as Record<string, TieLike>);
  for (const tie of list) {
    if (!(TRUST_TIE_KINDS as readonly string[]).includes(tie.kind)) continue;
    if (tie.from === tie.to || !graph.hasNode(tie.from) || !graph.hasNode(tie.to)) continue;
    graph.mergeEdge(tie.from, tie.to);
  }
  return graph;
}

/** Density, centralisation and the most central partner of the trust among the partners at the table. */
export function trustMeasures(atTable: readonly string[], ties: Readonly<Record<string, TieLike>> | readonly TieLike[]): TrustMeasures {
  const graph = trustGraph(atTable, ties);
  const n = graph.order;
  const density = n >= 2 ? undirectedDensity(graph) : null;
  let centralisation: number | null = null;
  let centre: string | null = null;
  let centreDegree = 0;
  if (n >= 1) {
    graph.forEachNode((node) => {
      centreDegree = Math.max(centreDegree, graph.degree(node));
    });
    const top = graph.filterNodes((node) => graph.degree(node) === centreDegree);
    centre = centreDegree > 0 && top.length === 1 ? top[0]! : null;
  }
  if (n >= 3) {
    const c = degreeCentrality(graph);
    const max = Math.max(...Object.values(c));
    let sum = 0;
    for (const node in c) sum += max - c[node]!;
    // Rounded: (n − 1)(n − 2) sums of fractions leave 0.9999999 for a star.
    centralisation = Math.round((sum / (n - 2)) * 1e9) / 1e9;
  }
  return { participants: n, ties: graph.size, density, centralisation, centre, centreDegree };
}
