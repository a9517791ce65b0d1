import type { Tx } from '../connection.ts';
import { assertEntityLabel, type EntityLabel } from '../schema/model.ts';
import { assertRelationType, deleteRelationshipsById, groupBy } from './applyPlan.ts';
import type { BatchChanges } from './batchState.ts';
import type { Props } from './claims.ts';
import { queueAppends, type QueueLength } from './provenanceBacklog.ts';

const deleteReports = `
UNWIND $ids AS id
MATCH (r:Report {id: id})
DETACH DELETE r`;

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

const upsertSuggestions = `
UNWIND $rows AS row
MERGE (s:MergeSuggestion {id: row.id})
SET s = row`;

/**
 * Writes a batch's changes: deletions first (so a re-created entity starts
 * afresh), then nodes, then the relationships between them. One UNWIND per
 * kind, and per label or relationship type for what is created (those cannot
 * be parameters), whatever the batch size. Creating what the batch read as
 * absent skips MERGE's check and lock; updates go straight to the element.
 * Additions to relationships the batch read partial are queued
 * (provenanceBacklog.ts); returns the queue's length after it.
 */
export async function applyBatch(tx: Tx, c: BatchChanges): Promise<QueueLength> {
  if (c.deleteReports.length > 0) await tx.run(deleteReports, { ids: c.deleteReports });
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
  if (c.upsertSuggestions.length > 0) await tx.run(upsertSuggestions, { rows: c.upsertSuggestions });
  return queueAppends(tx, c.appendToRelationships);
}

function byElementId(rows: ReadonlyArray<{ elementId: string; props: Props }>): { ids: string[]; props: Record<string, Props> } {
  return { ids: rows.map((r) => r.elementId), props: Object.fromEntries(rows.map((r) => [r.elementId, r.props])) };
}
