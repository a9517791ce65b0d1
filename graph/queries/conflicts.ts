import type { Graph } from '../connection.ts';
import { datePrecision } from '../schema/dates.ts';
import type { Plain } from '../values.ts';
import { nodeMap, requireNodeRecord, type NodeRecord } from './nodeRecord.ts';
import { readQuery, type CypherQuery, type ReadOptions } from './run.ts';

/** Claims a report makes on its MENTIONS relationship that must agree across reports (names differ by design). */
export const CLAIM_PROPERTIES = ['startDate', 'endDate', 'kind', 'countryCode', 'code'] as const;
const DATE_PROPERTIES = new Set<string>(['startDate', 'endDate']);

/** Most conflicts returned by one request. */
export const MAX_CONFLICTS = 500;

export interface ClaimRecord {
  value: string;
  report: NodeRecord;
}

export interface ConflictRecord {
  node: NodeRecord;
  property: string;
  /** the value the node shows now */
  shown: string | null;
  claims: ClaimRecord[];
}

/**
 * Facts on which reports disagree: for each entity and claimed property
 * (event dates, kinds, countries) with more than one distinct value among the
 * reports that mention it, every claim with the report that makes it.
 * Absent claims (a report that gives no date) are not disagreement; dates
 * that differ only in precision are filtered out afterwards.
 */
const conflictsCypher = (match: string): string => `
${match}
UNWIND $properties AS property
WITH e, property, r, m[property] AS value
WHERE value IS NOT NULL
WITH e, property, collect({value: toString(value), report: ${nodeMap('r')}}) AS claims, count(DISTINCT value) AS values
WHERE values > 1
RETURN ${nodeMap('e')} AS node, property, toString(e[property]) AS shown, claims
ORDER BY toLower(e.name), e.id, property
LIMIT $max`;

export const CONFLICTS = conflictsCypher('MATCH (r:Report)-[m:MENTIONS]->(e:Entity)');
// one entity's (the explorer's details panel): from its id index, not a scan of every mention
export const ENTITY_CONFLICTS = conflictsCypher('MATCH (e:Entity {id: $entityId})<-[m:MENTIONS]-(r:Report)');

/** `entityId` narrows the answer to one entity's conflicts. */
export function conflictsQuery(entityId: string | null = null): CypherQuery {
  const params = { properties: [...CLAIM_PROPERTIES], max: MAX_CONFLICTS };
  return entityId === null ? { cypher: CONFLICTS, params } : { cypher: ENTITY_CONFLICTS, params: { ...params, entityId } };
}

/** True when every date is a less precise form of the most precise one ("2023-11" and "2023-11-16" agree). */
export function datesAgree(values: readonly string[]): boolean {
  const finest = [...values].sort((a, b) => datePrecision(b) - datePrecision(a))[0] ?? '';
  return values.every((v) => finest.startsWith(v));
}

export async function conflicts(graph: Graph, opts: ReadOptions & { entityId?: string } = {}): Promise<ConflictRecord[]> {
  const rows = await readQuery<{ node: Plain; property: string; shown: string | null; claims: Array<{ value: string; report: Plain }> }>(
    graph,
    conflictsQuery(opts.entityId ?? null),
    opts,
  );
  return rows
    .filter((row) => !(DATE_PROPERTIES.has(row.property) && datesAgree(row.claims.map((c) => c.value))))
    .map((row) => ({
      node: requireNodeRecord(row.node),
      property: row.property,
      shown: row.shown,
      claims: row.claims
        .map((c) => ({ value: c.value, report: requireNodeRecord(c.report) }))
        .sort((a, b) => a.value.localeCompare(b.value) || a.report.id.localeCompare(b.report.id)),
    }));
}
