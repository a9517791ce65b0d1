import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyMigrations, freePort, Graph, readGraphConfig } from '../../graph/index.ts';

/**
 * Runs `use` against a new, empty local Neo4j (the project's own launcher) in
 * a temporary data directory on a free port, then stops it and deletes the
 * directory. NEO4J_URI is ignored on purpose: measuring needs an empty graph,
 * and emptying someone's database is not ours to do.
 */
export async function withFreshLocalGraph<T>(use: (graph: Graph) => Promise<T>, progress: (line: string) => void, cacheDir: string): Promise<T> {
  const dataDir = await mkdtemp(join(tmpdir(), 'edugraph-eval-'));
  const port = await freePort();
  progress(`starting a fresh Neo4j in ${dataDir} on port ${port} (it is stopped and deleted afterwards)`);
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, NEO4J_BOLT_PORT: String(port), EDUGRAPH_CACHE_DIR: cacheDir };
  delete env.NEO4J_URI;
  let graph: Graph | null = null;
  try {
    graph = await Graph.connect(readGraphConfig(env), { progress });
    await applyMigrations(graph);
    return await use(graph);
  } finally {
    await graph?.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}
