import type { RelationType } from '../../seed/extraction.ts';
import { RELATION_TYPES } from '../../seed/extraction.ts';
import type { Tx } from '../connection.ts';
import { assertEntityLabel, type EntityLabel } from '../schema/model.ts';
import type { ChangePlan } from './planChange.ts';

// Labels and relationship types cannot be parameters; these guards keep the
// interpolated ones to the model's constants.
export function assertRelationType(type: string): asserts type is RelationType {
  if (!(RELATION_TYPES as readonly string[]).includes(type)) {
    throw new Error(`Unknown relationship type '${type}'; expected one of ${RELATION_TYPES.join(', ')}`);
  }
}

const deleteReports = `
MATCH (r:Report) WHERE r.id IN $ids
DETACH DELETE r`;

// `elementId(r) IN $list` is planned as a seek; `elementId(r) = row.x` after
// an UNWIND scans every relationship in the graph for each row.
export const deleteRelationshipsById = `
MATCH ()-[r]->() WHERE elementId(r) IN $elementIds
DELETE r`;

const deleteEntities = `
MATCH (n:Entity) WHERE n.id IN $ids
DETACH DELETE n`;

const upsertEntitiesOf = (label: EntityLabel): string => `
UNWIND $rows AS row
MERGE (n:${label} {id: row.id})
SET n = row, n:Entity`;

const createReport = `
CREATE (r:Report)
SET r = $props`;

const createMentions = `
MATCH (r:Report {id: $reportId})
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
CREATE (r)-[m:MENTIONS]->(n)
SET m = row.props`;

const createReportsOn = `
MATCH (r:Report {id: $reportId})
UNWIND $ids AS id
MATCH (e:Event {id: id})
MERGE (r)-[:REPORTS_ON]->(e)`;

const upsertRelationshipsOf = (type: RelationType): string => `
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:${type}]->(b)
SET r = row.props`;

// A suggestion lives as long as a report (or a curator decision) backs it:
// removed reports stop backing theirs, and suggestions about entities that
// are gone are moot. Decided ones stay, so a rejected pair is not re-opened.
const retractSuggestions = `
MATCH (s:MergeSuggestion) WHERE any(x IN s.sources WHERE x IN $reports) OR s.a IN $entities OR s.b IN $entities
SET s.sources = [x IN s.sources WHERE NOT x IN $reports]
WITH s
WHERE s.status = 'open' AND (size(s.sources) = 0 OR s.a IN $entities OR s.b IN $entities)
DELETE s`;

const recordSuggestions = `
UNWIND $rows AS row
MATCH (a:Entity {id: row.a})
MATCH (b:Entity {id: row.b})
MERGE (s:MergeSuggestion {id: row.id})
ON CREATE SET s.a = row.a, s.b = row.b, s.score = row.score, s.reason = row.reason, s.status = 'open',
              s.sources = [], s.createdAt = $now
SET s.sources = [x IN s.sources WHERE x <> $reportId] + $reportId,
    s.score = CASE WHEN row.score > s.score THEN row.score ELSE s.score END
RETURN count(s) AS recorded`;

/** Runs a plan's writes in `tx`; returns how many merge suggestions were recorded. */
export async function applyPlan(tx: Tx, plan: ChangePlan): Promise<{ suggestions: number }> {
  if (plan.deleteReports.length > 0) await tx.run(deleteReports, { ids: plan.deleteReports });
  if (plan.deleteRelationships.length > 0) await tx.run(deleteRelationshipsById, { elementIds: plan.deleteRelationships });
  if (plan.deleteEntities.length > 0) await tx.run(deleteEntities, { ids: plan.deleteEntities });
  if (plan.deleteReports.length > 0 || plan.deleteEntities.length > 0) {
    await tx.run(retractSuggestions, { reports: plan.deleteReports, entities: plan.deleteEntities });
  }

  for (const [label, rows] of groupBy(plan.upsertEntities, (e) => e.label)) {
    assertEntityLabel(label);
    await tx.run(upsertEntitiesOf(label), { rows: rows.map((r) => r.props) });
  }
  const reportId = plan.createReport ? String(plan.createReport.id) : null;
  if (plan.createReport && reportId) {
    await tx.run(createReport, { props: plan.createReport });
    if (plan.mentions.length > 0) await tx.run(createMentions, { reportId, rows: plan.mentions });
    if (plan.reportsOn.length > 0) await tx.run(createReportsOn, { reportId, ids: plan.reportsOn });
  }
  for (const [type, rows] of groupBy(plan.upsertRelationships, (r) => r.type)) {
    assertRelationType(type);
    await tx.run(upsertRelationshipsOf(type), { rows });
  }
  let suggestions = 0;
  if (reportId && plan.suggestions.length > 0) {
    const res = await tx.run(recordSuggestions, { rows: plan.suggestions, reportId, now: String(plan.createReport?.ingestedAt) });
    suggestions = Number(res.records[0]?.get('recorded') ?? 0);
  }
  return { suggestions };
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
