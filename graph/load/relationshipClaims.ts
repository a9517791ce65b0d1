import type { Tx } from '../connection.ts';
import { relationshipKey } from '../schema/model.ts';
import { recordsToPlain } from '../values.ts';

/** What one report asserts about one relationship: its claim. */
export interface SourceEntry {
  source: string;
  confidence: number;
  evidence: string[];
  roles: string[];
}

/**
 * A relationship as a load sees it: the aggregates stored on it, and the
 * claims the load knows of — those of reports it removes (read) and of
 * reports it adds. Nothing else of a hub's thousands of claims is read.
 */
export interface RelationshipState {
  /** null: not in the graph (a report of this load creates it) */
  elementId: string | null;
  type: string;
  from: string;
  to: string;
  /** how many reports assert it */
  count: number;
  /** the highest confidence of its claims */
  confidence: number;
  /** distinct roles (AFFILIATED_WITH) */
  roles: string[];
  claims: Map<string, SourceEntry>;
  /**
   * A stored claim was removed: the highest confidence and the roles may have
   * gone with it, and are re-derived from the claims that remain when written.
   */
  stale: boolean;
}

/**
 * Cypher that sets relationship `r`'s aggregates from every claim of `key`
 * (both variables of the caller's query), read through the key index:
 * after a claim that held the top confidence or a role was taken out, or
 * after a merge moved claims. `r` and `key` are names the caller chose,
 * never user input.
 */
export function setAggregatesFromClaims(r: string, key: string): string {
  return `CALL (${r}, ${key}) {
  MATCH (c:Claim) WHERE c.key = ${key} AND c.order > ''
  RETURN count(c) AS n, max(c.confidence) AS confidence,
         reduce(acc = [], rs IN collect(coalesce(c.roles, [])) | acc + [x IN rs WHERE NOT x IN acc]) AS roles
}
SET ${r}.sourceCount = n, ${r}.confidence = coalesce(confidence, 0), ${r}.roles = CASE WHEN size(roles) > 0 THEN roles END`;
}

/** The type and ends of a relationship key (ids hold no spaces). */
export function parseRelationshipKey(key: string): { type: string; from: string; to: string } {
  const [type, from, to] = key.split(' ') as [string, string, string];
  return { type, from, to };
}

/**
 * The position of a report's claims when listed oldest first: published date
 * (unknown last), then when its first version was ingested, then id. Stored
 * on each claim so a page of a hub's evidence is an index range.
 */
export function claimOrder(publishedAt: string | null, since: string, reportId: string): string {
  return `${publishedAt ?? '~'}|${since}|${reportId}`;
}

/** The aggregates a relationship stores, from claims all known. */
export function aggregatesOf(claims: Iterable<SourceEntry>): { count: number; confidence: number; roles: string[] } {
  let count = 0;
  let confidence = 0;
  const roles = new Set<string>();
  for (const c of claims) {
    count++;
    confidence = Math.max(confidence, c.confidence);
    for (const r of c.roles) roles.add(r);
  }
  return { count, confidence, roles: [...roles] };
}

/** Two claims that say the same (offsets and report aside). */
export function sameClaim(a: SourceEntry, b: SourceEntry): boolean {
  const canon = (e: SourceEntry): string => JSON.stringify([e.confidence, [...e.evidence].sort(), [...e.roles].sort()]);
  return canon(a) === canon(b);
}

const claimsOfReports = `
MATCH (c:Claim) WHERE c.report IN $reports
RETURN c.report AS report, c.key AS key, c.confidence AS confidence, coalesce(c.evidence, []) AS evidence, coalesce(c.roles, []) AS roles`;

const relationshipsByKey = `
UNWIND $keys AS k
MATCH (a:Entity {id: k.from})-[r]->(b:Entity {id: k.to})
  USING INDEX a:Entity(id) USING INDEX b:Entity(id)
WHERE type(r) = k.type
RETURN elementId(r) AS elementId, type(r) AS type, a.id AS from, b.id AS to,
       coalesce(r.sourceCount, 0) AS count, coalesce(r.confidence, 0) AS confidence, coalesce(r.roles, []) AS roles`;

/**
 * The relationships named by `keys` (aggregates only) plus those `reports`
 * assert, with those reports' claims: all a load needs to add claims to a
 * relationship or take them out, however many other reports assert it.
 */
export async function readRelationships(
  tx: Tx,
  keys: ReadonlyArray<{ type: string; from: string; to: string }>,
  reports: readonly string[],
): Promise<RelationshipState[]> {
  const claims =
    reports.length > 0
      ? recordsToPlain<{ report: string; key: string; confidence: number; evidence: string[]; roles: string[] }>(
          (await tx.run(claimsOfReports, { reports: [...reports] })).records,
        )
      : [];
  const wanted = new Map(keys.map((k) => [relationshipKey(k.type, k.from, k.to), k]));
  for (const c of claims) wanted.set(c.key, parseRelationshipKey(c.key));
  if (wanted.size === 0) return [];
  type Row = Omit<RelationshipState, 'claims' | 'stale'>;
  const rows = recordsToPlain<Row>((await tx.run(relationshipsByKey, { keys: [...wanted.values()] })).records);
  const byKey = new Map(rows.map((r) => [relationshipKey(r.type, r.from, r.to), { ...r, claims: new Map<string, SourceEntry>(), stale: false }]));
  for (const c of claims) {
    byKey.get(c.key)?.claims.set(c.report, { source: c.report, confidence: c.confidence, evidence: c.evidence, roles: c.roles });
  }
  return [...byKey.values()];
}
