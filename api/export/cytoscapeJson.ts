import type { AttributeValue, ExportDocument } from './exportDocument.ts';

/**
 * Cytoscape.js JSON, the `.cyjs` that Cytoscape desktop opens (File → Import
 * → Network from File) and Cytoscape.js loads as `elements`: each node's
 * data holds `id`, `name` and every property (lists stay lists), its
 * `position` where the explorer drew it; each edge's data holds `id`,
 * `source`, `target`, `interaction` (Cytoscape's column for the type), its
 * evidence count as `weight` and every property. A property never replaces
 * one of those structural keys.
 */
export function toCytoscapeJson(doc: ExportDocument): string {
  const out = {
    format_version: '1.0',
    generated_by: 'EduGraph',
    target_cytoscapejs_version: '~3.0',
    data: { name: doc.title, exportedAt: doc.exportedAt },
    elements: {
      nodes: doc.nodes.map((n) => ({
        data: { ...n.attributes, id: n.id, name: n.label },
        ...(n.position ? { position: { x: n.position.x, y: n.position.y } } : {}),
      })),
      edges: doc.edges.map((e) => ({
        data: { ...without(e.attributes, ['id', 'source', 'target']), id: e.id, source: e.source, target: e.target, interaction: e.label, weight: e.weight },
      })),
    },
  };
  return JSON.stringify(out, null, 2) + '\n';
}

function without(attrs: Record<string, AttributeValue>, keys: readonly string[]): Record<string, AttributeValue> {
  return Object.fromEntries(Object.entries(attrs).filter(([k]) => !keys.includes(k)));
}
