/**
 * The HTTP server's security settings: the admin token compared in constant
 * time and never logged, writes rate-limited per client, CORS closed unless
 * configured, the Content-Security-Policy and the usual headers on every
 * page. `npm start`'s entry point runs as a subprocess against the run's
 * Neo4j with debug logging, so its whole log can be searched for the token.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { checkAdmin } from '../../api/auth.ts';
import { ensureExplorerBuilt } from '../../explorer/index.ts';
import type { Graph } from '../../graph/index.ts';
import { startTestApi, type TestApi } from '../support/apiServer.ts';
import { freePort } from '../support/freePort.ts';
import { connectSeededGraph } from '../support/testGraph.ts';
import { eventually, spawnTs, type Spawned } from './support/faults.ts';

const TOKEN = 'sekret-admin-token-7f3a9c1e55d2';
const PARTNER = 'https://partner.example.org';

let graph: Graph;
let server: Spawned;
let url: string;
let closedApi: TestApi;

beforeAll(async () => {
  await ensureExplorerBuilt();
  graph = await connectSeededGraph();
  const port = await freePort();
  url = `http://127.0.0.1:${port}`;
  server = spawnTs('api/main.ts', [], {
    ...process.env,
    NEO4J_URI: inject('neo4jUri'),
    PORT: String(port),
    HOST: '127.0.0.1',
    NODE_ENV: 'production',
    LOG_LEVEL: 'debug',
    EDUGRAPH_ADMIN_TOKEN: TOKEN,
    EDUGRAPH_CORS_ORIGINS: `${PARTNER}, https://other.example.org`,
    EDUGRAPH_WRITE_LIMIT: '5',
    EDUGRAPH_SEED_ON_EMPTY: 'false',
  });
  const up = await eventually(() => fetch(`${url}/healthz`).then((r) => r.status, () => 0), (s) => s === 200 || server.child.exitCode !== null, 120_000);
  expect(up, server.output().stderr).toBe(200);
  closedApi = await startTestApi(graph);
}, 300_000);

afterAll(async () => {
  await closedApi?.close();
  if (server?.child.exitCode === null) {
    server.interrupt();
    await server.exited;
  }
  await graph?.close();
});

const post = (body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

describe('the admin token', () => {
  it('is compared in constant time (digests and timingSafeEqual), whatever the lengths', () => {
    const source = readFileSync('api/auth.ts', 'utf8');
    expect(source).toMatch(/timingSafeEqual\(digest\(/);
    expect(source).not.toMatch(/===\s*adminToken|adminToken\s*===/);
    const bearer = (t: string) => ({ authorization: `Bearer ${t}` });
    expect(checkAdmin(bearer(TOKEN), TOKEN)).toBe('admin');
    expect(checkAdmin(bearer(TOKEN.slice(0, -1) + 'x'), TOKEN)).toBe('invalid');
    expect(checkAdmin(bearer('x'), TOKEN)).toBe('invalid');
    expect(checkAdmin(bearer(TOKEN.repeat(100)), TOKEN)).toBe('invalid');
    expect(checkAdmin({}, TOKEN)).toBe('missing');
  });

  it('never appears in the log, even at debug level, with right and wrong tokens and failing writes', async () => {
    await post({ query: 'mutation { addAlias(id: "org:no-such-org", alias: "x") { id } }' }, { authorization: `Bearer ${TOKEN}` });
    await post({ query: 'mutation { addAlias(id: "org:unesco", alias: "x") { id } }' }, { authorization: `Bearer ${TOKEN}-wrong` });
    await post({ query: '{ __schema { types { name } } }' }, { authorization: `Bearer ${TOKEN}` });
    await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` }, body: '{bad json' });
    await new Promise((r) => setTimeout(r, 300));
    const { stdout, stderr } = server.output();
    expect(stdout + stderr).not.toContain(TOKEN.slice(4, -4));
  });
});

describe('write rate limit', () => {
  it('refuses the 6th mutation a client sends within a minute with RATE_LIMITED (429, Retry-After); reads go on', async () => {
    const statuses: number[] = [];
    let last: { errors?: Array<{ message: string; extensions?: { code?: string } }> } = {};
    let retryAfter: string | null = null;
    for (let i = 0; i < 8; i++) {
      const res = await post({ query: 'mutation { addAlias(id: "org:no-such-org", alias: "x") { id } }' }, { authorization: 'Bearer wrong-token-wrong-token' });
      statuses.push(res.status);
      retryAfter = res.headers.get('retry-after') ?? retryAfter;
      last = (await res.json()) as typeof last;
    }
    // the earlier test's two mutations count too: the limit is 5 per minute
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(5);
    expect(statuses.at(-1)).toBe(429);
    expect(last.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect(last.errors?.[0]?.message).toMatch(/at most 5 per minute\. Retry in \d+ s/);
    expect(Number(retryAfter)).toBeGreaterThan(0);
    for (let i = 0; i < 20; i++) expect((await post({ query: '{ stats { byType { count } } }' })).status).toBe(200);
  });
});

describe('CORS', () => {
  it('is closed by default: no Access-Control-Allow-Origin for any other origin', async () => {
    const preflight = await fetch(`${closedApi.server.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: PARTNER, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    const res = await fetch(`${closedApi.server.url}/graphql`, { method: 'POST', headers: { origin: PARTNER, 'content-type': 'application/json' }, body: '{"query":"{ stats { byType { count } } }"}' });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('opens to exactly the origins in EDUGRAPH_CORS_ORIGINS', async () => {
    const preflight = (origin: string) =>
      fetch(`${url}/graphql`, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,authorization' } });
    const ok = await preflight(PARTNER);
    expect(ok.status).toBe(204);
    expect(ok.headers.get('access-control-allow-origin')).toBe(PARTNER);
    expect(ok.headers.get('access-control-allow-headers')).toMatch(/authorization/);
    expect((await preflight('https://other.example.org')).headers.get('access-control-allow-origin')).toBe('https://other.example.org');
    expect((await preflight('https://evil.example.com')).headers.get('access-control-allow-origin')).toBeNull();
    expect((await preflight('null')).headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('security headers', () => {
  it('the explorer, the IDE, the API and /healthz carry the CSP and the usual headers', async () => {
    const explorer = await fetch(`${url}/`);
    const ide = await fetch(`${url}/graphql`, { headers: { accept: 'text/html' } });
    const apiRes = await post({ query: '{ stats { byType { count } } }' });
    const health = await fetch(`${url}/healthz`);
    expect(explorer.status).toBe(200);
    expect(ide.status).toBe(200);
    for (const res of [explorer, ide, apiRes, health]) {
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toMatch(/default-src 'self'/);
      expect(csp).toMatch(/script-src 'self'(;|$)/);
      expect(csp).toMatch(/object-src 'none'/);
      expect(csp).toMatch(/frame-ancestors 'none'/);
      expect(csp).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline|\*/);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      expect(res.headers.get('cross-origin-opener-policy')).toBe('same-origin');
      expect(res.headers.get('x-powered-by')).toBeNull();
    }
    // styles: the explorer's own file only; the IDE also inline (GraphiQL and Monaco style elements at run time)
    expect(explorer.headers.get('content-security-policy')).toMatch(/style-src 'self' 'sha256-[A-Za-z0-9+/=]+'(;|$)/);
    expect(ide.headers.get('content-security-policy')).toMatch(/style-src 'self' 'unsafe-inline'/);
  });
});
