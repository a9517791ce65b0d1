/**
 * The controller's ports in memory, so its tests run in Node: a small graph
 * that answers the explorer's questions the way the server does (neighbours
 * up to a limit with `truncated`, exactly-these subgraphs, shortest paths),
 * an address bar, a clipboard and a list of saved files. The canvas is the
 * real GraphView, headless.
 */
import type { EntityDetails, EntityRef, ExportFile, ExportFileFormat, PartnerView, PathView, StatsView, TopicOption } from '../../../explorer/src/api/ExplorerApi.ts';
import { ApiError } from '../../../explorer/src/api/GraphQLClient.ts';
import { ExplorerController, type ControllerPorts, type ExplorerClient, type ExplorerEvents, type UrlPort } from '../../../explorer/src/controller/index.ts';
import { GraphView } from '../../../explorer/src/graph/GraphView.ts';
import type { EntityType, GEdge, GNode, GraphSlice } from '../../../explorer/src/model.ts';

export class MemoryGraph implements ExplorerClient {
  /** every question asked, by method name, in order */
  readonly asked: string[] = [];
  private readonly failures = new Map<string, Error>();

  constructor(
    readonly nodes: readonly GNode[],
    readonly edges: readonly GEdge[],
  ) {}

  /** The next call of `method` fails with `error` (by default: the server is unreachable). */
  failNext(method: keyof ExplorerClient, error: Error = new ApiError('The server did not answer.', 'offline')): void {
    this.failures.set(method, error);
  }

  private ask(method: keyof ExplorerClient): void {
    this.asked.push(method);
    const error = this.failures.get(method);
    if (!error) return;
    this.failures.delete(method);
    throw error;
  }

  private byId: Map<string, GNode> | null = null;
  private adjacent: Map<string, string[]> | null = null;

  private node(id: string): GNode | undefined {
    this.byId ??= new Map(this.nodes.map((n) => [n.id, n]));
    return this.byId.get(id);
  }

  private neighboursOf(id: string): string[] {
    if (!this.adjacent) {
      const adjacent = new Map<string, string[]>();
      for (const e of this.edges) {
        for (const [a, b] of [[e.source, e.target], [e.target, e.source]] as const) {
          if (!adjacent.has(a)) adjacent.set(a, []);
          adjacent.get(a)!.push(b);
        }
      }
      this.adjacent = adjacent;
    }
    return this.adjacent.get(id) ?? [];
  }

  /** Distinct neighbours of an entity, as the server's neighborGroups and neighborIds see them. */
  private distinctNeighbours(id: string): GNode[] {
    return [...new Set(this.neighboursOf(id))].filter((n) => n !== id).map((n) => this.node(n)!).filter((n) => n.type !== 'Report');
  }

  /** What neighborGroups was last asked to leave out. */
  lastExcluded: readonly string[] = [];

  async neighborGroups(id: string, exclude: readonly string[] = []): Promise<{ total: number; groups: Array<{ type: EntityType; countryCode: string | null; count: number }> }> {
    this.ask('neighborGroups');
    this.lastExcluded = exclude;
    const counts = new Map<string, { type: EntityType; countryCode: string | null; count: number }>();
    const skip = new Set(exclude);
    const all = this.distinctNeighbours(id).filter((n) => !skip.has(n.id));
    for (const n of all) {
      const countryCode = n.countryCode ?? null;
      const key = `${n.type}|${countryCode ?? ''}`;
      const c = counts.get(key) ?? { type: n.type, countryCode, count: 0 };
      c.count++;
      counts.set(key, c);
    }
    return { total: all.length, groups: [...counts.values()].sort((a, b) => b.count - a.count) };
  }

  async neighborIds(id: string, opts: { type?: EntityType; countryCode?: string; first: number; exclude?: readonly string[] }): Promise<string[]> {
    this.ask('neighborIds');
    const skip = new Set(opts.exclude ?? []);
    return this.distinctNeighbours(id)
      .filter((n) => !skip.has(n.id) && (!opts.type || n.type === opts.type) && (opts.countryCode === undefined || (n.countryCode ?? '') === opts.countryCode))
      .map((n) => n.id)
      .sort()
      .slice(0, opts.first);
  }

  private sliceOf(ids: Iterable<string>, truncated: boolean): GraphSlice {
    const keep = new Set(ids);
    return { nodes: this.nodes.filter((n) => keep.has(n.id)), edges: this.edges.filter((e) => keep.has(e.source) && keep.has(e.target)), truncated };
  }

  async neighborhood(ids: readonly string[], opts: { depth?: number; limit?: number; types?: readonly EntityType[] } = {}): Promise<GraphSlice> {
    this.ask('neighborhood');
    return this.neighborhoodOf(ids, opts);
  }

  private async neighborhoodOf(ids: readonly string[], opts: { depth?: number; limit?: number; types?: readonly EntityType[] }): Promise<GraphSlice> {
    const limit = opts.limit ?? 200;
    const found = new Set(ids.filter((id) => this.node(id)));
    let frontier = [...found];
    let truncated = false;
    for (let step = 0; step < (opts.depth ?? 1); step++) {
      const next: string[] = [];
      for (const id of frontier) {
        for (const n of this.neighboursOf(id)) {
          if (found.has(n) || (opts.types && !opts.types.includes(this.node(n)!.type))) continue;
          if (found.size >= limit) truncated = true;
          else {
            found.add(n);
            next.push(n);
          }
        }
      }
      frontier = next;
    }
    return this.sliceOf(found, truncated);
  }

  async subgraph(ids: readonly string[]): Promise<GraphSlice> {
    this.ask('subgraph');
    return this.sliceOf(ids, false);
  }

  async details(id: string, type: EntityType): Promise<EntityDetails | null> {
    this.ask('details');
    const n = this.node(id);
    if (!n || n.type !== type) return null;
    return {
      id: n.id,
      type: n.type,
      name: n.name,
      countryCode: n.countryCode ?? null,
      countryCodes: n.countryCodes ?? null,
      aliases: [],
      properties: [],
      relationships: [],
      reports: [],
      conflicts: [],
      lat: n.lat ?? null,
      lon: n.lon ?? null,
      startDate: n.startDate ?? null,
      endDate: n.endDate ?? null,
    };
  }

  /** The shortest path by breadth-first search, as the server's collaborationPath shapes it. */
  async path(from: string, to: string, maxHops = 4): Promise<PathView | null> {
    this.ask('path');
    const via = new Map<string, GEdge | null>([[from, null]]);
    let frontier = [from];
    for (let hop = 0; hop < maxHops && !via.has(to); hop++) {
      const next: string[] = [];
      for (const id of frontier) {
        for (const e of this.edges) {
          const other = e.source === id ? e.target : e.target === id ? e.source : null;
          if (other === null || via.has(other)) continue;
          via.set(other, e);
          next.push(other);
        }
      }
      frontier = next;
    }
    if (!via.has(to)) return null;
    const steps: GEdge[] = [];
    const ids = [to];
    for (let id = to, e = via.get(to); e; e = via.get(id)) {
      steps.unshift(e);
      id = e.source === id ? e.target : e.source;
      ids.unshift(id);
    }
    return { nodes: ids.map((id) => this.ref(id)), steps: steps.map((e) => ({ source: e.source, target: e.target, type: e.type, sources: [] })) };
  }

  /** Every other organization, most connected first. */
  async partners(forId: string, first = 10): Promise<PartnerView[]> {
    this.ask('partners');
    return this.nodes
      .filter((n) => n.type === 'Organization' && n.id !== forId)
      .sort((a, b) => b.degree - a.degree)
      .slice(0, first)
      .map((n) => ({ organization: this.ref(n.id), score: n.degree, reasons: [], summary: [], topics: [] }));
  }

  /** What exportView was last asked to write. */
  lastExport: { ids: string[]; edges: string[]; groups?: Array<{ id: string; group: string }> } | null = null;

  async exportView(input: { ids: string[]; edges: string[]; groups?: Array<{ id: string; group: string }> }, format: ExportFileFormat): Promise<ExportFile> {
    this.ask('exportView');
    this.lastExport = input;
    return { fileName: `view.${format.toLowerCase()}`, mediaType: 'application/xml', content: input.ids.join('\n'), nodeCount: input.ids.length, edgeCount: input.edges.length };
  }

  async exportNeighborhood(id: string, format: ExportFileFormat, opts: { limit?: number } = {}): Promise<ExportFile> {
    this.ask('exportNeighborhood');
    const slice = await this.neighborhood([id], { limit: opts.limit });
    return { fileName: `${id}.${format.toLowerCase()}`, mediaType: 'application/xml', content: '', nodeCount: slice.nodes.length, edgeCount: slice.edges.length };
  }

  async stats(): Promise<StatsView> {
    this.ask('stats');
    return { total: this.nodes.length, byType: {} };
  }

  async topics(first = 100): Promise<TopicOption[]> {
    this.ask('topics');
    return this.nodes.filter((n) => n.type === 'Topic').slice(0, first).map((n) => ({ id: n.id, name: n.name }));
  }

  async overviewSeeds(first = 40): Promise<string[]> {
    this.ask('overviewSeeds');
    const ofType = (type: EntityType) => this.nodes.filter((n) => n.type === type).slice(0, first).map((n) => n.id);
    return [...ofType('Event'), ...ofType('Organization')];
  }

  /** The server's overview: the `first` most connected (ties by id) of the seeds' neighbourhood, cut at `candidates`. */
  async overview(opts: { seeds: number; candidates: number; first: number; types?: readonly EntityType[] }): Promise<GraphSlice> {
    this.ask('overview');
    const ofType = (type: EntityType) => this.nodes.filter((n) => n.type === type).slice(0, opts.seeds).map((n) => n.id);
    const around = await this.neighborhoodOf([...ofType('Event'), ...ofType('Organization')], { depth: 1, limit: opts.candidates, types: opts.types });
    const top = [...around.nodes].sort((a, b) => b.degree - a.degree || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).slice(0, opts.first);
    return this.sliceOf(top.map((n) => n.id), around.nodes.length > opts.first);
  }

  ref(id: string): EntityRef {
    const n = this.node(id);
    if (!n) throw new Error(`no ${id} in the test graph`);
    return { id: n.id, type: n.type, name: n.name, countryCode: n.countryCode ?? null };
  }
}

/** An address bar: `replace` keeps no Back step; `navigate` is the person typing a link or going Back. */
export class MemoryUrl implements UrlPort {
  /** every fragment the controller wrote */
  readonly writes: string[] = [];
  private readonly listeners: Array<() => void> = [];

  constructor(private fragment = '') {}

  read(): string {
    return this.fragment;
  }

  replace(fragment: string): void {
    this.fragment = fragment;
    this.writes.push(fragment);
  }

  href(): string {
    return `http://explorer.test/#${this.fragment}`;
  }

  onChange(listener: () => void): void {
    this.listeners.push(listener);
  }

  navigate(fragment: string): void {
    this.fragment = fragment;
    for (const l of this.listeners) l();
  }
}

/** Everything the page would have heard, in order, as [event, …arguments]. */
export type Heard = Array<[keyof ExplorerEvents, ...unknown[]]>;

export interface TestExplorer {
  controller: ExplorerController;
  graph: MemoryGraph;
  url: MemoryUrl;
  heard: Heard;
  saved: Array<{ fileName: string; content: Blob }>;
  copied: string[];
}

/** A controller over `graph` with a headless canvas; `fragment` is the URL it opens with. */
export function testExplorer(graph: MemoryGraph, opts: { fragment?: string; limits?: ConstructorParameters<typeof ExplorerController>[1] } = {}): TestExplorer {
  const url = new MemoryUrl(opts.fragment);
  const heard: Heard = [];
  const saved: TestExplorer['saved'] = [];
  const copied: string[] = [];
  const listen = <K extends keyof ExplorerEvents>(name: K) => ((...args: unknown[]) => void heard.push([name, ...args])) as unknown as ExplorerEvents[K];
  const events: ExplorerEvents = {
    changed: listen('changed'),
    details: listen('details'),
    busy: listen('busy'),
    failed: listen('failed'),
    showPanel: listen('showPanel'),
    pathTracing: listen('pathTracing'),
    pathTraced: listen('pathTraced'),
    partnersLoading: listen('partnersLoading'),
    partnersFound: listen('partnersFound'),
  };
  const ports: ControllerPorts = {
    api: graph,
    view: new GraphView(),
    url,
    clipboard: { writeText: async (text) => void copied.push(text) },
    save: (content, fileName) => void saved.push({ fileName, content }),
    events,
  };
  return { controller: new ExplorerController(ports, { urlDelay: 0, ...opts.limits }), graph, url, heard, saved, copied };
}

/** Lets the steps started without waiting (select, hide, pin, a retry) finish drawing. */
export function settled(ms = 0): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
