import { attributeText, xmlSafe, type ExportColumn, type ExportDocument } from './exportDocument.ts';
import { xmlDocument } from './xml.ts';

const GRAPHML_TYPE: Record<ExportColumn['type'], string> = { boolean: 'boolean', long: 'long', double: 'double', string: 'string' };

/**
 * GraphML (graphml.graphdrawing.org), as Gephi, yEd, NetworkX and igraph
 * read it: one `<key>` per property (ids n0…, e0…; the property in
 * `attr.name`, typed), `label` on nodes (the name) and edges (the type), `x`
 * and `y` where the explorer drew the node, `weight` = the edge's evidence
 * count. Parallel edges (an organization that organized and hosted one
 * event) are separate `<edge>`s with their own ids.
 */
export function toGraphml(doc: ExportDocument): string {
  // label, x, y and weight are the names the tools look for; a property of the same name would make two keys of one name, so it is written under `property_<name>`.
  const reserved = new Set(['label', 'x', 'y', 'weight']);
  const own = (columns: ExportColumn[]) => columns.map((c) => ({ ...c, key: reserved.has(c.name) ? `property_${c.name}` : c.name }));
  const nodeColumns = own(doc.nodeColumns);
  const edgeColumns = own(doc.edgeColumns);
  const positioned = doc.nodes.some((n) => n.position);
  const nodeKeys = [{ name: 'label', type: 'string' as const }, ...nodeColumns.map((c) => ({ name: c.key, type: c.type })), ...(positioned ? [{ name: 'x', type: 'double' as const }, { name: 'y', type: 'double' as const }] : [])];
  const edgeKeys = [{ name: 'label', type: 'string' as const }, { name: 'weight', type: 'double' as const }, ...edgeColumns.map((c) => ({ name: c.key, type: c.type }))];
  const nodeKeyId = new Map(nodeKeys.map((c, i) => [c.name, `n${i}`]));
  const edgeKeyId = new Map(edgeKeys.map((c, i) => [c.name, `e${i}`]));
  const key = (c: { name: string; type: ExportColumn['type'] }, id: string, domain: 'node' | 'edge') => ({
    '@_id': id,
    '@_for': domain,
    '@_attr.name': xmlSafe(c.name),
    '@_attr.type': GRAPHML_TYPE[c.type],
  });
  const data = (keyId: string, text: string) => ({ '@_key': keyId, '#text': text });
  return xmlDocument({
    graphml: {
      '@_xmlns': 'http://graphml.graphdrawing.org/xmlns',
      '@_xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
      '@_xsi:schemaLocation': 'http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd',
      key: [
        { '@_id': 'g0', '@_for': 'graph', '@_attr.name': 'title', '@_attr.type': 'string' },
        { '@_id': 'g1', '@_for': 'graph', '@_attr.name': 'exportedAt', '@_attr.type': 'string' },
        ...nodeKeys.map((c) => key(c, nodeKeyId.get(c.name)!, 'node')),
        ...edgeKeys.map((c) => key(c, edgeKeyId.get(c.name)!, 'edge')),
      ],
      graph: {
        '@_id': 'G',
        '@_edgedefault': 'directed',
        data: [data('g0', xmlSafe(doc.title)), data('g1', doc.exportedAt)],
        node: doc.nodes.map((n) => ({
          '@_id': xmlSafe(n.id),
          data: [
            data(nodeKeyId.get('label')!, xmlSafe(n.label)),
            ...nodeColumns.filter((c) => c.name in n.attributes).map((c) => data(nodeKeyId.get(c.key)!, attributeText(n.attributes[c.name]!, c.type))),
            ...(n.position ? [data(nodeKeyId.get('x')!, String(n.position.x)), data(nodeKeyId.get('y')!, String(n.position.y))] : []),
          ],
        })),
        edge: doc.edges.map((e) => ({
          '@_id': xmlSafe(e.id),
          '@_source': xmlSafe(e.source),
          '@_target': xmlSafe(e.target),
          data: [
            data(edgeKeyId.get('label')!, xmlSafe(e.label)),
            data(edgeKeyId.get('weight')!, String(e.weight)),
            ...edgeColumns.filter((c) => c.name in e.attributes).map((c) => data(edgeKeyId.get(c.key)!, attributeText(e.attributes[c.name]!, c.type))),
          ],
        })),
      },
    },
  });
}
