import type { Graph } from '../connection.ts';
import type { Plain } from '../values.ts';
import { nodeMap, RELATION_TYPES, requireNodeRecord, type NodeRecord } from './nodeRecord.ts';
import { readQuery, type CypherQuery, type ReadOptions } from './run.ts';
import { CHOSEN_BY_ID } from './subgraph.ts';

/** Most nodes one export holds. */
export const MAX_EXPORT_NODES = 5000;

/** A node with every property and its evidence count. */
export interface ExportNodeRecord {
  node: NodeRecord;
  /** relationships of the node in the whole graph (not only in the export) */
  degree: number;
  /** reports that mention it; null for a report */
  reportCount: number | null;
}

/** A relationship with every property: its evidence count (`sourceCount`), confidence and roles among them. */
export interface ExportEdgeRecord {
  /** `<source>|<type>|<target>`, as in a GraphSlice */
  id: string;
  source: string;
  target: string;
  type: string;
  props: { [key: string]: Plain };
}

export interface ExportElementsRecord {
  nodes: ExportNodeRecord[];
  edges: ExportEdgeRecord[];
}

export interface ExportElementsInput {
  /** exactly these nodes (those that exist) */
  ids: readonly string[];
}

/**
 * Exactly the given nodes with every property (as nodeMap projects them:
 * no report text, no index-only fields), how many reports mention each, and
 * every relationship among them with all its properties — `sourceCount` is
 * how many reports assert it. Provenance links (MENTIONS) are counted, not
 * exported; REPORTS_ON is, when reports are among the nodes. Membership goes
 * through the id parameter, as in SUBGRAPH.
 */
export const ELEMENTS_FOR_EXPORT = `${CHOSEN_BY_ID}
CALL (chosen) {
  UNWIND chosen AS a
  MATCH (a)-[r]->(b)
  WHERE type(r) IN $relTypes AND b.id IN $ids
  RETURN collect({source: a.id, target: b.id, type: type(r), props: properties(r)}) AS edges
}
CALL (chosen) {
  UNWIND chosen AS n
  RETURN collect({
    node: ${nodeMap('n')},
    degree: COUNT { (n)-[r]-() WHERE type(r) IN $relTypes },
    reportCount: CASE WHEN n:Report THEN null ELSE COUNT { (n)<-[:MENTIONS]-(:Report) } END
  }) AS nodes
}
RETURN nodes, edges`;

export function elementsForExportQuery(input: ExportElementsInput): CypherQuery {
  const ids = [...new Set(input.ids)];
  if (ids.length > MAX_EXPORT_NODES) throw new RangeError(`at most ${MAX_EXPORT_NODES} ids, got ${ids.length}`);
  return { cypher: ELEMENTS_FOR_EXPORT, params: { ids, relTypes: [...RELATION_TYPES, 'REPORTS_ON'] } };
}

/** The nodes in the order asked, edges by id: an export of the same view reads the same. */
export async function elementsForExport(graph: Graph, input: ExportElementsInput, opts: ReadOptions = {}): Promise<ExportElementsRecord> {
  const rows = await readQuery<{
    nodes: Array<{ node: Plain; degree: number; reportCount: number | null }>;
    edges: Array<{ source: string; target: string; type: string; props: Plain }>;
  }>(graph, elementsForExportQuery(input), opts);
  const row = rows[0];
  if (!row) return { nodes: [], edges: [] };
  const order = new Map(input.ids.map((id, i) => [id, i]));
  const nodes = row.nodes.map((n) => ({ node: requireNodeRecord(n.node), degree: n.degree, reportCount: n.reportCount }));
  nodes.sort((a, b) => (order.get(a.node.id) ?? 0) - (order.get(b.node.id) ?? 0));
  const edges = row.edges.map((e) => ({
    id: `${e.source}|${e.type}|${e.target}`,
    source: e.source,
    target: e.target,
    type: e.type,
    props: e.props && typeof e.props === 'object' && !Array.isArray(e.props) ? e.props : {},
  }));
  edges.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { nodes, edges };
}
