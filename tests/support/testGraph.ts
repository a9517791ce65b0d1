import { afterAll, beforeAll, beforeEach, expect, inject } from 'vitest';
import { Graph, readGraphConfig } from '../../graph/index.ts';
import { loadSeedReports } from '../../seed/index.ts';

/** A connection to the run's Neo4j (see tests/globalSetup.ts). */
export function connectTestGraph(): Promise<Graph> {
  return Graph.connect(readGraphConfig({ ...process.env, NEO4J_URI: inject('neo4jUri') }));
}

/**
 * Empties the graph but keeps the schema. Test files run one at a time, so a
 * file that resets in beforeEach owns the whole graph for its tests.
 */
export async function resetGraph(graph: Graph): Promise<void> {
  await graph.writeRows("MATCH (n) WHERE NOT n:EduGraphSchema DETACH DELETE n");
}

/**
 * The usual hooks of a database test file: one connection for the file,
 * an empty graph before each test, closed at the end.
 */
export function useEmptyGraph(onConnect: (graph: Graph) => void): void {
  let graph: Graph | undefined;
  beforeAll(async () => {
    graph = await connectTestGraph();
    onConnect(graph);
  });
  afterAll(async () => {
    await graph?.close();
  });
  beforeEach(async () => {
    await resetGraph(graph!);
  });
}

/** A connection to the run's Neo4j holding exactly the two bundled seed reports, both loaded. */
export async function connectSeededGraph(): Promise<Graph> {
  const graph = await connectTestGraph();
  await resetGraph(graph);
  expect((await loadSeedReports(graph, 'seed/reports')).failed).toEqual([]);
  return graph;
}
