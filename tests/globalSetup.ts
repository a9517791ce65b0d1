import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { applyMigrations, Graph, readGraphConfig, type LocalNeo4j } from '../graph/index.ts';
import { startLocalNeo4j } from '../graph/index.ts';
import { freePort } from './support/freePort.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
  }
}

/**
 * One Neo4j for the whole run: the one named by NEO4J_URI, or a fresh local
 * Neo4j in a temporary data directory on a free port, stopped afterwards.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let local: LocalNeo4j | null = null;
  let dataDir: string | null = null;
  let uri = process.env.NEO4J_URI;
  if (!uri) {
    dataDir = mkdtempSync(join(tmpdir(), 'edugraph-test-'));
    const config = readGraphConfig({ ...process.env, DATA_DIR: dataDir });
    local = await startLocalNeo4j({
      dataDir,
      boltPort: await freePort(),
      heapMiB: config.heapMiB,
      pageCacheMiB: 128,
      cacheDir: config.cacheDir,
      startTimeoutMs: config.startTimeoutMs,
      progress: (line) => console.log(`[neo4j] ${line}`),
    });
    uri = local.uri;
  }
  const graph = await Graph.connect(readGraphConfig({ ...process.env, NEO4J_URI: uri }));
  await applyMigrations(graph);
  await graph.close();
  project.provide('neo4jUri', uri);
  return async () => {
    await local?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  };
}
