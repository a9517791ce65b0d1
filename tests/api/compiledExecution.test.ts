/**
 * Queries run compiled (graphql-jit), once per document: the answers, the
 * errors and every limit are what graphql-js and Apollo gave before.
 */
import { execute, parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { compiledQueryFor, executeOperation } from '../../api/compiledExecution.ts';
import { readServerConfig } from '../../api/config.ts';
import { createContext } from '../../api/context.ts';
import { createLogger } from '../../api/logger.ts';
import { buildSchema } from '../../api/schema.ts';
import type { Graph } from '../../graph/index.ts';
import { startTestApi, type TestApi } from '../support/apiServer.ts';
import { connectSeededGraph } from '../support/testGraph.ts';

const schema = buildSchema();

describe('the compiled form of a document', () => {
  it('is compiled once and reused for every request with that document', () => {
    const document = parse('query ($id: ID!) { node(id: $id) { id name } }');
    const first = compiledQueryFor(schema, document, null);
    expect(first).not.toBeNull();
    expect(compiledQueryFor(schema, document, null)).toBe(first);
  });

  it('is compiled anew for a changed document, even one with the same text', () => {
    const text = '{ stats { byType { type count } } }';
    expect(compiledQueryFor(schema, parse(text), null)).not.toBe(compiledQueryFor(schema, parse(text), null));
  });

  it('is kept per operation of a document with several', () => {
    const document = parse('query A { stats { byType { count } } } query B { topics(first: 1) { totalCount } }');
    const a = compiledQueryFor(schema, document, 'A');
    const b = compiledQueryFor(schema, document, 'B');
    expect(a).not.toBeNull();
    expect(b).not.toBe(a);
    expect(compiledQueryFor(schema, document, 'B')).toBe(b);
  });

  it('is not made for a mutation, which runs through graphql-js', () => {
    const document = parse('mutation { addAlias(id: "org:x", alias: "X", reason: "test") { id } }');
    expect(compiledQueryFor(schema, document, null)).toBeNull();
  });
});

describe('compiled execution against the graph', () => {
  let graph: Graph;
  let api: TestApi;
  let production: TestApi;

  beforeAll(async () => {
    graph = await connectSeededGraph();
    api = await startTestApi(graph);
    production = await startTestApi(graph, { NODE_ENV: 'production' });
  });

  afterAll(async () => {
    await production?.close();
    await api?.close();
    await graph?.close();
  });

  const config = readServerConfig({ NODE_ENV: 'test' });
  const log = createLogger(false);

  it.each([
    ['an organization with its collaborators and shared events', 'query ($id: ID!) { node(id: $id) { id name ... on Organization { kind countryCode collaborators(first: 20) { weight organization { id name } sharedEvents { id name startDate } } } } }'],
    ['aliases, fragments and __typename', 'fragment N on Node { __typename id name } query ($id: ID!) { a: node(id: $id) { ...N } b: search(text: "future", first: 3) { score node { ...N } } }'],
    ['fields whose values are functions of their arguments', 'query ($id: ID!) { collaborators(id: $id, first: 3) { weight sources(first: 1) { report { title } sentences } } }'],
    ['an unknown id (null)', 'query ($id: ID!) { x: node(id: "org:no-such-body") { id } y: node(id: $id) { id } }'],
    ['a user error in one field, the rest answered', 'query ($id: ID!) { collaborators(id: "org:no-such-body") { weight } node(id: $id) { id } }'],
  ])('answers as graphql-js does: %s', async (_name, query) => {
    const document = parse(query);
    const variableValues = { id: 'org:unesco-iite' };
    const context = () => createContext(graph, config, log, 'missing');
    const compiled = await executeOperation(schema, document, null, variableValues, context());
    const interpreted = await execute({ schema, document, variableValues, contextValue: context() });
    expect(compiledQueryFor(schema, document, null)).not.toBeNull();
    expect(JSON.parse(JSON.stringify(compiled))).toEqual(JSON.parse(JSON.stringify(interpreted)));
  });

  it('validates a changed document again: a field the schema lacks is refused before any read', async () => {
    expect((await api.gql('{ stats { byType { type count } } }')).errors).toBeUndefined();
    const reads = vi.spyOn(graph, 'readStatement');
    const res = await api.gql('{ stats { byType { type count nope } } }');
    expect(reads).not.toHaveBeenCalled();
    reads.mockRestore();
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('still enforces the depth limit on a document answered before in a shallower form', async () => {
    const shallow = '{ node(id: "org:unesco-iite") { ... on Organization { basedIn { place { ... on City { name } } } } } }';
    expect((await api.gql(shallow)).errors).toBeUndefined();
    const nest = (depth: number): string => (depth === 0 ? 'name' : `partOf { parent { ${nest(depth - 1)} } }`);
    const deep = `{ node(id: "org:unesco-iite") { ... on Organization { ${nest(10)} } } }`;
    const res = await api.gql(deep);
    expect(res.status).toBe(400);
    expect(res.errors?.map((e) => e.message).join('\n')).toMatch(/depth limit/i);
  });

  it('masks an internal error of a compiled query outside development, and still reports the cost', async () => {
    const query = 'query ($id: ID!) { node(id: $id) { id name } }';
    expect((await production.gql(query, { id: 'org:unesco-iite' })).errors).toBeUndefined();
    const reads = vi.spyOn(graph, 'readStatement').mockRejectedValueOnce(new Error('Neo.ClientError: MATCH (n:Organization) WHERE n.id = $id'));
    const res = (await production.gql(query, { id: 'org:unesco-iite' })) as Awaited<ReturnType<TestApi['gql']>> & { extensions?: { cost?: { requested: number } } };
    reads.mockRestore();
    expect(res.errors).toEqual([{ message: 'Internal server error', path: ['node'], locations: [{ line: 1, column: 20 }], extensions: { code: 'INTERNAL_SERVER_ERROR' } }]);
    expect(JSON.stringify(res)).not.toMatch(/MATCH|Neo\.ClientError/);
    expect(res.extensions?.cost?.requested).toBeGreaterThan(0);
  });

  it('answers variables that do not coerce with BAD_USER_INPUT and HTTP 400, as graphql-js did', async () => {
    const query = 'query ($n: Int) { organizations(first: $n) { totalCount } }';
    expect((await api.gql(query, { n: 2 })).errors).toBeUndefined();
    const res = await api.gql(query, { n: 'two' });
    expect(res.status).toBe(400);
    expect(res.data).toBeUndefined();
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toMatch(/Variable "\$n" got invalid value "two"/);
  });
});
