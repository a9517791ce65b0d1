import type { Graph } from '../connection.ts';
import { MERGED_IDS_INDEX } from '../schema/migrations.ts';
import { readQuery, type CypherQuery, type ReadOptions } from './run.ts';
import { escapeLucene } from './search.ts';
import { nodeMap, toNodeRecord, type NodeRecord } from './nodeRecord.ts';

/**
 * Entities and reports by id, in one round trip for a whole batch. An id a
 * curator merged away resolves to the node that kept it (`mergedIds`); that
 * fallback (the keyword full-text index over mergedIds) runs only for ids the
 * unique-id indexes do not find.
 */
export const NODES_BY_ID = `
UNWIND $keys AS key
OPTIONAL MATCH (e:Entity {id: key.id})
OPTIONAL MATCH (r:Report {id: key.id})
WITH key, coalesce(e, r) AS found
OPTIONAL CALL (key, found) {
  WITH key WHERE found IS NULL
  CALL db.index.fulltext.queryNodes($mergedIndex, key.lucene) YIELD node
  WHERE key.id IN node.mergedIds
  RETURN node AS kept LIMIT 1
}
WITH key.id AS id, coalesce(found, kept) AS n
RETURN id, CASE WHEN n IS NULL THEN null ELSE ${nodeMap('n')} END AS node`;

export function nodesByIdQuery(ids: readonly string[]): CypherQuery {
  return {
    cypher: NODES_BY_ID,
    // One quoted term: spaces and words like OR/AND/NOT in a (hostile) id stay part of it.
    params: { keys: [...new Set(ids)].map((id) => ({ id, lucene: `"${escapeLucene(id)}"` })), mergedIndex: MERGED_IDS_INDEX },
  };
}

/** Nodes for the given ids; an id with no node is absent from the map. */
export async function nodesById(graph: Graph, ids: readonly string[], opts: ReadOptions = {}): Promise<Map<string, NodeRecord>> {
  const out = new Map<string, NodeRecord>();
  if (ids.length === 0) return out;
  const rows = await readQuery(graph, nodesByIdQuery(ids), opts);
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
