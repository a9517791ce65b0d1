import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyMigrations, freePort, Graph, readGraphConfig, startLocalNeo4j, type LocalNeo4j } from '../../graph/index.ts';
import type { ScaleName } from '../corpus/index.ts';
import { progress } from './progress.ts';

/**
 * Heap and page cache per scale, set explicitly so runs are comparable. The
 * large store (entities, reports and 3.3M relationship claims) is several
 * GB: its page cache holds all of it, so a run measures the loader, not the
 * disk.
 */
export const NEO4J_MEMORY: Record<ScaleName, { heapMiB: number; pageCacheMiB: number }> = {
  small: { heapMiB: 2048, pageCacheMiB: 512 },
  medium: { heapMiB: 3072, pageCacheMiB: 1024 },
  large: { heapMiB: 8192, pageCacheMiB: 8192 },
};

export interface BenchNeo4j {
  graph: Graph;
  local: LocalNeo4j;
  uri: string;
  heapMiB: number;
  pageCacheMiB: number;
  /** deletes every node but the schema marker, in batches */
  wipe(): Promise<void>;
  stop(): Promise<void>;
}

export { freePort };

/**
 * A local Neo4j for one benchmark run on a free port (never the user's
 * .data), schema applied: fresh, in a temporary directory, or the store kept
 * in `keptDir` (bench:load --keep), which stays when it stops.
 */
export async function startBenchNeo4j(scale: ScaleName, keptDir?: string): Promise<BenchNeo4j> {
  const { heapMiB, pageCacheMiB } = NEO4J_MEMORY[scale];
  const dataDir = keptDir ?? mkdtempSync(join(tmpdir(), 'edugraph-bench-'));
  const base = readGraphConfig({ ...process.env, NEO4J_URI: '' });
  const local = await startLocalNeo4j({
    dataDir,
    boltPort: await freePort(),
    heapMiB,
    pageCacheMiB,
    cacheDir: base.cacheDir,
    startTimeoutMs: base.startTimeoutMs,
    progress: (line) => progress(`neo4j: ${line}`),
  });
  const graph = await Graph.connect(readGraphConfig({ ...process.env, NEO4J_URI: local.uri, NEO4J_READ_TIMEOUT_MS: '60000' }));
  await applyMigrations(graph);
  return {
    graph,
    local,
    uri: local.uri,
    heapMiB,
    pageCacheMiB,
    async wipe() {
      const session = graph.driver.session();
      try {
        await session.run('MATCH (n) WHERE NOT n:EduGraphSchema CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
      } finally {
        await session.close();
      }
    },
    async stop() {
      await graph.close();
      await local.stop();
      if (!keptDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Relationships and nodes in the database (count store: constant time). */
export async function graphCounts(graph: Graph): Promise<{ nodes: number; relationships: number }> {
  const [row] = await graph.readRows<{ nodes: number; relationships: number }>(
    'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships',
  );
  return row ?? { nodes: 0, relationships: 0 };
}
