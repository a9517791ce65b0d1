import type { Graph } from '../connection.ts';
import type { Plain } from '../values.ts';
import { nodeMap, requireNodeRecord, type NodeRecord } from './nodeRecord.ts';
import { readQuery, type CypherQuery, type ReadOptions } from './run.ts';

/** Claims a report makes about an entity on its MENTIONS relationship that must agree across reports. */
export const CLAIM_PROPERTIES = ['startDate', 'endDate', 'kind', 'countryCode'] as const;

/** Most conflicts returned by one request. */
export const MAX_CONFLICTS = 500;

export interface ClaimRecord {
  value: string;
  report: NodeRecord;
}

export interface ConflictRecord {
  node: NodeRecord;
  property: string;
  claims: ClaimRecord[];
}

/**
 * Facts on which reports disagree: for each entity and claimed property
 * (event dates, kinds, countries) with more than one distinct value among the
 * reports that mention it, every claim with the report that makes it.
 * Absent claims (a report that gives no date) are not disagreement.
 */
export const CONFLICTS = `
MATCH (r:Report)-[m:MENTIONS]->(e:Entity)
UNWIND $properties AS property
WITH e, property, r, m[property] AS value
WHERE value IS NOT NULL
WITH e, property, collect({value: toString(value), report: ${nodeMap('r')}}) AS claims, count(DISTINCT value) AS values
WHERE values > 1
RETURN ${nodeMap('e')} AS node, property, claims
ORDER BY toLower(e.name), e.id, property
LIMIT $max`;

export function conflictsQuery(): CypherQuery {
  return { cypher: CONFLICTS, params: { properties: [...CLAIM_PROPERTIES], max: MAX_CONFLICTS } };
}

export async function conflicts(graph: Graph, opts: ReadOptions = {}): Promise<ConflictRecord[]> {
  const rows = await readQuery<{ node: Plain; property: string; claims: Array<{ value: string; report: Plain }> }>(graph, conflictsQuery(), opts);
  return rows.map((row) => ({
    node: requireNodeRecord(row.node),
    property: row.property,
    claims: row.claims
      .map((c) => ({ value: c.value, report: requireNodeRecord(c.report) }))
      .sort((a, b) => a.value.localeCompare(b.value) || a.report.id.localeCompare(b.report.id)),
  }));
}
