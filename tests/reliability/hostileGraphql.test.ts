/**
 * GraphQL abuse against the real server in production mode: depth, aliases,
 * directives, batched arrays, token count, introspection and field
 * suggestions. Each is refused before any resolver runs with a clear error,
 * and the graph is unchanged.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/index.ts';
import { startTestApi, type GraphQLResponse, type TestApi } from '../support/apiServer.ts';
import { dumpGraph } from '../support/graphDump.ts';
import { connectSeededGraph } from '../support/testGraph.ts';

let graph: Graph;
let production: TestApi;
let before: string[];

beforeAll(async () => {
  graph = await connectSeededGraph();
  before = await dumpGraph(graph);
  production = await startTestApi(graph, { NODE_ENV: 'production' });
});

afterAll(async () => {
  expect(await dumpGraph(graph)).toEqual(before);
  await production?.close();
  await graph?.close();
});

function refused(res: GraphQLResponse, code: string, message: RegExp): void {
  expect(res.status).toBe(400);
  expect(res.data ?? undefined).toBeUndefined();
  expect(res.errors?.[0]?.extensions?.code, JSON.stringify(res.errors)).toBe(code);
  expect(res.errors?.map((e) => e.message).join('\n')).toMatch(message);
  expect(JSON.stringify(res)).not.toMatch(/stacktrace/);
}

describe('GraphQL abuse (NODE_ENV=production)', () => {
  it('depth: a query 30 levels deep', async () => {
    let body = 'name';
    for (let i = 0; i < 7; i++) body = `events { event { organizations { organization { ${body} } } } }`;
    const res = await production.gql(`{ node(id: "org:unesco") { ... on Organization { ${body} } } }`);
    refused(res, 'GRAPHQL_VALIDATION_FAILED', /depth limit of 10 exceeded/);
  });

  it('aliases: 50 aliases of a cheap field', async () => {
    const res = await production.gql(`{ ${Array.from({ length: 50 }, (_, i) => `a${i}: stats { byType { count } }`).join(' ')} }`);
    refused(res, 'GRAPHQL_VALIDATION_FAILED', /Aliases limit of 15 exceeded/);
  });

  it('directives: 50 @include on one field', async () => {
    const res = await production.gql(`{ stats ${'@include(if: true) '.repeat(50)} { byType { count } } }`);
    refused(res, 'GRAPHQL_VALIDATION_FAILED', /Directives limit of 20 exceeded/);
  });

  it('batched arrays: several operations in one HTTP request are refused', async () => {
    const res = await fetch(`${production.server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(Array.from({ length: 100 }, () => ({ query: '{ stats { byType { count } } }' }))),
    });
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/batch/i);
  });

  it('tokens: a document of 5000 tokens is refused while parsing', async () => {
    const res = await production.gql(`{ stats { byType { ${'count '.repeat(5000)} } } }`);
    refused(res, 'GRAPHQL_PARSE_FAILED', /more that 2000 tokens/);
  });

  it('introspection is off and field suggestions say nothing about the schema', async () => {
    refused(await production.gql('{ __schema { types { name } } }'), 'GRAPHQL_VALIDATION_FAILED', /introspection/i);
    refused(await production.gql('{ __type(name: "Organization") { fields { name } } }'), 'GRAPHQL_VALIDATION_FAILED', /introspection/i);
    const typo = await production.gql('{ organisations { totalCount } }');
    refused(typo, 'GRAPHQL_VALIDATION_FAILED', /Cannot query field/);
    expect(JSON.stringify(typo.errors)).not.toMatch(/Did you mean|organizations/);
  });

  it('EDUGRAPH_INTROSPECTION=true turns introspection back on in production; development shows suggestions and stack traces', async () => {
    const open = await startTestApi(graph, { NODE_ENV: 'production', EDUGRAPH_INTROSPECTION: 'true' });
    const dev = await startTestApi(graph, { NODE_ENV: 'development' });
    try {
      const schema = await open.gql<{ __schema: { queryType: { name: string } } }>('{ __schema { queryType { name } } }');
      expect(schema.data?.__schema.queryType.name).toBe('Query');
      const typo = await dev.gql('{ organisations { totalCount } }');
      expect(typo.errors?.[0]?.message).toMatch(/Did you mean "organizations"/);
      expect(typo.errors?.[0]?.extensions).toHaveProperty('stacktrace');
      const prodTypo = await open.gql('{ organisations { totalCount } }');
      expect(prodTypo.errors?.[0]?.extensions).not.toHaveProperty('stacktrace');
    } finally {
      await open.close();
      await dev.close();
    }
  });
});
