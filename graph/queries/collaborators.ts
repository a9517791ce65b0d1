import type { Graph } from '../connection.ts';
import type { Plain } from '../values.ts';
import {
  INVOLVEMENT_TYPES,
  nodeMap,
  projectionKey,
  requireNodeRecord,
  toProvenance,
  type InvolvementType,
  type NodeProjection,
  type NodeRecord,
  type Provenance,
} from './nodeRecord.ts';
import { readQuery, type CypherQuery, type ReadOptions } from './run.ts';

/** How one organization took part in a shared event, and who says so. */
export interface InvolvementRecord extends Provenance {
  organizationId: string;
  type: InvolvementType;
}

export interface SharedEventRecord {
  event: NodeRecord;
  /** the involvements of both organizations in this event; empty when read without evidence */
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
 * How organization `x` took part in event `e`, by type name (store order
 * would differ between otherwise equal answers), with only the properties
 * toProvenance reads.
 */
const involvements = (x: string): string =>
  `COLLECT { MATCH (${x})-[r:${INVOLVED}]->(e) RETURN {organizationId: ${x}.id, type: type(r), props: r {.sourceCount, .confidence}} AS i ORDER BY i.type }`;

/**
 * Organizations that took part in the same events as the given one
 * (DESIGN.md: collaboration is derived at query time), strongest first:
 * the weight is the number of shared events. One walk from the organization
 * through its events ranks everyone it met and keeps, for the `first` it
 * returns, the events they share, so those are not walked again. Each event
 * is projected once however many collaborators share it (a hub's top 20
 * name ~1,000 events, ~400 distinct), and evidence (the relationships'
 * provenance, most of the bytes of an answer) is read only when `$evidence`
 * asks for it, between two nodes already in hand. The organization itself
 * comes back too (an organization without collaborators still gives its
 * row), so `node(id) { ... collaborators }` is one query, not two.
 */
const collaboratorsCypher = (projection: CollaboratorsProjection): string => `
UNWIND $ids AS id
MATCH (o:Organization {id: id})
OPTIONAL CALL (o) {
  MATCH (o)-[:${INVOLVED}]->(e:Event)
  WITH DISTINCT o, e
  MATCH (e)<-[:${INVOLVED}]-(other:Organization)
  WHERE other <> o
  WITH other, collect(DISTINCT e) AS events
  WITH other, events, size(events) AS weight
  ORDER BY weight DESC, toLower(other.name), other.id
  LIMIT $first
  RETURN other, weight, events
}
CALL (o, other, events) {
  UNWIND events AS e
  WITH o, other, e ORDER BY e.startDate, e.id
  RETURN collect({
    eventId: e.id,
    involvements: CASE WHEN $evidence THEN ${involvements('o')} + ${involvements('other')} ELSE [] END
  }) AS shared
}
WITH id, o, other, weight, shared, events
ORDER BY id, weight DESC, toLower(other.name), other.id
WITH id, o,
     collect(CASE WHEN other IS NOT NULL THEN {organization: ${nodeMap('other', projection.organizations)}, weight: weight, shared: shared} END) AS collaborators,
     collect(events) AS eventLists
CALL (eventLists) {
  UNWIND eventLists AS events
  UNWIND events AS e
  WITH DISTINCT e
  RETURN collect(${nodeMap('e', projection.events)}) AS events
}
RETURN id, ${nodeMap('o')} AS organization, collaborators, events`;

/** What the collaborators query returns of the collaborating organizations and the shared events (null: every property). */
export interface CollaboratorsProjection {
  organizations: NodeProjection | null;
  events: NodeProjection | null;
}

const FULL: CollaboratorsProjection = { organizations: null, events: null };

/** The query with every property of every node: what graph/ callers and the unit snapshot see. */
export const COLLABORATORS = collaboratorsCypher(FULL);

// One text per projection, built once: the API's queries select a handful of shapes. Bounded,
// since a client choosing fields can make many; past the bound a text is built per call.
const texts = new Map<string, string>([[collaboratorsProjectionKey(FULL), COLLABORATORS]]);
const MAX_TEXTS = 64;

/** A stable name for a projection of the collaborators query, to group loads by. */
export function collaboratorsProjectionKey(projection: CollaboratorsProjection): string {
  return `${projectionKey(projection.organizations)}|${projectionKey(projection.events)}`;
}

/**
 * One query for the collaborators of several organizations (the same `first`
 * for all). Without `evidence` each shared event's involvements are empty.
 */
export function collaboratorsQuery(ids: readonly string[], first: number, evidence = true, projection: CollaboratorsProjection = FULL): CypherQuery {
  const key = collaboratorsProjectionKey(projection);
  let cypher = texts.get(key);
  if (cypher === undefined) {
    cypher = collaboratorsCypher(projection);
    if (texts.size < MAX_TEXTS) texts.set(key, cypher);
  }
  return { cypher, params: { ids: [...new Set(ids)], first, evidence } };
}

interface CollaboratorRow {
  organization: Plain;
  weight: number;
  shared: Array<{ eventId: string; involvements: Array<{ organizationId: string; type: InvolvementType; props: Plain }> }>;
}

/** An organization, as the collaborators query read it, and its collaborators. */
export interface OrganizationCollaborators {
  organization: NodeRecord;
  collaborators: CollaborationRecord[];
}

/**
 * Collaborators of each organization, strongest first, at most `first` each;
 * an id that names no organization (unknown, or merged away) is absent.
 */
export async function collaboratorsOf(
  graph: Graph,
  ids: readonly string[],
  first: number,
  opts: ReadOptions & { evidence?: boolean; projection?: CollaboratorsProjection } = {},
): Promise<Map<string, OrganizationCollaborators>> {
  const out = new Map<string, OrganizationCollaborators>();
  if (ids.length === 0) return out;
  const rows = await readQuery<{ id: string; organization: Plain; collaborators: CollaboratorRow[]; events: Plain[] }>(
    graph,
    collaboratorsQuery(ids, first, opts.evidence ?? true, opts.projection),
    opts,
  );
  for (const row of rows) {
    const events = new Map(row.events.map((raw) => requireNodeRecord(raw)).map((e) => [e.id, e]));
    out.set(row.id, {
      organization: requireNodeRecord(row.organization),
      collaborators: row.collaborators.map((c) => ({
        organization: requireNodeRecord(c.organization),
        weight: c.weight,
        sharedEvents: c.shared.map((s) => ({
          event: events.get(s.eventId)!,
          involvements: s.involvements.map((i) => ({ organizationId: i.organizationId, type: i.type, ...toProvenance(i.type, i.organizationId, s.eventId, i.props) })),
        })),
      })),
    });
  }
  return out;
}

/** Collaborators of one organization, strongest first; null when the id names no organization. */
export async function collaborators(
  graph: Graph,
  id: string,
  first: number,
  opts: ReadOptions & { evidence?: boolean; projection?: CollaboratorsProjection } = {},
): Promise<CollaborationRecord[] | null> {
  return (await collaboratorsOf(graph, [id], first, opts)).get(id)?.collaborators ?? null;
}
