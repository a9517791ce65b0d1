import type { Tx } from '../connection.ts';
import { assertEntityLabel, assertRelationType } from '../schema/model.ts';
import type { BatchChanges } from './batchState.ts';
import type { Props } from './claims.ts';
import { setAggregatesFromClaims } from './relationshipClaims.ts';

export const deleteClaimsOf = `
MATCH (c:Claim) WHERE c.report IN $ids
DELETE c`;

// Reports and entities go with their relationships; suggestions have none.
const deleteNodes = (label: 'Report' | 'Entity' | 'MergeSuggestion'): string => `
UNWIND $ids AS id
MATCH (n:${label} {id: id})
DETACH DELETE n`;

// `elementId(r) IN $list` is planned as a seek; `elementId(r) = row.x` after
// an UNWIND scans every relationship in the graph for each row.
export const deleteRelationshipsById = `
MATCH ()-[r]->() WHERE elementId(r) IN $elementIds
DELETE r`;

// `$(…)` keeps labels and types out of the statement's text: one statement,
// planned once, serves every label and type (each checked against the model
// first), where one per label and type cost a round trip and a plan each.
const createEntities = `
UNWIND $rows AS row
CREATE (n:$(row.label):Entity)
SET n = row.props`;

const updateEntities = `
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
SET n = row`;

// A report with its MENTIONS and REPORTS_ON in one pass: the report at hand
// needs no index lookup per mention.
export const createReports = `
UNWIND $rows AS row
CREATE (r:Report)
SET r = row.props
WITH r, row
CALL (r, row) {
  UNWIND row.mentions AS m
  MATCH (n:Entity {id: m.id})
  CREATE (r)-[x:MENTIONS]->(n)
  SET x = m.props
}
CALL (r, row) {
  UNWIND row.reportsOn AS id
  MATCH (e:Event {id: id})
  MERGE (r)-[:REPORTS_ON]->(e)
}`;

export const createRelationships = `
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[r:$(row.type)]->(b)
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
 * claims. One UNWIND per kind, whatever the batch size and however many labels
 * and relationship types it holds. Creating what the batch read as absent
 * skips MERGE's check and lock; updates go straight to the element. No write
 * reads or rewrites another report's claims.
 */
export async function applyBatch(tx: Tx, c: BatchChanges): Promise<void> {
  if (c.deleteReports.length > 0) {
    await tx.run(deleteClaimsOf, { ids: c.deleteReports });
    await tx.run(deleteNodes('Report'), { ids: c.deleteReports });
  }
  if (c.deleteRelationships.length > 0) await tx.run(deleteRelationshipsById, { elementIds: c.deleteRelationships });
  if (c.deleteEntities.length > 0) await tx.run(deleteNodes('Entity'), { ids: c.deleteEntities });
  if (c.deleteSuggestions.length > 0) await tx.run(deleteNodes('MergeSuggestion'), { ids: c.deleteSuggestions });
  if (c.createEntities.length > 0) {
    for (const { label } of c.createEntities) assertEntityLabel(label);
    await tx.run(createEntities, { rows: grouped(c.createEntities, (e) => e.label) });
  }
  if (c.updateEntities.length > 0) await tx.run(updateEntities, { rows: c.updateEntities });
  if (c.createReports.length > 0) await tx.run(createReports, { rows: c.createReports });
  if (c.createRelationships.length > 0) {
    for (const { type } of c.createRelationships) assertRelationType(type);
    await tx.run(createRelationships, { rows: grouped(c.createRelationships, (r) => r.type) });
  }
  if (c.updateRelationships.length > 0) await tx.run(updateRelationships, byElementId(c.updateRelationships));
  if (c.createClaims.length > 0) await tx.run(createClaims, { rows: c.createClaims });
  if (c.rederiveRelationships.length > 0) {
    const rows = c.rederiveRelationships;
    await tx.run(rederiveRelationships, { ids: rows.map((r) => r.elementId), keys: Object.fromEntries(rows.map((r) => [r.elementId, r.key])) });
  }
  if (c.upsertSuggestions.length > 0) await tx.run(upsertSuggestions, { rows: c.upsertSuggestions });
}

/** Items grouped by key, in first-seen order. */
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

/**
 * Rows label by label (type by type), as one statement per label wrote them:
 * creation order is store order, in which the name index breaks ties between
 * equal scores and an event's participants are read back for resolution.
 */
function grouped<T, K>(rows: readonly T[], key: (t: T) => K): T[] {
  return [...groupBy(rows, key).values()].flat();
}

function byElementId(rows: ReadonlyArray<{ elementId: string; props: Props }>): { ids: string[]; props: Record<string, Props> } {
  return { ids: rows.map((r) => r.elementId), props: Object.fromEntries(rows.map((r) => [r.elementId, r.props])) };
}
