/**
 * Hand-off to researchers' tools (issue 21, item 8): a neighbourhood or a
 * view as GraphML, GEXF and Cytoscape.js JSON, from GraphQL and from
 * `GET /export/neighborhood`, against the real server and Neo4j with the
 * seed reports loaded. Every file parses, holds exactly the nodes and
 * relationships asked for, every property and the evidence counts, and
 * survives names full of markup.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { elementsForExportQuery, type Graph } from '../../graph/index.ts';
import type { GraphExportValue } from '../../api/export/index.ts';
import { startTestApi, type TestApi } from '../support/apiServer.ts';
import { connectSeededGraph } from '../support/testGraph.ts';

let graph: Graph;
let api: TestApi;

const FOUNDATION = 'org:investment-in-the-future';
const FOUNDATION_NAME = "'Investment in the Future' Charitable Foundation";
const ROUND_TABLE = 'event:2023-kz-round-table-impact';
const HOSTILE_ID = 'org:test-export-escaping';
const HOSTILE_NAME = `Fund <b>"A & B"</b> 'C' ]]> \u0001end`;

beforeAll(async () => {
  graph = await connectSeededGraph();
  // An organization whose name is made of markup, and a control character XML cannot hold, tied to the foundation.
  await graph.writeRows(
    `MATCH (f:Organization {id: $foundation})
     CREATE (x:Entity:Organization {id: $id, name: $name, aliases: [$name, 'second'], countryCode: 'KZ'})
     CREATE (x)-[:PART_OF {sourceCount: 1, confidence: 0.5}]->(f)`,
    { foundation: FOUNDATION, id: HOSTILE_ID, name: HOSTILE_NAME },
  );
  api = await startTestApi(graph);
});

afterAll(async () => {
  await api?.close();
  await graph?.close();
});

type GraphExport = GraphExportValue;

const FIELDS = 'format fileName mediaType content nodeCount edgeCount truncated';

async function neighborhoodSlice(ids: string[], depth = 1) {
  const res = await api.gql<{ neighborhood: { nodes: Array<{ id: string }>; edges: Array<{ id: string }> } }>(
    'query ($ids: [ID!]!, $depth: Int) { neighborhood(ids: $ids, depth: $depth) { nodes { id } edges { id } } }',
    { ids, depth },
  );
  expect(res.errors).toBeUndefined();
  return res.data!.neighborhood;
}

async function exportNeighborhood(format: string, ids: string[] = [FOUNDATION], depth = 1): Promise<GraphExport> {
  const res = await api.gql<{ exportNeighborhood: GraphExport }>(
    `query ($ids: [ID!]!, $depth: Int, $format: ExportFormat!) { exportNeighborhood(ids: $ids, depth: $depth, format: $format) { ${FIELDS} } }`,
    { ids, depth, format },
  );
  expect(res.errors).toBeUndefined();
  return res.data!.exportNeighborhood;
}

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', isArray: (name) => ['key', 'node', 'edge', 'data', 'attribute', 'attvalue', 'attributes'].includes(name), parseTagValue: false, parseAttributeValue: false });

type XmlElement = Record<string, unknown> & { '@_id'?: string };

function parseXml(text: string): Record<string, unknown> {
  const valid = XMLValidator.validate(text);
  expect(valid, JSON.stringify(valid)).toBe(true);
  return parser.parse(text) as Record<string, unknown>;
}

/** GraphML → nodes and edges with their data by attribute name. */
function readGraphml(text: string) {
  const doc = parseXml(text).graphml as { key: XmlElement[]; graph: { '@_edgedefault': string; node?: XmlElement[]; edge?: XmlElement[] } };
  const names = new Map(doc.key.map((k) => [k['@_id'] as string, { name: k['@_attr.name'] as string, type: k['@_attr.type'] as string, for: k['@_for'] as string }]));
  const dataOf = (el: XmlElement) =>
    Object.fromEntries(((el.data as Array<{ '@_key': string; '#text'?: string }>) ?? []).map((d) => [names.get(d['@_key'])!.name, d['#text'] ?? '']));
  return {
    keys: [...names.values()],
    edgedefault: doc.graph['@_edgedefault'],
    nodes: (doc.graph.node ?? []).map((n) => ({ id: n['@_id']!, data: dataOf(n) })),
    edges: (doc.graph.edge ?? []).map((e) => ({ id: e['@_id']!, source: e['@_source'] as string, target: e['@_target'] as string, data: dataOf(e) })),
  };
}

describe('exports for researchers’ tools', () => {
  it('exports the foundation’s neighbourhood as GraphML: the same nodes and relationships as neighborhood, every property, the evidence counts', async () => {
    const slice = await neighborhoodSlice([FOUNDATION]);
    const file = await exportNeighborhood('GRAPHML');
    expect(file).toMatchObject({ format: 'GRAPHML', mediaType: 'application/graphml+xml', nodeCount: slice.nodes.length, edgeCount: slice.edges.length, truncated: false });
    expect(file.fileName).toMatch(/^edugraph-org-investment-in-the-future-\d{4}-\d{2}-\d{2}\.graphml$/);
    const g = readGraphml(file.content);
    expect(g.edgedefault).toBe('directed');
    expect(g.nodes.map((n) => n.id).sort()).toEqual(slice.nodes.map((n) => n.id).sort());
    expect(g.edges.map((e) => e.id).sort()).toEqual(slice.edges.map((e) => e.id).sort());

    const foundation = g.nodes.find((n) => n.id === FOUNDATION)!;
    expect(foundation.data).toMatchObject({ label: FOUNDATION_NAME, type: 'Organization', name: FOUNDATION_NAME, reportCount: '2' });
    expect(JSON.parse(foundation.data.aliases!)).toEqual(expect.arrayContaining(['Contribution to the Future']));
    expect(Number(foundation.data.degree)).toBeGreaterThan(0);
    // both reports name the foundation a partner of the round table
    const partnered = g.edges.find((e) => e.id === `${FOUNDATION}|PARTNERED|${ROUND_TABLE}`)!;
    expect(partnered).toMatchObject({ source: FOUNDATION, target: ROUND_TABLE });
    expect(partnered.data).toMatchObject({ label: 'PARTNERED', type: 'PARTNERED', sourceCount: '2', weight: '2' });
    expect(Number(partnered.data.confidence)).toBeGreaterThan(0);
    // every key is declared once per domain with a type GraphML knows
    expect(g.keys.filter((k) => k.for === 'node').map((k) => k.name)).toEqual(expect.arrayContaining(['label', 'type', 'name', 'degree', 'reportCount', 'aliases']));
    expect(g.keys.find((k) => k.for === 'edge' && k.name === 'sourceCount')?.type).toBe('long');
    for (const k of g.keys) expect(['string', 'long', 'double', 'boolean']).toContain(k.type);
  });

  it('escapes names made of markup, and drops what XML cannot hold', async () => {
    for (const format of ['GRAPHML', 'GEXF']) {
      const file = await exportNeighborhood(format, [HOSTILE_ID]);
      expect(file.content).not.toContain('<b>');
      expect(file.content).not.toContain('\u0001');
      const parsed = parseXml(file.content);
      expect(parsed).toBeTruthy();
    }
    const g = readGraphml((await exportNeighborhood('GRAPHML', [HOSTILE_ID])).content);
    const hostile = g.nodes.find((n) => n.id === HOSTILE_ID)!;
    const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
    expect(unescape(hostile.data.name!)).toBe(HOSTILE_NAME.replace('\u0001', ''));
    // a list is JSON text, where the control character is written as an escape (\u0001) XML can hold
    expect(JSON.parse(unescape(hostile.data.aliases!))).toEqual([HOSTILE_NAME, 'second']);
  });

  it('exports GEXF 1.3 for Gephi: typed attributes, evidence count as weight, the type as edge kind', async () => {
    const slice = await neighborhoodSlice([FOUNDATION]);
    const file = await exportNeighborhood('GEXF');
    expect(file).toMatchObject({ mediaType: 'application/gexf+xml', nodeCount: slice.nodes.length, edgeCount: slice.edges.length });
    expect(file.fileName).toMatch(/\.gexf$/);
    const gexf = parseXml(file.content).gexf as Record<string, unknown> & {
      graph: { attributes: Array<{ '@_class': string; attribute: XmlElement[] }>; nodes: { node: XmlElement[] }; edges: { edge: XmlElement[] } };
    };
    expect(gexf['@_version']).toBe('1.3');
    expect(gexf['@_xmlns']).toBe('http://gexf.net/1.3');
    const nodeAttrs = gexf.graph.attributes.find((a) => a['@_class'] === 'node')!.attribute;
    const title = new Map(nodeAttrs.map((a) => [a['@_id'] as string, a['@_title'] as string]));
    expect(gexf.graph.nodes.node).toHaveLength(slice.nodes.length);
    expect(gexf.graph.edges.edge).toHaveLength(slice.edges.length);
    const foundation = gexf.graph.nodes.node.find((n) => n['@_id'] === FOUNDATION)!;
    expect(foundation['@_label']).toBe(FOUNDATION_NAME);
    const values = Object.fromEntries((foundation.attvalues as { attvalue: XmlElement[] }).attvalue.map((v) => [title.get(v['@_for'] as string), v['@_value']]));
    expect(values).toMatchObject({ type: 'Organization', reportCount: '2' });
    const partnered = gexf.graph.edges.edge.find((e) => e['@_id'] === `${FOUNDATION}|PARTNERED|${ROUND_TABLE}`)!;
    expect(partnered).toMatchObject({ '@_source': FOUNDATION, '@_target': ROUND_TABLE, '@_kind': 'PARTNERED', '@_weight': '2' });
  });

  it('exports Cytoscape.js JSON that Cytoscape desktop opens: elements with data, lists kept as lists', async () => {
    const slice = await neighborhoodSlice([FOUNDATION]);
    const file = await exportNeighborhood('CYTOSCAPE_JSON');
    expect(file.fileName).toMatch(/\.cyjs$/);
    const cy = JSON.parse(file.content) as {
      format_version: string;
      elements: { nodes: Array<{ data: Record<string, unknown> }>; edges: Array<{ data: Record<string, unknown> }> };
    };
    expect(cy.format_version).toBe('1.0');
    expect(cy.elements.nodes).toHaveLength(slice.nodes.length);
    expect(cy.elements.edges).toHaveLength(slice.edges.length);
    const foundation = cy.elements.nodes.find((n) => n.data.id === FOUNDATION)!;
    expect(foundation.data).toMatchObject({ name: FOUNDATION_NAME, type: 'Organization', reportCount: 2 });
    expect(foundation.data.aliases).toEqual(expect.arrayContaining(['Contribution to the Future']));
    const partnered = cy.elements.edges.find((e) => e.data.id === `${FOUNDATION}|PARTNERED|${ROUND_TABLE}`)!;
    expect(partnered.data).toMatchObject({ source: FOUNDATION, target: ROUND_TABLE, interaction: 'PARTNERED', sourceCount: 2, weight: 2 });
  });

  it('exports exactly a view: its nodes, only the relationships it shows, where it drew them', async () => {
    const slice = await neighborhoodSlice([FOUNDATION]);
    const ids = slice.nodes.map((n) => n.id);
    const shown = slice.edges.slice(0, 2).map((e) => e.id);
    const positions = ids.map((id, i) => ({ id, x: i * 10.5, y: -i }));
    const res = await api.gql<{ exportSubgraph: GraphExport }>(
      `query ($ids: [ID!]!, $edges: [ID!], $positions: [NodePositionInput!], $format: ExportFormat!) { exportSubgraph(ids: $ids, edges: $edges, positions: $positions, format: $format) { ${FIELDS} } }`,
      { ids: [...ids, 'org:no-such-organization'], edges: shown, positions, format: 'GRAPHML' },
    );
    expect(res.errors).toBeUndefined();
    const file = res.data!.exportSubgraph;
    expect(file).toMatchObject({ nodeCount: ids.length, edgeCount: shown.length });
    expect(file.fileName).toMatch(/^edugraph-view-/);
    const g = readGraphml(file.content);
    expect(g.nodes.map((n) => n.id)).toEqual(ids); // in the order asked
    expect(g.edges.map((e) => e.id).sort()).toEqual([...shown].sort());
    expect(g.nodes[1]!.data).toMatchObject({ x: '10.5', y: '-1' });

    const all = await api.gql<{ exportSubgraph: GraphExport }>(`query ($ids: [ID!]!) { exportSubgraph(ids: $ids, format: CYTOSCAPE_JSON) { nodeCount edgeCount content } }`, { ids });
    expect(all.data!.exportSubgraph.edgeCount).toBeGreaterThanOrEqual(slice.edges.length);
  });

  it('writes the group each node was inside in a grouped view as its `group` property, in every format; nodes drawn as themselves have none', async () => {
    const slice = await neighborhoodSlice([FOUNDATION]);
    const ids = slice.nodes.map((n) => n.id);
    const members = ids.filter((id) => id !== FOUNDATION);
    const groups = members.map((id, i) => ({ id, group: i % 2 ? 'Kazakhstan' : 'Kazakhstan › Organizations' }));
    const ask = async (format: string) => {
      const res = await api.gql<{ exportSubgraph: GraphExport }>(
        `query ($ids: [ID!]!, $groups: [NodeGroupInput!], $format: ExportFormat!) { exportSubgraph(ids: $ids, groups: $groups, format: $format) { ${FIELDS} } }`,
        { ids, groups, format },
      );
      expect(res.errors).toBeUndefined();
      return res.data!.exportSubgraph;
    };
    const g = readGraphml((await ask('GRAPHML')).content);
    expect(g.keys).toContainEqual({ name: 'group', type: 'string', for: 'node' });
    const groupOf = Object.fromEntries(g.nodes.map((n) => [n.id, n.data.group]));
    expect(groupOf).toEqual(Object.fromEntries(ids.map((id) => [id, groups.find((x) => x.id === id)?.group])));

    const gexf = parseXml((await ask('GEXF')).content).gexf as { graph: { attributes: Array<{ '@_class': string; attribute: XmlElement[] }>; nodes: { node: XmlElement[] } } };
    const groupAttr = gexf.graph.attributes.find((a) => a['@_class'] === 'node')!.attribute.find((a) => a['@_title'] === 'group')!;
    const member = gexf.graph.nodes.node.find((n) => n['@_id'] === members[0])!;
    expect((member.attvalues as { attvalue: XmlElement[] }).attvalue.find((v) => v['@_for'] === groupAttr['@_id'])?.['@_value']).toBe('Kazakhstan › Organizations');

    const cy = JSON.parse((await ask('CYTOSCAPE_JSON')).content) as { elements: { nodes: Array<{ data: Record<string, unknown> }> } };
    expect(cy.elements.nodes.find((n) => n.data.id === members[1])!.data.group).toBe('Kazakhstan');
    expect(cy.elements.nodes.find((n) => n.data.id === FOUNDATION)!.data).not.toHaveProperty('group');
  });

  it('refuses a group name longer than 500 characters, and a group for what is not an id', async () => {
    const q = `query ($groups: [NodeGroupInput!]) { exportSubgraph(ids: ["${FOUNDATION}"], groups: $groups, format: GRAPHML) { content } }`;
    const long = await api.gql(q, { groups: [{ id: FOUNDATION, group: 'x'.repeat(501) }] });
    expect(long.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(long.errors?.[0]?.message).toMatch(/at most 500 characters/);
    const notAnId = await api.gql(q, { groups: [{ id: 'nonsense', group: 'Kazakhstan' }] });
    expect(notAnId.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses bad arguments with BAD_USER_INPUT and unknown entities with NOT_FOUND', async () => {
    const bad = await api.gql(`{ exportNeighborhood(ids: ["org:x"], depth: 9, format: GEXF) { content } }`);
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const missing = await api.gql(`{ exportNeighborhood(ids: ["org:no-such-organization"], format: GEXF) { content } }`);
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const notAnId = await api.gql(`{ exportSubgraph(ids: ["x' OR 1=1 //"], format: GRAPHML) { content } }`);
    expect(notAnId.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('passes ids to Cypher as parameters, never in the query text', () => {
    const q = elementsForExportQuery({ ids: ["org:a'}) DETACH DELETE n //", 'org:b'] });
    expect(q.cypher).not.toContain('org:a');
    expect(q.cypher).toContain('$ids');
    expect(q.params.ids).toEqual(["org:a'}) DETACH DELETE n //", 'org:b']);
  });

  it('serves the same file over HTTP for scripts: GET /export/neighborhood?id=…&format=…', async () => {
    const slice = await neighborhoodSlice([FOUNDATION]);
    const res = await fetch(`${api.server.url}/export/neighborhood?id=${encodeURIComponent(FOUNDATION)}&format=graphml`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/graphml\+xml/);
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="edugraph-org-investment-in-the-future-.*\.graphml"$/);
    expect(res.headers.get('x-edugraph-nodes')).toBe(String(slice.nodes.length));
    const g = readGraphml(await res.text());
    expect(g.nodes).toHaveLength(slice.nodes.length);
    expect(g.edges).toHaveLength(slice.edges.length);

    const gexf = await fetch(`${api.server.url}/export/neighborhood?id=${encodeURIComponent(FOUNDATION)}&format=gexf&depth=2&limit=5&types=Organization,Event`);
    expect(gexf.status).toBe(200);
    expect(gexf.headers.get('x-edugraph-truncated')).toBe('true');
    expect(gexf.headers.get('x-edugraph-nodes')).toBe('5');
    const cyjs = await fetch(`${api.server.url}/export/neighborhood?id=${encodeURIComponent(FOUNDATION)}&format=cyjs`);
    expect((JSON.parse(await cyjs.text()) as { elements: { nodes: unknown[] } }).elements.nodes).toHaveLength(slice.nodes.length);

    const answers = await Promise.all(
      [
        ['?id=org:no-such-organization&format=graphml', 404, 'NOT_FOUND'],
        [`?id=${encodeURIComponent(FOUNDATION)}&format=svg`, 400, 'BAD_USER_INPUT'],
        [`?id=${encodeURIComponent(FOUNDATION)}&format=gexf&depth=two`, 400, 'BAD_USER_INPUT'],
        [`?id=${encodeURIComponent(FOUNDATION)}&format=gexf&types=Planet`, 400, 'BAD_USER_INPUT'],
        ['?format=gexf', 400, 'BAD_USER_INPUT'],
      ].map(async ([query, status, code]) => {
        const r = await fetch(`${api.server.url}/export/neighborhood${query}`);
        const body = (await r.json()) as { errors: Array<{ message: string; extensions: { code: string } }> };
        return { query, status: r.status, code: body.errors[0]!.extensions.code, message: body.errors[0]!.message, expected: { status, code } };
      }),
    );
    for (const a of answers) expect({ query: a.query, status: a.status, code: a.code }).toEqual({ query: a.query, ...a.expected });
  });
});
