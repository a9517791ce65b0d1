import type { Graph } from '../connection.ts';
import type { Plain } from '../values.ts';
import { nodeMap, RELATION_TYPES, requireNodeRecord, type NodeLabel, type NodeRecord } from './nodeRecord.ts';
import { readQuery, type CypherQuery, type ReadOptions } from './run.ts';

export const MAX_NEIGHBORHOOD_DEPTH = 3;
export const MAX_NEIGHBORHOOD_LIMIT = 1000;

export interface SliceNodeRecord {
  node: NodeRecord;
  /** relationships of the node in the whole graph, of the types the slice follows */
  degree: number;
}

export interface SliceEdgeRecord {
  id: string;
  source: string;
  target: string;
  type: string;
}

export interface GraphSliceRecord {
  nodes: SliceNodeRecord[];
  edges: SliceEdgeRecord[];
  /** true when more nodes were reachable than `limit` allowed */
  truncated: boolean;
}

export interface NeighborhoodInput {
  ids: readonly string[];
  depth: number;
  limit: number;
  /** node types to show and to pass through; null: all */
  types?: readonly NodeLabel[] | null;
}

// One expansion step: the next ring of nodes not yet reached, in id order so
// a slice is stable between calls, capped so one hub cannot flood the slice.
const hop = (k: number): string => `CALL (reached, frontier) {
  UNWIND frontier AS x
  MATCH (x)-[r]-(m)
  WHERE type(r) IN $relTypes AND (m:Entity OR m:Report)
    AND ($types IS NULL OR any(l IN labels(m) WHERE l IN $types))
    AND NOT m IN reached
  WITH DISTINCT m ORDER BY m.id LIMIT $cap
  RETURN collect(m) AS ring${k}
}
WITH reached + ring${k} AS reached, ring${k} AS frontier`;

/**
 * The nodes within `depth` steps of the given ones (breadth first, the seeds
 * first, then each ring in id order), at most `limit` of them, and every
 * relationship among them. Steps pass only through the requested types, so
 * the slice stays connected. Report provenance (MENTIONS) is not followed;
 * REPORTS_ON is, when reports are shown. The depth is checked and selects
 * one of three fixed query texts.
 */
export function neighborhoodQuery(input: NeighborhoodInput): CypherQuery {
  const { depth, limit } = input;
  if (!Number.isInteger(depth) || depth < 1 || depth > MAX_NEIGHBORHOOD_DEPTH) {
    throw new RangeError(`depth must be an integer from 1 to ${MAX_NEIGHBORHOOD_DEPTH}, got ${depth}`);
  }
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_NEIGHBORHOOD_LIMIT) {
    throw new RangeError(`limit must be an integer from 1 to ${MAX_NEIGHBORHOOD_LIMIT}, got ${limit}`);
  }
  const types = input.types && input.types.length > 0 ? [...new Set(input.types)] : null;
  const withReports = !types || types.includes('Report');
  const hops = Array.from({ length: depth }, (_, i) => hop(i + 1)).join('\n');
  const cypher = `CALL () {
  MATCH (s:Entity) WHERE s.id IN $ids RETURN s
  UNION
  MATCH (s:Report) WHERE s.id IN $ids RETURN s
}
WITH collect(s) AS seeds
WITH seeds AS reached, seeds AS frontier
${hops}
WITH reached[0..$limit] AS chosen, size(reached) > $limit AS truncated
CALL (chosen) {
  UNWIND chosen AS a
  MATCH (a)-[r]->(b)
  WHERE type(r) IN $relTypes AND b IN chosen
  RETURN collect({source: a.id, target: b.id, type: type(r)}) AS edges
}
CALL (chosen) {
  UNWIND chosen AS n
  RETURN collect({node: ${nodeMap('n')}, degree: COUNT { (n)-[r]-() WHERE type(r) IN $relTypes }}) AS nodes
}
RETURN nodes, edges, truncated`;
  return {
    cypher,
    params: {
      ids: [...new Set(input.ids)],
      types,
      relTypes: withReports ? [...RELATION_TYPES, 'REPORTS_ON'] : [...RELATION_TYPES],
      limit,
      cap: limit + 1,
    },
  };
}

export async function neighborhood(graph: Graph, input: NeighborhoodInput, opts: ReadOptions = {}): Promise<GraphSliceRecord> {
  return readGraphSlice(graph, neighborhoodQuery(input), opts);
}

/** Runs a query that returns one row of `nodes` (node, degree), `edges` (source, target, type) and `truncated`, as a slice. */
export async function readGraphSlice(graph: Graph, query: CypherQuery, opts: ReadOptions = {}): Promise<GraphSliceRecord> {
  const rows = await readQuery<{ nodes: Array<{ node: Plain; degree: number }>; edges: Array<{ source: string; target: string; type: string }>; truncated: boolean }>(graph, query, opts);
  const row = rows[0];
  if (!row) return { nodes: [], edges: [], truncated: false };
  return {
    nodes: row.nodes.map((n) => ({ node: requireNodeRecord(n.node), degree: n.degree })),
    edges: row.edges.map((e) => ({ id: `${e.source}|${e.type}|${e.target}`, ...e })),
    truncated: row.truncated,
  };
}
