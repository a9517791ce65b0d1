import type { Graph } from '../connection.ts';
import { conflicts, type ClaimRecord } from '../queries/conflicts.ts';

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

/**
 * The curator's view of `conflicts` (graph/queries): the same facts on which
 * reports disagree, with the claims grouped by value.
 */
export async function listConflicts(graph: Graph, opts: { entityId?: string } = {}): Promise<Conflict[]> {
  const rows = await conflicts(graph, { entityId: opts.entityId });
  return rows.map((c) => ({
    entityId: c.node.id,
    entityType: c.node.type,
    entityName: c.node.name,
    property: c.property,
    shown: c.shown,
    claims: groupByValue(c.claims),
  }));
}

function groupByValue(claims: readonly ClaimRecord[]): ConflictClaim[] {
  const byValue = new Map<string, ConflictClaim>();
  for (const { value, report } of claims) {
    const claim = byValue.get(value) ?? { value, sources: [] };
    const p = report.props;
    claim.sources.push({
      reportId: report.id,
      title: typeof p.title === 'string' ? p.title : report.name,
      url: typeof p.url === 'string' ? p.url : null,
      publishedAt: typeof p.publishedAt === 'string' ? p.publishedAt : null,
    });
    byValue.set(value, claim);
  }
  // conflicts() sorts claims by value already, so insertion order is value order.
  return [...byValue.values()];
}
