/**
 * Projections: the API reads of each node only the properties its query
 * selects (an event's countries only when asked for), works that out once
 * per document, and answers exactly as if it had read every property.
 */
import { Kind, parse, type FieldNode, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { collaboratorsProjection, nodeProjection, projectionOf } from '../../api/resolvers/projection.ts';
import { collaborators, nodeMap, search, type Graph } from '../../graph/index.ts';
import { startTestApi, type TestApi } from '../support/apiServer.ts';
import { connectSeededGraph } from '../support/testGraph.ts';

/** The resolve info of the first field of a query, as far as projections read it. */
function infoOf(query: string) {
  const doc = parse(query);
  const op = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(
    doc.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
  );
  return { fieldNodes: [op.selectionSet.selections[0] as FieldNode], fragments };
}

describe('what a selection reads of a node', () => {
  const childSet = (query: string) => (infoOf(query).fieldNodes[0]!.selectionSet!.selections[0] as FieldNode).selectionSet;

  it('is the properties behind the fields it names, in inline and named fragments too', () => {
    const info = infoOf('{ search(text: "x") { node { id name ... on Event { startDate } ...F } } } fragment F on Organization { kind country { code } }');
    expect(nodeProjection((info.fieldNodes[0]!.selectionSet!.selections[0] as FieldNode).selectionSet, info.fragments)).toEqual({
      properties: ['countryCode', 'kind', 'startDate'],
      countryCodes: false,
    });
  });

  it("walks an event's places only for countryCodes, and reads nothing more for fields answered by id", () => {
    expect(nodeProjection(childSet('{ search(text: "x") { node { ... on Event { countryCodes organizations { role } reports { id } } } } }'), {})).toEqual({
      properties: [],
      countryCodes: true,
    });
  });

  it('is every property when it names a field the table does not know', () => {
    expect(nodeProjection(childSet('{ search(text: "x") { node { id somethingNew } } }'), {})).toBeNull();
  });

  it("of collaborations: the organizations' and the shared events' own selections; everything once evidence is asked for", () => {
    expect(collaboratorsProjection(infoOf('{ collaborators(id: "org:a") { organization { id acronym } sharedEvents { name endDate } } }').fieldNodes, {})).toEqual({
      organizations: { properties: ['acronym'], countryCodes: false },
      events: { properties: ['endDate'], countryCodes: false },
    });
    expect(collaboratorsProjection(infoOf('{ collaborators(id: "org:a") { organization { id } involvements { role } } }').fieldNodes, {})).toEqual({
      organizations: null,
      events: null,
    });
  });

  it('is worked out once per document: the same field node gives the same projection, whatever the variables', () => {
    const info = infoOf('query ($t: String!) { search(text: $t) { node { id name } } }');
    const first = projectionOf(info, 'node');
    expect(projectionOf({ ...info }, 'node')).toBe(first);
    expect(projectionOf(infoOf('query ($t: String!) { search(text: $t) { node { id name } } }'), 'node')).not.toBe(first);
  });
});

describe('a projected node in Cypher', () => {
  it('reads the id, the name (a report: its title), the labels and the properties asked for', () => {
    expect(nodeMap('e', { properties: ['startDate'], countryCodes: false })).toMatchInlineSnapshot(
      `"e {.id, name: coalesce(e.name, e.title), .startDate, labels: labels(e)}"`,
    );
  });

  it('never reads the report text or the index-only properties, and refuses what is not a property name', () => {
    expect(nodeMap('n', { properties: ['text', 'searchText', 'claimTally'], countryCodes: false })).toBe('n {.id, name: coalesce(n.name, n.title), labels: labels(n)}');
    expect(() => nodeMap('n', { properties: ['x}) DETACH DELETE (n'], countryCodes: false })).toThrow(RangeError);
  });
});

describe('answers read through projections', () => {
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

  /** The Cypher texts the API sends while `fn` runs. */
  async function cypherSent(fn: () => Promise<unknown>): Promise<string[]> {
    const texts: string[] = [];
    const readStatement = graph.readStatement.bind(graph);
    const spy = vi.spyOn(graph, 'readStatement').mockImplementation((cypher, params, timeoutMs) => (texts.push(cypher), readStatement(cypher, params, timeoutMs)));
    try {
      await fn();
    } finally {
      spy.mockRestore();
    }
    return texts;
  }

  it('search reads only what its selection asks for, with every variable value', async () => {
    for (const text of ['Polozhevets', 'Investment']) {
      const [cypher] = await cypherSent(() => api.gql('query ($t: String!) { search(text: $t) { node { id name } } }', { t: text }));
      expect(cypher).toContain('RETURN node {.id, name: coalesce(node.name, node.title), labels: labels(node)} AS node');
    }
  });

  it('search answers as if it had read every property', async () => {
    const res = await api.gql<{ search: Array<{ node: Record<string, unknown> }> }>(
      '{ search(text: "round table", first: 10) { node { id name ... on Entity { aliases } ... on Event { kind startDate endDate countryCodes } ... on Organization { kind acronym countryCode country { code } } } } }',
    );
    expect(res.errors).toBeUndefined();
    const full = await search(graph, { text: 'round table', first: 10 });
    expect(res.data!.search.map((h) => h.node.id)).toEqual(full.map((h) => h.node.id));
    for (const [i, hit] of full.entries()) {
      const node = res.data!.search[i]!.node;
      expect(node.name).toBe(hit.node.name);
      if (hit.node.type === 'Event') {
        expect(node.countryCodes).toEqual(hit.node.countryCodes);
        expect(node.startDate ?? null).toBe(hit.node.props.startDate ?? null);
      }
    }
    expect(full.some((h) => h.node.type === 'Event' && (h.node.countryCodes?.length ?? 0) > 0)).toBe(true);
  });

  it("an organization's collaborators answer as if every property had been read", async () => {
    const id = 'org:investment-in-the-future';
    const res = await api.gql<{ node: { collaborators: Array<{ weight: number; organization: Record<string, unknown>; sharedEvents: Array<Record<string, unknown>> }> } }>(
      'query ($id: ID!) { node(id: $id) { id name ... on Organization { kind collaborators { weight organization { id name kind countryCode } sharedEvents { id name startDate countryCodes } } } } }',
      { id },
    );
    expect(res.errors).toBeUndefined();
    const full = (await collaborators(graph, id, 20, { evidence: false }))!;
    expect(full.length).toBeGreaterThan(0);
    expect(res.data!.node.collaborators).toEqual(
      full.map((c) => ({
        weight: c.weight,
        organization: { id: c.organization.id, name: c.organization.name, kind: c.organization.props.kind ?? null, countryCode: c.organization.props.countryCode ?? null },
        sharedEvents: c.sharedEvents.map((s) => ({ id: s.event.id, name: s.event.name, startDate: s.event.props.startDate ?? null, countryCodes: s.event.countryCodes })),
      })),
    );
  });
});
