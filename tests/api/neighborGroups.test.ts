/**
 * A hub's neighbours counted by type and country (`neighborGroups`) and the
 * ids of one such group (`neighborIds`): what the explorer shows of an
 * entity with thousands of neighbours before "show all" (issue 21, item 2),
 * against the real Neo4j, through the graph function and over GraphQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/index.ts';
import { neighborGroups, neighborIdsQuery } from '../../graph/queries/neighborGroups.ts';
import { startTestApi, type TestApi } from '../support/apiServer.ts';
import { connectTestGraph, resetGraph } from '../support/testGraph.ts';

let graph: Graph;
let api: TestApi;

beforeAll(async () => {
  graph = await connectTestGraph();
  await resetGraph(graph);
  // a school with 5 partners in Kazakhstan, 3 in Uzbekistan, 2 without a country, 2 people, and one event
  // it organized and hosted (two relationships, one neighbour) held in a Kazakh city; a report mentions it
  await graph.writeRows(
    `CREATE (hub:Entity:Organization {id: 'org:hub-school', name: 'Hub School', countryCode: 'KZ'})
     WITH hub
     UNWIND [['kz', 'KZ', 5], ['uz', 'UZ', 3], ['none', null, 2]] AS spec
     UNWIND range(1, spec[2]) AS i
     CREATE (o:Entity:Organization {id: 'org:partner-' + spec[0] + '-' + toString(i), name: 'Partner ' + spec[0] + ' ' + toString(i), countryCode: spec[1]})
     CREATE (o)-[:PART_OF]->(hub)`,
  );
  await graph.writeRows(
    `MATCH (hub:Organization {id: 'org:hub-school'})
     CREATE (:Entity:Person {id: 'person:teacher-1', name: 'Teacher One'})-[:AFFILIATED_WITH]->(hub)
     CREATE (:Entity:Person {id: 'person:teacher-2', name: 'Teacher Two'})-[:AFFILIATED_WITH]->(hub)
     CREATE (city:Entity:City {id: 'city:almaty', name: 'Almaty', countryCode: 'KZ'})
     CREATE (ev:Entity:Event {id: 'event:hub-forum', name: 'Hub Forum'})-[:HELD_IN]->(city)
     CREATE (hub)-[:ORGANIZED]->(ev)
     CREATE (hub)-[:HOSTED]->(ev)
     CREATE (r:Report {id: 'report:hub', title: 'About the hub'})-[:MENTIONS]->(hub)`,
  );
  api = await startTestApi(graph);
});

afterAll(async () => {
  await api?.close();
  await resetGraph(graph);
  await graph?.close();
});

const GROUPS = `query ($id: ID!, $types: [EntityType!]) { neighborGroups(id: $id, types: $types) { total groups { type countryCode count } } }`;
const IDS = `query ($id: ID!, $type: EntityType, $countryCode: String, $first: Int, $exclude: [ID!]) { neighborIds(id: $id, type: $type, countryCode: $countryCode, first: $first, exclude: $exclude) }`;

describe('neighborGroups', () => {
  it('counts each neighbour once, by type and country (an event by where it was held), largest first, reports left out', async () => {
    const found = await neighborGroups(graph, { id: 'org:hub-school' });
    expect(found).toEqual({
      total: 13,
      groups: [
        { type: 'Organization', countryCode: 'KZ', count: 5 },
        { type: 'Organization', countryCode: 'UZ', count: 3 },
        { type: 'Organization', countryCode: null, count: 2 },
        { type: 'Person', countryCode: null, count: 2 },
        { type: 'Event', countryCode: 'KZ', count: 1 },
      ],
    });
  });

  it('answers over GraphQL, only for the types asked for', async () => {
    const res = await api.gql<{ neighborGroups: { total: number; groups: unknown[] } }>(GROUPS, { id: 'org:hub-school', types: ['Person', 'Event'] });
    expect(res.errors).toBeUndefined();
    expect(res.data!.neighborGroups).toEqual({
      total: 3,
      groups: [
        { type: 'Person', countryCode: null, count: 2 },
        { type: 'Event', countryCode: 'KZ', count: 1 },
      ],
    });
  });

  it('leaves out the neighbours given in `exclude` (those a view draws already), so each group counts only what opening it adds', async () => {
    const drawn = ['org:partner-kz-1', 'org:partner-kz-2', 'person:teacher-1', 'org:hub-school', 'org:not-a-neighbour'];
    const found = await neighborGroups(graph, { id: 'org:hub-school', exclude: drawn });
    expect(found).toEqual({
      total: 10,
      groups: [
        { type: 'Organization', countryCode: 'KZ', count: 3 },
        { type: 'Organization', countryCode: 'UZ', count: 3 },
        { type: 'Organization', countryCode: null, count: 2 },
        { type: 'Event', countryCode: 'KZ', count: 1 },
        { type: 'Person', countryCode: null, count: 1 },
      ],
    });
    const res = await api.gql<{ neighborGroups: { total: number } }>(`query ($id: ID!, $exclude: [ID!]) { neighborGroups(id: $id, exclude: $exclude) { total } }`, {
      id: 'org:hub-school',
      exclude: drawn,
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.neighborGroups.total).toBe(10);
  });

  it('answers a total of 0, not NOT_FOUND, when every neighbour is excluded', async () => {
    const all = await neighborIdsOver({});
    const res = await api.gql<{ neighborGroups: { total: number; groups: unknown[] } }>(`query ($id: ID!, $exclude: [ID!]) { neighborGroups(id: $id, exclude: $exclude) { total groups { count } } }`, {
      id: 'org:hub-school',
      exclude: all,
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.neighborGroups).toEqual({ total: 0, groups: [] });
  });

  it('says NOT_FOUND for an id that names no entity, and BAD_USER_INPUT for a report type', async () => {
    const missing = await api.gql(GROUPS, { id: 'org:no-such-school' });
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const report = await api.gql(GROUPS, { id: 'org:hub-school', types: ['Report'] });
    expect(report.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

async function neighborIdsOver(vars: Record<string, unknown>): Promise<string[]> {
  const res = await api.gql<{ neighborIds: string[] }>(IDS, { id: 'org:hub-school', ...vars });
  expect(res.errors).toBeUndefined();
  return res.data!.neighborIds;
}

describe('neighborIds', () => {
  it('lists one group’s neighbours in id order: a type and a country, those without a country, or all', async () => {
    const ids = async (vars: Record<string, unknown>) => {
      const res = await api.gql<{ neighborIds: string[] }>(IDS, { id: 'org:hub-school', ...vars });
      expect(res.errors).toBeUndefined();
      return res.data!.neighborIds;
    };
    expect(await ids({ type: 'Organization', countryCode: 'UZ' })).toEqual(['org:partner-uz-1', 'org:partner-uz-2', 'org:partner-uz-3']);
    expect(await ids({ type: 'Organization', countryCode: '' })).toEqual(['org:partner-none-1', 'org:partner-none-2']);
    expect(await ids({ type: 'Event', countryCode: 'kz' })).toEqual(['event:hub-forum']);
    expect(await ids({})).toHaveLength(13);
    expect(await ids({ first: 4 })).toEqual(['event:hub-forum', 'org:partner-kz-1', 'org:partner-kz-2', 'org:partner-kz-3']);
  });

  it('leaves out the excluded neighbours before the page is cut, so `first` is spent on the others', async () => {
    expect(await neighborIdsOver({ type: 'Organization', countryCode: 'KZ', exclude: ['org:partner-kz-1', 'org:partner-kz-3'] })).toEqual([
      'org:partner-kz-2',
      'org:partner-kz-4',
      'org:partner-kz-5',
    ]);
    expect(await neighborIdsOver({ first: 2, exclude: ['event:hub-forum', 'org:partner-kz-1'] })).toEqual(['org:partner-kz-2', 'org:partner-kz-3']);
  });

  it('refuses more than 20000 excluded ids, naming the argument', async () => {
    const many = Array.from({ length: 20_001 }, (_, i) => `org:drawn-${i}`);
    const res = await api.gql(IDS, { id: 'org:hub-school', exclude: many });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toMatch(/'exclude' takes at most 20000 ids/);
  });

  it('refuses a page size beyond 5000 and a malformed country', async () => {
    expect((await api.gql(IDS, { id: 'org:hub-school', first: 5001 })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await api.gql(IDS, { id: 'org:hub-school', countryCode: 'Kazakhstan' })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('sends every value as a parameter, never in the query text', () => {
    const q = neighborIdsQuery({ id: "org:x' OR 1=1", type: 'Organization', countryCode: 'KZ', first: 10, exclude: ["org:y' OR 1=1"] });
    expect(q.cypher).not.toContain('org:x');
    expect(q.cypher).not.toContain('org:y');
    expect(q.params).toMatchObject({ id: "org:x' OR 1=1", types: ['Organization'], country: 'KZ', first: 10, exclude: ["org:y' OR 1=1"] });
  });
});
