import type { Graph } from '../connection.ts';
import type { Plain } from '../values.ts';
import type { GraphSliceRecord } from './neighborhood.ts';
import { nodeMap, RELATION_TYPES, requireNodeRecord } from './nodeRecord.ts';
import { readQuery, type CypherQuery, type ReadOptions } from './run.ts';

/** Most nodes one subgraph call returns. */
export const MAX_SUBGRAPH_IDS = 1000;
/** Most ids of nodes fetched before whose relationships with the new ones one call returns. */
export const MAX_SUBGRAPH_AMONG = 5000;

export interface SubgraphInput {
  ids: readonly string[];
  /** nodes a caller already has: relationships to them come back, the nodes do not */
  among?: readonly string[];
}

/** The entities and reports whose ids are in `$ids`, as the list `chosen`: the start of every query over a set of ids. */
export const CHOSEN_BY_ID = `
CALL () {
  MATCH (s:Entity) WHERE s.id IN $ids RETURN s
  UNION
  MATCH (s:Report) WHERE s.id IN $ids RETURN s
}
WITH collect(s) AS chosen`;

/**
 * Exactly the nodes asked for, and every relationship among them or between
 * them and `among`. A caller drawing more nodes than one call takes asks in
 * parts, each with the earlier parts' ids in `among`, so each relationship
 * arrives once and none between parts is lost. Membership goes through the
 * id parameters (`IN $ids`), which Neo4j answers from a hashed set.
 */
export const SUBGRAPH = `${CHOSEN_BY_ID}
CALL (chosen) {
  UNWIND chosen AS a
  MATCH (a)-[r]-(b)
  WHERE type(r) IN $relTypes AND (b.id IN $ids OR b.id IN $among)
  WITH DISTINCT r
  RETURN collect({source: startNode(r).id, target: endNode(r).id, type: type(r)}) AS edges
}
CALL (chosen) {
  UNWIND chosen AS n
  RETURN collect({node: ${nodeMap('n')}, degree: COUNT { (n)-[r]-() WHERE type(r) IN $relTypes }}) AS nodes
}
RETURN nodes, edges`;

export function subgraphQuery(input: SubgraphInput): CypherQuery {
  const ids = [...new Set(input.ids)];
  const among = [...new Set(input.among ?? [])];
  if (ids.length > MAX_SUBGRAPH_IDS) throw new RangeError(`at most ${MAX_SUBGRAPH_IDS} ids, got ${ids.length}`);
  if (among.length > MAX_SUBGRAPH_AMONG) throw new RangeError(`at most ${MAX_SUBGRAPH_AMONG} ids in among, got ${among.length}`);
  return { cypher: SUBGRAPH, params: { ids, among, relTypes: [...RELATION_TYPES, 'REPORTS_ON'] } };
}

export async function subgraph(graph: Graph, input: SubgraphInput, opts: ReadOptions = {}): Promise<GraphSliceRecord> {
  const rows = await readQuery<{ nodes: Array<{ node: Plain; degree: number }>; edges: Array<{ source: string; target: string; type: string }> }>(
    graph,
    subgraphQuery(input),
    opts,
  );
  const row = rows[0];
  if (!row) return { nodes: [], edges: [], truncated: false };
  // in the order asked, so a caller's order survives
  const order = new Map(input.ids.map((id, i) => [id, i]));
  const nodes = row.nodes.map((n) => ({ node: requireNodeRecord(n.node), degree: n.degree }));
  nodes.sort((a, b) => (order.get(a.node.id) ?? 0) - (order.get(b.node.id) ?? 0));
  return {
    nodes,
    edges: row.edges.map((e) => ({ id: `${e.source}|${e.type}|${e.target}`, ...e })),
    truncated: false,
  };
}
