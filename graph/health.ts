import type { Graph } from './connection.ts';
import { schemaVersion } from './schema/migrations.ts';
import { ENTITY_LABELS } from './schema/model.ts';

export interface GraphHealth {
  ok: boolean;
  mode: 'local' | 'external';
  neo4jVersion: string | null;
  schemaVersion: number | null;
  counts: Record<string, number>;
  error?: string;
}

const COUNT_LABELS = [...ENTITY_LABELS, 'Report'] as const;

// One count-store lookup per label (labels are constants, not input): constant time, no scan.
const COUNT_QUERY = COUNT_LABELS.map((l) => `MATCH (n:${l}) WITH count(n) AS count RETURN '${l}' AS label, count`).join(' UNION ALL ');

/** Is Neo4j reachable, which version, which schema, how many nodes per label. */
export async function graphHealth(graph: Graph): Promise<GraphHealth> {
  try {
    const [neo4jVersion, version, rows] = await Promise.all([
      graph.serverVersion(),
      schemaVersion(graph),
      graph.readRows<{ label: string; count: number }>(COUNT_QUERY),
    ]);
    return {
      ok: true,
      mode: graph.mode,
      neo4jVersion,
      schemaVersion: version,
      counts: Object.fromEntries(rows.map((r) => [r.label, r.count])),
    };
  } catch (err) {
    return { ok: false, mode: graph.mode, neo4jVersion: null, schemaVersion: null, counts: {}, error: (err as Error).message };
  }
}
