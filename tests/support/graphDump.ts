import type { Graph } from '../../graph/index.ts';

/**
 * The curation log keeps every write by design, so a write undone (an ingest
 * and then its removal) leaves the graph as it was but the log two entries
 * longer. Dumps that prove "exactly as it was" leave it out; the log's own
 * tests (tests/api/curationLog.test.ts) check what it holds.
 */
export const NOT_CURATION_LOG = 'NOT n:CurationEntry AND NOT n:CurationLogSequence';

/** Everything in the graph (schema marker and curation log aside) as sorted JSON lines: to prove "exactly as it was". */
export async function dumpGraph(graph: Graph): Promise<string[]> {
  const nodes = await graph.readRows<{ labels: string[]; props: unknown }>(
    `MATCH (n) WHERE NOT n:EduGraphSchema AND ${NOT_CURATION_LOG} RETURN labels(n) AS labels, properties(n) AS props`,
  );
  const rels = await graph.readRows<{ from: string; type: string; to: string; props: unknown }>(
    'MATCH (a)-[r]->(b) RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props',
  );
  return [
    ...nodes.map((n) => JSON.stringify([[...n.labels].sort(), sortedKeys(n.labels.includes('MergeRecord') ? withoutTime(n.props) : n.props)])),
    ...rels.map((r) => JSON.stringify([r.from, r.type, r.to, sortedKeys(r.props)])),
  ].sort();
}

/**
 * The dump less what undoing a merge is meant to leave different: the
 * record of the merge and the "not the same" decision about the pair.
 */
export async function dumpWithoutDecisionOn(graph: Graph, pair: readonly [string, string]): Promise<string[]> {
  const decision = `suggestion:${[...pair].sort().join('+')}`;
  return (await dumpGraph(graph)).filter((line) => {
    const [labels, props] = JSON.parse(line) as [unknown, { id?: string }];
    if (!Array.isArray(labels)) return true;
    return !labels.includes('MergeRecord') && props.id !== decision;
  });
}

/** A merge record's `at` is when the curator merged, a clock reading like a log entry's; what the merge moved is the state. */
function withoutTime(props: unknown): unknown {
  if (!props || typeof props !== 'object') return props;
  const { at: _at, ...rest } = props as Record<string, unknown>;
  return rest;
}

// Neo4j returns a map's keys in the order they were stored, which depends on how they were written.
function sortedKeys(props: unknown): unknown {
  if (!props || typeof props !== 'object' || Array.isArray(props)) return props;
  return Object.fromEntries(Object.entries(props).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Node (entities and reports) and relationship counts, and relationship claims apart. */
export async function countGraph(graph: Graph): Promise<{ nodes: number; relationships: number; claims: number }> {
  const [row] = await graph.readRows<{ nodes: number; relationships: number; claims: number }>(
    `RETURN COUNT { MATCH (n) WHERE NOT n:EduGraphSchema AND NOT n:Claim } AS nodes, COUNT { MATCH ()-[r]->() } AS relationships,
            COUNT { MATCH (c:Claim) } AS claims`,
  );
  return row!;
}
