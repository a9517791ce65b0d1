import type { Graph } from '../connection.ts';
import { readQuery, type CypherQuery, type ReadOptions } from './run.ts';

/** One report's claim of a relationship: its sentences, confidence and (affiliations) roles. */
export interface RelationshipClaimRecord {
  reportId: string;
  confidence: number;
  evidence: string[];
  roles: string[];
  /** where this claim stands among the relationship's, oldest report first: pass it as `after` for the next page */
  cursor: string;
}

/** Most claims one page returns. */
export const MAX_CLAIMS_PAGE = 100;

/**
 * A page of each relationship's claims, oldest report first. Each page is a
 * range of the (key, order) index, so a relationship named by 50,000 reports
 * answers as fast as one named by two. The `c.order > $after` bound is what
 * lets the planner use the composite index (and its order) for the key alone.
 */
export const CLAIMS_OF = `
UNWIND $keys AS key
CALL (key) {
  MATCH (c:Claim) WHERE c.key = key AND c.order > $after
  RETURN c ORDER BY c.order LIMIT $first
}
RETURN key, c.report AS reportId, c.confidence AS confidence, coalesce(c.evidence, []) AS evidence, coalesce(c.roles, []) AS roles, c.order AS cursor`;

export function claimsOfQuery(keys: readonly string[], first: number, after: string | null): CypherQuery {
  return { cypher: CLAIMS_OF, params: { keys: [...new Set(keys)], first: Math.max(0, Math.min(MAX_CLAIMS_PAGE, first)), after: after ?? '' } };
}

/** A page of claims for each relationship key (the same `first` and `after` for all). */
export async function claimsOf(
  graph: Graph,
  keys: readonly string[],
  page: { first: number; after?: string | null },
  opts: ReadOptions = {},
): Promise<Map<string, RelationshipClaimRecord[]>> {
  const out = new Map<string, RelationshipClaimRecord[]>(keys.map((k) => [k, []]));
  if (keys.length === 0 || page.first <= 0) return out;
  const rows = await readQuery<RelationshipClaimRecord & { key: string }>(graph, claimsOfQuery(keys, page.first, page.after ?? null), opts);
  for (const { key, ...claim } of rows) out.get(key)?.push(claim);
  return out;
}
