/**
 * The GraphQL fast path (api/graphqlFastPath.ts): a script's POST /graphql
 * is answered without Express, exactly as the Express route answers it —
 * status, headers and body — limits, errors and sign-in included; anything
 * it does not take (CORS, odd bodies) goes to Express as before.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/index.ts';
import { takesFastPath } from '../../api/graphqlFastPath.ts';
import { startTestApi, TEST_ADMIN_TOKEN, type TestApi } from '../support/apiServer.ts';
import { connectSeededGraph } from '../support/testGraph.ts';

let graph: Graph;
let api: TestApi;
let corsApi: TestApi;

beforeAll(async () => {
  graph = await connectSeededGraph();
  api = await startTestApi(graph);
  corsApi = await startTestApi(graph, { EDUGRAPH_CORS_ORIGINS: 'https://notebook.example' });
});

afterAll(async () => {
  await api?.close();
  await corsApi?.close();
  await graph?.close();
});

const MAX = 8 * 1024 * 1024;
const request = (headers: Record<string, string>, method = 'POST', url = '/graphql') => ({
  method,
  url,
  headers: { 'content-type': 'application/json', 'content-length': '40', ...headers },
});

describe('which requests take the fast path', () => {
  it("takes a script's POST /graphql with a JSON body in UTF-8, with or without a query string", () => {
    expect(takesFastPath(request({}), MAX)).toBe(true);
    expect(takesFastPath(request({ 'content-type': 'application/json; charset=utf-8' }), MAX)).toBe(true);
    expect(takesFastPath(request({ 'content-type': 'Application/JSON; Charset="UTF-8"' }), MAX)).toBe(true);
    expect(takesFastPath(request({}, 'POST', '/graphql?x=1'), MAX)).toBe(true);
  });

  it('leaves to Express what CORS, the body parser or the IDE must see', () => {
    expect(takesFastPath(request({ origin: 'https://elsewhere.example' }), MAX)).toBe(false);
    expect(takesFastPath(request({ 'content-encoding': 'gzip' }), MAX)).toBe(false);
    expect(takesFastPath(request({ 'transfer-encoding': 'chunked' }), MAX)).toBe(false);
    expect(takesFastPath(request({ 'content-length': '0' }), MAX)).toBe(false);
    expect(takesFastPath(request({ 'content-length': String(MAX + 1) }), MAX)).toBe(false);
    expect(takesFastPath(request({ 'content-type': 'application/json; charset=latin1' }), MAX)).toBe(false);
    expect(takesFastPath(request({ 'content-type': 'text/plain' }), MAX)).toBe(false);
    expect(takesFastPath(request({}, 'GET'), MAX)).toBe(false);
    expect(takesFastPath(request({}, 'POST', '/graphql/'), MAX)).toBe(false);
    expect(takesFastPath(request({}, 'POST', '/export/neighborhood'), MAX)).toBe(false);
  });
});

interface Answer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** POSTs `body` to `path`: /graphql takes the fast path, /graphql/ (the same Express route) does not. */
async function post(server: TestApi, path: string, body: string, headers: Record<string, string> = {}): Promise<Answer> {
  const res = await fetch(`${server.server.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const all: Record<string, string> = {};
  res.headers.forEach((value, name) => {
    if (name !== 'date') all[name] = value;
  });
  return { status: res.status, headers: all, body: await res.text() };
}

const bothWays = async (body: string, headers: Record<string, string> = {}) => {
  const fast = await post(api, '/graphql', body, headers);
  const express = await post(api, '/graphql/', body, headers);
  return { fast, express };
};

describe('answers', () => {
  const query = 'query ($id: ID!) { node(id: $id) { id name } }';
  const overCost = '{ organizations(first: 100) { edges { node { id name events { event { id name startDate } } } } } }';
  let deep = 'name';
  for (let i = 17; i >= 0; i--) deep = `${['events', 'event', 'organizations', 'organization'][i % 4]} { ${deep} }`;

  const cases: Array<{ name: string; body: string; headers?: Record<string, string> }> = [
    { name: 'a query with variables', body: JSON.stringify({ query, variables: { id: 'org:unesco' } }) },
    { name: 'the same query, other variables', body: JSON.stringify({ query, variables: { id: 'org:unesco-iite' } }) },
    { name: 'in application/graphql-response+json', body: JSON.stringify({ query, variables: { id: 'org:unesco' } }), headers: { accept: 'application/graphql-response+json' } },
    { name: 'a document that does not parse (legacy JSON: 200)', body: JSON.stringify({ query: '{' }) },
    { name: 'a document that does not parse (graphql-response+json: 400)', body: JSON.stringify({ query: '{' }), headers: { accept: 'application/graphql-response+json' } },
    { name: 'a query over the cost limit', body: JSON.stringify({ query: overCost }) },
    { name: 'a query over the depth limit', body: JSON.stringify({ query: `{ node(id: "org:unesco") { ... on Organization { ${deep} } } }` }) },
    { name: 'variables that do not coerce', body: JSON.stringify({ query, variables: { id: null } }) },
    { name: 'no query', body: JSON.stringify({ variables: {} }) },
    { name: 'JSON that does not parse', body: '{ "not JSON' },
    { name: 'JSON that is not an object', body: '"{ stats { byType { count } } }"' },
    { name: 'a body with a byte order mark', body: `\uFEFF${JSON.stringify({ query: '{ node(id: "org:unesco") { name } }' })}` },
    { name: 'a batch (refused)', body: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]) },
    { name: 'a mutation without a token', body: JSON.stringify({ query: 'mutation { addAlias(id: "org:unesco", alias: "x") { id } }' }) },
    { name: 'a bad token', body: JSON.stringify({ query }), headers: { authorization: 'Bearer not-a-token-of-anybody' } },
    { name: 'the admin token', body: JSON.stringify({ query: '{ viewer { name role } }' }), headers: { authorization: `Bearer ${TEST_ADMIN_TOKEN}` } },
  ];

  it.each(cases)('$name: the same status, headers and body as the Express route', async ({ body, headers }) => {
    const { fast, express } = await bothWays(body, headers);
    expect(fast).toEqual(express);
    expect(fast.headers['content-security-policy']).toMatch(/default-src 'self'/);
  });

  it('gives different variables different answers, and keeps refusing what is over a limit however often it is sent', async () => {
    const answers = new Set<string>();
    for (const id of ['org:unesco', 'org:unesco-iite', 'org:unesco']) {
      const { body } = await post(api, '/graphql', JSON.stringify({ query, variables: { id } }));
      expect(JSON.parse(body)).toMatchObject({ data: { node: { id } } });
      answers.add(body);
    }
    expect(answers.size).toBe(2);
    for (let i = 0; i < 3; i++) {
      const { status, body } = await post(api, '/graphql', JSON.stringify({ query: overCost }), { accept: 'application/graphql-response+json' });
      expect(status).toBe(400);
      expect(body).toMatch(/Query Cost limit of 5000 exceeded/);
    }
  });

  it('leaves a request with an Origin to CORS: an allowed origin is named, another is not', async () => {
    const body = JSON.stringify({ query: '{ __typename }' });
    const allowed = await post(corsApi, '/graphql', body, { origin: 'https://notebook.example' });
    expect(allowed.status).toBe(200);
    expect(allowed.headers['access-control-allow-origin']).toBe('https://notebook.example');
    const other = await post(corsApi, '/graphql', body, { origin: 'https://elsewhere.example' });
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });
});
