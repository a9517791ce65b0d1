/**
 * The questions the explorer asks, in the explorer's own shapes. This is the
 * one file that knows the GraphQL schema (api/schema.graphql); panels and
 * state never see a query.
 */
import { ENTITY_TYPES, normalizeType, type EntityType, type GNode, type GraphSlice } from '../model.ts';
import type { NeighborCount } from '../grouping/hubGroups.ts';
import { GraphQLClient } from './GraphQLClient.ts';
import * as Q from './queries.ts';
import { mergeSlices, subgraphParts, type SubgraphLimits } from './subgraphParts.ts';

export interface EntityRef {
  id: string;
  type: EntityType;
  name: string;
  countryCode?: string | null;
}

export interface SearchHitView extends EntityRef {
  score: number;
  /** a short hint: kind, country, dates */
  hint: string;
}

export interface ReportRef {
  id: string;
  title: string;
  url: string | null;
  publishedAt: string | null;
}

export interface SourceView {
  report: ReportRef;
  /** the sentence of the report that states the fact */
  evidence: string | null;
}

export interface RelationshipView {
  type: string;
  /** out: the entity shown is the subject */
  direction: 'out' | 'in';
  other: EntityRef;
  roles: string[];
  sources: SourceView[];
}

export interface EntityDetails extends EntityRef {
  /** an event's countries (where it was held); null for other types */
  countryCodes: readonly string[] | null;
  aliases: string[];
  /** other properties, already readable: [label, value] */
  properties: [string, string][];
  relationships: RelationshipView[];
  /** reports that mention the entity */
  reports: ReportRef[];
  /** properties on which the reports disagree */
  conflicts: ConflictView[];
  lat: number | null;
  lon: number | null;
  startDate: string | null;
  endDate: string | null;
}

/** A property on which reports disagree, with what each one says. */
export interface ConflictView {
  /** the property's name in the graph: startDate, kind, countryCode… */
  property: string;
  /** what the graph shows now */
  shown: string | null;
  claims: Array<{ value: string; report: ReportRef }>;
}

export interface PathStep {
  source: string;
  target: string;
  type: string;
  sources: SourceView[];
}

export interface PathView {
  nodes: EntityRef[];
  steps: PathStep[];
}

export interface PartnerView {
  organization: EntityRef;
  score: number;
  /** one sentence per signal */
  reasons: string[];
  /** the same reasons grouped, strongest first: the shared topics in one line, each practice and event once */
  summary: string[];
  /** every topic that counted, strongest first (the summary names the first few) */
  topics: string[];
}

/** The file formats the API exports a graph in. */
export type ExportFileFormat = 'GRAPHML' | 'GEXF' | 'CYTOSCAPE_JSON';

/** A graph export, ready to save. */
export interface ExportFile {
  fileName: string;
  mediaType: string;
  content: string;
  nodeCount: number;
  edgeCount: number;
}

export interface StatsView {
  total: number;
  byType: Partial<Record<EntityType, number>>;
}

export interface TopicOption {
  id: string;
  name: string;
}

/** Entity types drawn on the canvas (reports are read in the details panel, not drawn). */
export const CANVAS_TYPES: readonly EntityType[] = ENTITY_TYPES.filter((t) => t !== 'Report');

export class ExplorerApi {
  constructor(readonly client: GraphQLClient = new GraphQLClient()) {}

  async search(text: string, first = 8, signal?: AbortSignal): Promise<SearchHitView[]> {
    const data = await this.client.request<Q.SearchResult>(Q.SEARCH, { text, first }, { signal });
    return data.search
      .map((hit) => {
        const ref = toRef(hit.node);
        return ref ? { ...ref, score: hit.score, hint: hintOf(hit.node) } : null;
      })
      .filter((x): x is SearchHitView => x !== null);
  }

  async neighborhood(ids: readonly string[], opts: { depth?: number; limit?: number; types?: readonly EntityType[] } = {}): Promise<GraphSlice> {
    const data = await this.client.request<Q.NeighborhoodResult>(Q.NEIGHBORHOOD, {
      ids,
      depth: opts.depth ?? 1,
      limit: opts.limit ?? 200,
      types: (opts.types ?? CANVAS_TYPES).map(Q.typeArg),
    });
    return toSlice(data.neighborhood);
  }

  /**
   * Exactly these entities and every relationship among them, however many:
   * asked in parts the server accepts (see subgraphParts), merged.
   */
  async subgraph(ids: readonly string[], limits?: SubgraphLimits): Promise<GraphSlice> {
    const slices: GraphSlice[] = [];
    for (const part of subgraphParts(ids, limits)) {
      const data = await this.client.request<Q.SubgraphResult>(Q.SUBGRAPH, { ids: part.ids, among: part.among });
      slices.push(toSlice(data.subgraph));
    }
    return mergeSlices(slices);
  }

  /** An entity's neighbours counted by type and country, none of them fetched, `exclude` (those drawn) left out: what a hub shows before "show all". */
  async neighborGroups(id: string, exclude: readonly string[] = []): Promise<{ total: number; groups: NeighborCount[] }> {
    const data = await this.client.request<Q.NeighborGroupsResult>(Q.NEIGHBOR_GROUPS, { id, exclude });
    const groups = data.neighborGroups.groups.flatMap((g) => {
      const type = normalizeType(g.type);
      return type ? [{ type, countryCode: g.countryCode, count: g.count }] : [];
    });
    return { total: data.neighborGroups.total, groups };
  }

  /** Ids of an entity's neighbours: all, or those of one type and country ('' for no country), `exclude` (those drawn) left out. */
  async neighborIds(id: string, opts: { type?: EntityType; countryCode?: string; first: number; exclude?: readonly string[] }): Promise<string[]> {
    const data = await this.client.request<Q.NeighborIdsResult>(Q.NEIGHBOR_IDS, {
      id,
      type: opts.type ?? null,
      countryCode: opts.countryCode ?? null,
      first: opts.first,
      exclude: opts.exclude ?? [],
    });
    return data.neighborIds;
  }

  async details(id: string, type: EntityType): Promise<EntityDetails | null> {
    const data = await this.client.request<Q.DetailsResult>(Q.detailsQuery(type), { id });
    return data.node ? Q.toDetails(data.node, data.conflicts ?? []) : null;
  }

  async reportText(id: string): Promise<string | null> {
    const data = await this.client.request<Q.ReportTextResult>(Q.REPORT_TEXT, { id });
    return data.node?.text ?? null;
  }

  async path(from: string, to: string, maxHops = 4): Promise<PathView | null> {
    const data = await this.client.request<Q.PathResult>(Q.PATH, { from, to, maxHops });
    return data.collaborationPath ? Q.toPath(data.collaborationPath) : null;
  }

  async partners(forId: string, first = 10): Promise<PartnerView[]> {
    const data = await this.client.request<Q.PartnersResult>(Q.PARTNERS, { for: forId, first });
    return data.partnerSuggestions
      .map((s) => {
        const organization = toRef(s.organization);
        return organization ? { organization, score: s.score, reasons: s.reasons, summary: s.why.summary, topics: s.why.topics.map((t) => t.topic.name) } : null;
      })
      .filter((x): x is PartnerView => x !== null);
  }

  /** Exactly these entities and relationships, drawn at these positions, as a file (see exportView.viewExportInput). */
  async exportView(
    input: { ids: string[]; edges: string[]; positions: Array<{ id: string; x: number; y: number }>; groups?: Array<{ id: string; group: string }> },
    format: ExportFileFormat,
  ): Promise<ExportFile> {
    const data = await this.client.request<Q.ExportSubgraphResult>(Q.EXPORT_SUBGRAPH, { ...input, format });
    return data.exportSubgraph;
  }

  /** An entity's neighbourhood (as "Expand" would fetch it, up to `limit`) as a file. */
  async exportNeighborhood(id: string, format: ExportFileFormat, opts: { depth?: number; limit?: number; types?: readonly EntityType[] } = {}): Promise<ExportFile> {
    const data = await this.client.request<Q.ExportNeighborhoodResult>(Q.EXPORT_NEIGHBORHOOD, {
      ids: [id],
      depth: opts.depth ?? 1,
      limit: opts.limit ?? 1000,
      types: (opts.types ?? CANVAS_TYPES).map(Q.typeArg),
      format,
    });
    return data.exportNeighborhood;
  }

  async stats(): Promise<StatsView> {
    const data = await this.client.request<Q.StatsResult>(Q.STATS, {});
    return Q.toStats(data.stats);
  }

  async topics(first = 100): Promise<TopicOption[]> {
    const data = await this.client.request<Q.TopicsResult>(Q.TOPICS, { first });
    return data.topics.edges.map((e) => ({ id: e.node.id, name: e.node.name }));
  }

  /**
   * The opening picture of a graph too large to draw whole, in one request:
   * the `first` most connected of the `candidates` entities one step from
   * the `seeds` most mentioned events and organizations, and the
   * relationships among them (the server chooses, so the candidates left out
   * never travel).
   */
  async overview(opts: { seeds: number; candidates: number; first: number; types?: readonly EntityType[] }): Promise<GraphSlice> {
    const data = await this.client.request<Q.OverviewSliceResult>(Q.OVERVIEW, {
      seeds: opts.seeds,
      candidates: opts.candidates,
      first: opts.first,
      types: (opts.types ?? CANVAS_TYPES).map(Q.typeArg),
    });
    return toSlice(data.overview);
  }

  /** Seeds for the opening overview: the most mentioned organizations and the events. */
  async overviewSeeds(first = 40): Promise<string[]> {
    const data = await this.client.request<Q.OverviewResult>(Q.OVERVIEW_SEEDS, { first });
    return [...data.events.edges, ...data.organizations.edges].map((e) => e.node.id);
  }
}

function toRef(n: Q.NodeFields | null | undefined): EntityRef | null {
  if (!n) return null;
  const type = normalizeType(n.__typename);
  if (!type) return null;
  return { id: n.id, type, name: n.name, countryCode: Q.countryOf(n) };
}

function hintOf(n: Q.NodeFields): string {
  const parts: string[] = [];
  const kind = 'kind' in n ? n.kind : null;
  if (kind) parts.push(kind);
  const country = Q.countryNameOf(n);
  if (country) parts.push(country);
  const start = 'startDate' in n ? n.startDate : null;
  if (start) parts.push(start);
  return parts.join(' · ');
}

function toSlice(s: Q.SliceFields): GraphSlice {
  const nodes: GNode[] = [];
  for (const n of s.nodes) {
    const type = normalizeType(n.type);
    if (!type) continue;
    nodes.push({ id: n.id, type, name: n.name, degree: n.degree, ...Q.sliceAttributes(n) });
  }
  return { nodes, edges: s.edges.map((e) => ({ id: e.id, source: e.source, target: e.target, type: e.type })), truncated: s.truncated };
}
