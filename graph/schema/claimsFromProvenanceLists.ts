import type { Graph } from '../connection.ts';

/**
 * Schema 2 → 3. Schema 2 kept every relationship's provenance inline, as
 * parallel lists (`sources`, `sourceConfidences`, `evidence` with
 * `evidenceSources`, `claimedRoles` with `claimedRoleSources`), and let a
 * batched load queue additions in `(:ProvenanceBacklog {seq, rows})`. Schema 3
 * keeps one `(:Claim)` per report and relationship (relationshipClaims.ts)
 * and aggregates on the relationship. The queue goes into the lists first, in
 * its order; then each relationship's lists become claims and go. A
 * conversion cut short leaves the relationships it has not reached with their
 * lists, so running it again finishes the job.
 */
export async function claimsFromProvenanceLists(graph: Graph): Promise<void> {
  for (;;) {
    const [queued] = await graph.readRows<{ id: string; rows: string }>(
      'MATCH (q:ProvenanceBacklog) RETURN elementId(q) AS id, q.rows AS rows ORDER BY q.seq LIMIT 1',
    );
    if (!queued) break;
    await graph.write(async (tx) => {
      await tx.run(appendQueued, { rows: JSON.parse(queued.rows) as unknown[] });
      await tx.run('MATCH (q:ProvenanceBacklog) WHERE elementId(q) = $id DELETE q', { id: queued.id });
    });
  }
  await graph.runSchemaCommand(listsToClaims);
}

const appendQueued = `
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})-[r]->(b:Entity {id: row.to}) WHERE type(r) = row.type
SET r.sources = coalesce(r.sources, []) + row.props.sources,
    r.sourceConfidences = coalesce(r.sourceConfidences, []) + row.props.sourceConfidences,
    r.confidence = CASE WHEN row.props.confidence > coalesce(r.confidence, 0) THEN row.props.confidence ELSE coalesce(r.confidence, 0) END,
    r.evidence = coalesce(r.evidence, []) + row.props.evidence,
    r.evidenceSources = coalesce(r.evidenceSources, []) + row.props.evidenceSources,
    r.claimedRoles = coalesce(r.claimedRoles, []) + coalesce(row.props.claimedRoles, []),
    r.claimedRoleSources = coalesce(r.claimedRoleSources, []) + coalesce(row.props.claimedRoleSources, [])`;

// Lists written before evidenceSources existed give their sentences to the
// first source, as schema 2 read them. The claim's order is claimOrder's.
const listsToClaims = `
MATCH (a:Entity)-[r]->(b:Entity) WHERE r.sources IS NOT NULL
CALL (a, r, b) {
  CALL (a, r, b) {
    WITH a, r, b, r.sources AS s, coalesce(r.sourceConfidences, []) AS sc, coalesce(r.evidence, []) AS ev,
         coalesce(r.evidenceSources, []) AS es, coalesce(r.claimedRoles, []) AS cr, coalesce(r.claimedRoleSources, []) AS crs
    UNWIND range(0, size(s) - 1) AS i
    MATCH (rep:Report {id: s[i]})
    WITH a, r, b, rep, coalesce(sc[i], r.confidence, 0) AS confidence,
         [j IN range(0, size(ev) - 1) WHERE coalesce(es[j], s[0]) = s[i] | ev[j]] AS evidence,
         [j IN range(0, size(cr) - 1) WHERE crs[j] = s[i] | cr[j]] AS roles
    CREATE (c:Claim {key: type(r) + ' ' + a.id + ' ' + b.id, report: rep.id, confidence: confidence, evidence: evidence,
                     order: coalesce(rep.publishedAt, '~') + '|' + coalesce(rep.firstIngestedAt, rep.ingestedAt) + '|' + rep.id})
    SET c.roles = CASE WHEN size(roles) > 0 THEN roles END
    RETURN count(c) AS n
  }
  SET r.sourceCount = n
  REMOVE r.sources, r.sourceConfidences, r.evidence, r.evidenceSources, r.claimedRoles, r.claimedRoleSources
  WITH r, n WHERE n = 0
  DELETE r
} IN TRANSACTIONS OF 1000 ROWS`;
