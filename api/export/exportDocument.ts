/**
 * What every export format writes, built once from the graph's answer: each
 * node with every property and how many reports mention it, each
 * relationship with every property and how many reports assert it, and a
 * typed column per property name so GraphML keys and GEXF attributes are
 * declared once with the type their values share.
 */
import type { ExportElementsRecord, Plain } from '../../graph/index.ts';

export type AttributeValue = Plain;

export interface ExportNode {
  id: string;
  /** the name a viewer labels it with */
  label: string;
  /** every property, core ones first (type, name, degree, reportCount), the rest by name */
  attributes: Record<string, AttributeValue>;
  /** where the explorer drew it, when the export is of a view */
  position?: { x: number; y: number };
}

export interface ExportEdge {
  id: string;
  source: string;
  target: string;
  /** relationship type: PARTNERED, SPOKE_AT… */
  label: string;
  /** how many reports assert it: the evidence count, as the edge weight */
  weight: number;
  attributes: Record<string, AttributeValue>;
}

/** A property's column: its name and the one type all its values have. */
export interface ExportColumn {
  name: string;
  /** lists and maps are written as JSON text (a string column) */
  type: 'boolean' | 'long' | 'double' | 'string';
}

export interface ExportDocument {
  /** what it shows: "Neighbourhood of …" or "Explorer view" */
  title: string;
  exportedAt: string;
  nodes: ExportNode[];
  edges: ExportEdge[];
  nodeColumns: ExportColumn[];
  edgeColumns: ExportColumn[];
}

const NODE_CORE = ['type', 'name', 'degree', 'reportCount'];
const EDGE_CORE = ['type', 'sourceCount', 'confidence', 'roles'];

/**
 * Builds the document; `positions` (id → x, y) place the nodes as the
 * explorer drew them, `groups` (id → name) say which group of a grouped view
 * each node was inside, as its `group` property.
 */
export function toExportDocument(
  elements: ExportElementsRecord,
  meta: { title: string; now?: Date; positions?: ReadonlyMap<string, { x: number; y: number }>; groups?: ReadonlyMap<string, string> },
): ExportDocument {
  const nodes: ExportNode[] = elements.nodes.map(({ node, degree, reportCount }) => {
    const props: Record<string, AttributeValue> = { ...node.props, type: node.type, name: node.name, degree, reportCount };
    if (node.countryCodes) props.countryCodes = node.countryCodes;
    const group = meta.groups?.get(node.id);
    if (group !== undefined) props.group = group;
    delete props.id;
    const position = meta.positions?.get(node.id);
    return { id: node.id, label: node.name, attributes: ordered(props, NODE_CORE), ...(position ? { position: { x: position.x, y: position.y } } : {}) };
  });
  const edges: ExportEdge[] = elements.edges.map((e) => {
    const props: Record<string, AttributeValue> = { ...e.props, type: e.type };
    const sourceCount = typeof e.props.sourceCount === 'number' ? e.props.sourceCount : 0;
    props.sourceCount = sourceCount;
    return { id: e.id, source: e.source, target: e.target, label: e.type, weight: sourceCount, attributes: ordered(props, EDGE_CORE) };
  });
  return {
    title: meta.title,
    exportedAt: (meta.now ?? new Date()).toISOString(),
    nodes,
    edges,
    nodeColumns: columnsOf(nodes.map((n) => n.attributes), NODE_CORE),
    edgeColumns: columnsOf(edges.map((e) => e.attributes), EDGE_CORE),
  };
}

/** Core properties first in their order, then the rest by name; nulls are left out (a missing value). */
function ordered(props: Record<string, AttributeValue>, core: readonly string[]): Record<string, AttributeValue> {
  const out: Record<string, AttributeValue> = {};
  const names = [...core.filter((k) => k in props), ...Object.keys(props).filter((k) => !core.includes(k)).sort()];
  for (const k of names) if (props[k] !== null && props[k] !== undefined) out[k] = props[k];
  return out;
}

/** One column per property name, typed by every value it takes. */
export function columnsOf(rows: ReadonlyArray<Record<string, AttributeValue>>, core: readonly string[] = []): ExportColumn[] {
  const types = new Map<string, ExportColumn['type']>();
  for (const row of rows) {
    for (const [name, value] of Object.entries(row)) {
      const t = typeOf(value);
      const seen = types.get(name);
      types.set(name, seen === undefined ? t : widen(seen, t));
    }
  }
  const names = [...core.filter((k) => types.has(k)), ...[...types.keys()].filter((k) => !core.includes(k)).sort()];
  return names.map((name) => ({ name, type: types.get(name)! }));
}

function typeOf(v: AttributeValue): ExportColumn['type'] {
  if (typeof v === 'boolean') return 'boolean';
  if (typeof v === 'number') return Number.isSafeInteger(v) ? 'long' : 'double';
  return 'string';
}

function widen(a: ExportColumn['type'], b: ExportColumn['type']): ExportColumn['type'] {
  if (a === b) return a;
  if ((a === 'long' && b === 'double') || (a === 'double' && b === 'long')) return 'double';
  return 'string';
}

/** A value as its column writes it: lists and maps as JSON text, numbers and booleans as XML Schema spells them. */
export function attributeText(v: AttributeValue, type: ExportColumn['type']): string {
  if (type === 'string') return xmlSafe(typeof v === 'string' ? v : JSON.stringify(v));
  if (typeof v === 'number' && !Number.isFinite(v)) return Number.isNaN(v) ? 'NaN' : v > 0 ? 'INF' : '-INF';
  return String(v);
}

// Characters XML 1.0 cannot hold at all, not even escaped (C0 controls but tab, CR and LF; lone surrogates; U+FFFE, U+FFFF).
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text with the characters XML cannot carry removed; escaping is the builder's. */
export function xmlSafe(s: string): string {
  return s.replace(NOT_XML, '');
}
