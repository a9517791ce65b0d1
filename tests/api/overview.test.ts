/**
 * `overview`: the explorer's opening picture of a large graph in one call
 * (issue 21), over GraphQL against the real Neo4j with the seed reports
 * loaded. It must be the picture the explorer made before from three
 * answers: the most mentioned events and organizations, their neighbourhood,
 * and the most connected of it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENTITY_LABELS, type Graph } from '../../graph/index.ts';
import { startTestApi, type TestApi } from '../support/apiServer.ts';
import { connectSeededGraph } from '../support/testGraph.ts';

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

interface Slice {
  truncated: boolean;
  nodes: Array<{ id: string; type: string; degree: number }>;
  edges: Array<{ id: string; source: string; target: string; type: string }>;
}

const SLICE = 'truncated nodes { id type degree } edges { id source target type }';
const TYPES = ENTITY_LABELS.join(', ');
const byId = <T extends { id: string }>(xs: readonly T[]): T[] => [...xs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/** The picture as the explorer assembled it before: the lists sorted by mentions, the neighbourhood of their ids, the most connected of it. */
async function assembled(seeds: number, candidates: number, first: number): Promise<Slice> {
  const lists = await api.gql<{ events: { edges: Array<{ node: { id: string } }> }; organizations: { edges: Array<{ node: { id: string } }> } }>(
    `query ($first: Int) {
      events(first: $first, orderBy: { field: MENTIONS, direction: DESC }) { edges { node { id } } }
      organizations(first: $first, orderBy: { field: MENTIONS, direction: DESC }) { edges { node { id } } }
    }`,
    { first: seeds },
  );
  expect(lists.errors).toBeUndefined();
  const ids = [...lists.data!.events.edges, ...lists.data!.organizations.edges].map((e) => e.node.id);
  const around = await api.gql<{ neighborhood: Slice }>(`query ($ids: [ID!]!, $limit: Int) { neighborhood(ids: $ids, depth: 1, limit: $limit, types: [${TYPES}]) { ${SLICE} } }`, {
    ids,
    limit: candidates,
  });
  expect(around.errors).toBeUndefined();
  const top = [...around.data!.neighborhood.nodes].sort((a, b) => b.degree - a.degree || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).slice(0, first);
  const keep = new Set(top.map((n) => n.id));
  return { truncated: around.data!.neighborhood.nodes.length > first, nodes: top, edges: around.data!.neighborhood.edges.filter((e) => keep.has(e.source) && keep.has(e.target)) };
}

async function overview(args: { seeds: number; candidates: number; first: number }) {
  return api.gql<{ overview: Slice }>(`query ($seeds: Int, $candidates: Int, $first: Int) { overview(seeds: $seeds, candidates: $candidates, first: $first, types: [${TYPES}]) { ${SLICE} } }`, args);
}

describe('overview', () => {
  it('is the most connected of the neighbourhood of the most mentioned events and organizations, with the relationships among them', async () => {
    const want = await assembled(25, 600, 6);
    const got = await overview({ seeds: 25, candidates: 600, first: 6 });
    expect(got.errors).toBeUndefined();
    expect(want.nodes).toHaveLength(6);
    expect(want.edges.length).toBeGreaterThan(0);
    expect(byId(got.data!.overview.nodes)).toEqual(byId(want.nodes));
    expect(byId(got.data!.overview.edges)).toEqual(byId(want.edges));
    expect(got.data!.overview.truncated).toBe(true);
  });

  it('chooses among the first candidates only, the seeds first, as the neighbourhood cut at that many', async () => {
    const want = await assembled(1, 4, 3);
    const got = await overview({ seeds: 1, candidates: 4, first: 3 });
    expect(got.errors).toBeUndefined();
    expect(byId(got.data!.overview.nodes)).toEqual(byId(want.nodes));
    expect(byId(got.data!.overview.edges)).toEqual(byId(want.edges));
  });

  it('holds the whole neighbourhood, not truncated, when it has no more than `first`', async () => {
    const want = await assembled(25, 600, 1000);
    const got = await overview({ seeds: 25, candidates: 600, first: 1000 });
    expect(byId(got.data!.overview.nodes)).toEqual(byId(want.nodes));
    expect(got.data!.overview.edges).toHaveLength(want.edges.length);
    expect(got.data!.overview.truncated).toBe(false);
  });

  it('refuses sizes out of range, naming the argument', async () => {
    const res = await overview({ seeds: 26, candidates: 600, first: 150 });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toMatch(/'seeds' must be from 1 to 25/);
    const first = await overview({ seeds: 25, candidates: 600, first: 0 });
    expect(first.errors?.[0]?.message).toMatch(/'first' must be from 1 to 1000/);
  });
});
