/**
 * Hostile input against the real server and Neo4j (production mode): Cypher
 * injection in every place a client can put text, oversized input and broken
 * text. Each gets a clear error or a safe result, and the graph before and
 * after proves nothing else changed (a report that was loaded is removed
 * again and must leave the graph exactly as it was).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/index.ts';
import { startTestApi, TEST_ADMIN_TOKEN, type GraphQLResponse, type TestApi } from '../support/apiServer.ts';
import { countGraph, dumpGraph } from '../support/graphDump.ts';
import { connectSeededGraph } from '../support/testGraph.ts';

let graph: Graph;
let api: TestApi;
let before: string[];

beforeAll(async () => {
  graph = await connectSeededGraph();
  api = await startTestApi(graph, { NODE_ENV: 'production', EDUGRAPH_WRITE_LIMIT: '1000' });
});

afterAll(async () => {
  await api?.close();
  await graph?.close();
});

beforeEach(async () => {
  before = await dumpGraph(graph);
});

async function expectGraphUnchanged(): Promise<void> {
  const after = await dumpGraph(graph);
  expect(after.length).toBe(before.length);
  expect(after).toEqual(before);
}

const admin = { token: TEST_ADMIN_TOKEN };

const INGEST = `mutation ($text: String!, $title: String, $url: String) {
  ingestReport(text: $text, title: $title, url: $url) { reportId status report { title url text } }
}`;

type Ingested = { ingestReport: { reportId: string; status: string; report: { title: string; url: string | null; text: string } } };

/** Loads a report over the API, hands it to `check`, then removes it: the graph must be as it was. */
async function ingestThenRemove(vars: { text: string; title?: string; url?: string }, check: (r: GraphQLResponse<Ingested>) => Promise<void> | void): Promise<void> {
  const res = await api.gql<Ingested>(INGEST, vars, admin);
  try {
    await check(res);
  } finally {
    const id = res.data?.ingestReport.reportId;
    if (id) expect((await api.gql('mutation ($id: ID!) { removeReport(id: $id) { status } }', { id }, admin)).errors).toBeUndefined();
  }
  await expectGraphUnchanged();
}

/** What an error looks like to a client: a code it can act on, nothing internal. */
function expectClientError(res: GraphQLResponse, code: string | string[], message?: RegExp): void {
  expect([code].flat(), JSON.stringify(res.errors)).toContain(res.errors?.[0]?.extensions?.code);
  if (message) expect(res.errors?.[0]?.message).toMatch(message);
  // messages may quote the client's own input back; never a stack, a driver error or the server's Cypher
  expect(JSON.stringify(res)).not.toMatch(/stacktrace|Neo4jError|node_modules|YIELD|UNWIND|at [\w.]+ \(/);
}

const INJECTIONS = [
  "' MATCH (n) DETACH DELETE n //",
  '" }) MATCH (n) DETACH DELETE n //',
  "') WITH 1 AS x MATCH (n) DETACH DELETE n RETURN 1 //",
  '`Organization`) DETACH DELETE n //',
  '$param',
  '$text } ) MATCH (m) SET m.pwned = true //',
  ':Organization {id: "org:unesco"}',
  "\\' ; CALL dbms.shutdown() //",
  '*~^"\\ AND OR NOT (title:x)', // Lucene syntax in full-text searches
];

describe('Cypher injection', () => {
  it.each(INJECTIONS)('search, filters and lists treat %j as text', async (payload) => {
    const search = await api.gql('query ($t: String!) { search(text: $t) { node { id } } }', { t: payload });
    expect(search.errors, JSON.stringify(search.errors)).toBeUndefined();
    const lists = await api.gql(
      'query ($t: String!) { organizations(filter: { text: $t }) { totalCount } reports(filter: { text: $t }) { totalCount } people(filter: { text: $t }) { totalCount } }',
      { t: payload },
    );
    expect(lists.errors, JSON.stringify(lists.errors)).toBeUndefined();
    expect(lists.data).toEqual({ organizations: { totalCount: 0 }, reports: { totalCount: 0 }, people: { totalCount: 0 } });
    await expectGraphUnchanged();
  });

  it.each(INJECTIONS)('ids carrying %j are refused or not found', async (payload) => {
    for (const id of [payload, `org:${payload}`, `org:unesco${payload}`]) {
      const node = await api.gql('query ($id: ID!) { node(id: $id) { id } }', { id });
      if (node.errors) expectClientError(node, 'BAD_USER_INPUT');
      else expect(node.data).toEqual({ node: null });
      const collab = await api.gql('query ($id: ID!) { collaborators(id: $id) { weight } }', { id });
      expect(['BAD_USER_INPUT', 'NOT_FOUND']).toContain(collab.errors?.[0]?.extensions?.code);
      const hood = await api.gql('query ($ids: [ID!]!) { neighborhood(ids: $ids) { nodes { id } } }', { ids: [id, 'org:unesco'] });
      if (hood.errors) expectClientError(hood, 'BAD_USER_INPUT');
      const path = await api.gql('query ($id: ID!) { collaborationPath(from: "org:unesco", to: $id) { length } }', { id });
      if (path.errors) expect(['BAD_USER_INPUT', 'NOT_FOUND']).toContain(path.errors[0]?.extensions?.code);
    }
    // the admin-only writes by id: refused or not found, never executed as Cypher
    const remove = await api.gql('mutation ($id: ID!) { removeReport(id: $id) { status } }', { id: `report:${payload}` }, admin);
    expect(['BAD_USER_INPUT', 'NOT_FOUND']).toContain(remove.errors?.[0]?.extensions?.code);
    await expectGraphUnchanged();
  });

  it('a report whose title, url, text and entity names are injection payloads is stored verbatim, as data', async () => {
    const title = "Report ' MATCH (n) DETACH DELETE n // `Organization` $param";
    const url = "https://example.org/'})MATCH(n)DETACH_DELETE(n)//$id?x=`Person`";
    const text = [
      `On 12 March 2024 a seminar "' MATCH (n) DETACH DELETE n //" was held in Almaty, Kazakhstan.`,
      'The `Organization`) DETACH DELETE n // Foundation organized the seminar together with the $param University.',
      'The :Person {name: "x"} Institute and the MERGE (x:Admin) Academy were partners of the seminar.',
    ].join('\n');
    await ingestThenRemove({ text, title, url }, async (res) => {
      expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
      expect(res.data!.ingestReport.report).toEqual({ title, url, text });
      // nothing was deleted or relabelled: every node of the seed graph is still there
      const counts = await countGraph(graph);
      expect(counts.nodes + counts.claims).toBeGreaterThan(before.filter((l) => l.startsWith('[[')).length);
      const labels = await graph.readRows<{ l: string }>('MATCH (n) UNWIND labels(n) AS l RETURN DISTINCT l ORDER BY l');
      expect(labels.map((r) => r.l)).not.toContain('Admin');
      const pwned = await graph.readRows('MATCH (n) WHERE n.pwned IS NOT NULL RETURN n');
      expect(pwned).toEqual([]);
    });
  });
});

describe('oversized input', () => {
  it('a 20 MB report is refused with a clear size error (HTTP 413), and the server goes on', async () => {
    const text = 'A seminar was held in Almaty. '.repeat(700_000); // ≈21 MB
    const res = await api.gql(INGEST, { text }, admin);
    expect(res.status).toBe(413);
    expectClientError(res, 'PAYLOAD_TOO_LARGE', /over the 8mb limit.*2,000,000 characters/);
    expect((await api.gql('{ stats { byType { count } } }')).errors).toBeUndefined();
    await expectGraphUnchanged();
  });

  it('a report just over the text limit (2.1M characters, under the body limit) is BAD_USER_INPUT naming the limit', async () => {
    const res = await api.gql(INGEST, { text: 'x'.repeat(2_100_000) }, admin);
    expectClientError(res, 'BAD_USER_INPUT', /over the 2000000 limit/);
    await expectGraphUnchanged();
  });

  it('a 100,000-character search is refused; so are 10,000 ids and a page size of a million', async () => {
    expectClientError(await api.gql('query ($t: String!) { search(text: $t) { score } }', { t: 'UNESCO '.repeat(14_300) }), 'BAD_USER_INPUT', /longer than 200/);
    const ids = Array.from({ length: 10_000 }, (_, i) => `org:o${i}`);
    expectClientError(await api.gql('query ($ids: [ID!]!) { neighborhood(ids: $ids) { nodes { id } } }', { ids }), 'BAD_USER_INPUT', /at most 50 ids \(got 10000\)/);
    expectClientError(await api.gql('query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids }), 'BAD_USER_INPUT', /at most 100 ids/);
    // graphql-armor's static cost counts `first` as a multiplier: a page of a million is refused before it runs
    const sizes = ['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED'];
    expectClientError(await api.gql('{ organizations(first: 1000000) { totalCount } }'), sizes, /from 1 to 100 \(got 1000000\)|Cost limit of 5000/);
    expectClientError(await api.gql('query ($n: Int) { organizations(first: $n) { totalCount } }', { n: 1_000_000 }), sizes);
    expectClientError(await api.gql('{ search(text: "UNESCO", first: 1000000) { score } }'), sizes, /first|Cost limit/);
    expectClientError(await api.gql('{ neighborhood(ids: ["org:unesco"], limit: 1000000, depth: 1000) { nodes { id } } }'), sizes);
    await expectGraphUnchanged();
  });
});

describe('broken text', () => {
  it('invalid UTF-8 bytes in the request become U+FFFD or a clear error, never a crash', async () => {
    const json = Buffer.concat([
      Buffer.from(`{"query":${JSON.stringify(INGEST)},"variables":{"text":"A seminar in Almaty `),
      Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xe2, 0x82]),
      Buffer.from(' organized by UNESCO."}}'),
    ]);
    const res = await fetch(`${api.server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TEST_ADMIN_TOKEN}` },
      body: json,
    });
    const body = (await res.json()) as GraphQLResponse<Ingested>;
    const id = body.data?.ingestReport.reportId;
    if (id) {
      expect(body.data!.ingestReport.report.text).toContain('\uFFFD');
      await api.gql('mutation ($id: ID!) { removeReport(id: $id) { status } }', { id }, admin);
    } else {
      expect(res.status).toBe(400);
      expect(JSON.stringify(body)).not.toMatch(/stacktrace|at [\w.]+ \(/);
    }
    await expectGraphUnchanged();
  });

  it('malformed JSON is a clear BAD_REQUEST, not an HTML page with a stack', async () => {
    const res = await fetch(`${api.server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": "{ stats' });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/json/);
    const body = (await res.json()) as GraphQLResponse;
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
    expect(JSON.stringify(body)).not.toMatch(/at [\w.]+ \(|node_modules/);
  });

  it.each([
    ['NUL bytes', 'On 12 March 2024 a seminar was held in Almaty.\u0000 The UNESCO Institute\u0000 organized it.'],
    ['zero-width characters', 'On 12 March 2024 a sem\u200Binar was held in Al\u200Dmaty. The UNE\u200CSCO Institute\uFEFF organized it.'],
    ['right-to-left overrides', 'On 12 March 2024 a seminar was held in \u202EytamlA\u202C. The \u05D0\u05D5\u05E0\u05E1\u05E7\u05D5 Institute and \u0627\u0644\u064A\u0648\u0646\u0633\u0643\u0648 organized it.'],
    ['mixed scripts and homoglyphs', 'On 12 March 2024 a seminar was held in Almaty. The UNЕSCO Institute (Институт ЮНЕСКО, 教科文组织) organized it with Kazakh National University named after Al-Farabi.'],
    ['HTML with script and onerror', 'On 12 March 2024 a <b>seminar</b> was held in Almaty.<script>window.__pwned=1</script> The <img src=x onerror="window.__pwned=1"> Foundation organized it.'],
    ['lone surrogates and control characters', 'On 12 March 2024 a seminar \uD800 was held in Almaty.\u0007\u001B[31m The \uDFFF Foundation organized it.'],
  ])('a report with %s loads as data and comes back exactly as sent (or is refused clearly)', async (_name, text) => {
    await ingestThenRemove({ text, title: `Broken text: ${_name}` }, (res) => {
      if (res.errors) return expectClientError(res, 'BAD_USER_INPUT');
      expect(res.data!.ingestReport.status).toBe('created');
      expect(res.data!.ingestReport.report.text).toBe(text.replace(/[\uD800-\uDFFF]/g, '\uFFFD'));
    });
  });
});
