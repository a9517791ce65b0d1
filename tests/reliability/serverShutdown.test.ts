/**
 * Ctrl-C to `npm start` while an ingestReport mutation is being written:
 * the request finishes (or its transaction rolls back), Neo4j stops cleanly,
 * no Java process is left, and the store opens again with whole reports only.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureExplorerBuilt } from '../../explorer/index.ts';
import { Graph, readGraphConfig, startLocalNeo4j } from '../../graph/index.ts';
import { ingestText, loadSeedReports } from '../../seed/index.ts';
import { TEST_ADMIN_TOKEN } from '../support/apiServer.ts';
import { freePort } from '../support/freePort.ts';
import { connectTestGraph, resetGraph } from '../support/testGraph.ts';
import { eventually, graphSnapshot, integrity, javaPidsUsing, spawnTs } from './support/faults.ts';
import { writeCorpusReports } from './support/reports.ts';

const root = mkdtempSync(join(tmpdir(), 'edugraph-server-stop-'));
let shared: Graph;

beforeAll(async () => {
  // api/main.ts builds a missing or stale explorer before serving; do it once here, not inside the timed part.
  await ensureExplorerBuilt();
  shared = await connectTestGraph();
}, 600_000);

afterAll(async () => {
  await shared?.close();
  rmSync(root, { recursive: true, force: true });
});

describe('npm start, stopped during a write', () => {
  it('finishes or rolls back the ingestReport in flight on SIGINT, then stops Neo4j; the store has whole reports only', async () => {
    const dataDir = join(root, 'data');
    const port = await freePort();
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      NEO4J_BOLT_PORT: String(await freePort()),
      NEO4J_HEAP_MB: '256',
      NEO4J_PAGECACHE_MB: '64',
      NODE_ENV: 'production',
      EDUGRAPH_ADMIN_TOKEN: TEST_ADMIN_TOKEN,
    };
    delete env.NEO4J_URI;
    const server = spawnTs('api/main.ts', [], env);
    const url = `http://127.0.0.1:${port}`;
    const up = await eventually(
      () => fetch(`${url}/healthz`).then((r) => r.status, () => 0),
      (s) => s === 200 || server.child.exitCode !== null,
      240_000,
    );
    expect(up, server.output().stderr).toBe(200);

    const [file] = writeCorpusReports(join(root, 'reports'), 1);
    const text = readFileSync(file!, 'utf8');
    const mutation = fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TEST_ADMIN_TOKEN}` },
      body: JSON.stringify({ query: 'mutation ($text: String!) { ingestReport(text: $text) { reportId status } }', variables: { text } }),
    }).then(
      async (r) => ({ status: r.status, body: (await r.json()) as { data?: { ingestReport: { reportId: string; status: string } } } }),
      (err: Error) => ({ status: 0, body: { error: err.message } as { data?: undefined } }),
    );
    await new Promise((r) => setTimeout(r, 150));
    server.interrupt();

    const answer = await mutation;
    expect(await server.exited).toBe(0);
    expect(javaPidsUsing(dataDir)).toEqual([]);
    // Either the write finished and the client got its answer, or the client got no answer and nothing was written.
    const finished = answer.status === 200 && answer.body.data?.ingestReport.status === 'created';

    const neo = await startLocalNeo4j({ ...readGraphConfig({ ...process.env, NEO4J_URI: '' }), dataDir, boltPort: await freePort(), heapMiB: 256, pageCacheMiB: 64 });
    let after: Graph | null = null;
    try {
      after = await Graph.connect(readGraphConfig({ ...process.env, NEO4J_URI: neo.uri }));
      const state = await integrity(after);
      expect(state.duplicateIds).toEqual([]);
      await resetGraph(shared);
      await loadSeedReports(shared, 'seed/reports');
      const inStore = state.reports.length === 3;
      if (finished) expect(inStore).toBe(true);
      if (inStore) await ingestText(shared, { text });
      expect(state.reports).toEqual((await integrity(shared)).reports);
      expect(await graphSnapshot(after)).toEqual(await graphSnapshot(shared));
    } finally {
      await after?.close();
      await neo.stop();
    }
  }, 600_000);
});
