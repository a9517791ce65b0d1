import type { Graph } from '../connection.ts';
import { readQuery, type ReadOptions } from './run.ts';
import type { Plain } from '../values.ts';
import { isRelationType, nodeMap, RELATION_TYPES, requireNodeRecord, toProvenance, type NodeRecord, type Provenance, type RelationType } from './nodeRecord.ts';

/** One asserted relationship seen from one of its ends. */
export interface RelationshipRecord extends Provenance {
  type: RelationType;
  /** OUT: the node asked about is the subject (start); IN: it is the object */
  direction: 'OUT' | 'IN';
  other: NodeRecord;
  /** AFFILIATED_WITH roles */
  roles: string[];
}

/** Most relationships one node returns to a relationship field; the rest are left off. */
export const MAX_RELATIONSHIPS_PER_NODE = 1000;

/**
 * Every asserted relationship of each node (provenance links MENTIONS and
 * REPORTS_ON are answered by mentionsOf), for the relationship fields of a
 * whole GraphQL response in one query.
 */
export const RELATIONSHIPS_OF = `
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)-[r]-(m:Entity)
  WHERE type(r) IN $types
  RETURN r, m
  ORDER BY type(r), m.name, m.id
  LIMIT $max
}
RETURN id, type(r) AS type, CASE WHEN startNode(r) = n THEN 'OUT' ELSE 'IN' END AS direction,
       properties(r) AS props, ${nodeMap('m')} AS other`;

export async function relationshipsOf(graph: Graph, ids: readonly string[], opts: ReadOptions = {}): Promise<Map<string, RelationshipRecord[]>> {
  const out = new Map<string, RelationshipRecord[]>(ids.map((id) => [id, []]));
  if (ids.length === 0) return out;
  const rows = await readQuery<{ id: string; type: string; direction: 'OUT' | 'IN'; props: Plain; other: Plain }>(graph, { cypher: RELATIONSHIPS_OF, params: {
    ids: [...new Set(ids)],
    types: [...RELATION_TYPES],
    max: MAX_RELATIONSHIPS_PER_NODE,
  } }, opts);
  for (const row of rows) {
    if (!isRelationType(row.type)) continue;
    const props = row.props && typeof row.props === 'object' && !Array.isArray(row.props) ? row.props : {};
    const other = requireNodeRecord(row.other);
    const [from, to] = row.direction === 'OUT' ? [row.id, other.id] : [other.id, row.id];
    out.get(row.id)?.push({
      type: row.type,
      direction: row.direction,
      other,
      roles: Array.isArray(props.roles) ? props.roles.filter((x): x is string => typeof x === 'string') : [],
      ...toProvenance(row.type, from, to, props),
    });
  }
  return out;
}

/** A report's MENTIONS link: which report names which entity, and how it writes the name. */
export interface MentionRecord {
  report: NodeRecord;
  entity: NodeRecord;
  /** the name as that report writes it */
  nameAsWritten: string | null;
}

/** Most mentions returned per node. */
export const MAX_MENTIONS_PER_NODE = 500;

/**
 * Provenance links of entities and reports: for an entity, the reports that
 * mention it; for a report, the entities it mentions. One query per batch.
 */
export const MENTIONS_OF = `
UNWIND $ids AS id
OPTIONAL MATCH (e:Entity {id: id})
OPTIONAL MATCH (rep:Report {id: id})
WITH id, coalesce(e, rep) AS n
CALL (n) {
  MATCH (n)-[m:MENTIONS]-(x)
  WITH m, startNode(m) AS report, endNode(m) AS entity
  RETURN m, report, entity
  ORDER BY report.publishedAt DESC, entity.name
  LIMIT $max
}
RETURN id, coalesce(m.nameAsWritten, m.name) AS nameAsWritten, ${nodeMap('report')} AS report, ${nodeMap('entity')} AS entity`;

export async function mentionsOf(graph: Graph, ids: readonly string[], opts: ReadOptions = {}): Promise<Map<string, MentionRecord[]>> {
  const out = new Map<string, MentionRecord[]>(ids.map((id) => [id, []]));
  if (ids.length === 0) return out;
  const rows = await readQuery<{ id: string; nameAsWritten: Plain; report: Plain; entity: Plain }>(graph, { cypher: MENTIONS_OF, params: {
    ids: [...new Set(ids)],
    max: MAX_MENTIONS_PER_NODE,
  } }, opts);
  for (const row of rows) {
    out.get(row.id)?.push({
      report: requireNodeRecord(row.report),
      entity: requireNodeRecord(row.entity),
      nameAsWritten: typeof row.nameAsWritten === 'string' ? row.nameAsWritten : null,
    });
  }
  return out;
}

/** Events each report reports on (REPORTS_ON), in one query per batch of report ids. */
export const EVENTS_REPORTED_BY = `
UNWIND $ids AS id
MATCH (:Report {id: id})-[:REPORTS_ON]->(e:Event)
RETURN id, ${nodeMap('e')} AS event
ORDER BY e.startDate, e.name`;

/** Reports on each event (REPORTS_ON, reverse). */
export const REPORTS_ON_EVENT = `
UNWIND $ids AS id
MATCH (:Event {id: id})<-[:REPORTS_ON]-(r:Report)
RETURN id, ${nodeMap('r')} AS report
ORDER BY r.publishedAt DESC, r.title`;

export async function eventsReportedBy(graph: Graph, ids: readonly string[], opts: ReadOptions = {}): Promise<Map<string, NodeRecord[]>> {
  return groupNodes(await readQuery<{ id: string; event: Plain }>(graph, { cypher: EVENTS_REPORTED_BY, params: { ids: [...new Set(ids)] } }, opts), ids, 'event');
}

export async function reportsOnEvents(graph: Graph, ids: readonly string[], opts: ReadOptions = {}): Promise<Map<string, NodeRecord[]>> {
  return groupNodes(await readQuery<{ id: string; report: Plain }>(graph, { cypher: REPORTS_ON_EVENT, params: { ids: [...new Set(ids)] } }, opts), ids, 'report');
}

function groupNodes<K extends string>(rows: Array<{ id: string } & Record<K, Plain>>, ids: readonly string[], key: K): Map<string, NodeRecord[]> {
  const out = new Map<string, NodeRecord[]>(ids.map((id) => [id, []]));
  for (const row of rows) out.get(row.id)?.push(requireNodeRecord(row[key]));
  return out;
}
