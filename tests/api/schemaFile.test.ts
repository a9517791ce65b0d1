/**
 * The schema as a file: GET /schema.graphql serves the SDL with
 * api/schema.graphql's descriptions, to a plain GET with no CSRF header,
 * describing exactly what introspection does — whose directives every
 * graphql-js 16.x can read.
 */
import { readFileSync } from 'node:fs';
import { buildClientSchema, buildSchema, getIntrospectionQuery, printSchema, type IntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/index.ts';
import { startTestApi, type TestApi } from '../support/apiServer.ts';
import { connectSeededGraph } from '../support/testGraph.ts';

const SOURCE = readFileSync(new URL('../../api/schema.graphql', import.meta.url), 'utf8');

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

async function introspect(): Promise<IntrospectionQuery> {
  const res = await api.gql<IntrospectionQuery>(getIntrospectionQuery({ descriptions: true, schemaDescription: true, directiveIsRepeatable: true }));
  expect(res.errors).toBeUndefined();
  return res.data!;
}

describe('GET /schema.graphql', () => {
  it('answers a plain GET, with no CSRF header, with the SDL as text', async () => {
    const res = await fetch(`${api.server.url}/schema.graphql`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await res.text()).toBe(SOURCE);
  });

  it('describes the same schema as introspection, descriptions included', async () => {
    const sdl = await (await fetch(`${api.server.url}/schema.graphql`)).text();
    const fromFile = buildSchema(sdl);
    const fromIntrospection = buildClientSchema(await introspect());
    expect(printSchema(fromIntrospection)).toBe(printSchema(fromFile));
    expect(fromIntrospection.description).toBe(fromFile.description);
    expect(fromFile.getType('Date')?.description).toMatch(/ISO 8601/);
  });

  it('is not published when introspection is off (production)', async () => {
    const production = await startTestApi(graph, { NODE_ENV: 'production' });
    try {
      const res = await fetch(`${production.server.url}/schema.graphql`);
      expect(res.status).toBe(404);
      expect(await res.text()).toMatch(/introspection is off.*EDUGRAPH_INTROSPECTION=true/s);
    } finally {
      await production.close();
    }
  });
});

describe('introspection', () => {
  it('gives @deprecated the locations every graphql-js 16.x knows, so older clients can print it', async () => {
    const { __schema } = await introspect();
    const deprecated = __schema.directives.find((d) => d.name === 'deprecated');
    expect(deprecated?.locations).toEqual(['FIELD_DEFINITION', 'ARGUMENT_DEFINITION', 'INPUT_FIELD_DEFINITION', 'ENUM_VALUE']);
    expect(deprecated?.description).toMatch(/no longer supported/);
    const locations = __schema.directives.flatMap((d) => d.locations);
    expect(locations).not.toContain('DIRECTIVE_DEFINITION');
  });
});
