/**
 * The server while its database goes away and comes back: the project's
 * local Neo4j killed with SIGKILL (the supervisor restarts it), and an
 * external Neo4j (NEO4J_URI) stopped and started again on the same port and
 * store. /healthz answers 503, GraphQL answers DATABASE_UNAVAILABLE within
 * a couple of seconds (no call is held through driver retries), the server
 * stays up, and both recover without a restart.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readServerConfig } from '../../api/config.ts';
import { createLogger } from '../../api/logger.ts';
import { startServer, type RunningServer } from '../../api/server.ts';
import { applyMigrations, Graph, readGraphConfig, startLocalNeo4j, type LocalNeo4j } from '../../graph/index.ts';
import { loadSeedReports } from '../../seed/index.ts';
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

/** A call made while the database is away: refused promptly and readably, nothing internal. */
function expectRefused(call: Answer, withinMs: number): void {
  expect(call.code).toBe('DATABASE_UNAVAILABLE');
  expect(call.message).toBe('The graph database is unavailable right now; retry later.');
  expect(JSON.stringify(call.body)).not.toMatch(/ECONNREFUSED|stacktrace|bolt:|Neo4jError/);
  expect(call.ms).toBeLessThan(withinMs);
}

/** What a client sees while the database is down: a prompt 503 and a prompt DATABASE_UNAVAILABLE, three calls in a row. */
async function expectDown(server: RunningServer): Promise<void> {
  const health = await healthz(server);
  expect(health.status).toBe(503);
  expect(health.body).toMatchObject({ status: 'database unavailable', ok: false });
  expect(health.ms).toBeLessThan(2000);
  for (let i = 0; i < 3; i++) expectRefused(await gql(server), 2000);
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

      // The supervisor sees the JVM go at once: the very first call is refused, not held until the restart.
      process.kill(graph.local!.pid, 'SIGKILL');
      expectRefused(await gql(server), 2000);
      await expectDown(server);

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
      // The first call finds it gone after one driver retry (about a second); that opens the
      // circuit breaker, and every call after it is refused without trying the database.
      expectRefused(await gql(server), 5000);
      await expectDown(server);
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
