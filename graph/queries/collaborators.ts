import type { Graph } from '../connection.ts';
import type { Plain } from '../values.ts';
import { INVOLVEMENT_TYPES, nodeMap, requireNodeRecord, toProvenance, type InvolvementType, type NodeRecord, type Provenance } from './nodeRecord.ts';
import { readQuery, type CypherQuery, type ReadOptions } from './run.ts';

/** How one organization took part in a shared event, and who says so. */
export interface InvolvementRecord extends Provenance {
  organizationId: string;
  type: InvolvementType;
}

export interface SharedEventRecord {
  event: NodeRecord;
  /** the involvements of both organizations in this event */
  involvements: InvolvementRecord[];
}

export interface CollaborationRecord {
  organization: NodeRecord;
  /** number of shared events */
  weight: number;
  sharedEvents: SharedEventRecord[];
}

const INVOLVED = INVOLVEMENT_TYPES.join('|');

/**
 * Organizations that took part in the same events as the given one
 * (DESIGN.md: collaboration is derived at query time), strongest first:
 * the weight is the number of shared events. The ranking counts first and
 * gathers events and provenance only for the `first` it keeps: a hub shares
 * events with hundreds of organizations, and their evidence is most of the cost.
 */
export const COLLABORATORS = `
UNWIND $ids AS id
MATCH (o:Organization {id: id})
CALL (o) {
  MATCH (o)-[:${INVOLVED}]->(e:Event)<-[:${INVOLVED}]-(other:Organization)
  WHERE other <> o
  WITH other, count(DISTINCT e) AS weight
  ORDER BY weight DESC, toLower(other.name), other.id
  LIMIT $first
  RETURN other, weight
}
CALL (o, other) {
  MATCH (o)-[r1:${INVOLVED}]->(e:Event)<-[r2:${INVOLVED}]-(other)
  WITH e, collect(DISTINCT r1) + collect(DISTINCT r2) AS rels
  ORDER BY e.startDate, e.id
  RETURN collect({
    event: ${nodeMap('e')},
    involvements: [r IN rels | {organizationId: startNode(r).id, type: type(r), props: properties(r)}]
  }) AS shared
}
RETURN id, ${nodeMap('other')} AS organization, weight, shared
ORDER BY id, weight DESC, toLower(other.name), other.id`;

/** One query for the collaborators of several organizations (the same `first` for all). */
export function collaboratorsQuery(ids: readonly string[], first: number): CypherQuery {
  return { cypher: COLLABORATORS, params: { ids: [...new Set(ids)], first } };
}

interface SharedRow {
  event: Plain;
  involvements: Array<{ organizationId: string; type: InvolvementType; props: Plain }>;
}

/** Collaborators of each organization, strongest first, at most `first` each. */
export async function collaboratorsOf(graph: Graph, ids: readonly string[], first: number, opts: ReadOptions = {}): Promise<Map<string, CollaborationRecord[]>> {
  const out = new Map<string, CollaborationRecord[]>(ids.map((id) => [id, []]));
  if (ids.length === 0) return out;
  const rows = await readQuery<{ id: string; organization: Plain; weight: number; shared: SharedRow[] }>(graph, collaboratorsQuery(ids, first), opts);
  for (const row of rows) {
    out.get(row.id)?.push({
      organization: requireNodeRecord(row.organization),
      weight: row.weight,
      sharedEvents: row.shared.map((s) => ({
        event: requireNodeRecord(s.event),
        involvements: s.involvements.map((i) => ({ organizationId: i.organizationId, type: i.type, ...toProvenance(i.props) })),
      })),
    });
  }
  return out;
}

/** Collaborators of one organization, strongest first. */
export async function collaborators(graph: Graph, id: string, first: number, opts: ReadOptions = {}): Promise<CollaborationRecord[]> {
  return (await collaboratorsOf(graph, [id], first, opts)).get(id) ?? [];
}
