/**
 * The explorer's questions (explorer/src/api/ExplorerApi.ts) against the real
 * server and Neo4j: the shapes the canvas, the filters and the details panel
 * get, with the seed reports loaded — and a view past one call's cap.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExplorerApi } from '../../explorer/src/api/ExplorerApi.ts';
import { GraphQLClient } from '../../explorer/src/api/GraphQLClient.ts';
import { passesFilters } from '../../explorer/src/state/filters.ts';
import { NO_FILTERS } from '../../explorer/src/state/ViewState.ts';
import type { Graph } from '../../graph/index.ts';
import { startTestApi, type TestApi } from '../support/apiServer.ts';
import { connectSeededGraph, resetGraph } from '../support/testGraph.ts';

const ROUND_TABLE = 'event:2023-kz-round-table-impact';
const FOUNDATION = 'org:investment-in-the-future';

let graph: Graph;
let api: TestApi;
let explorer: ExplorerApi;

beforeAll(async () => {
  graph = await connectSeededGraph();
  api = await startTestApi(graph);
  explorer = new ExplorerApi(new GraphQLClient({ endpoint: `${api.server.url}/graphql` }));
});

afterAll(async () => {
  await api?.close();
  await graph?.close();
});

describe('explorer questions against the real API', () => {
  it('gives an event the country it is held in, on the canvas and in search', async () => {
    const slice = await explorer.neighborhood([ROUND_TABLE], { depth: 1, limit: 5 });
    const event = slice.nodes.find((n) => n.id === ROUND_TABLE)!;
    expect(event.countryCodes).toEqual(['KZ']);
    expect(event.countryCode).toBe('KZ');
    expect(passesFilters(event, { ...NO_FILTERS, countries: ['KZ'] }, { topicIds: null })).toBe(true);
    expect(passesFilters(event, { ...NO_FILTERS, countries: ['RU'] }, { topicIds: null })).toBe(false);

    const res = await api.gql<{ node: { countryCodes: string[] } }>(`{ node(id: "${ROUND_TABLE}") { ... on Event { countryCodes } } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data!.node.countryCodes).toEqual(['KZ']);
    const hits = await explorer.search('round table', 5);
    expect(hits.find((h) => h.id === ROUND_TABLE)?.countryCode).toBe('KZ');
  });

  it('shows in the details where the reports disagree, each value with its report', async () => {
    const d = (await explorer.details(ROUND_TABLE, 'Event'))!;
    const start = d.conflicts.find((c) => c.property === 'startDate')!;
    expect(start.claims.map((c) => c.value)).toEqual(['2023-10-01', '2023-11-16']);
    expect(start.claims.every((c) => c.report.title.length > 0)).toBe(true);
    expect(start.shown).toBe('2023-11-16');
    expect(d.countryCodes).toEqual(['KZ']);
    // the biggest details query (an organization's) stays inside the server's limits with conflicts asked alongside
    const org = (await explorer.details(FOUNDATION, 'Organization'))!;
    expect(org.name).toMatch(/Investment in the Future/);
    expect(org.conflicts).toEqual([]);
  });

  it('gives an event held in two countries both, sorted (graph derivation)', async () => {
    await graph.writeRows(
      `MATCH (e:Event {id: $event})
       MERGE (c:Entity:Country {id: 'country:UZ'}) ON CREATE SET c.name = 'Uzbekistan', c.code = 'UZ'
       MERGE (e)-[:HELD_IN]->(c)`,
      { event: ROUND_TABLE },
    );
    const slice = await explorer.subgraph([ROUND_TABLE]);
    expect(slice.nodes[0]!.countryCodes).toEqual(['KZ', 'UZ']);
    expect(passesFilters(slice.nodes[0]!, { ...NO_FILTERS, countries: ['UZ'] }, { topicIds: null })).toBe(true);
  });

  it('gives each partner suggestion its grouped reasons beside the sentences, never more lines than sentences', async () => {
    const list = await explorer.partners(FOUNDATION, 10);
    expect(list.length).toBeGreaterThan(0);
    for (const p of list) {
      expect(p.summary.length).toBeGreaterThan(0);
      expect(p.summary.length).toBeLessThanOrEqual(p.reasons.length);
      expect(p.summary.filter((l) => l.startsWith('works on ')).length).toBeLessThanOrEqual(1);
    }
  });
});

describe('reopening a view bigger than one call (subgraph in parts)', () => {
  const N = 1300;
  const id = (i: number) => `org:synthetic-${String(i).padStart(4, '0')}`;

  beforeAll(async () => {
    await resetGraph(graph);
    // a chain i → i+1 and long links i → i+650: many cross the 1000-id boundary of the first call
    await graph.writeRows(
      `UNWIND range(0, $n - 1) AS i
       CREATE (:Entity:Organization {id: 'org:synthetic-' + right('000' + toString(i), 4), name: 'Synthetic ' + toString(i)})`,
      { n: N },
    );
    await graph.writeRows(
      `UNWIND range(0, $n - 2) AS i
       MATCH (a:Organization {id: 'org:synthetic-' + right('000' + toString(i), 4)}), (b:Organization {id: 'org:synthetic-' + right('000' + toString(i + 1), 4)})
       CREATE (a)-[:PART_OF]->(b)
       WITH i, a WHERE i + 650 < $n
       MATCH (c:Organization {id: 'org:synthetic-' + right('000' + toString(i + 650), 4)})
       CREATE (a)-[:PART_OF]->(c)`,
      { n: N },
    );
  });

  it('fetches every entity and every relationship among them, across the parts', async () => {
    const ids = Array.from({ length: N }, (_, i) => id(i));
    const expectedEdges = N - 1 + (N - 650);
    const slice = await explorer.subgraph(ids);
    expect(slice.nodes).toHaveLength(N);
    expect(slice.edges).toHaveLength(expectedEdges);
    expect(slice.edges.map((e) => e.id)).toContain(`${id(999)}|PART_OF|${id(1000)}`);
    expect(slice.edges.map((e) => e.id)).toContain(`${id(600)}|PART_OF|${id(1250)}`);
    // smaller parts, and earlier ones split over several calls: the same answer
    const small = await explorer.subgraph(ids, { ids: 400, among: 500 });
    expect(new Set(small.edges.map((e) => e.id))).toEqual(new Set(slice.edges.map((e) => e.id)));
    expect(small.nodes).toHaveLength(N);
  });

  it('exports the whole view in one file, every relationship among the entities included', async () => {
    const ids = Array.from({ length: N }, (_, i) => id(i));
    const view = await explorer.subgraph(ids);
    const file = await explorer.exportView({ ids, edges: view.edges.map((e) => e.id), positions: [{ id: id(0), x: 1, y: 2 }] }, 'CYTOSCAPE_JSON');
    expect(file).toMatchObject({ nodeCount: N, edgeCount: view.edges.length });
    const data = JSON.parse(file.content) as { elements: { nodes: Array<{ data: { id: string }; position?: { x: number; y: number } }>; edges: unknown[] } };
    expect(data.elements.nodes).toHaveLength(N);
    expect(data.elements.edges).toHaveLength(view.edges.length);
    expect(data.elements.nodes.find((n) => n.data.id === id(0))?.position).toEqual({ x: 1, y: 2 });
  });

  it('refuses more ids in one call than the schema allows, with a readable message', async () => {
    const ids = Array.from({ length: 1001 }, (_, i) => id(i));
    const res = await api.gql('query ($ids: [ID!]!) { subgraph(ids: $ids) { nodes { id } } }', { ids });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toMatch(/at most 1000/);
  });
});
