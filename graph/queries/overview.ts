import type { Graph } from '../connection.ts';
import { MAX_NEIGHBORHOOD_LIMIT, readGraphSlice, type GraphSliceRecord } from './neighborhood.ts';
import { nodeMap, RELATION_TYPES, type NodeLabel } from './nodeRecord.ts';
import type { CypherQuery, ReadOptions } from './run.ts';

/** Events and organizations the overview starts from, each: `neighborhood` takes at most 50 ids, the overview the same. */
export const MAX_OVERVIEW_SEEDS = 25;

export interface OverviewInput {
  /** the most mentioned events, and as many organizations, to start from */
  seeds: number;
  /** nodes to choose from: the seeds, then their neighbours in id order */
  candidates: number;
  /** the most connected of the candidates that the slice holds */
  first: number;
  /** node types to show and to pass through; null: all */
  types?: readonly NodeLabel[] | null;
}

// The most mentioned of one label, in the order of `events` and `organizations` sorted by MENTIONS
// (graph/queries/lists.ts). A MENTIONS relationship always runs from a report to an entity (the load creates
// them so, curation moves them between a report's entities), so the count need not look at the far end:
// a count of one type and direction without a look at the other node is read from the node's degree.
const mostMentioned = (label: 'Event' | 'Organization', as: string): string => `CALL () {
  MATCH (n:${label})
  WITH n ORDER BY COUNT { (n)<-[:MENTIONS]-() } DESC, toLower(n.name), n.id
  LIMIT $seeds
  RETURN collect(n) AS ${as}
}`;

/**
 * The opening picture of a graph too large to draw whole, in one query: the
 * `seeds` most mentioned events and organizations, the nodes one step from
 * them as `neighborhood` (depth 1, `candidates` as its limit) reaches them —
 * the seeds, then the ring in id order — and of those the `first` with most
 * relationships (ties by id), with every relationship among them. The same
 * picture the explorer made from the lists, the neighbourhood and its own
 * choice, but the relationships among the candidates it then dropped (most
 * of a megabyte on the medium bench graph) are neither collected nor sent.
 * Labels and relationship types are model constants; numbers are parameters.
 * The types are written into the patterns rather than tested on each
 * relationship found (as `neighborhood` does): the most mentioned nodes have
 * thousands of MENTIONS that a typed pattern never reads, and a typed count
 * with nothing asked of the far end is the node's stored degree
 * (bench/README.md, "The overview: where its time went").
 */
export function overviewQuery(input: OverviewInput): CypherQuery {
  const { seeds, candidates, first } = input;
  if (!Number.isInteger(seeds) || seeds < 1 || seeds > MAX_OVERVIEW_SEEDS) throw new RangeError(`seeds must be an integer from 1 to ${MAX_OVERVIEW_SEEDS}, got ${seeds}`);
  for (const [name, n] of [['candidates', candidates], ['first', first]] as const) {
    if (!Number.isInteger(n) || n < 1 || n > MAX_NEIGHBORHOOD_LIMIT) throw new RangeError(`${name} must be an integer from 1 to ${MAX_NEIGHBORHOOD_LIMIT}, got ${n}`);
  }
  const types = input.types && input.types.length > 0 ? [...new Set(input.types)] : null;
  const withReports = !types || types.includes('Report');
  const rels = (withReports ? [...RELATION_TYPES, 'REPORTS_ON'] : [...RELATION_TYPES]).join('|');
  const cypher = `${mostMentioned('Event', 'events')}
${mostMentioned('Organization', 'organizations')}
WITH events + organizations AS seeds
CALL (seeds) {
  UNWIND seeds AS x
  MATCH (x)-[:${rels}]-(m)
  WHERE (m:Entity OR m:Report)
    AND ($types IS NULL OR any(l IN labels(m) WHERE l IN $types))
    AND NOT m IN seeds
  WITH DISTINCT m ORDER BY m.id LIMIT $cap
  RETURN collect(m) AS ring
}
WITH (seeds + ring)[0..$candidates] AS candidates, size(seeds + ring) > $first AS truncated
CALL (candidates) {
  UNWIND candidates AS n
  WITH n, COUNT { (n)-[:${rels}]-() } AS degree
  ORDER BY degree DESC, n.id
  LIMIT $first
  RETURN collect({node: ${nodeMap('n')}, degree: degree}) AS nodes, collect(n) AS chosen
}
CALL (chosen) {
  UNWIND chosen AS a
  MATCH (a)-[r:${rels}]->(b)
  WHERE b IN chosen
  RETURN collect({source: a.id, target: b.id, type: type(r)}) AS edges
}
RETURN nodes, edges, truncated`;
  return {
    cypher,
    params: {
      seeds,
      types,
      candidates,
      cap: candidates + 1,
      first,
    },
  };
}

export async function overview(graph: Graph, input: OverviewInput, opts: ReadOptions = {}): Promise<GraphSliceRecord> {
  return readGraphSlice(graph, overviewQuery(input), opts);
}
