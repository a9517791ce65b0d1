/**
 * The export writers alone (api/export/), no database: typed columns, names
 * the tools reserve, positions, and structural keys a property cannot take.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { toCytoscapeJson, toExportDocument, toGexf, toGraphml } from '../../api/export/index.ts';
import type { ExportElementsRecord } from '../../graph/index.ts';

const elements: ExportElementsRecord = {
  nodes: [
    { node: { id: 'org:a', type: 'Organization', name: 'A', props: { id: 'org:a', name: 'A', label: 'own label', x: 7, score: 1, mixed: 1, aliases: ['A1', 'A2'] } }, degree: 2, reportCount: 3 },
    { node: { id: 'event:e', type: 'Event', name: 'E', props: { id: 'event:e', name: 'E', score: 1.5, mixed: 'one', startDate: '2023-11-16' }, countryCodes: ['KZ'] }, degree: 1, reportCount: 1 },
  ],
  edges: [
    { id: 'org:a|ORGANIZED|event:e', source: 'org:a', target: 'event:e', type: 'ORGANIZED', props: { sourceCount: 2, confidence: 0.9, source: 'not the source' } },
    { id: 'org:a|HOSTED|event:e', source: 'org:a', target: 'event:e', type: 'HOSTED', props: { sourceCount: 1, confidence: 0.6 } },
  ],
};
const positions = new Map([['org:a', { x: 10, y: 20 }]]);
const doc = toExportDocument(elements, { title: 'Test <view>', now: new Date('2026-01-02T03:04:05Z'), positions });
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', parseTagValue: false });

describe('export writers', () => {
  it('types each property once by every value it takes: integers long, with a fraction double, anything mixed string', () => {
    const types = Object.fromEntries(doc.nodeColumns.map((c) => [c.name, c.type]));
    expect(types).toMatchObject({ type: 'string', name: 'string', degree: 'long', reportCount: 'long', score: 'double', mixed: 'string', aliases: 'string', countryCodes: 'string' });
    expect(doc.nodeColumns.slice(0, 4).map((c) => c.name)).toEqual(['type', 'name', 'degree', 'reportCount']);
    expect(doc.edgeColumns.map((c) => c.name).slice(0, 3)).toEqual(['type', 'sourceCount', 'confidence']);
  });

  it('writes GraphML whose keys are unique per domain, a property named like a reserved key kept apart, parallel edges apart', () => {
    const text = toGraphml(doc);
    expect(XMLValidator.validate(text)).toBe(true);
    const g = parser.parse(text) as { graphml: { key: Array<Record<string, string>>; graph: { node: Array<{ data: Array<Record<string, string>> }>; edge: unknown[] } } };
    const nodeKeys = g.graphml.key.filter((k) => k['@_for'] === 'node').map((k) => k['@_attr.name']);
    expect(new Set(nodeKeys).size).toBe(nodeKeys.length);
    expect(nodeKeys).toEqual(expect.arrayContaining(['label', 'property_label', 'x', 'property_x', 'y']));
    expect(g.graphml.graph.edge).toHaveLength(2);
    const keyName = new Map(g.graphml.key.map((k) => [k['@_id'], k['@_attr.name']]));
    const a = Object.fromEntries(g.graphml.graph.node[0]!.data.map((d) => [keyName.get(d['@_key']), d['#text']]));
    expect(a).toMatchObject({ label: 'A', property_label: 'own label', x: '10', y: '20', property_x: '7', aliases: '["A1","A2"]' });
    expect(text).toContain('Test &lt;view&gt;');
  });

  it('writes GEXF with positions only for the nodes that have one, and each edge’s type as its kind', () => {
    const text = toGexf(doc);
    expect(XMLValidator.validate(text)).toBe(true);
    const g = parser.parse(text) as { gexf: { graph: { nodes: { node: Array<Record<string, unknown>> }; edges: { edge: Array<Record<string, string>> } } } };
    const [a, e] = g.gexf.graph.nodes.node;
    expect(a!['viz:position']).toEqual({ '@_x': '10', '@_y': '20', '@_z': '0' });
    expect(e!['viz:position']).toBeUndefined();
    expect(g.gexf.graph.edges.edge.map((x) => [x['@_kind'], x['@_weight']])).toEqual([
      ['ORGANIZED', '2'],
      ['HOSTED', '1'],
    ]);
  });

  it('writes Cytoscape JSON where no property takes the place of id, source or target', () => {
    const cy = JSON.parse(toCytoscapeJson(doc)) as { data: { name: string }; elements: { nodes: Array<{ data: Record<string, unknown>; position?: unknown }>; edges: Array<{ data: Record<string, unknown> }> } };
    expect(cy.data.name).toBe('Test <view>');
    expect(cy.elements.nodes[0]).toMatchObject({ data: { id: 'org:a', name: 'A', aliases: ['A1', 'A2'], reportCount: 3 }, position: { x: 10, y: 20 } });
    expect(cy.elements.edges[0]!.data).toMatchObject({ id: 'org:a|ORGANIZED|event:e', source: 'org:a', target: 'event:e', interaction: 'ORGANIZED', weight: 2 });
  });
});
