/**
 * "Use it from your scripts" (README): the Python and shell examples in
 * api/examples run against the real server and get the graph's answers. The
 * TypeScript example is generated, compiled and run by codegen.test.ts.
 */
import { execFile, execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Graph, readGraphConfig } from '../../graph/index.ts';
import { startTestApi, type TestApi } from '../support/apiServer.ts';
import { connectSeededGraph } from '../support/testGraph.ts';
import { inject } from 'vitest';

const run = promisify(execFile);
const PYTHON_EXAMPLE = fileURLToPath(new URL('../../api/examples/python/organizations.py', import.meta.url));
const SHELL_EXAMPLE = fileURLToPath(new URL('../../api/examples/shell/search.sh', import.meta.url));

/** Why the Python example cannot run here, or null when python3 with requests is installed. */
function pythonMissing(): string | null {
  try {
    execFileSync('python3', ['-c', 'import requests'], { stdio: 'pipe' });
    return null;
  } catch (error) {
    return `python3 with requests is not installed (${String(error).split('\n')[0]})`;
  }
}
const noPython = pythonMissing();
if (noPython) console.warn(`[examples] skipping the Python example: ${noPython}`);

let graph: Graph;
let api: TestApi;

beforeAll(async () => {
  graph = await connectSeededGraph();
  api = await startTestApi(graph);
});

afterAll(async () => {
  await api?.close();
  await graph?.close();
});

/** Every organization's id, in name order, as the API lists them. */
async function organizationIds(): Promise<string[]> {
  const res = await api.gql<{ organizations: { edges: Array<{ node: { id: string } }> } }>(
    '{ organizations(first: 100, orderBy: { field: NAME }) { edges { node { id } } } }',
  );
  return res.data!.organizations.edges.map((e) => e.node.id);
}

const csvIds = (csv: string): string[] =>
  csv
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((line) => line.split(',')[0]!);

/**
 * An HTTP front that sends the first `failures` requests to `down` and the
 * rest to `up`: a database that is unavailable for a while, then back.
 */
async function flakyFront(down: string, up: string, failures: number): Promise<{ url: string; served: string[]; close(): Promise<void> }> {
  const served: string[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const target = served.length < failures ? down : up;
      served.push(target === down ? 'down' : 'up');
      fetch(`${target}${req.url}`, { method: req.method, headers: { 'content-type': req.headers['content-type'] ?? 'application/json' }, body: req.method === 'POST' ? Buffer.concat(chunks) : undefined })
        .then(async (answer) => {
          res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' });
          res.end(Buffer.from(await answer.arrayBuffer()));
        })
        .catch((error: unknown) => {
          res.writeHead(502).end(String(error));
        });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, served, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

describe('the README', () => {
  it.each(['typescript/collaborators.ts', 'python/organizations.py', 'shell/search.sh'])('quotes %s as it is', (file) => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const source = readFileSync(new URL(`../../api/examples/${file}`, import.meta.url), 'utf8');
    expect(readme).toContain(`\n${source.trimEnd()}\n\`\`\`\n`);
  });
});

describe.skipIf(noPython !== null)('the Python example (requests)', () => {
  it('pages through every organization to the end, each once, in the API order', async () => {
    const { stdout, stderr } = await run('python3', [PYTHON_EXAMPLE], { env: { ...process.env, EDUGRAPH_URL: api.server.url, EDUGRAPH_PAGE_SIZE: '3' } });
    const expected = await organizationIds();
    expect(expected.length).toBeGreaterThan(6); // three pages at least
    expect(csvIds(stdout)).toEqual(expected);
    expect(stderr).toMatch(new RegExp(`^${expected.length} organizations; each page costs [\\d.]+ of 5000`));
  });

  it('waits out DATABASE_UNAVAILABLE and retries until the database is back', async () => {
    const gone = await Graph.connect(readGraphConfig({ ...process.env, NEO4J_URI: inject('neo4jUri') }));
    await gone.close();
    const down = await startTestApi(gone);
    const front = await flakyFront(down.server.url, api.server.url, 2);
    try {
      const { stdout, stderr } = await run('python3', [PYTHON_EXAMPLE], { env: { ...process.env, EDUGRAPH_URL: front.url, EDUGRAPH_PAGE_SIZE: '50' } });
      expect(stderr.match(/database unavailable; retrying in \d+ s/g)).toHaveLength(2);
      expect(front.served.slice(0, 3)).toEqual(['down', 'down', 'up']);
      expect(csvIds(stdout)).toEqual(await organizationIds());
    } finally {
      await front.close();
      await down.close();
    }
  }, 30_000);

  it('stops with the server\'s code and message on an error it cannot wait out', async () => {
    const failure = await run('python3', [PYTHON_EXAMPLE, 'Kazakhstan'], { env: { ...process.env, EDUGRAPH_URL: api.server.url } }).catch((e: { code: number; stderr: string }) => e);
    expect('code' in failure ? failure.code : 0).not.toBe(0);
    expect(failure.stderr).toMatch(/^organizations\.py: BAD_USER_INPUT: .*ISO 3166 alpha-2 code/);
  });
});

describe('the shell example (curl)', () => {
  it('finds an entity by its Russian name, as the API does', async () => {
    const text = 'Вклад в будущее';
    const { stdout } = await run('sh', [SHELL_EXAMPLE, text], { env: { ...process.env, EDUGRAPH_URL: api.server.url } });
    const answer = JSON.parse(stdout) as { data: { search: Array<{ node: { id: string } }> }; extensions: { cost: { requested: number; limit: number } } };
    const direct = await api.gql<{ search: Array<{ node: { id: string } }> }>('query ($text: String!) { search(text: $text, first: 5) { node { id } } }', { text });
    expect(answer.data.search.map((h) => h.node.id)).toEqual(direct.data!.search.map((h) => h.node.id));
    expect(answer.data.search.length).toBeGreaterThan(0);
    expect(answer.extensions.cost.limit).toBe(5000);
  });

  it('passes quotes and backslashes in the text through to the query intact', async () => {
    const { stdout } = await run('sh', [SHELL_EXAMPLE, 'the "Future" \\ fund'], { env: { ...process.env, EDUGRAPH_URL: api.server.url } });
    const answer = JSON.parse(stdout) as { data?: unknown; errors?: unknown };
    expect(answer.errors).toBeUndefined();
    expect(answer.data).toHaveProperty('search');
  });
});
