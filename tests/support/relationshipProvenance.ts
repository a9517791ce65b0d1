import type { Graph } from '../../graph/index.ts';

/**
 * A relationship's stored aggregates with its claims read back the way
 * schema 2 kept them inline: `sources` (reports, oldest first) with
 * `sourceConfidences`, `evidence` with `evidenceSources`, `claimedRoles`
 * with `claimedRoleSources`. Undefined when the
 * relationship does not exist. Tests state what a relationship's provenance
 * is, whatever the layout that stores it.
 */
export async function relationshipProvenance(graph: Graph, type: string, from: string, to: string): Promise<Record<string, unknown> | undefined> {
  const [row] = await graph.readRows<{ props: Record<string, unknown>; claims: Array<{ report: string; confidence: number; evidence: string[]; roles: string[] }> }>(
    `MATCH (a:Entity {id: $from})-[r]->(b:Entity {id: $to}) WHERE type(r) = $type
     CALL (r) {
       MATCH (c:Claim) WHERE c.key = $key AND c.order > ''
       WITH c ORDER BY c.order
       RETURN collect({report: c.report, confidence: c.confidence, evidence: c.evidence, roles: coalesce(c.roles, [])}) AS claims
     }
     RETURN properties(r) AS props, claims`,
    { type, from, to, key: `${type} ${from} ${to}` },
  );
  if (!row) return undefined;
  return {
    ...row.props,
    sources: row.claims.map((c) => c.report),
    sourceConfidences: row.claims.map((c) => c.confidence),
    evidence: row.claims.flatMap((c) => c.evidence),
    evidenceSources: row.claims.flatMap((c) => c.evidence.map(() => c.report)),
    claimedRoles: row.claims.flatMap((c) => c.roles),
    claimedRoleSources: row.claims.flatMap((c) => c.roles.map(() => c.report)),
  };
}
