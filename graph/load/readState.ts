import type { Tx } from '../connection.ts';
import type { EntityLabel } from '../schema/model.ts';
import { recordsToPlain } from '../values.ts';
import type { Props, SourcedClaim } from './claims.ts';

/** An entity as stored, with every claim any report makes about it. */
export interface EntityState {
  id: string;
  label: EntityLabel;
  props: Props;
  claims: SourcedClaim[];
}

/** An asserted relationship as stored. */
export interface RelationshipState {
  elementId: string;
  type: string;
  from: string;
  to: string;
  props: Props;
  /**
   * Read without its stored provenance lists (a batch's hub relationships):
   * `props` holds only the sources this batch adds, which the write appends
   * to the stored ones. None of its stored sources is one a change removes.
   */
  partial?: boolean;
}

/** The part of the graph one report change can touch, read before anything is written. */
export interface GraphState {
  entities: Map<string, EntityState>;
  /** keyed by relationshipKey */
  relationships: Map<string, RelationshipState>;
}

export function relationshipKey(type: string, from: string, to: string): string {
  return `${type} ${from} ${to}`;
}

const readEntitiesWithClaims = `
MATCH (n:Entity) WHERE n.id IN $ids
RETURN n.id AS id,
       [l IN labels(n) WHERE l <> 'Entity'][0] AS label,
       properties(n) AS props,
       [(r:Report)-[m:MENTIONS]->(n) |
         {reportId: r.id, publishedAt: r.publishedAt, ingestedAt: coalesce(r.firstIngestedAt, r.ingestedAt), claim: properties(m)}] AS claims`;

const readEntitiesMentionedBy = `
MATCH (r:Report)-[:MENTIONS]->(n:Entity) WHERE r.id IN $reportIds
RETURN DISTINCT n.id AS id`;

// Every relationship a report asserts starts at an entity it mentions, so the
// report's MENTIONS lead to all of them without scanning relationships.
const readRelationshipsAssertedByQuery = `
MATCH (rep:Report)-[:MENTIONS]->(a:Entity)-[r]->(b:Entity)
WHERE rep.id IN $reportIds AND any(s IN coalesce(r.sources, []) WHERE s IN $reportIds)
RETURN DISTINCT elementId(r) AS elementId, type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props`;

const readRelationshipsByKey = `
UNWIND $keys AS k
MATCH (a:Entity {id: k.from})-[r]->(b:Entity {id: k.to})
  USING INDEX a:Entity(id) USING INDEX b:Entity(id)
WHERE type(r) = k.type
RETURN elementId(r) AS elementId, type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props`;

/**
 * Reads the entities `ids` plus those the `reportIds` mention, and the
 * relationships named by `keys` plus those the `reportIds` assert.
 */
export async function readState(
  tx: Tx,
  ids: readonly string[],
  keys: ReadonlyArray<{ type: string; from: string; to: string }>,
  reportIds: readonly string[],
): Promise<GraphState> {
  const allIds = new Set(ids);
  if (reportIds.length > 0) {
    const mentioned = recordsToPlain<{ id: string }>((await tx.run(readEntitiesMentionedBy, { reportIds })).records);
    for (const m of mentioned) allIds.add(m.id);
  }
  const entities = new Map<string, EntityState>();
  const rows = recordsToPlain<EntityState>((await tx.run(readEntitiesWithClaims, { ids: [...allIds] })).records);
  for (const row of rows) entities.set(row.id, row);

  const relationships = new Map<string, RelationshipState>();
  const relRows = await readRelationshipsByKeys(tx, keys);
  if (reportIds.length > 0) relRows.push(...(await readRelationshipsAssertedBy(tx, reportIds)));
  for (const r of relRows) relationships.set(relationshipKey(r.type, r.from, r.to), r);
  return { entities, relationships };
}

/** The relationships named by `keys` that exist. */
async function readRelationshipsByKeys(tx: Tx, keys: ReadonlyArray<{ type: string; from: string; to: string }>): Promise<RelationshipState[]> {
  if (keys.length === 0) return [];
  return recordsToPlain<RelationshipState>((await tx.run(readRelationshipsByKey, { keys: [...keys] })).records);
}

/** The relationships any of `reportIds` is a source of. */
export async function readRelationshipsAssertedBy(tx: Tx, reportIds: readonly string[]): Promise<RelationshipState[]> {
  if (reportIds.length === 0) return [];
  return recordsToPlain<RelationshipState>((await tx.run(readRelationshipsAssertedByQuery, { reportIds: [...reportIds] })).records);
}
