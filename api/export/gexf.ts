import { attributeText, xmlSafe, type ExportColumn, type ExportDocument } from './exportDocument.ts';
import { xmlDocument } from './xml.ts';

/**
 * GEXF 1.3 (gexf.net), Gephi's own format (Gephi 0.9.3 and later): typed
 * `<attributes>` for nodes and edges (ids 0, 1, … in each class), each
 * node's `<attvalues>`, `viz:position` where the explorer drew it, and each
 * edge's `weight` = its evidence count and `kind` = its type, so parallel
 * edges of different types stay apart (GEXF 1.3's multigraph).
 */
export function toGexf(doc: ExportDocument): string {
  const positioned = doc.nodes.some((n) => n.position);
  const attributes = (cls: 'node' | 'edge', columns: ExportColumn[]) => ({
    '@_class': cls,
    attribute: columns.map((c, i) => ({ '@_id': String(i), '@_title': xmlSafe(c.name), '@_type': c.type })),
  });
  const attvalues = (columns: ExportColumn[], values: Record<string, unknown>) => {
    const present = columns.map((c, i) => ({ c, i })).filter(({ c }) => c.name in values);
    return present.length
      ? { attvalue: present.map(({ c, i }) => ({ '@_for': String(i), '@_value': attributeText(values[c.name] as never, c.type) })) }
      : undefined;
  };
  return xmlDocument({
    gexf: {
      '@_xmlns': 'http://gexf.net/1.3',
      '@_xmlns:viz': 'http://gexf.net/1.3/viz',
      '@_xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
      '@_xsi:schemaLocation': 'http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd',
      '@_version': '1.3',
      meta: {
        '@_lastmodifieddate': doc.exportedAt.slice(0, 10),
        creator: 'EduGraph',
        description: xmlSafe(doc.title),
      },
      graph: {
        '@_mode': 'static',
        '@_defaultedgetype': 'directed',
        attributes: [attributes('node', doc.nodeColumns), attributes('edge', doc.edgeColumns)],
        nodes: {
          node: doc.nodes.map((n) => ({
            '@_id': xmlSafe(n.id),
            '@_label': xmlSafe(n.label),
            attvalues: attvalues(doc.nodeColumns, n.attributes),
            ...(positioned && n.position ? { 'viz:position': { '@_x': String(n.position.x), '@_y': String(n.position.y), '@_z': '0' } } : {}),
          })),
        },
        edges: {
          edge: doc.edges.map((e) => ({
            '@_id': xmlSafe(e.id),
            '@_source': xmlSafe(e.source),
            '@_target': xmlSafe(e.target),
            '@_label': xmlSafe(e.label),
            '@_kind': xmlSafe(e.label),
            '@_weight': String(e.weight),
            attvalues: attvalues(doc.edgeColumns, e.attributes),
          })),
        },
      },
    },
  });
}
