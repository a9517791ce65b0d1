/**
 * splitEntity over real HTTP: a curator undoes a merge and the log names
 * them and their reason; a reader is refused and nothing changes; a split
 * that cannot be made says why.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/index.ts';
import { startTestApi, TEST_ADMIN_TOKEN, type TestApi } from '../support/apiServer.ts';
import { connectSeededGraph } from '../support/testGraph.ts';

const SPLIT = `mutation ($id: ID!, $mergedId: ID!, $reason: String) {
  splitEntity(id: $id, mergedId: $mergedId, reason: $reason) { id name }
}`;
const MERGED_IDS = 'query ($id: ID!) { node(id: $id) { id ... on Organization { mergedIds } } }';
const LOG = `query ($entity: ID) {
  curationLog(first: 10, entity: $entity) { edges { node { curator action reason before after } } }
}`;

let graph: Graph;
let api: TestApi;
let curator: string;
let reader: string;
let kept: string;
let merged: string;
let other: string;

async function ok<T>(query: string, variables: Record<string, unknown>, token: string): Promise<T> {
  const res = await api.gql<T>(query, variables, { token });
  expect(res.errors, query).toBeUndefined();
  return res.data!;
}

async function mergedIdsOf(id: string): Promise<string[]> {
  return (await ok<{ node: { mergedIds: string[] } }>(MERGED_IDS, { id }, curator)).node.mergedIds;
}

beforeAll(async () => {
  graph = await connectSeededGraph();
  api = await startTestApi(graph);
  [kept, merged, other] = (await graph.readRows<{ id: string }>('MATCH (o:Organization) RETURN o.id AS id ORDER BY id LIMIT 3')).map((r) => r.id) as [string, string, string];
  const create = 'mutation ($name: String!, $role: Role!) { createAccount(name: $name, role: $role) { token } }';
  curator = (await ok<{ createAccount: { token: string } }>(create, { name: 'cur', role: 'CURATOR' }, TEST_ADMIN_TOKEN)).createAccount.token;
  reader = (await ok<{ createAccount: { token: string } }>(create, { name: 'reed', role: 'READER' }, TEST_ADMIN_TOKEN)).createAccount.token;
  await ok('mutation ($keep: ID!, $merge: ID!) { mergeEntities(keep: $keep, merge: $merge, reason: "looked alike") { id } }', { keep: kept, merge: merged }, curator);
});

afterAll(async () => {
  await api?.close();
  await graph?.close();
});

describe('splitEntity', () => {
  it('refuses a reader with FORBIDDEN and changes nothing', async () => {
    const res = await api.gql(SPLIT, { id: kept, mergedId: merged }, { token: reader });
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await mergedIdsOf(kept)).toEqual([merged]);
    expect((await api.gql(SPLIT, { id: kept, mergedId: merged })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('names the problem when there is nothing to split', async () => {
    const same = await api.gql(SPLIT, { id: kept, mergedId: kept }, { token: curator });
    expect(same.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringMatching(/'id' and 'mergedId' are the same id/) });
    const unknown = await api.gql(SPLIT, { id: 'org:no-such-body', mergedId: merged }, { token: curator });
    expect(unknown.errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND' }, message: "No entity with id 'org:no-such-body'." });
    const never = await api.gql(SPLIT, { id: kept, mergedId: other }, { token: curator });
    expect(never.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
      message: `${other} is an entity of its own, never merged into ${kept}: there is nothing to split.`,
    });
    expect(await mergedIdsOf(kept)).toEqual([merged]);
  });

  it('lets a curator split the merged entity back out, and the log lists the split with the curator and the reason', async () => {
    const data = await ok<{ splitEntity: { id: string; name: string } }>(SPLIT, { id: kept, mergedId: merged, reason: 'two bodies after all' }, curator);
    expect(data.splitEntity.id).toBe(merged);
    expect(await mergedIdsOf(kept)).toEqual([]);
    expect(await mergedIdsOf(merged)).toEqual([]);

    const log = await ok<{ curationLog: { edges: Array<{ node: Record<string, unknown> }> } }>(LOG, { entity: merged }, curator);
    expect(log.curationLog.edges.map((e) => e.node)).toEqual([
      { curator: 'cur', action: 'SPLIT_ENTITY', reason: 'two bodies after all', before: [kept], after: [kept, merged] },
      { curator: 'cur', action: 'MERGE_ENTITIES', reason: 'looked alike', before: [kept, merged], after: [kept] },
    ]);
  });
});
