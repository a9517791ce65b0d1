import type { RelationType } from '../schema/extraction.ts';
import { RELATION_TYPES } from '../schema/extraction.ts';
import type { Tx } from '../connection.ts';
import { assertEntityLabel, type EntityLabel } from '../schema/model.ts';
import type { BatchChanges } from './batchState.ts';
import type { Props } from './claims.ts';
import { setAggregatesFromClaims } from './relationshipClaims.ts';

// Labels and relationship types cannot be parameters; this guard keeps the
// interpolated ones to the model's constants.
export function assertRelationType(type: string): asserts type is RelationType {
  if (!(RELATION_TYPES as readonly string[]).includes(type)) {
    throw new Error(`Unknown relationship type '${type}'; expected one of ${RELATION_TYPES.join(', ')}`);
  }
}

export const deleteClaimsOf = `
MATCH (c:Claim) WHERE c.report IN $ids
DELETE c`;

const deleteReports = `
UNWIND $ids AS id
MATCH (r:Report {id: id})
DETACH DELETE r`;

// `elementId(r) IN $list` is planned as a seek; `elementId(r) = row.x` after
// an UNWIND scans every relationship in the graph for each row.
export const deleteRelationshipsById = `
MATCH ()-[r]->() WHERE elementId(r) IN $elementIds
DELETE r`;

const deleteEntities = `
UNWIND $ids AS id
MATCH (n:Entity {id: id})
DETACH DELETE n`;

const deleteSuggestions = `
UNWIND $ids AS id
MATCH (s:MergeSuggestion {id: id})
DELETE s`;

const createEntitiesOf = (label: EntityLabel): string => `
UNWIND $rows AS row
CREATE (n:${label}:Entity)
SET n = row`;

const updateEntities = `
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
SET n = row`;

const createReports = `
UNWIND $rows AS row
CREATE (r:Report)
SET r = row`;

const createMentions = `
UNWIND $rows AS row
MATCH (r:Report {id: row.report})
MATCH (n:Entity {id: row.id})
CREATE (r)-[m:MENTIONS]->(n)
SET m = row.props`;

const createReportsOn = `
UNWIND $rows AS row
MATCH (r:Report {id: row.report})
MATCH (e:Event {id: row.id})
MERGE (r)-[:REPORTS_ON]->(e)`;

const createRelationshipsOf = (type: string): string => `
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[r:${type}]->(b)
SET r = row.props`;

// Rows keyed by element id, found with `IN $ids` (a seek: see deleteRelationshipsById).
export const updateRelationships = `
MATCH ()-[r]->() WHERE elementId(r) IN $ids
SET r = $props[elementId(r)]`;

const createClaims = `
UNWIND $rows AS row
CREATE (c:Claim)
SET c = row`;

// Only after a claim was taken out: the highest confidence and the roles may
// have gone with it. Reads the relationship's claims through the key index.
export const rederiveRelationships = `
MATCH ()-[r]->() WHERE elementId(r) IN $ids
WITH r, $keys[elementId(r)] AS key
${setAggregatesFromClaims('r', 'key')}`;

const upsertSuggestions = `
UNWIND $rows AS row
MERGE (s:MergeSuggestion {id: row.id})
SET s = row`;

/**
 * Writes a batch's changes: deletions first (so a re-created entity starts
 * afresh), then nodes, then the relationships between them, then their
 * claims. One UNWIND per kind, and per label or relationship type for what is
 * created (those cannot be parameters), whatever the batch size. Creating
 * what the batch read as absent skips MERGE's check and lock; updates go
 * straight to the element. No write reads or rewrites another report's claims.
 */
export async function applyBatch(tx: Tx, c: BatchChanges): Promise<void> {
  if (c.deleteReports.length > 0) {
    await tx.run(deleteClaimsOf, { ids: c.deleteReports });
    await tx.run(deleteReports, { ids: c.deleteReports });
  }
  if (c.deleteRelationships.length > 0) await tx.run(deleteRelationshipsById, { elementIds: c.deleteRelationships });
  if (c.deleteEntities.length > 0) await tx.run(deleteEntities, { ids: c.deleteEntities });
  if (c.deleteSuggestions.length > 0) await tx.run(deleteSuggestions, { ids: c.deleteSuggestions });
  for (const [label, rows] of groupBy(c.createEntities, (e) => e.label)) {
    assertEntityLabel(label);
    await tx.run(createEntitiesOf(label), { rows: rows.map((r) => r.props) });
  }
  if (c.updateEntities.length > 0) await tx.run(updateEntities, { rows: c.updateEntities });
  if (c.createReports.length > 0) await tx.run(createReports, { rows: c.createReports });
  if (c.mentions.length > 0) await tx.run(createMentions, { rows: c.mentions });
  if (c.reportsOn.length > 0) await tx.run(createReportsOn, { rows: c.reportsOn });
  for (const [type, rows] of groupBy(c.createRelationships, (r) => r.type)) {
    assertRelationType(type);
    await tx.run(createRelationshipsOf(type), { rows });
  }
  if (c.updateRelationships.length > 0) await tx.run(updateRelationships, byElementId(c.updateRelationships));
  if (c.createClaims.length > 0) await tx.run(createClaims, { rows: c.createClaims });
  if (c.rederiveRelationships.length > 0) {
    const rows = c.rederiveRelationships;
    await tx.run(rederiveRelationships, { ids: rows.map((r) => r.elementId), keys: Object.fromEntries(rows.map((r) => [r.elementId, r.key])) });
  }
  if (c.upsertSuggestions.length > 0) await tx.run(upsertSuggestions, { rows: c.upsertSuggestions });
}

/** Items grouped by key, in first-seen order (one statement per label or relationship type). */
export function groupBy<T, K>(items: readonly T[], key: (t: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

function byElementId(rows: ReadonlyArray<{ elementId: string; props: Props }>): { ids: string[]; props: Record<string, Props> } {
  return { ids: rows.map((r) => r.elementId), props: Object.fromEntries(rows.map((r) => [r.elementId, r.props])) };
}
