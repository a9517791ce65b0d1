import type { Graph } from '../connection.ts';
import { labelOfId, type EntityLabel } from '../schema/model.ts';
import { readQuery, type CypherQuery, type ReadOptions } from './run.ts';

/** Most entities and relationships a removal preview lists (the counts are whole). */
export const MAX_REMOVAL_LISTED = 50;

export interface RemovalEntityRecord {
  id: string;
  name: string;
  type: EntityLabel;
}

export interface RemovalRelationshipRecord {
  type: string;
  from: RemovalEntityRecord;
  to: RemovalEntityRecord;
}

/** What removing a report would take out of the graph (removeReport), before it does. */
export interface ReportRemovalRecord {
  id: string;
  title: string;
  /** entities no other report mentions: they go with it (at most MAX_REMOVAL_LISTED) */
  entities: RemovalEntityRecord[];
  entityCount: number;
  /** entities other reports mention too: they stay, without this report's claims */
  keptEntityCount: number;
  /** relationships no other report asserts: they go with it (at most MAX_REMOVAL_LISTED) */
  relationships: RemovalRelationshipRecord[];
  relationshipCount: number;
}

// "Only this report" is asked as "no other report": EXISTS stops at the first
// other mention or claim, so a country named by 50,000 reports costs one step,
// not 50,000. Claims are found by the claim_report index and their keys'
// other claims by claim_key_order.
export const REPORT_REMOVAL = `
MATCH (r:Report {id: $id})
CALL (r) {
  MATCH (r)-[:MENTIONS]->(n:Entity)
  WITH n, EXISTS { MATCH (o:Report)-[:MENTIONS]->(n) WHERE o <> r } AS shared
  RETURN collect(CASE WHEN NOT shared THEN {id: n.id, name: n.name, type: [l IN labels(n) WHERE l <> 'Entity'][0]} END) AS gone,
         count(CASE WHEN shared THEN 1 END) AS kept
}
CALL (r) {
  MATCH (c:Claim {report: r.id})
  WITH c WHERE NOT EXISTS { MATCH (o:Claim {key: c.key}) WHERE o.report <> c.report }
  RETURN collect(c.key) AS keys
}
WITH r, gone, kept, keys[..$max] AS listed, size(keys) AS relationshipCount
WITH r, gone, kept, listed, relationshipCount, reduce(ids = [], k IN listed | ids + split(k, ' ')[1..3]) AS ends
RETURN r.id AS id, r.title AS title, gone[..$max] AS entities, size(gone) AS entityCount, kept AS keptEntityCount,
       listed AS keys, relationshipCount,
       COLLECT { MATCH (e:Entity) WHERE e.id IN ends RETURN {id: e.id, name: e.name, type: [l IN labels(e) WHERE l <> 'Entity'][0]} } AS endNodes`;

export function reportRemovalQuery(id: string): CypherQuery {
  return { cypher: REPORT_REMOVAL, params: { id, max: MAX_REMOVAL_LISTED } };
}

/** What removing the report `id` would take out; null when there is no such report. */
export async function reportRemoval(graph: Graph, id: string, opts: ReadOptions = {}): Promise<ReportRemovalRecord | null> {
  type Row = Omit<ReportRemovalRecord, 'relationships'> & { keys: string[]; endNodes: RemovalEntityRecord[] };
  const [row] = await readQuery<Row>(graph, reportRemovalQuery(id), opts);
  if (!row) return null;
  const nodes = new Map(row.endNodes.map((n) => [n.id, n]));
  // a claim's ends exist while it does; its key's ids say their type regardless
  const end = (id: string): RemovalEntityRecord => nodes.get(id) ?? { id, name: id, type: labelOfId(id) as EntityLabel };
  const { keys, endNodes: _, ...rest } = row;
  return {
    ...rest,
    relationships: keys.map((key) => {
      const [type, from, to] = key.split(' ') as [string, string, string];
      return { type, from: end(from), to: end(to) };
    }),
  };
}
