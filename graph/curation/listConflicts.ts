import type { Graph } from '../connection.ts';
import { datePrecision } from '../load/claims.ts';

/** One value some reports claim, with those reports. */
export interface ConflictClaim {
  value: string;
  sources: Array<{ reportId: string; title: string; url: string | null; publishedAt: string | null }>;
}

/** A property of one entity on which reports disagree; the node shows `shown`. */
export interface Conflict {
  entityId: string;
  entityType: string;
  entityName: string;
  property: string;
  shown: string | null;
  claims: ConflictClaim[];
}

/** Claimed properties where disagreement is a conflict worth showing (names differ by design). */
export const CONFLICT_PROPERTIES: readonly string[] = ['startDate', 'endDate', 'kind', 'countryCode', 'code'];
const DATE_PROPERTIES = new Set(['startDate', 'endDate']);

const claimedValues = `
UNWIND $properties AS property
MATCH (r:Report)-[m:MENTIONS]->(n:Entity)
WHERE ($entityId IS NULL OR n.id = $entityId) AND m[property] IS NOT NULL
WITH n, property, toString(m[property]) AS value,
     collect({reportId: r.id, title: r.title, url: r.url, publishedAt: r.publishedAt}) AS sources
WITH n, property, collect({value: value, sources: sources}) AS claims
WHERE size(claims) > 1
RETURN n.id AS entityId, [l IN labels(n) WHERE l <> 'Entity'][0] AS entityType, n.name AS entityName,
       property, toString(n[property]) AS shown, claims
ORDER BY entityId, property`;

/**
 * Facts on which reports disagree (an event's dates, an organization's
 * country…), each value with the reports that claim it. Dates that only differ
 * in precision ("2023-11" and "2023-11-16") agree and are not listed.
 */
export async function listConflicts(graph: Graph, opts: { entityId?: string } = {}): Promise<Conflict[]> {
  const rows = await graph.readRows<Conflict>(claimedValues, { properties: CONFLICT_PROPERTIES, entityId: opts.entityId ?? null });
  return rows
    .filter((c) => !(DATE_PROPERTIES.has(c.property) && datesAgree(c.claims.map((x) => x.value))))
    .map((c) => ({ ...c, claims: [...c.claims].sort((x, y) => (x.value < y.value ? -1 : 1)) }));
}

/** True when every date is a less precise form of the most precise one. */
function datesAgree(values: readonly string[]): boolean {
  const finest = [...values].sort((a, b) => datePrecision(b) - datePrecision(a))[0] ?? '';
  return values.every((v) => finest.startsWith(v));
}
