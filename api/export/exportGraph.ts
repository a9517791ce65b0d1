/**
 * The exports scripts and the explorer ask for: a neighbourhood (what
 * `neighborhood` draws) or exactly a set of nodes (the explorer's view), in
 * GraphML, GEXF or Cytoscape.js JSON, with every property and the evidence
 * counts. The GraphQL fields and `GET /export/neighborhood` both come here.
 */
import {
  elementsForExport,
  MAX_EXPORT_NODES,
  MAX_NEIGHBORHOOD_DEPTH,
  MAX_NEIGHBORHOOD_LIMIT,
  neighborhood,
  type ExportElementsRecord,
  type NodeLabel,
} from '../../graph/index.ts';
import type { ApiContext } from '../context.ts';
import { badInput, notFound } from '../errors.ts';
import { anyIdArg, idsArg, intArg } from '../resolvers/args.ts';
import { toExportDocument } from './exportDocument.ts';
import { FORMAT_SPECS, type ExportFormat } from './formats.ts';

/** Most relationships an export of a view may name. */
export const MAX_EXPORT_EDGE_IDS = 50_000;

/** The GraphExport object. */
export interface GraphExportValue {
  format: ExportFormat;
  fileName: string;
  mediaType: string;
  content: string;
  nodeCount: number;
  edgeCount: number;
  truncated: boolean;
}

export interface NeighborhoodExportInput {
  ids: readonly string[];
  depth?: number | null;
  limit?: number | null;
  types?: readonly NodeLabel[] | null;
  format: ExportFormat;
}

export interface SubgraphExportInput {
  ids: readonly string[];
  /** only these relationships (`source|TYPE|target`) among the nodes; all of them when omitted */
  edges?: readonly string[] | null;
  /** where the explorer drew each node */
  positions?: ReadonlyArray<{ id: string; x: number; y: number }> | null;
  /** the group each node was inside in a grouped view: written as its `group` property */
  groups?: ReadonlyArray<{ id: string; group: string }> | null;
  format: ExportFormat;
}

/** Longest group name an export takes: a breadcrumb of a few names, never a document. */
export const MAX_GROUP_NAME = 500;

/**
 * The neighbourhood of some nodes, as `neighborhood` with the same arguments
 * returns it: two reads, the slice (which nodes and relationships), then
 * every property of exactly those — the slice query stays the one the
 * explorer draws from, unchanged.
 */
export async function exportNeighborhood(ctx: ApiContext, input: NeighborhoodExportInput): Promise<GraphExportValue> {
  const ids = idsArg(input.ids, 50, 'ids');
  const depth = intArg(input.depth, 1, 1, MAX_NEIGHBORHOOD_DEPTH, 'depth');
  const limit = intArg(input.limit, 200, 1, MAX_NEIGHBORHOOD_LIMIT, 'limit');
  const types = input.types && input.types.length > 0 ? [...new Set(input.types)] : null;
  const slice = await neighborhood(ctx.graph, { ids, depth, limit, types }, ctx.read());
  if (slice.nodes.length === 0) throw notFound(`No entity has the id${ids.length > 1 ? 's' : ''} ${ids.map((i) => JSON.stringify(i)).join(', ')}; find ids with search().`);
  const elements = await elementsForExport(ctx.graph, { ids: slice.nodes.map((n) => n.node.id) }, ctx.read());
  const inSlice = new Set(slice.edges.map((e) => e.id));
  const seeds = slice.nodes.filter((n) => ids.includes(n.node.id)).map((n) => n.node.name);
  const title = `Neighbourhood of ${seeds.join(', ')} (${depth} step${depth > 1 ? 's' : ''}${slice.truncated ? `, first ${limit} nodes` : ''})`;
  return render({ nodes: elements.nodes, edges: elements.edges.filter((e) => inSlice.has(e.id)) }, input.format, {
    title,
    name: slug(ids[0]!),
    truncated: slice.truncated,
  });
}

/** Exactly these nodes and the relationships among them (or the ones named): the explorer's current view. */
export async function exportSubgraph(ctx: ApiContext, input: SubgraphExportInput): Promise<GraphExportValue> {
  const ids = idsArg(input.ids, MAX_EXPORT_NODES, 'ids');
  const edgeIds = input.edges ?? null;
  if (edgeIds && edgeIds.length > MAX_EXPORT_EDGE_IDS) throw badInput(`'edges' takes at most ${MAX_EXPORT_EDGE_IDS} ids (got ${edgeIds.length}).`, 'edges');
  const positions = new Map<string, { x: number; y: number }>();
  for (const p of input.positions ?? []) {
    if (!Number.isFinite(p.x) || !Number.isFinite(p.y)) throw badInput(`'positions' of ${JSON.stringify(p.id)} must be finite numbers.`, 'positions');
    positions.set(anyIdArg(p.id, 'positions'), { x: p.x, y: p.y });
  }
  const groups = new Map<string, string>();
  for (const g of input.groups ?? []) {
    if (g.group.length > MAX_GROUP_NAME) throw badInput(`'groups' names a group of at most ${MAX_GROUP_NAME} characters (got ${g.group.length} for ${JSON.stringify(g.id)}).`, 'groups');
    groups.set(anyIdArg(g.id, 'groups'), g.group);
  }
  const elements = await elementsForExport(ctx.graph, { ids }, ctx.read());
  const keep = edgeIds ? new Set(edgeIds) : null;
  return render({ nodes: elements.nodes, edges: keep ? elements.edges.filter((e) => keep.has(e.id)) : elements.edges }, input.format, {
    title: `EduGraph view of ${elements.nodes.length} entities`,
    name: 'view',
    truncated: false,
    positions,
    groups,
  });
}

function render(
  elements: ExportElementsRecord,
  format: ExportFormat,
  meta: { title: string; name: string; truncated: boolean; positions?: ReadonlyMap<string, { x: number; y: number }>; groups?: ReadonlyMap<string, string> },
): GraphExportValue {
  const now = new Date();
  const spec = FORMAT_SPECS[format];
  const doc = toExportDocument(elements, { title: meta.title, now, positions: meta.positions, groups: meta.groups });
  return {
    format,
    fileName: `edugraph-${meta.name}-${now.toISOString().slice(0, 10)}.${spec.extension}`,
    mediaType: spec.mediaType,
    content: spec.write(doc),
    nodeCount: doc.nodes.length,
    edgeCount: doc.edges.length,
    truncated: meta.truncated,
  };
}

/** `org:investment-in-the-future` → `org-investment-in-the-future`, for a file name. */
function slug(id: string): string {
  return id.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'export';
}
