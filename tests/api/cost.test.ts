/**
 * Cost you can see: every answer carries what its query cost and the limit,
 * computed with graphql-armor's formula; a query over the limit is refused,
 * before the database is touched, with by how much and which fields cost most.
 */
import { costLimitRule as armorCostRule } from '@escape.tech/graphql-armor-cost-limit';
import { readFileSync } from 'node:fs';
import { buildSchema, parse, validate } from 'graphql';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ARMOR_LIMITS } from '../../api/armor.ts';
import { documentCost } from '../../api/cost.ts';
import { EXAMPLES } from '../../explorer/src/graphiql/examples.ts';
import type { Graph } from '../../graph/index.ts';
import { startTestApi, type TestApi } from '../support/apiServer.ts';
import { connectSeededGraph } from '../support/testGraph.ts';

interface CostExtension {
  requested: number;
  limit: number;
}

const sdl = buildSchema(readFileSync(new URL('../../api/schema.graphql', import.meta.url), 'utf8'));

/** The costs armor's own rule finds for a document's operations, in document order. */
function armorCosts(query: string): number[] {
  const found: number[] = [];
  const rule = armorCostRule({
    maxCost: Number.MAX_SAFE_INTEGER,
    propagateOnRejection: false,
    onAccept: [(_ctx, { n }) => found.push(n)],
  });
  validate(sdl, parse(query), [rule]);
  return found;
}

const ourCosts = (query: string): number[] => [...documentCost(parse(query)).values()].map((c) => c.cost);

describe('the cost of a query', () => {
  it.each([
    ['a scalar', '{ stats { byType { count } } }'],
    ['a page with first', '{ organizations(first: 50) { totalCount edges { node { id name events { event { name } } } } } }'],
    ['first given as a variable', 'query ($n: Int) { organizations(first: $n) { edges { node { id } } } }'],
    ['aliases and inline fragments', '{ a: node(id: "org:x") { ... on Organization { name people { person { name } } } } b: search(text: "x", first: 5) { node { id } } }'],
    ['a fragment spread twice', 'fragment F on Organization { id name } { organizations { edges { node { ...F } } } x: node(id: "org:x") { ...F } }'],
    ['two operations sharing a fragment', 'fragment F on Event { id name } query A { events { edges { node { ...F } } } } query B { node(id: "event:x") { ...F } }'],
    ['introspection', '{ __schema { types { name fields { name } } } __type(name: "Query") { name } }'],
  ])('is what graphql-armor computes: %s', (_name, query) => {
    expect(ourCosts(query)).toEqual(armorCosts(query));
  });

  it('is what graphql-armor computes for every example of the GraphQL IDE', () => {
    for (const { query } of EXAMPLES) expect(ourCosts(query)).toEqual(armorCosts(query));
  });

  it('is computed once per document, however often it is asked for', () => {
    const document = parse('{ organizations(first: 3) { edges { node { id } } } }');
    expect(documentCost(document)).toBe(documentCost(document));
  });
});

describe('cost in every answer', () => {
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

  const costOf = (res: unknown): CostExtension | undefined => (res as { extensions?: { cost?: CostExtension } }).extensions?.cost;

  it('an answered query carries its cost and the limit in extensions.cost', async () => {
    const query = '{ organizations(first: 10) { totalCount edges { node { id name } } } }';
    const res = await api.gql(query);
    expect(res.errors).toBeUndefined();
    expect(costOf(res)).toEqual({ requested: ourCosts(query)[0], limit: ARMOR_LIMITS.maxCost });
    expect(costOf(res)!.requested).toBeGreaterThan(10);
  });

  it('the same query asked again reports the same cost', async () => {
    const query = '{ events(first: 4) { edges { node { name } } } }';
    const first = costOf(await api.gql(query));
    const again = costOf(await api.gql(query));
    expect(again).toEqual(first);
  });

  it('a document answered before is answered again from the cache with other variables, its cost computed once and still reported', async () => {
    const query = 'query ($n: Int) { events(first: $n) { edges { node { name } } } }';
    const [cost] = ourCosts(query);
    for (const n of [2, 3, 5]) {
      const res = await api.gql(query, { n });
      expect(res.errors).toBeUndefined();
      expect(costOf(res)).toEqual({ requested: cost, limit: ARMOR_LIMITS.maxCost });
    }
  });

  it('a query over the limit is refused every time it is sent: a refused document is never cached', async () => {
    const query = '{ organizations(first: 100) { edges { node { id name events { event { id name startDate } } } } } }';
    const reads = vi.spyOn(graph, 'readStatement');
    const answers = [await api.gql(query), await api.gql(query)];
    expect(reads).not.toHaveBeenCalled();
    reads.mockRestore();
    for (const res of answers) {
      expect(res.status).toBe(400);
      expect(res.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(res.errors?.[0]?.message).toContain(`Query Cost limit of ${ARMOR_LIMITS.maxCost} exceeded`);
    }
  });

  it('of several operations, the answer reports the one that ran', async () => {
    const doc = 'query Small { stats { byType { count } } } query Large { organizations(first: 20) { edges { node { id name } } } }';
    const [small, large] = ourCosts(doc);
    const res = await fetch(`${api.server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: doc, operationName: 'Small' }),
    });
    const body = (await res.json()) as { extensions?: { cost?: CostExtension } };
    expect(small).toBeLessThan(large!);
    expect(body.extensions?.cost).toEqual({ requested: small, limit: ARMOR_LIMITS.maxCost });
  });

  it('an answer with a user error still carries the cost', async () => {
    const res = await api.gql('{ collaborators(id: "org:no-such-university") { weight } }');
    expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(costOf(res)?.limit).toBe(ARMOR_LIMITS.maxCost);
  });

  it('refuses a query over the limit before touching the database, saying by how much and which fields cost most', async () => {
    const query = '{ stats { byType { count } } organizations(first: 100) { edges { node { id name events { event { id name startDate } } } } } }';
    const [cost] = ourCosts(query);
    expect(cost).toBeGreaterThan(ARMOR_LIMITS.maxCost);
    const reads = vi.spyOn(graph, 'readStatement');
    const res = await api.gql(query);
    expect(reads).not.toHaveBeenCalled();
    reads.mockRestore();
    expect(res.status).toBe(400);
    expect(res.data).toBeUndefined();
    const error = res.errors![0]!;
    expect(error.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(error.message).toContain(`Query Cost limit of ${ARMOR_LIMITS.maxCost} exceeded by ${Math.round((cost! - ARMOR_LIMITS.maxCost) * 100) / 100}`);
    expect(error.message).toMatch(/Costliest fields: organizations [\d.]+ \(most in organizations\.edges\.node[.\w]*: [\d.]+\); stats [\d.]+\./);
    expect(error.message).toMatch(/smaller pages/);
    expect(error.extensions?.cost).toMatchObject({ requested: cost, limit: ARMOR_LIMITS.maxCost, fields: [{ path: 'organizations' }, { path: 'stats' }] });
    expect(costOf(res)).toEqual({ requested: cost, limit: ARMOR_LIMITS.maxCost });
  });
});
