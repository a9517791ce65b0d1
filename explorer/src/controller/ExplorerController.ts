/**
 * The explorer without the page: every step a person takes (open, expand,
 * hide, pin, filter, lay out, trace, undo…) as a method over the view state,
 * the store, the canvas and the API. Each step goes through `commit`, which
 * records it for undo, draws it (entities that arrive on free spots beside
 * what is drawn, which stays put; the full layout only when asked for or
 * nothing was placed yet), and writes the URL. The page (ui/App.ts) turns clicks and keys into these calls
 * and shows what `ExplorerEvents` report; the canvas runs headless in Node.
 */
import { CANVAS_TYPES, type EntityRef, type TopicOption } from '../api/ExplorerApi.ts';
import type { GraphView } from '../graph/GraphView.ts';
import { aggregate, groupingDefaults, isGroupId, type Crumb, type Drawing } from '../grouping/aggregate.ts';
import { exportScope } from '../grouping/exportScope.ts';
import { backTo, openGroup, samePath, setGrouping, type Grouping } from '../grouping/groupPath.ts';
import { HubCounts } from '../grouping/hubCounts.ts';
import { hubDefaults, hubGroups, isHubGroupId, type HubGroup, type HubNeighbors } from '../grouping/hubGroups.ts';
import { groupedPicture, type Picture } from '../grouping/picture.ts';
import type { GNode, GraphSlice } from '../model.ts';
import { visibleIds } from '../state/filters.ts';
import { GraphStore } from '../state/GraphStore.ts';
import { History } from '../state/History.ts';
import { decodeView, encodeView } from '../state/urlState.ts';
import {
  addEntities,
  collapse,
  emptyView,
  filtersActive,
  hideEntities,
  removeEntities,
  select,
  setFilters,
  setGroups,
  setHub,
  setLayout,
  setPath,
  setPinned,
  showHidden,
  withPositions,
  type Filters,
  type LayoutName,
  type Point,
  type ViewState,
} from '../state/ViewState.ts';
import { filterChoices, type FilterChoices } from './filterChoices.ts';
import type { ViewCommand } from './keyCommands.ts';
import { pathEdgeIds, type PathLink } from './pathEdgeIds.ts';
import type { ClipboardPort, ExplorerClient, ExplorerEvents, SaveFile, UrlPort } from './ports.ts';
import { Requests } from './Requests.ts';
import { SelectionDetails } from './SelectionDetails.ts';
import { UrlSync } from './UrlSync.ts';
import { ViewExports } from './ViewExports.ts';

export const controllerDefaults = {
  expandLimit: 150, // neighbours fetched per expand; "Load more" asks for up to moreLimit
  moreLimit: 1000, // also the size of a neighbourhood export
  overviewSmall: 400, // graphs with at most this many entities open whole
  overviewLarge: 150, // otherwise: this many of the most connected
  pathHops: 4, // the longest collaboration path traced
  partners: 10, // partner suggestions asked for
  topics: 100, // topics the topic filter offers
  urlDelay: 150, // ms of quiet before the URL is rewritten, so a drag writes it once
  groupBudget: groupingDefaults.budget, // elements drawn as they are; beyond, the picture is grouped (grouping/aggregate.ts)
  hubThreshold: hubDefaults.threshold, // neighbours beyond which an expansion shows them grouped first
  showAllLimit: 5000, // neighbours "show all" and an opened neighbour group fetch at most
};

export interface ControllerPorts {
  api: ExplorerClient;
  /** the canvas; without a container it runs headless */
  view: GraphView;
  url: UrlPort;
  clipboard: ClipboardPort;
  save: SaveFile;
  events?: Partial<ExplorerEvents>;
}

/** The status bar's facts. */
export interface StatusSummary {
  /** entities drawn and not filtered out */
  entities: number;
  relationships: number;
  /** entities on the canvas the filters hide; null when no filter is set */
  filteredOut: number | null;
  /** entities in the view beyond the drawing limit */
  notDrawn: number;
  drawLimit: number;
  hidden: number;
  /** the last expansion was cut short and its entity is still shown: "Load more" fetches the rest */
  canLoadMore: boolean;
  webgl: boolean;
  /** what the last step wants the person to know */
  note: string | null;
  /** how large pictures are grouped, and the breadcrumb when this one is (empty: drawn as it is) */
  grouping: Grouping;
  crumbs: readonly Crumb[];
  /** groups drawn (meta-nodes), not counted in `entities` */
  groups: number;
  /** an expanded hub whose neighbours are drawn as groups: "show all" fetches every one */
  showAll: { name: string; total: number } | null;
}

interface CommitOptions {
  /** record an undo step (default true) */
  record?: boolean;
  /**
   * run the layout: 'all' re-places everything; 'new' places only the
   * newcomers, on free spots around `around` or a drawn neighbour, leaving
   * the rest where it is (the geographic layout and an empty canvas still
   * place everything); false keeps positions
   */
  layout?: 'all' | 'new' | false;
  /** the entity whose neighbours arrive (an expansion): they go around it */
  around?: string;
  /** move every entity to the positions recorded in the state (undo, redo, a link) */
  applyPositions?: boolean;
  /** an opened group's id and where it was: its members go around that spot */
  origin?: { id: string; at: Point };
}


export class ExplorerController {
  readonly store = new GraphStore();
  readonly history = new History<ViewState>(emptyView());
  readonly view: GraphView;
  readonly exports: ViewExports;
  readonly limits: typeof controllerDefaults;
  private readonly api: ExplorerClient;
  private readonly url: UrlPort;
  private readonly clipboard: ClipboardPort;
  private readonly events: Partial<ExplorerEvents>;
  private readonly requests: Requests;
  private readonly urlSync: UrlSync;
  /** per topic id: the entities within two steps of it, which the topic filter keeps */
  private readonly topicIds = new Map<string, Set<string>>();
  private topicList: readonly TopicOption[] = [];
  private readonly selection: SelectionDetails;
  /** the entity whose last expansion the server cut short */
  private truncatedFor: string | null = null;
  private capped = 0;
  private note: string | null = null;
  /** the path traced last; highlighted while the view's path is still this one */
  private traced: { nodes: string[]; steps: PathLink[] } = { nodes: [], steps: [] };
  /** the grouped picture drawn last (null: none yet) */
  private drawing: Drawing | null = null;
  /** the visible entities of the view at the last draw (a group's members among them are what its export holds) */
  private visible: ReadonlySet<string> = new Set();
  /** the server's counts of a hub's neighbours not drawn, per drawn set (the view's `hub` says which hub) */
  private readonly hubCounts = new HubCounts();
  /** the hub whose neighbour groups are drawn, with the counts they were drawn from */
  private hubShown: HubNeighbors | null = null;
  private hubDrawn: HubGroup[] = [];
  /** entities of the view the filters hide, counted at the last draw (groups hide their members from the canvas' own count) */
  private filteredOut = 0;

  constructor(ports: ControllerPorts, limits: Partial<typeof controllerDefaults> = {}) {
    this.api = ports.api;
    this.view = ports.view;
    this.url = ports.url;
    this.clipboard = ports.clipboard;
    this.events = ports.events ?? {};
    this.limits = { ...controllerDefaults, ...limits };
    this.requests = new Requests(this.events);
    this.urlSync = new UrlSync(ports.url, this.limits.urlDelay);
    this.exports = new ViewExports({
      api: ports.api,
      view: ports.view,
      store: this.store,
      url: ports.url,
      save: ports.save,
      requests: this.requests,
      note: (text) => this.setNote(text),
      neighborhoodLimit: this.limits.moreLimit,
      grouped: () => this.groupedScope(),
    });
    this.selection = new SelectionDetails({ api: ports.api, store: this.store, requests: this.requests, events: this.events, selected: () => this.selectedRef() });
    ports.url.onChange(() => void this.restore(decodeView(this.url.read())));
  }

  get state(): ViewState {
    return this.history.present;
  }

  /** Opens the view in the URL, or the overview. */
  async start(): Promise<void> {
    void this.loadTopics();
    const fromUrl = decodeView(this.url.read());
    if (fromUrl.shown.length) await this.restore(fromUrl);
    else await this.overview(false);
  }

  // ---------------------------------------------------------------- drawing

  private commit(next: ViewState, opts: CommitOptions = {}): Promise<void> {
    if (opts.record === false) this.history.replace(next);
    else this.history.push(next);
    return this.draw(opts);
  }

  private async draw(opts: CommitOptions = {}): Promise<void> {
    const hub = await this.hubNeighbors();
    // nothing drawn yet: the first picture has nothing to move from, so the layout shows it at once, fitted once
    const blank = this.view.cy.nodes().empty();
    const state = this.state;
    const topicIds = state.filters.topic ? (this.topicIds.get(state.filters.topic) ?? null) : null;
    const shown = this.shownNodes();
    const visible = visibleIds(shown, state.filters, { topicIds });
    this.filteredOut = shown.length - visible.size;
    this.visible = visible;
    const picture = this.picture(state, shown, visible, hub);
    // a first picture's first frame is the picture laid out and fitted: none shows the spots it is added at
    const release = blank && opts.layout ? this.view.holdFrames() : () => {};
    try {
      this.capped = (await this.view.render(picture.state, picture.store, picture.visible, { around: opts.around, origin: opts.origin, groups: picture.groups })).capped;
      if (opts.applyPositions) this.view.place(state.positions);
      const missing = picture.state.shown.some((id) => !state.positions[id]);
      // newcomers already sit on free spots (render placed them) unless nothing was placed before or places have coordinates
      const placeAll = Object.keys(state.positions).length === 0 || state.layout === 'geo';
      if (opts.layout === 'all' || (opts.layout === 'new' && missing && placeAll)) {
        const positions = await this.view.runLayout(picture.state, picture.store, { animate: !blank });
        this.history.replace(withPositions(this.history.present, positions));
      } else if ((opts.applyPositions || opts.layout === 'new') && missing) {
        this.history.replace(withPositions(this.history.present, this.view.positions()));
      }
      if (opts.applyPositions || opts.layout) this.view.fit(picture.state.selected, { keepReadable: state.layout !== 'geo' });
    } finally {
      release();
    }
    this.view.syncMap(this.state, picture.store);
    this.highlightPath();
    this.events.changed?.();
    this.urlSync.schedule(() => encodeView(this.state));
  }

  /**
   * What to draw of the view: the view itself while it fits the budget and no hub's neighbours are grouped, else its grouped picture.
   * The groups opened that no longer exist (the view changed under them) leave the view's path, without an undo step.
   */
  private picture(state: ViewState, shown: readonly GNode[], visible: ReadonlySet<string>, hub: HubNeighbors | null): Picture {
    const ids = new Set(shown.map((n) => n.id));
    const drawing = aggregate(shown, this.store.edgesAmong(ids), state.groups, { budget: this.limits.groupBudget });
    if (!samePath(drawing.path, state.groups)) this.history.replace(setGroups(this.history.present, drawing.path));
    this.drawing = drawing;
    this.hubShown = hub && ids.has(hub.hub) ? hub : null;
    // every neighbour the counts left out is drawn: an opened group counts none and is gone
    const hubParts = this.hubShown ? hubGroups(this.hubShown, drawing.groupOf.get(this.hubShown.hub) ?? this.hubShown.hub) : { groups: [], metaEdges: [] };
    this.hubDrawn = hubParts.groups;
    return groupedPicture({ state, store: this.store, visible }, drawing, hubParts) ?? { state, store: this.store, visible, groups: null };
  }

  /**
   * The neighbours of the view's hub that are not drawn (nor hidden), counted by the server, for the view as it is now:
   * asked again whenever what is drawn changed (an opened group, an undo), so a group never counts what is drawn already.
   */
  private async hubNeighbors(): Promise<HubNeighbors | null> {
    const state = this.state;
    const id = state.hub;
    if (!id || !state.shown.includes(id)) return null;
    const exclude = HubCounts.exclusions(state, id);
    const known = this.hubCounts.get(id, exclude);
    if (known) return known;
    const name = this.store.nodes.get(id)?.name ?? id;
    const got = await this.requests.attempt(`Could not count the neighbours of ${name}`, () => this.api.neighborGroups(id, exclude), () => void this.draw());
    if (!got) return null;
    return this.hubCounts.put({ hub: id, hubName: name, total: got.value.total, groups: got.value.groups }, exclude);
  }

  private shownNodes(): GNode[] {
    return this.state.shown.map((id) => this.store.nodes.get(id)).filter((n) => !!n);
  }

  private highlightPath(): void {
    const p = this.state.path;
    const { nodes, steps } = this.traced;
    if (!p || nodes[0] !== p.from || nodes[nodes.length - 1] !== p.to) this.view.clearHighlight();
    else this.view.highlightPath(nodes, pathEdgeIds(this.store.edges.values(), steps));
  }

  // ---------------------------------------------------------------- history and URL

  get canUndo(): boolean {
    return this.history.canUndo;
  }

  get canRedo(): boolean {
    return this.history.canRedo;
  }

  undo(): void {
    if (!this.history.canUndo) return;
    this.history.undo();
    void this.draw({ applyPositions: true });
    this.selection.show();
  }

  redo(): void {
    if (!this.history.canRedo) return;
    this.history.redo();
    void this.draw({ applyPositions: true });
    this.selection.show();
  }

  /** Reopens a view from a link: fetches its entities (and the edges among them) then draws at the saved positions. */
  async restore(view: ViewState): Promise<void> {
    const ids = view.shown;
    const ok = await this.requests.attempt(
      'Could not reopen the linked view',
      async () => {
        // exactly the linked entities and every relationship among them, in parts however many there are
        const slice = await this.api.subgraph(ids);
        this.store.merge({ nodes: slice.nodes.filter((n) => CANVAS_TYPES.includes(n.type)), edges: slice.edges });
        const topic = view.filters.topic;
        if (topic) await this.ensureTopic(topic);
      },
      () => void this.restore(view),
    );
    if (!ok) return;
    const missing = ids.filter((id) => !this.store.nodes.has(id));
    const state = missing.length ? removeEntities(view, missing) : view;
    this.history.push(state);
    await this.draw({ applyPositions: true, layout: 'new' });
    if (missing.length) this.setNote(`${missing.length} entit${missing.length === 1 ? 'y' : 'ies'} of the link no longer exist.`);
    this.selection.show();
    if (state.path) {
      const a = this.store.nodes.get(state.path.from);
      const b = this.store.nodes.get(state.path.to);
      if (a && b) void this.trace(a, b, { record: false });
    }
  }

  /** Writes the view into the URL now and copies the link. */
  async copyLink(): Promise<void> {
    this.urlSync.writeNow(encodeView(this.state));
    try {
      await this.clipboard.writeText(this.url.href());
      this.setNote('Link copied: it reopens this view.');
    } catch {
      this.setNote('Copy the address bar: it holds this view.');
    }
  }

  // ---------------------------------------------------------------- steps

  /** Starts again from the most connected entities (or the whole graph when it is small), keeping layout and filters. */
  async overview(record = true): Promise<void> {
    const got = await this.requests.attempt('Could not load the overview', () => this.overviewSlice(), () => void this.overview(record));
    if (!got) return;
    const slice = got.value;
    this.store.merge(slice);
    // the grouping chosen stays, its groups close: they were groups of another picture
    const base = { ...emptyView(this.state.layout), filters: this.state.filters, groups: backTo(this.state.groups, 0) };
    await this.commit(addEntities(base, slice.nodes.map((n) => n.id)), { record, layout: 'all' });
    if (slice.nodes.length === 0) this.events.details?.({ kind: 'empty', message: 'The graph is empty. Load reports with `npm run ingest -- seed/reports`, then reload.' });
    else this.setNote(slice.truncated ? `Overview: the ${slice.nodes.length} most connected entities. Search or expand to see more.` : null);
  }

  /**
   * A large graph's overview is one request, the server choosing the most
   * connected entities, sent together with the one that tells the size so
   * that neither waits for the other. A small graph (or one whose size did
   * not come: the neighbourhood limit still bounds it) opens whole instead,
   * and the large picture's answer is not used.
   */
  private async overviewSlice(): Promise<GraphSlice> {
    const large = this.api.overview({ seeds: 25, candidates: 600, first: this.limits.overviewLarge });
    // awaited only for a large graph; otherwise its failure is nobody's business
    large.catch(() => undefined);
    const stats = await this.api.stats().catch(() => null);
    if (stats && stats.total > this.limits.overviewSmall) return large;
    // 25 events + 25 organizations: neighborhood takes at most 50 seeds
    const seeds = await this.api.overviewSeeds(25);
    if (seeds.length === 0) return { nodes: [], edges: [], truncated: false };
    return this.api.neighborhood(seeds, { depth: 2, limit: this.limits.overviewSmall + 100 });
  }

  /** Shows an entity with its neighbours and selects it; one already on the canvas is only selected. */
  async openEntity(ref: EntityRef): Promise<void> {
    this.events.showPanel?.('details');
    if (this.state.shown.includes(ref.id) && this.store.nodes.has(ref.id)) {
      this.select(ref.id);
      this.view.focus(ref.id);
      return;
    }
    const got = await this.requests.attempt(
      `Could not open ${ref.name}`,
      () => this.api.neighborhood([ref.id], { depth: 1, limit: this.limits.expandLimit }),
      () => void this.openEntity(ref),
    );
    if (!got) return;
    const slice = got.value;
    this.store.merge(slice);
    if (slice.truncated && this.store.nodes.has(ref.id) && (await this.showHub(ref.id, { select: true }))) return;
    const next = select(addEntities(addEntities(this.state, [ref.id], { reveal: true }), slice.nodes.map((n) => n.id)), ref.id);
    this.truncatedFor = slice.truncated ? ref.id : null;
    await this.commit(next, { layout: this.state.shown.length ? 'new' : 'all', around: ref.id });
    this.view.focus(ref.id);
    this.selection.show();
  }

  /**
   * Adds an entity's neighbours (hidden ones stay hidden) as one undo step.
   * An entity with more neighbours than `hubThreshold` shows them as groups
   * by type and country first (`showHub`); "show all" is a step of its own.
   * A group (a meta-node) opens instead.
   */
  async expand(id: string, limit = this.limits.expandLimit): Promise<void> {
    if (isGroupId(id)) return this.openGroup(id);
    const name = this.store.nodes.get(id)?.name ?? id;
    const degree = this.store.nodes.get(id)?.degree ?? 0;
    if (limit === this.limits.expandLimit && degree > this.limits.hubThreshold && (await this.showHub(id))) return;
    const got = await this.requests.attempt(`Could not expand ${name}`, () => this.api.neighborhood([id], { depth: 1, limit }), () => void this.expand(id, limit));
    if (!got) return;
    const slice = got.value;
    this.store.merge(slice);
    const before = this.state.shown.length;
    const next = addEntities(this.state, slice.nodes.map((n) => n.id));
    this.truncatedFor = slice.truncated ? id : null;
    await this.commit(next, { layout: 'new', around: id });
    const added = this.state.shown.length - before;
    this.setNote(added === 0 ? `${name}: no new neighbours (hidden ones stay hidden).` : `${name}: ${added} neighbour${added === 1 ? '' : 's'} added.`);
  }

  /** The rest of the neighbours the last expansion left out. */
  async loadMore(): Promise<void> {
    if (this.truncatedFor) await this.expand(this.truncatedFor, this.limits.moreLimit);
  }

  hide(ids: string[]): void {
    void this.commit(hideEntities(this.state, ids));
    this.selection.show();
  }

  showHidden(): Promise<void> {
    return this.commit(showHidden(this.state), { layout: 'new' });
  }

  collapse(id: string): void {
    void this.commit(collapse(this.state, id, [...this.store.edges.values()]));
  }

  togglePin(id: string): void {
    const pinned = this.state.pinned.includes(id);
    void this.commit(setPinned(withPositions(this.state, this.view.positions()), [id], !pinned));
    this.selection.show();
  }

  /** Selecting is no undo step: undo takes back what changed the picture. Selecting a group opens it. */
  select(id: string | null): void {
    if (id && isGroupId(id)) {
      void this.openGroup(id);
      return;
    }
    if (id === this.state.selected) return;
    void this.commit(select(this.state, id), { record: false });
    this.selection.show();
  }

  /** Entities the person dragged: their new places, without an undo step. */
  moved(positions: Readonly<Record<string, Point>>): void {
    void this.commit(withPositions(this.state, positions), { record: false });
  }

  async changeFilters(patch: Partial<Filters>): Promise<void> {
    const topic = patch.topic;
    if (topic) {
      const ok = await this.requests.attempt('Could not apply the topic filter', () => this.ensureTopic(topic), () => void this.changeFilters(patch));
      if (!ok) return;
    }
    await this.commit(setFilters(this.state, patch));
  }

  changeLayout(layout: LayoutName): Promise<void> {
    return this.commit(setLayout(this.state, layout), { layout: 'all' });
  }

  /** Runs the layout again from scratch, pinned entities staying where they are. */
  relayout(): Promise<void> {
    return this.commit({ ...this.state, positions: {} }, { layout: 'all' });
  }

  fit(): void {
    this.view.fit(this.state.selected);
  }

  /** Draws the shortest collaboration path between two entities and lists it in the path panel. */
  async trace(from: EntityRef, to: EntityRef, opts: { record?: boolean } = {}): Promise<void> {
    const retry = () => void this.trace(from, to, opts);
    this.events.showPanel?.('path');
    this.events.pathTracing?.(from, to);
    const found = await this.requests.attempt('Could not trace the path', () => this.api.path(from.id, to.id, this.limits.pathHops), retry);
    if (!found) return;
    const path = found.value;
    this.events.pathTraced?.(path, from, to);
    if (!path) return;
    const ids = path.nodes.map((n) => n.id);
    const slice = await this.requests.attempt('Could not load the path', () => this.api.neighborhood(ids, { depth: 1, limit: ids.length, types: CANVAS_TYPES }), retry);
    if (slice) this.store.merge(slice.value);
    for (const n of path.nodes) if (!this.store.nodes.has(n.id)) this.store.mergeNode({ id: n.id, type: n.type, name: n.name, degree: 1 });
    // the path's steps are drawn even when the slice did not bring their relationships
    this.store.merge({ nodes: [], edges: path.steps.map((s) => ({ id: `${s.source}|${s.type}|${s.target}`, source: s.source, target: s.target, type: s.type })) });
    this.traced = { nodes: ids, steps: path.steps };
    await this.commit(setPath(addEntities(this.state, ids, { reveal: true }), { from: from.id, to: to.id }), { layout: 'new', record: opts.record });
    this.view.fitTo(ids);
  }

  /** Forgets the traced path (no undo step: the entities it brought stay). */
  clearPath(): Promise<void> {
    return this.commit(setPath(this.state, null), { record: false });
  }

  async partners(ref: EntityRef): Promise<void> {
    this.events.showPanel?.('partners');
    this.events.partnersLoading?.(ref);
    const got = await this.requests.attempt(`Could not find partners for ${ref.name}`, () => this.api.partners(ref.id, this.limits.partners), () => void this.partners(ref));
    if (got) this.events.partnersFound?.(ref, got.value);
  }

  /** A suggested partner on the canvas next to the organization it was suggested for, selected. */
  async showPartner(org: EntityRef, forOrg: EntityRef): Promise<void> {
    const got = await this.requests.attempt(
      `Could not show ${org.name}`,
      () => this.api.neighborhood([org.id, forOrg.id], { depth: 1, limit: 80 }),
      () => void this.showPartner(org, forOrg),
    );
    if (!got) return;
    this.store.merge(got.value);
    await this.commit(select(addEntities(this.state, [org.id, forOrg.id], { reveal: true }), org.id), { layout: 'new' });
    this.view.focus(org.id);
  }

  /** A keyboard command on the selection, or on the history. */
  perform(command: ViewCommand): void {
    const id = this.state.selected;
    if (command === 'undo') this.undo();
    else if (command === 'redo') this.redo();
    else if (!id) return;
    else if (command === 'hideSelected') this.hide([id]);
    else if (command === 'expandSelected') void this.expand(id);
    else this.togglePin(id);
  }

  // ---------------------------------------------------------------- groups

  /** How pictures over the budget are grouped ('off': never); the breadcrumb starts again from the top. An undo step, like a layout. */
  setGrouping(grouping: Grouping): Promise<void> {
    if (grouping === this.state.groups.grouping) return Promise.resolve();
    return this.commit(setGroups(this.state, setGrouping(this.state.groups, grouping)), { layout: 'all' });
  }

  get grouping(): Grouping {
    return this.state.groups.grouping;
  }

  /** Every entity of a grouped picture with the group each member is inside, for the exports; null when nothing is grouped. */
  private groupedScope() {
    return this.drawing ? exportScope(this.drawing, this.store, this.visible) : null;
  }

  /** The breadcrumb of the picture drawn: the top, then each group opened (empty: not grouped). */
  get crumbs(): readonly Crumb[] {
    return this.drawing?.grouped ? this.drawing.crumbs : [];
  }

  /**
   * Opens a group in place: its members replace it (around the spot it had),
   * grouped again when they do not fit the budget; a hub's group fetches its
   * members first. An undo step, and in the URL: undo closes it again, a
   * link reopens it.
   */
  async openGroup(id: string): Promise<void> {
    if (isHubGroupId(id)) return this.openHubGroup(id);
    const group = this.drawing?.groups.find((g) => g.id === id);
    if (!group) return;
    const at = this.view.positions()[id];
    const groups = openGroup(this.state.groups, group.level, { id: group.id, name: group.name });
    await this.commit(setGroups(this.state, groups), { layout: 'new', ...(at ? { origin: { id, at } } : {}) });
    this.setNote(`${group.ariaName}, opened. The breadcrumb above the canvas leads back.`);
  }

  /** The breadcrumb: back to the picture with the first `depth` groups open (0: the top); an undo step like opening. */
  async backTo(depth: number): Promise<void> {
    const groups = backTo(this.state.groups, depth);
    if (groups === this.state.groups) return;
    await this.commit(setGroups(this.state, groups), { layout: 'new' });
    this.setNote(null);
  }

  /**
   * An entity with more neighbours than `hubThreshold`: asks the server for
   * them counted by type and country and shows the entity with those groups
   * around it (selected when `select`). False when it has no more than that:
   * the caller expands as usual.
   */
  private async showHub(id: string, opts: { select?: boolean } = {}): Promise<boolean> {
    const name = this.store.nodes.get(id)?.name ?? id;
    // neighbours drawn already are not counted: the groups hold only what opening them adds
    const exclude = HubCounts.exclusions(this.state, id);
    const got = await this.requests.attempt(`Could not count the neighbours of ${name}`, () => this.api.neighborGroups(id, exclude), () => void this.showHub(id, opts));
    if (!got || got.value.total <= this.limits.hubThreshold) return false;
    // counted against what the view will draw (the hub aside): the draw below needs no second request
    this.hubCounts.put({ hub: id, hubName: name, total: got.value.total, groups: got.value.groups }, exclude);
    this.truncatedFor = null;
    let next = setHub(addEntities(this.state, [id], { reveal: true }), id);
    if (opts.select) next = select(next, id);
    await this.commit(next, { layout: this.state.shown.length ? 'new' : 'all', around: id });
    // the groups sit on rings around the hub, beyond what centring on it shows: the view takes them all in
    const counted: HubNeighbors = { hub: id, hubName: name, total: got.value.total, groups: got.value.groups };
    this.view.fitTo([id, ...hubGroups(counted, id).groups.map((g) => g.id)]);
    if (opts.select) this.selection.show();
    const drawn = this.state.shown.length - 1;
    this.setNote(
      `${name}: ${got.value.total.toLocaleString('en')} neighbours${drawn > 0 ? ' not drawn yet' : ''}, grouped by type and country. Open a group, or Show all.`,
    );
    return true;
  }

  /**
   * A hub's group: fetches the neighbours of that type and country not drawn yet and draws them where the group was.
   * Its count drops to what is left (none: the group is gone) when the next draw counts again.
   */
  private async openHubGroup(id: string): Promise<void> {
    const hub = this.hubShown;
    const group = this.hubDrawn.find((g) => g.id === id);
    if (!hub || !group) return;
    if (!group.filter) return this.showAllNeighbors(); // "Other": many small groups, fetched together
    const { type, countryCode } = group.filter;
    const at = this.view.positions()[id];
    const added = await this.fetchNeighbors(hub, { type, countryCode: countryCode ?? '' }, () => void this.openHubGroup(id));
    if (!added) return;
    await this.commit(addEntities(this.state, added), { layout: 'new', around: hub.hub, ...(at ? { origin: { id, at } } : {}) });
    this.setNote(`${group.ariaName}: shown.`);
  }

  /** "Show all N": every neighbour of the hub whose groups are drawn; grouping turns off when they would be grouped again. */
  async showAllNeighbors(): Promise<void> {
    const hub = this.hubShown;
    if (!hub) return;
    const added = await this.fetchNeighbors(hub, {}, () => void this.showAllNeighbors());
    if (!added) return;
    let next = setHub(addEntities(this.state, added), null);
    const ids = new Set(next.shown.filter((id) => this.store.nodes.has(id)));
    const among = this.store.edgesAmong(ids);
    const over = ids.size + among.length > this.limits.groupBudget && next.groups.grouping !== 'off';
    if (over) next = setGroups(next, setGrouping(next.groups, 'off'));
    await this.commit(next, { layout: 'new', around: hub.hub });
    // those fetched now and those drawn before (the server left them out): the store holds every relationship among them and the hub
    const neighbours = new Set(among.flatMap((e) => (e.source === hub.hub ? [e.target] : e.target === hub.hub ? [e.source] : [])));
    const shown = Math.max(neighbours.size, added.length).toLocaleString('en');
    this.setNote(`${hub.hubName}: all ${shown} neighbours shown.${over ? ' Grouping is off so that all are drawn; choose a grouping to group the picture again.' : ''}`);
  }

  /** The hub's neighbours not drawn yet (of one type and country, or all) and every relationship among them and what is drawn; null when it failed. */
  private async fetchNeighbors(hub: HubNeighbors, filter: { type?: GNode['type']; countryCode?: string }, retry: () => void): Promise<string[] | null> {
    const got = await this.requests.attempt(
      `Could not load the neighbours of ${hub.hubName}`,
      async () => {
        // those drawn are left out on the server, so `first` is spent on newcomers only
        const exclude = HubCounts.exclusions(this.state, hub.hub);
        const ids = await this.api.neighborIds(hub.hub, { ...filter, first: this.limits.showAllLimit, exclude });
        const slice = await this.api.subgraph([...new Set([...this.state.shown, hub.hub, ...ids])]);
        this.store.merge({ nodes: slice.nodes.filter((n) => CANVAS_TYPES.includes(n.type)), edges: slice.edges });
        return ids.filter((id) => this.store.nodes.has(id));
      },
      retry,
    );
    return got ? got.value : null;
  }

  // ---------------------------------------------------------------- curation

  /**
   * A curator's decision changed the graph: entities merged away leave the
   * canvas (the selection moves to the one that kept them), split ones come
   * back beside it, and what is drawn is read again so relationships follow.
   * No undo step: the view's undo cannot take back a write.
   */
  async curated(change: { removed: readonly string[]; changed: readonly string[]; added: readonly string[] }): Promise<void> {
    this.selection.forget([...change.removed, ...change.changed, ...change.added]);
    this.hubCounts.clear();
    const selectedGone = !!this.state.selected && change.removed.includes(this.state.selected);
    let next = removeEntities(this.state, change.removed);
    const keeper = change.changed.find((id) => next.shown.includes(id) || selectedGone);
    const nearby = change.changed.some((id) => next.shown.includes(id));
    const ids = [...new Set([...next.shown, ...(nearby ? change.added : []), ...(selectedGone && keeper ? [keeper] : [])])];
    const got = ids.length
      ? await this.requests.attempt('Could not redraw after the change', () => this.api.subgraph(ids), () => void this.curated(change))
      : { value: { nodes: [], edges: [], truncated: false } };
    if (got) this.store.merge({ nodes: got.value.nodes.filter((n) => CANVAS_TYPES.includes(n.type)), edges: got.value.edges });
    next = addEntities(next, ids.filter((id) => this.store.nodes.has(id)));
    if (selectedGone && keeper) next = select(next, keeper);
    await this.commit(next, { record: false, layout: 'new' });
    this.selection.show();
  }

  // ---------------------------------------------------------------- selection

  selectedRef(): EntityRef | null {
    const id = this.state.selected;
    const n = id ? this.store.nodes.get(id) : null;
    return n ? { id: n.id, type: n.type, name: n.name, countryCode: n.countryCode } : null;
  }

  isPinned(id: string): boolean {
    return this.state.pinned.includes(id);
  }

  isOnCanvas(id: string): boolean {
    return this.state.shown.includes(id);
  }

  // ---------------------------------------------------------------- topics, filters, status

  private async ensureTopic(topic: string): Promise<void> {
    if (this.topicIds.has(topic)) return;
    const slice = await this.api.neighborhood([topic], { depth: 2, limit: 1000 });
    this.topicIds.set(topic, new Set(slice.nodes.map((n) => n.id)));
  }

  private async loadTopics(): Promise<void> {
    try {
      this.topicList = await this.api.topics(this.limits.topics);
      this.events.changed?.();
    } catch {
      // the topic list is a convenience; the filter still works from a link
    }
  }

  /** The filters set and the choices the canvas allows, for the filters panel. */
  filterChoices(): FilterChoices {
    return filterChoices(this.shownNodes(), this.state.filters, this.topicList);
  }

  status(): StatusSummary {
    const state = this.state;
    const { visibleEntities, relationships } = this.view.counts();
    const groups = (this.drawing?.grouped ? this.drawing.groups.length : 0) + this.hubDrawn.length;
    const metaEdges = this.view.cy.edges('.meta').length;
    return {
      entities: visibleEntities - groups,
      relationships: relationships - metaEdges,
      filteredOut: filtersActive(state.filters) ? this.filteredOut : null,
      notDrawn: this.capped,
      drawLimit: this.view.limits.maxNodes,
      hidden: state.hidden.length,
      canLoadMore: this.truncatedFor !== null && state.shown.includes(this.truncatedFor),
      webgl: this.view.usingWebgl,
      note: this.note,
      grouping: this.state.groups.grouping,
      crumbs: this.crumbs,
      groups,
      showAll: this.hubShown && this.hubDrawn.length ? { name: this.hubShown.hubName, total: this.hubShown.total } : null,
    };
  }

  /** Tells the person something in the status bar (the page's own steps, e.g. an entity picked for a merge). */
  say(note: string | null): void {
    this.setNote(note);
  }

  private setNote(note: string | null): void {
    this.note = note;
    this.events.changed?.();
  }
}
