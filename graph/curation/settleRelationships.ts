import type { Tx } from '../connection.ts';
import { groupBy } from '../load/applyBatch.ts';
import { parseRelationshipKey, setAggregatesFromClaims } from '../load/relationshipClaims.ts';
import { assertRelationType } from '../schema/model.ts';

// A key its claims still assert has its relationship, created if absent,
// with aggregates from those claims; a key they no longer assert has none.
const settle = (type: string): string => `
UNWIND $rows AS row
MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
OPTIONAL MATCH (a)-[old:${type}]->(b)
WITH a, b, row, old, EXISTS { MATCH (c:Claim) WHERE c.key = row.key AND c.order > '' } AS asserted
FOREACH (_ IN CASE WHEN old IS NOT NULL AND NOT asserted THEN [1] END | DELETE old)
WITH a, b, row WHERE asserted
MERGE (a)-[r:${type}]->(b)
WITH r, row.key AS key
${setAggregatesFromClaims('r', 'key')}`;

/**
 * Makes the relationships of `keys` agree with their claims after a curator
 * moved claims between keys (a merge or a split): each is read through the
 * key index, so the cost is that of the claims moved, not of the graph.
 */
export async function settleRelationships(tx: Tx, keys: readonly string[]): Promise<void> {
  const rows = [...new Set(keys)].map((key) => ({ key, ...parseRelationshipKey(key) }));
  for (const [type, group] of groupBy(rows, (r) => r.type)) {
    assertRelationType(type);
    await tx.run(settle(type), { rows: group });
  }
}
