/**
 * Exports of what is visible: JSON (nodes and edges as the API gives them),
 * GraphML, GEXF and Cytoscape JSON (written by the API from viewExportInput)
 * and CSV (one file for nodes, one for edges). Cells that a spreadsheet would
 * read as a formula (= + - @ at the start) are prefixed with a quote: names
 * come from reports, and a report must not be able to run anything.
 */
import type { GEdge, GNode } from '../model.ts';

/** An exported entity; `group`: the group it is inside when the view is grouped (grouping/exportScope.ts). */
export type ExportedNode = GNode & { group?: string };

export interface ExportedView {
  exportedAt: string;
  /** the link that reopens this view */
  url: string | null;
  nodes: ExportedNode[];
  edges: GEdge[];
}

export function toJson(
  view: { nodes: readonly GNode[]; edges: readonly GEdge[]; groupOf?: ReadonlyMap<string, string> },
  meta: { url?: string | null; now?: Date } = {},
): string {
  const out: ExportedView = {
    exportedAt: (meta.now ?? new Date()).toISOString(),
    url: meta.url ?? null,
    nodes: [...view.nodes].sort(byId).map((n) => withGroup(n, view.groupOf)),
    edges: [...view.edges].sort(byId),
  };
  return JSON.stringify(out, null, 2) + '\n';
}

export const NODE_COLUMNS = ['id', 'type', 'name', 'degree', 'countryCode', 'lat', 'lon', 'startDate', 'endDate'] as const;
export const EDGE_COLUMNS = ['id', 'source', 'target', 'type'] as const;

/** The nodes as CSV; a grouped view's (`groupOf` given) has a last column, `group`, empty for entities drawn as themselves. */
export function nodesCsv(nodes: readonly GNode[], groupOf?: ReadonlyMap<string, string>): string {
  const rows = [...nodes].sort(byId);
  if (!groupOf) return csv(NODE_COLUMNS, rows);
  return csv<ExportedNode>([...NODE_COLUMNS, 'group'], rows.map((n) => withGroup(n, groupOf)));
}

function withGroup(n: GNode, groupOf: ReadonlyMap<string, string> | undefined): ExportedNode {
  const group = groupOf?.get(n.id);
  return group === undefined ? n : { ...n, group };
}

export function edgesCsv(edges: readonly GEdge[]): string {
  return csv(EDGE_COLUMNS, [...edges].sort(byId));
}

function csv<T extends object>(columns: readonly (keyof T & string)[], rows: readonly T[]): string {
  const lines = [columns.join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvCell(row[c])).join(','));
  return lines.join('\r\n') + '\r\n';
}

/** RFC 4180 quoting plus formula neutralising. */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n']/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The files the API writes for researchers' tools, as the Export menus list them. */
export const FILE_FORMATS = [
  { format: 'GRAPHML', label: 'GraphML', action: 'graphml' },
  { format: 'GEXF', label: 'GEXF (Gephi)', action: 'gexf' },
  { format: 'CYTOSCAPE_JSON', label: 'Cytoscape JSON', action: 'cyjs' },
] as const;

/**
 * What the API needs to write the view as a file: exactly the entities and
 * relationships drawn (the server adds every property and the evidence
 * counts), each entity where it is drawn. Sorted, so one view always asks
 * the same.
 */
export function viewExportInput(
  view: { nodes: readonly GNode[]; edges: readonly GEdge[] },
  positions: Readonly<Record<string, { x: number; y: number }>>,
): { ids: string[]; edges: string[]; positions: Array<{ id: string; x: number; y: number }> } {
  const ids = view.nodes.map((n) => n.id).sort();
  const shown = new Set(ids);
  return {
    ids,
    edges: view.edges.filter((e) => shown.has(e.source) && shown.has(e.target)).map((e) => e.id).sort(),
    positions: ids.flatMap((id) => {
      const p = positions[id];
      return p && Number.isFinite(p.x) && Number.isFinite(p.y) ? [{ id, x: round(p.x), y: round(p.y) }] : [];
    }),
  };
}

/** Two decimals are finer than a pixel and keep the request small. */
const round = (v: number): number => Math.round(v * 100) / 100;
