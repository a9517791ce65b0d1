import type { Graph } from '../connection.ts';
import { readQuery, type ReadOptions } from './run.ts';
import { nodeMap, toNodeRecord, type NodeRecord } from './nodeRecord.ts';

/**
 * Entities and reports by id, in one round trip for a whole batch. An id a
 * curator merged away resolves to the node that kept it (`mergedIds`); that
 * fallback scans only for ids not found by the unique-id indexes.
 */
export const NODES_BY_ID = `
UNWIND $ids AS id
OPTIONAL MATCH (e:Entity {id: id})
OPTIONAL MATCH (r:Report {id: id})
WITH id, coalesce(e, r) AS found
OPTIONAL CALL (id, found) {
  WITH id, found WHERE found IS NULL
  MATCH (m:Entity) WHERE id IN m.mergedIds
  RETURN m LIMIT 1
}
WITH id, coalesce(found, m) AS n
RETURN id, CASE WHEN n IS NULL THEN null ELSE ${nodeMap('n')} END AS node`;

/** Nodes for the given ids; an id with no node is absent from the map. */
export async function nodesById(graph: Graph, ids: readonly string[], opts: ReadOptions = {}): Promise<Map<string, NodeRecord>> {
  const out = new Map<string, NodeRecord>();
  if (ids.length === 0) return out;
  const rows = await readQuery(graph, { cypher: NODES_BY_ID, params: { ids: [...new Set(ids)] } }, opts);
  for (const row of rows) {
    const node = toNodeRecord(row.node ?? null);
    if (node && typeof row.id === 'string') out.set(row.id, node);
  }
  return out;
}

/** The full text of reports, kept out of every other query because it is large. */
export const REPORT_TEXTS = `
UNWIND $ids AS id
MATCH (r:Report {id: id})
RETURN r.id AS id, r.text AS text`;

export async function reportTexts(graph: Graph, ids: readonly string[], opts: ReadOptions = {}): Promise<Map<string, string | null>> {
  const rows = await readQuery<{ id: string; text: string | null }>(graph, { cypher: REPORT_TEXTS, params: { ids: [...new Set(ids)] } }, opts);
  return new Map(rows.map((r) => [r.id, r.text]));
}
