/**
 * The server while its database goes away and comes back: the project's
 * local Neo4j killed with SIGKILL (the supervisor restarts it), and an
 * external Neo4j (NEO4J_URI) stopped and started again on the same port and
 * store. /healthz answers 503, GraphQL answers DATABASE_UNAVAILABLE, the
 * server stays up, and both recover without a restart.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readServerConfig } from '../../api/config.ts';
import { createLogger } from '../../api/logger.ts';
import { startServer, type RunningServer } from '../../api/server.ts';
import { applyMigrations, Graph, loadSeedReports, readGraphConfig, startLocalNeo4j, type LocalNeo4j } from '../../graph/index.ts';
import { TEST_ADMIN_TOKEN } from '../support/apiServer.ts';
import { freePort } from '../support/freePort.ts';
import { eventually, javaPidsUsing } from './support/faults.ts';

const root = mkdtempSync(join(tmpdir(), 'edugraph-server-faults-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const SEARCH = '{ search(text: "UNESCO") { node { id } } }';

interface Answer {
  status: number;
  code?: string;
  message?: string;
  ms: number;
  body: Record<string, unknown>;
}

async function healthz(server: RunningServer): Promise<Answer> {
  const t = Date.now();
  const res = await fetch(`${server.url}/healthz`);
  const body = (await res.json()) as Record<string, unknown>;
  return { status: res.status, ms: Date.now() - t, body, message: String(body.status) };
}

async function gql(server: RunningServer, query = SEARCH): Promise<Answer> {
  const t = Date.now();
  const res = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  const body = (await res.json()) as { errors?: Array<{ message: string; extensions?: { code?: string } }> };
  return { status: res.status, code: body.errors?.[0]?.extensions?.code, message: body.errors?.[0]?.message, ms: Date.now() - t, body };
}

function serve(graph: Graph): Promise<RunningServer> {
  const config = readServerConfig({ HOST: '127.0.0.1', PORT: '0', NODE_ENV: 'production', EDUGRAPH_ADMIN_TOKEN: TEST_ADMIN_TOKEN });
  return startServer(graph, config, createLogger(true));
}

/** What a client sees while the database is down: a clear 503 and a clear GraphQL error, nothing internal. */
/**
 * `callsMayBeHeld`: with the local Neo4j the driver's retries can carry a call
 * across the few seconds of an automatic restart, so a call either succeeds
 * late or is refused with DATABASE_UNAVAILABLE — never any other error.
 */
async function expectDown(server: RunningServer, callsMayBeHeld = false): Promise<void> {
  // Poll both at once: a local restart can end within seconds, and a call made
  // only after /healthz saw the outage may already find the database back.
  const [health, call] = await Promise.all([
    eventually(() => healthz(server), (h) => h.status === 503, 30_000),
    eventually(() => gql(server), (a) => a.code === 'DATABASE_UNAVAILABLE', 60_000),
  ]);
  expect(health.status).toBe(503);
  expect(health.body).toMatchObject({ status: 'database unavailable', ok: false });
  if (callsMayBeHeld && call.code === undefined) return;
  expect(call.code).toBe('DATABASE_UNAVAILABLE');
  expect(call.message).toBe('The graph database is unavailable right now; retry later.');
  expect(JSON.stringify(call.body)).not.toMatch(/ECONNREFUSED|stacktrace|bolt:|Neo4jError/);
}

async function expectUp(server: RunningServer): Promise<void> {
  const health = await eventually(() => healthz(server), (h) => h.status === 200, 120_000);
  expect(health.body).toMatchObject({ status: 'ok', ok: true });
  const call = await eventually(() => gql(server), (a) => a.status === 200 && !a.code, 30_000);
  expect(call.body).toMatchObject({ data: { search: expect.arrayContaining([{ node: { id: 'org:unesco' } }]) } });
}

describe('the server when the database goes away', () => {
  it('local Neo4j killed with SIGKILL: 503 and DATABASE_UNAVAILABLE at once, a log line, then it is back by itself', async () => {
    const dataDir = join(root, 'local');
    const events: string[] = [];
    const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, NEO4J_BOLT_PORT: String(await freePort()), NEO4J_HEAP_MB: '256', NEO4J_PAGECACHE_MB: '64' };
    delete env.NEO4J_URI;
    const graph = await Graph.connect(readGraphConfig(env), { onEvent: (l) => events.push(l) });
    let server: RunningServer | null = null;
    try {
      await applyMigrations(graph);
      await loadSeedReports(graph, 'seed/reports');
      server = await serve(graph);
      await expectUp(server);

      process.kill(graph.local!.pid, 'SIGKILL');
      await expectDown(server, true);
      // while the supervisor restarts Neo4j, callers are not held through driver retries
      const fast = await gql(server);
      if (fast.code === 'DATABASE_UNAVAILABLE') expect(fast.ms).toBeLessThan(2000);

      await expectUp(server);
      expect(graph.local!.restarts).toBe(1);
      expect(events.filter((e) => /exited unexpectedly/.test(e))).toHaveLength(1);
      expect(events.some((e) => /is back/.test(e))).toBe(true);
    } finally {
      await server?.close();
      await graph.close();
    }
    expect(javaPidsUsing(dataDir)).toEqual([]);
  }, 300_000);

  it('external Neo4j (NEO4J_URI) stopped and started again: readable errors, no crash, no restart loop, then recovery', async () => {
    const dataDir = join(root, 'external');
    const boltPort = await freePort();
    const base = readGraphConfig({ ...process.env, NEO4J_URI: '' });
    const startExternal = (): Promise<LocalNeo4j> =>
      startLocalNeo4j({ dataDir, boltPort, heapMiB: 256, pageCacheMiB: 64, cacheDir: base.cacheDir, startTimeoutMs: base.startTimeoutMs });
    let external: LocalNeo4j | null = await startExternal();
    const events: string[] = [];
    const graph = await Graph.connect(readGraphConfig({ ...process.env, NEO4J_URI: external.uri }), { onEvent: (l) => events.push(l) });
    let server: RunningServer | null = null;
    try {
      expect(graph.mode).toBe('external');
      await applyMigrations(graph);
      await loadSeedReports(graph, 'seed/reports');
      server = await serve(graph);
      await expectUp(server);

      await external.stop();
      external = null;
      await expectDown(server);
      // The driver retries each transaction for up to 15 s (maxTransactionRetryTime) before the readable answer;
      // a query that reads twice can take about twice that — longer than the 20 s request budget (see README).
      const call = await gql(server);
      expect(call.code).toBe('DATABASE_UNAVAILABLE');
      expect(call.ms).toBeLessThan(45_000);
      // Nobody tried to start a database: an external one is not ours to restart.
      await new Promise((r) => setTimeout(r, 2000));
      expect(javaPidsUsing(dataDir)).toEqual([]);
      expect(events).toEqual([]);
      expect(server.http.listening).toBe(true);

      external = await startExternal();
      await expectUp(server);
      expect(events).toEqual([]);
    } finally {
      await server?.close();
      await graph.close();
      await external?.stop();
    }
  }, 300_000);
});
