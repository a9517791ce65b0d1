import { applyMigrations, Graph, readGraphConfig } from '../index.ts';

/**
 * How every command-line tool reaches the graph: NEO4J_URI when set, else the
 * local Neo4j — the one `npm start` is already running, or a new one.
 */
export async function connectForCli(log: (line: string) => void = (l) => console.error(l)): Promise<Graph> {
  const graph = await Graph.connect(readGraphConfig(), { progress: log, onEvent: log, attachToRunningLocal: true });
  await applyMigrations(graph);
  return graph;
}

/** Prints a user-facing error (no stack) and sets a failing exit code. */
export function reportCliError(err: unknown): void {
  const e = err as Error;
  console.error(`error: ${e.message}`);
  process.exitCode = 1;
}
