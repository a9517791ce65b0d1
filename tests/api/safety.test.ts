/**
 * Safety and GraphQL over HTTP: limits refuse abusive queries before the
 * database is touched, user errors carry codes, internal errors are masked,
 * and the endpoint speaks the GraphQL-over-HTTP conventions.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { Graph, readGraphConfig } from '../../graph/index.ts';
import { startTestApi, type TestApi } from '../support/apiServer.ts';
import { connectSeededGraph } from '../support/testGraph.ts';
import { inject } from 'vitest';

let graph: Graph;
let api: TestApi;

beforeAll(async () => {
  graph = await connectSeededGraph();
  api = await startTestApi(graph);
});

afterEach(() => {
  vi.restoreAllMocks();
});

afterAll(async () => {
  await api?.close();
  await graph?.close();
});

/** A query nested `depth` fields deep, alternating organization → events → event → organizations. */
function deepQuery(depth: number): string {
  const levels = ['events', 'event', 'organizations', 'organization'];
  let body = 'name';
  for (let i = depth - 3; i >= 0; i--) body = `${levels[i % 4]} { ${body} }`;
  return `{ node(id: "org:unesco-iite") { ... on Organization { ${body} } } }`;
}

describe('limits', () => {
  it('refuses a query nested 20 levels deep with a clear error, before touching the database', async () => {
    const reads = vi.spyOn(graph, 'readStatement');
    const res = await api.gql(deepQuery(20));
    expect(res.status).toBe(400);
    expect(res.data).toBeUndefined();
    const depth = res.errors!.find((e) => /depth limit/.test(e.message));
    expect(depth).toMatchObject({
      message: expect.stringMatching(/Query depth limit of 10 exceeded, found 2\d/),
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    expect(reads).not.toHaveBeenCalled();
    reads.mockRestore();
  });

  it('refuses 500 aliases with a clear error, before touching the database', async () => {
    const reads = vi.spyOn(graph, 'readStatement');
    const aliases = Array.from({ length: 500 }, (_, i) => `a${i}: node(id: "org:unesco") { id }`).join(' ');
    const res = await api.gql(`{ ${aliases} }`);
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.message).toMatch(/Document contains more that 2000 tokens/);
    expect(res.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(reads).not.toHaveBeenCalled();
    const fewer = Array.from({ length: 100 }, (_, i) => `a${i}: health { ok }`).join(' ');
    const aliasOnly = await api.gql(`{ ${fewer} }`);
    expect(aliasOnly.errors?.[0]?.message).toMatch(/Aliases limit of 15 exceeded, found 100/);
    expect(reads).not.toHaveBeenCalled();
    reads.mockRestore();
  });

  it('accepts a legitimately deep query (8 levels) within the cost limit', async () => {
    const res = await api.gql(deepQuery(8));
    expect(res.errors).toBeUndefined();
  });

  it('caps page sizes: first beyond 100 is a BAD_USER_INPUT naming the limit', async () => {
    const res = await api.gql('{ organizations(first: 101) { totalCount } }');
    expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(res.errors?.[0]?.message).toMatch(/from 1 to 100/);
  });
});

describe('batching', () => {
  it('answers relationship fields of a whole page with one query per loader, whatever the page size (no N+1)', async () => {
    const query = (first: number) => `{
      organizations(first: ${first}) { edges { node { id events { event { id name } sources { report { id title } evidence } } people { person { name } } } } }
    }`;
    const reads = vi.spyOn(graph, 'readStatement');
    const small = await api.gql(query(2));
    const smallReads = reads.mock.calls.length;
    reads.mockClear();
    const large = await api.gql(query(20));
    expect(small.errors).toBeUndefined();
    expect(large.errors).toBeUndefined();
    // list + relationships + their claims (a page of sources each) + the sources' reports
    expect(smallReads).toBe(4);
    expect(reads.mock.calls.length).toBe(4);
    reads.mockRestore();
  });

  const withCollaborators = `query ($id: ID!) { node(id: $id) { id name ... on Organization { kind collaborators(first: 5) { weight organization { id } } } } }`;

  it('answers an organization and its collaborators with one query, the same answer as asking for each apart', async () => {
    const reads = vi.spyOn(graph, 'readStatement');
    const res = await api.gql<{ node: { id: string; name: string; collaborators: Array<{ weight: number; organization: { id: string } }> } }>(withCollaborators, { id: 'org:unesco-iite' });
    expect(res.errors).toBeUndefined();
    expect(reads.mock.calls.length).toBe(1);
    reads.mockRestore();
    const apart = await api.gql<{ node: { id: string; name: string }; collaborators: Array<{ weight: number; organization: { id: string } }> }>(
      `{ node(id: "org:unesco-iite") { id name } collaborators(id: "org:unesco-iite", first: 5) { weight organization { id } } }`,
    );
    expect(res.data!.node.collaborators.length).toBeGreaterThan(0);
    expect(res.data!.node.collaborators).toEqual(apart.data!.collaborators);
    expect(res.data!.node.name).toBe(apart.data!.node.name);
  });

  it('still answers an organization that has no collaborators, with an empty list, in one query', async () => {
    const [loner] = await graph.readRows<{ id: string }>(
      'MATCH (o:Organization) WHERE NOT (o)-[:ORGANIZED|PARTNERED|HOSTED|PARTICIPATED_IN]->() RETURN o.id AS id ORDER BY id LIMIT 1',
    );
    expect(loner).toBeDefined();
    const reads = vi.spyOn(graph, 'readStatement');
    const res = await api.gql<{ node: { id: string; collaborators: unknown[] } }>(withCollaborators, { id: loner!.id });
    expect(res.errors).toBeUndefined();
    expect(res.data!.node).toMatchObject({ id: loner!.id, collaborators: [] });
    expect(reads.mock.calls.length).toBe(1);
    const none = await api.gql<{ node: unknown }>(withCollaborators, { id: 'org:no-such-organization' });
    expect(none.errors).toBeUndefined();
    expect(none.data!.node).toBeNull();
  });
});

describe('user errors', () => {
  it.each([
    ['a bad cursor', '{ organizations(after: "bm90LWEtY3Vyc29y") { totalCount } }', 'BAD_USER_INPUT', /'after' is not a cursor of the organizations list/],
    ['a cursor of another list', '{ events(first: 1) { pageInfo { endCursor } } }', null, null],
    ['a bad id', '{ collaborators(id: "unesco") { weight } }', 'BAD_USER_INPUT', /must be the id of a organization \(org:…\)/],
    ['an unknown id', '{ collaborators(id: "org:no-such-university") { weight } }', 'NOT_FOUND', /No organization has the id "org:no-such-university"/],
    ['a bad date', '{ events(filter: { from: "2023-02-30" }) { totalCount } }', 'BAD_USER_INPUT', /"2023-02-30" is not a date: use YYYY-MM-DD/],
    ['an inverted date range', '{ events(filter: { from: "2024-01-01", to: "2023-01-01" }) { totalCount } }', 'BAD_USER_INPUT', /'from' \(2024-01-01\) is after 'to'/],
    ['a bad country', '{ organizations(filter: { country: "Kazakhstan" }) { totalCount } }', 'BAD_USER_INPUT', /ISO 3166 alpha-2 code/],
    ['a sort a list does not have', '{ people(orderBy: { field: DATE }) { totalCount } }', 'BAD_USER_INPUT', /cannot be sorted by DATE/],
    ['too many hops', '{ collaborationPath(from: "org:unesco", to: "org:unesco-iite", maxHops: 7) { length } }', 'BAD_USER_INPUT', /'maxHops' must be from 1 to 6/],
  ])('%s', async (_name, query, code, message) => {
    const res = await api.gql(query);
    if (code === null) return expect(res.errors).toBeUndefined();
    expect(res.errors?.[0]?.extensions?.code).toBe(code);
    expect(res.errors?.[0]?.message).toMatch(message!);
    expect(res.errors?.[0]?.extensions).not.toHaveProperty('stacktrace');
  });

  it('a bad date given as a variable is BAD_USER_INPUT', async () => {
    const res = await api.gql('query ($d: Date) { events(filter: { from: $d }) { totalCount } }', { d: '16.11.2023' });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toMatch(/is not a date/);
  });

  it('a cursor from one list is refused by another', async () => {
    const events = await api.gql<{ events: { pageInfo: { endCursor: string } } }>('{ events(first: 1) { pageInfo { endCursor } } }');
    const res = await api.gql('query ($after: String) { organizations(after: $after) { totalCount } }', { after: events.data!.events.pageInfo.endCursor });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('pages through a list with opaque cursors: every item once, totalCount and hasNextPage consistent', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = -1;
    for (let page = 0; page < 20; page++) {
      const res: Awaited<ReturnType<typeof api.gql<{ organizations: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: Array<{ node: { id: string } }> } }>>> =
        await api.gql('query ($after: String) { organizations(first: 4, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }', { after });
      const c = res.data!.organizations;
      total = c.totalCount;
      seen.push(...c.edges.map((e) => e.node.id));
      if (!c.pageInfo.hasNextPage) break;
      after = c.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    expect(total).toBeGreaterThan(8);
  });
});

describe('masked errors', () => {
  it('a database that is gone answers DATABASE_UNAVAILABLE, "retry later", with no stack or driver detail', async () => {
    const gone = await Graph.connect(readGraphConfig({ ...process.env, NEO4J_URI: inject('neo4jUri') }));
    await gone.close();
    const down = await startTestApi(gone);
    try {
      const res = await down.gql('{ search(text: "UNESCO") { score } }');
      expect(res.errors?.[0]).toEqual({
        message: 'The graph database is unavailable right now; retry later.',
        locations: [{ line: 1, column: 3 }],
        path: ['search'],
        extensions: { code: 'DATABASE_UNAVAILABLE' },
      });
    } finally {
      await down.close();
    }
  });
});

describe('GraphQL over HTTP', () => {
  const url = () => `${api.server.url}/graphql`;

  it('answers GET queries (with a CSRF-safe header) in application/graphql-response+json', async () => {
    const res = await fetch(`${url()}?query=${encodeURIComponent('{ node(id: "org:unesco") { name } }')}`, {
      headers: { accept: 'application/graphql-response+json', 'apollo-require-preflight': 'true' },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/graphql-response+json; charset=utf-8');
    expect(await res.json()).toEqual({ data: { node: { name: 'UNESCO' } }, extensions: { cost: { requested: expect.any(Number), limit: 5000 } } });
  });

  it('answers POST JSON in the media type the client accepts', async () => {
    const res = await api.gql('{ node(id: "org:unesco") { name } }');
    expect(res.status).toBe(200);
    expect(res.contentType).toBe('application/graphql-response+json; charset=utf-8');
  });

  const post = (accept: string | undefined, body: string) =>
    fetch(url(), { method: 'POST', headers: { 'content-type': 'application/json', ...(accept ? { accept } : {}) }, body });

  /** A document that does not parse, one that does not validate (and one over the cost limit), no operation chosen, variables that do not coerce. */
  const badDocuments = [
    { query: '{' },
    { query: '{ noSuchField }' },
    { query: '{ organizations(first: 100) { edges { node { id name events { event { id name startDate } } } } } }' },
    { query: 'query A { stats { byType { count } } } query B { stats { byType { type } } }' },
    { query: 'query ($id: ID!) { node(id: $id) { id } }', variables: { id: null } },
  ];

  it('answers a bad document with 200 and its errors to a client that takes application/json (no Accept, */*, application/json)', async () => {
    for (const body of badDocuments) {
      for (const accept of [undefined, '*/*', 'application/json', 'application/json, application/graphql-response+json']) {
        const res = await post(accept, JSON.stringify(body));
        expect({ accept, query: body.query, status: res.status }).toEqual({ accept, query: body.query, status: 200 });
        expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
        const answer = (await res.json()) as { data?: unknown; errors?: Array<{ extensions: { code: string } }> };
        expect(answer.data).toBeUndefined();
        expect(answer.errors?.[0]?.extensions.code).toMatch(/^(GRAPHQL_PARSE_FAILED|GRAPHQL_VALIDATION_FAILED|OPERATION_RESOLUTION_FAILURE|BAD_USER_INPUT)$/);
      }
    }
  });

  it('answers the same bad documents with 400 in application/graphql-response+json', async () => {
    for (const body of badDocuments) {
      for (const accept of ['application/graphql-response+json', 'application/graphql-response+json, application/json;q=0.9']) {
        const res = await post(accept, JSON.stringify(body));
        expect({ accept, query: body.query, status: res.status }).toEqual({ accept, query: body.query, status: 400 });
        expect(res.headers.get('content-type')).toBe('application/graphql-response+json; charset=utf-8');
      }
    }
  });

  it('answers a request that is not well-formed (JSON that does not parse, no query) with 400 whatever the client accepts', async () => {
    for (const accept of [undefined, 'application/json', 'application/graphql-response+json']) {
      expect((await post(accept, '{ "not JSON')).status).toBe(400);
      const noQuery = await post(accept, JSON.stringify({ variables: {} }));
      expect(noQuery.status).toBe(400);
      expect(((await noQuery.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]!.extensions.code).toBe('BAD_REQUEST');
    }
  });

  it('refuses mutations over GET', async () => {
    const res = await fetch(`${url()}?query=${encodeURIComponent('mutation { addAlias(id: "org:unesco", alias: "x") { id } }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(res.status).toBe(405);
  });

  it('blocks requests a browser could send cross-site without a preflight (CSRF prevention)', async () => {
    const simpleGet = await fetch(`${url()}?query=${encodeURIComponent('{ stats { byType { count } } }')}`);
    expect(simpleGet.status).toBe(400);
    expect(JSON.stringify(await simpleGet.json())).toMatch(/Cross-Site Request Forgery/);
    const formPost = await fetch(url(), { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{"query":"{ stats { byType { count } } }"}' });
    expect(formPost.status).toBe(400);
  });

  it('serves the bundled GraphQL IDE to a browser opening /graphql, with no CDN reference', async () => {
    const res = await fetch(url(), { headers: { accept: 'text/html,application/xhtml+xml' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await res.text();
    expect(html).toMatch(/EduGraph GraphQL/);
    expect(html).not.toMatch(/https?:\/\/(?!127\.0\.0\.1|localhost)[^"' ]*\.(js|css)/);
  });
});
