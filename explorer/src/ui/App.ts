/**
 * The explorer page: wires the panels, the canvas and the API together.
 * Every user step goes through `commit`, which records it for undo, draws
 * it, runs the layout when entities arrived, and writes the URL.
 */
import { CANVAS_TYPES, ExplorerApi, type EntityDetails, type EntityRef, type ExportFile, type ExportFileFormat, type TopicOption } from '../api/ExplorerApi.ts';
import { ApiError } from '../api/GraphQLClient.ts';
import { edgesCsv, FILE_FORMATS, nodesCsv, toJson, viewExportInput } from '../graph/exportView.ts';
import { GraphView, type RendererChoice } from '../graph/GraphView.ts';
import { LAYOUT_LABELS } from '../graph/layouts.ts';
import type { EntityType, GraphSlice } from '../model.ts';
import { countriesOf, eventDateSpan, visibleIds } from '../state/filters.ts';
import { GraphStore } from '../state/GraphStore.ts';
import { History } from '../state/History.ts';
import { decodeView, encodeView } from '../state/urlState.ts';
import {
  addEntities,
  collapse,
  emptyView,
  filtersActive,
  hideEntities,
  LAYOUT_NAMES,
  removeEntities,
  select,
  setFilters,
  setLayout,
  setPath,
  setPinned,
  showHidden,
  withPositions,
  type Filters,
  type LayoutName,
  type ViewState,
} from '../state/ViewState.ts';
import { DetailsPanel } from './DetailsPanel.ts';
import { CanvasKeyboard } from './CanvasKeyboard.ts';
import { button, clear, h } from './dom.ts';
import { download, fileStamp } from './download.ts';
import { ErrorBanner } from './ErrorBanner.ts';
import { FiltersPanel } from './FiltersPanel.ts';
import { PartnersPanel } from './PartnersPanel.ts';
import { PathPanel } from './PathPanel.ts';
import { SearchBox } from './SearchBox.ts';

export const appDefaults = {
  expandLimit: 150, // neighbours fetched per expand; "Load more" asks for up to moreLimit
  moreLimit: 1000,
  overviewSmall: 400, // graphs with at most this many entities open whole
  overviewLarge: 150, // otherwise: this many of the most connected
};

type Tab = 'details' | 'partners' | 'path';

interface CommitOptions {
  /** record an undo step (default true) */
  record?: boolean;
  /** run the layout: 'all' re-places everything, 'new' only settles newcomers (fcose), false keeps positions */
  layout?: 'all' | 'new' | false;
  /** move every entity to the positions recorded in the state (undo, redo, a link) */
  applyPositions?: boolean;
}

export class App {
  readonly api: ExplorerApi;
  readonly store = new GraphStore();
  readonly history = new History<ViewState>(emptyView());
  readonly view: GraphView;
  readonly keyboard: CanvasKeyboard;
  private readonly topicIds = new Map<string, Set<string>>();
  private topics: TopicOption[] = [];
  private details = new Map<string, EntityDetails>();
  private pending = 0;
  private truncatedFor: string | null = null;
  private capped = 0;
  private urlTimer: ReturnType<typeof setTimeout> | undefined;
  private writingHash = false;

  // DOM
  private readonly canvas: HTMLElement;
  private readonly status: HTMLElement;
  private readonly progress: HTMLElement;
  private readonly banner = new ErrorBanner();
  private readonly detailsPanel: DetailsPanel;
  private readonly partnersPanel: PartnersPanel;
  private readonly pathPanel: PathPanel;
  private readonly filtersPanel: FiltersPanel;
  private readonly undoBtn: HTMLButtonElement;
  private readonly redoBtn: HTMLButtonElement;
  private readonly layoutSelect: HTMLSelectElement;
  private readonly tabs = new Map<Tab, { tab: HTMLButtonElement; panel: HTMLElement }>();
  private readonly root: HTMLElement;

  constructor(root: HTMLElement, api = new ExplorerApi()) {
    this.api = api;
    this.root = root;
    this.canvas = h('div', { class: 'canvas', attrs: { id: 'cy' } }); // role and label: CanvasKeyboard
    this.status = h('div', { class: 'status', attrs: { role: 'status', 'aria-live': 'polite' } });
    this.progress = h('div', { class: 'progress', attrs: { hidden: true, 'aria-hidden': 'true' } });
    const search = new SearchBox({ api, label: 'Search entities', placeholder: 'Search people, organizations, events… (press /)', id: 'search', onChoose: (hit) => void this.openEntity(hit) });
    this.detailsPanel = new DetailsPanel({
      expand: (id) => void this.expand(id),
      hide: (id) => this.hide([id]),
      togglePin: (id) => this.togglePin(id),
      collapse: (id) => this.collapse(id),
      traceFrom: (ref) => {
        this.pathPanel.setFrom(ref);
        this.showTab('path');
        this.pathPanel.focusTo();
      },
      partners: (ref) => void this.partners(ref),
      exportNeighborhood: (ref, format) => void this.exportNeighborhood(ref, format),
      open: (ref) => void this.openEntity(ref),
      reportText: (id) => this.api.reportText(id),
      isPinned: (id) => this.state.pinned.includes(id),
      isOnCanvas: (id) => this.state.shown.includes(id),
    });
    this.partnersPanel = new PartnersPanel((org, forOrg) => void this.showPartner(org, forOrg));
    this.pathPanel = new PathPanel(api, {
      selected: () => this.selectedRef(),
      trace: (from, to) => void this.trace(from, to),
      clear: () => this.commit(setPath(this.state, null), { record: false }),
      open: (ref) => void this.openEntity(ref),
    });
    this.filtersPanel = new FiltersPanel((patch) => void this.changeFilters(patch));

    this.undoBtn = button('↶ Undo', () => this.undo(), { title: 'Undo (Ctrl+Z)', attrs: { 'data-action': 'undo', disabled: true } });
    this.redoBtn = button('↷ Redo', () => this.redo(), { title: 'Redo (Ctrl+Shift+Z)', attrs: { 'data-action': 'redo', disabled: true } });
    this.layoutSelect = h(
      'select',
      { attrs: { id: 'layout', 'aria-label': 'Layout', title: 'Layout' }, on: { change: () => this.changeLayout(this.layoutSelect.value as LayoutName) } },
      ...LAYOUT_NAMES.map((l) => h('option', { attrs: { value: l }, text: LAYOUT_LABELS[l] })),
    );
    const renderer = h(
      'select',
      { attrs: { id: 'renderer', 'aria-label': 'Renderer' }, on: { change: () => this.view.setRenderer(renderer.value as RendererChoice) } },
      h('option', { attrs: { value: 'auto' }, text: 'Renderer: auto' }),
      h('option', { attrs: { value: 'canvas' }, text: 'Renderer: canvas' }),
      h('option', { attrs: { value: 'webgl' }, text: 'Renderer: WebGL' }),
    );
    const exportMenu = h(
      'details',
      { class: 'menu' },
      h('summary', { class: 'btn', attrs: { 'data-action': 'export-menu' }, text: 'Export' }),
      h(
        'div',
        { class: 'menu-items' },
        button('PNG image', () => void this.exportPng(), { attrs: { 'data-action': 'export-png' } }),
        button('JSON', () => this.exportJson(), { attrs: { 'data-action': 'export-json' } }),
        button('CSV: nodes', () => this.exportCsv('nodes'), { attrs: { 'data-action': 'export-csv-nodes' } }),
        button('CSV: edges', () => this.exportCsv('edges'), { attrs: { 'data-action': 'export-csv-edges' } }),
        ...FILE_FORMATS.map((f) => button(f.label, () => void this.exportFile(f.format), { title: 'With every property and the evidence counts', attrs: { 'data-action': `export-${f.action}` } })),
        button('Copy link', () => void this.copyLink(), { attrs: { 'data-action': 'copy-link' } }),
      ),
    );
    const display = h('fieldset', { class: 'display' }, h('legend', { text: 'Display' }), renderer, h('p', { class: 'muted small', text: 'Auto switches to WebGL for large graphs.' }));
    const left = h('aside', { class: 'side left', attrs: { id: 'side-left', 'aria-label': 'Legend and filters' } }, this.filtersPanel.el, display);
    const tabList = h('div', { class: 'tabs', attrs: { role: 'tablist', 'aria-label': 'Panels' } });
    const right = h('aside', { class: 'side right', attrs: { id: 'side-right', 'aria-label': 'Panels' } }, tabList);
    for (const [key, label, panel] of [
      ['details', 'Details', this.detailsPanel.el],
      ['partners', 'Partners', this.partnersPanel.el],
      ['path', 'Trace path', this.pathPanel.el],
    ] as const) {
      const tab = h('button', { class: 'tab', attrs: { type: 'button', role: 'tab', id: `tab-${key}`, 'aria-controls': `panel-${key}`, 'aria-selected': 'false' }, text: label, on: { click: () => this.showTab(key) } });
      const wrap = h('div', { class: 'tab-panel', attrs: { role: 'tabpanel', id: `panel-${key}`, 'aria-labelledby': `tab-${key}`, hidden: true } }, panel);
      tabList.append(tab);
      right.append(wrap);
      this.tabs.set(key, { tab, panel: wrap });
    }
    const toggle = (id: string, label: string) =>
      button(label, () => this.root.classList.toggle(`open-${id}`), { class: 'btn narrow-only', attrs: { 'aria-controls': `side-${id}`, 'data-action': `toggle-${id}` } });
    const header = h(
      'header',
      { class: 'topbar' },
      h('h1', { class: 'brand' }, h('span', { text: 'EduGraph' }), h('span', { class: 'brand-sub', text: ' Explorer' })),
      search.el,
      h(
        'nav',
        { class: 'toolbar', attrs: { 'aria-label': 'View' } },
        toggle('left', 'Filters'),
        this.undoBtn,
        this.redoBtn,
        this.layoutSelect,
        button('Re-layout', () => void this.relayout(), { title: 'Run the layout again', attrs: { 'data-action': 'relayout' } }),
        button('Fit', () => this.view.fit(this.state.selected), { title: 'Fit the view to the screen', attrs: { 'data-action': 'fit' } }),
        button('Overview', () => void this.overview(true), { title: 'Start again from the overview', attrs: { 'data-action': 'overview' } }),
        exportMenu,
        toggle('right', 'Panel'),
      ),
    );
    const stage = h('main', { class: 'stage' }, this.progress, this.banner.el, this.canvas, this.status);
    root.append(header, h('div', { class: 'body' }, left, stage, right));
    this.view = new GraphView({ container: this.canvas });
    this.keyboard = new CanvasKeyboard(this.canvas, this.view, {
      selected: () => this.state.selected,
      open: (id) => {
        this.showTab('details');
        this.select(id);
      },
    });
    stage.append(this.keyboard.label);
    this.view.on({
      select: (id) => {
        if (id && this.tabs.get('partners')?.tab.getAttribute('aria-selected') === 'true') this.showTab('details');
        this.select(id);
      },
      expand: (id) => void this.expand(id),
      moved: (positions) => this.commit(withPositions(this.state, positions), { record: false }),
    });
    this.showTab('details');
    this.refreshChrome(); // legend and filters before the first answer arrives
    this.bindKeys(search);
    window.addEventListener('hashchange', () => {
      if (!this.writingHash) void this.restore(decodeView(location.hash));
    });
    window.addEventListener('resize', () => this.view.cy.resize());
  }

  get state(): ViewState {
    return this.history.present;
  }

  /** Opens the view in the URL, or the overview. */
  async start(): Promise<void> {
    void this.loadTopics();
    const fromUrl = decodeView(location.hash);
    if (fromUrl.shown.length) await this.restore(fromUrl);
    else await this.overview(false);
  }

  // ---------------------------------------------------------------- steps

  private commit(next: ViewState, opts: CommitOptions = {}): Promise<void> {
    if (opts.record === false) this.history.replace(next);
    else this.history.push(next);
    return this.draw(opts);
  }

  private async draw(opts: CommitOptions = {}): Promise<void> {
    const state = this.state;
    const nodes = state.shown.map((id) => this.store.nodes.get(id)).filter((n) => !!n);
    const visible = visibleIds(nodes, state.filters, { topicIds: state.filters.topic ? (this.topicIds.get(state.filters.topic) ?? null) : null });
    const result = await this.view.render(state, this.store, visible);
    this.capped = result.capped;
    if (opts.applyPositions) {
      this.view.cy.batch(() => {
        for (const [id, p] of Object.entries(state.positions)) this.view.cy.getElementById(id).position({ ...p });
      });
    }
    const missing = state.shown.some((id) => !state.positions[id]);
    if (opts.layout === 'all' || (opts.layout === 'new' && missing)) {
      const incremental = opts.layout === 'new' && Object.keys(state.positions).length > 0;
      const positions = await this.view.runLayout(state, this.store, { incremental });
      this.history.replace(withPositions(this.history.present, positions));
    } else if (opts.applyPositions && missing) {
      this.history.replace(withPositions(this.history.present, this.view.positions()));
    }
    if (opts.applyPositions || opts.layout) this.view.fit(state.selected, { keepReadable: state.layout !== 'geo' });
    this.highlight();
    this.keyboard.refresh();
    this.refreshChrome();
    this.scheduleUrl();
  }

  undo(): void {
    if (!this.history.canUndo) return;
    this.history.undo();
    void this.draw({ applyPositions: true });
    this.refreshSelection();
  }

  redo(): void {
    if (!this.history.canRedo) return;
    this.history.redo();
    void this.draw({ applyPositions: true });
    this.refreshSelection();
  }

  /** Fetches with a progress bar; on failure shows the banner whose Retry repeats the step. */
  private async guarded<T>(what: string, fn: () => Promise<T>, retry: () => void): Promise<T | null> {
    this.pending++;
    this.progress.hidden = false;
    this.root.setAttribute('aria-busy', 'true');
    try {
      const out = await fn();
      return out;
    } catch (err) {
      if (err instanceof ApiError && err.kind === 'aborted') return null;
      console.error(err);
      this.banner.show(err, retry, what);
      return null;
    } finally {
      this.pending--;
      if (this.pending === 0) {
        this.progress.hidden = true;
        this.root.removeAttribute('aria-busy');
      }
    }
  }

  async overview(record: boolean): Promise<void> {
    const slice = await this.guarded(
      'Could not load the overview',
      async () => {
        const stats = await this.api.stats().catch(() => null);
        // 25 events + 25 organizations: neighborhood takes at most 50 seeds
        const seeds = await this.api.overviewSeeds(25);
        if (seeds.length === 0) return { nodes: [], edges: [], truncated: false } as GraphSlice;
        const small = !stats || stats.total <= appDefaults.overviewSmall;
        const slice = await this.api.neighborhood(seeds, { depth: small ? 2 : 1, limit: small ? appDefaults.overviewSmall + 100 : 600 });
        if (small) return slice;
        // large graph: the most connected entities
        const top = [...slice.nodes].sort((a, b) => b.degree - a.degree || a.id.localeCompare(b.id)).slice(0, appDefaults.overviewLarge);
        const keep = new Set(top.map((n) => n.id));
        return { nodes: top, edges: slice.edges.filter((e) => keep.has(e.source) && keep.has(e.target)), truncated: true };
      },
      () => void this.overview(record),
    );
    if (!slice) return;
    this.store.merge(slice);
    const base = { ...emptyView(this.state.layout), filters: this.state.filters };
    await this.commit(addEntities(base, slice.nodes.map((n) => n.id)), { record, layout: 'all' });
    if (slice.nodes.length === 0) this.detailsPanel.empty('The graph is empty. Load reports with `npm run ingest -- seed/reports`, then reload.');
    else this.setStatusNote(slice.truncated ? `Overview: the ${slice.nodes.length} most connected entities. Search or expand to see more.` : null);
  }

  /** Reopens a view from a link: fetches its entities (and the edges among them) then draws at the saved positions. */
  async restore(view: ViewState): Promise<void> {
    const ids = view.shown;
    const ok = await this.guarded(
      'Could not reopen the linked view',
      async () => {
        // exactly the linked entities and every relationship among them, in parts however many there are
        const slice = await this.api.subgraph(ids);
        this.store.merge({ nodes: slice.nodes.filter((n) => CANVAS_TYPES.includes(n.type)), edges: slice.edges });
        const topic = view.filters.topic;
        if (topic) await this.ensureTopic(topic);
        return true;
      },
      () => void this.restore(view),
    );
    if (!ok) return;
    const missing = ids.filter((id) => !this.store.nodes.has(id));
    const state = missing.length ? removeEntities(view, missing) : view;
    this.history.push(state);
    await this.draw({ applyPositions: true, layout: 'new' });
    this.syncControls();
    if (missing.length) this.setStatusNote(`${missing.length} entit${missing.length === 1 ? 'y' : 'ies'} of the link no longer exist.`);
    this.refreshSelection();
    if (state.path) {
      const a = this.store.nodes.get(state.path.from);
      const b = this.store.nodes.get(state.path.to);
      if (a && b) void this.trace(a, b, { record: false });
    }
  }

  async openEntity(ref: EntityRef): Promise<void> {
    this.showTab('details');
    if (this.state.shown.includes(ref.id) && this.store.nodes.has(ref.id)) {
      this.select(ref.id);
      this.view.focus(ref.id);
      return;
    }
    const slice = await this.guarded(`Could not open ${ref.name}`, () => this.api.neighborhood([ref.id], { depth: 1, limit: appDefaults.expandLimit }), () => void this.openEntity(ref));
    if (!slice) return;
    this.store.merge(slice);
    const next = select(addEntities(addEntities(this.state, [ref.id], { reveal: true }), slice.nodes.map((n) => n.id)), ref.id);
    this.truncatedFor = slice.truncated ? ref.id : null;
    await this.commit(next, { layout: this.state.shown.length ? 'new' : 'all' });
    this.view.focus(ref.id);
    this.refreshSelection();
  }

  async expand(id: string, limit = appDefaults.expandLimit): Promise<void> {
    const name = this.store.nodes.get(id)?.name ?? id;
    const slice = await this.guarded(`Could not expand ${name}`, () => this.api.neighborhood([id], { depth: 1, limit }), () => void this.expand(id, limit));
    if (!slice) return;
    this.store.merge(slice);
    const before = this.state.shown.length;
    const next = addEntities(this.state, slice.nodes.map((n) => n.id));
    this.truncatedFor = slice.truncated ? id : null;
    await this.commit(next, { layout: 'new' });
    const added = this.state.shown.length - before;
    this.setStatusNote(added === 0 ? `${name}: no new neighbours (hidden ones stay hidden).` : `${name}: ${added} neighbour${added === 1 ? '' : 's'} added.`);
  }

  hide(ids: string[]): void {
    void this.commit(hideEntities(this.state, ids));
    this.refreshSelection();
  }

  collapse(id: string): void {
    void this.commit(collapse(this.state, id, [...this.store.edges.values()]));
  }

  togglePin(id: string): void {
    const pinned = this.state.pinned.includes(id);
    void this.commit(setPinned(withPositions(this.state, this.view.positions()), [id], !pinned));
    this.refreshSelection();
  }

  select(id: string | null): void {
    if (id === this.state.selected) return;
    void this.commit(select(this.state, id), { record: false });
    this.refreshSelection();
  }

  private selectedRef(): EntityRef | null {
    const id = this.state.selected;
    const n = id ? this.store.nodes.get(id) : null;
    return n ? { id: n.id, type: n.type, name: n.name, countryCode: n.countryCode } : null;
  }

  /** Loads the selection's details into the panel (cached per entity). */
  private refreshSelection(): void {
    const ref = this.selectedRef();
    if (!ref) {
      this.detailsPanel.empty();
      return;
    }
    const cached = this.details.get(ref.id);
    if (cached) {
      this.detailsPanel.show(cached);
      return;
    }
    this.detailsPanel.loading(ref.name);
    void this.guarded(
      `Could not load the details of ${ref.name}`,
      async () => {
        const d = await this.api.details(ref.id, ref.type);
        if (!d) {
          this.detailsPanel.empty(`${ref.name} is no longer in the graph.`);
          return;
        }
        this.details.set(ref.id, d);
        // details know attributes the slice may not (country, dates, coordinates)
        this.store.mergeNode({ ...this.store.nodes.get(ref.id)!, countryCode: d.countryCode, countryCodes: d.countryCodes, lat: d.lat, lon: d.lon, startDate: d.startDate, endDate: d.endDate });
        if (this.state.selected === ref.id) this.detailsPanel.show(d);
      },
      () => this.refreshSelection(),
    );
  }

  private async changeFilters(patch: Partial<Filters>): Promise<void> {
    const topic = patch.topic;
    if (topic) {
      const ok = await this.guarded('Could not apply the topic filter', () => this.ensureTopic(topic).then(() => true), () => void this.changeFilters(patch));
      if (!ok) return;
    }
    await this.commit(setFilters(this.state, patch));
  }

  private async ensureTopic(topic: string): Promise<void> {
    if (this.topicIds.has(topic)) return;
    const slice = await this.api.neighborhood([topic], { depth: 2, limit: 1000 });
    this.topicIds.set(topic, new Set(slice.nodes.map((n) => n.id)));
  }

  private async loadTopics(): Promise<void> {
    try {
      this.topics = await this.api.topics(100);
      this.refreshChrome();
    } catch {
      // the topic list is a convenience; the filter still works from a link
    }
  }

  private changeLayout(layout: LayoutName): void {
    void this.commit(setLayout(this.state, layout), { layout: 'all' });
  }

  private async relayout(): Promise<void> {
    await this.commit({ ...this.state, positions: {} }, { layout: 'all' });
  }

  async trace(from: EntityRef, to: EntityRef, opts: { record?: boolean } = {}): Promise<void> {
    this.showTab('path');
    this.pathPanel.setFrom(from);
    this.pathPanel.setTo(to);
    this.pathPanel.message(`Tracing ${from.name} → ${to.name}…`);
    const path = await this.guarded('Could not trace the path', () => this.api.path(from.id, to.id, 4), () => void this.trace(from, to, opts));
    if (path === null && this.banner.visible) return;
    this.pathPanel.show(path, from, to);
    if (!path) return;
    const ids = path.nodes.map((n) => n.id);
    const slice = await this.guarded('Could not load the path', () => this.api.neighborhood(ids, { depth: 1, limit: ids.length, types: CANVAS_TYPES }), () => void this.trace(from, to, opts));
    if (slice) this.store.merge(slice);
    for (const n of path.nodes) if (!this.store.nodes.has(n.id)) this.store.mergeNode({ id: n.id, type: n.type, name: n.name, degree: 1 });
    this.store.merge({ nodes: [], edges: path.steps.map((s) => ({ id: `${s.source}|${s.type}|${s.target}`, source: s.source, target: s.target, type: s.type })) });
    const next = setPath(addEntities(this.state, ids, { reveal: true }), { from: from.id, to: to.id });
    this.pathEdges = path.steps.map((s) => ({ source: s.source, target: s.target, type: s.type }));
    this.pathNodes = ids;
    await this.commit(next, { layout: 'new', record: opts.record });
    this.view.fitTo(ids);
  }

  private pathNodes: string[] = [];
  private pathEdges: { source: string; target: string; type: string }[] = [];

  private highlight(): void {
    const p = this.state.path;
    if (!p || this.pathNodes[0] !== p.from || this.pathNodes[this.pathNodes.length - 1] !== p.to) {
      this.view.clearHighlight();
      return;
    }
    const edgeIds = [...this.store.edges.values()]
      .filter((e) => this.pathEdges.some((s) => s.type === e.type && ((s.source === e.source && s.target === e.target) || (s.source === e.target && s.target === e.source))))
      .map((e) => e.id);
    this.view.highlightPath(this.pathNodes, edgeIds);
  }

  async partners(ref: EntityRef): Promise<void> {
    this.showTab('partners');
    this.partnersPanel.message(`Finding partners for ${ref.name}…`);
    const list = await this.guarded(`Could not find partners for ${ref.name}`, () => this.api.partners(ref.id, 10), () => void this.partners(ref));
    if (list) this.partnersPanel.show(ref, list);
  }

  private async showPartner(org: EntityRef, forOrg: EntityRef): Promise<void> {
    const slice = await this.guarded(`Could not show ${org.name}`, () => this.api.neighborhood([org.id, forOrg.id], { depth: 1, limit: 80 }), () => void this.showPartner(org, forOrg));
    if (!slice) return;
    this.store.merge(slice);
    const next = select(addEntities(this.state, [org.id, forOrg.id], { reveal: true }), org.id);
    await this.commit(next, { layout: 'new' });
    this.view.focus(org.id);
  }

  // ---------------------------------------------------------------- chrome

  private showTab(tab: Tab): void {
    for (const [key, t] of this.tabs) {
      const on = key === tab;
      t.tab.setAttribute('aria-selected', String(on));
      t.tab.tabIndex = on ? 0 : -1;
      t.panel.hidden = !on;
    }
    this.root.classList.add('open-right-ok');
  }

  private statusNote: string | null = null;

  private setStatusNote(note: string | null): void {
    this.statusNote = note;
    this.refreshChrome();
  }

  private refreshChrome(): void {
    const state = this.state;
    this.undoBtn.disabled = !this.history.canUndo;
    this.redoBtn.disabled = !this.history.canRedo;
    this.layoutSelect.value = state.layout;
    const nodes = state.shown.map((id) => this.store.nodes.get(id)).filter((n) => !!n);
    const typeCounts: Partial<Record<EntityType, number>> = {};
    const countries = new Set<string>();
    for (const n of nodes) {
      typeCounts[n.type] = (typeCounts[n.type] ?? 0) + 1;
      for (const c of countriesOf(n)) countries.add(c);
    }
    this.filtersPanel.update({ filters: state.filters, typeCounts, countries: [...countries], topics: this.topics, dateSpan: eventDateSpan(nodes) });
    clear(this.status);
    const edges = this.view.cy.edges().length;
    const shownVisible = this.view.cy.nodes().filter((n) => !n.hasClass('filtered')).length;
    this.status.append(h('span', { attrs: { 'data-testid': 'counts' }, text: `${shownVisible} entities · ${edges} relationships` }));
    if (filtersActive(state.filters)) this.status.append(h('span', { text: ` · ${nodes.length - shownVisible} filtered out` }));
    if (this.capped) this.status.append(h('span', { class: 'warn', text: ` · ${this.capped} more not drawn (limit ${this.view.limits.maxNodes}); hide or filter to see them` }));
    if (state.hidden.length) {
      this.status.append(' · ', button(`Show ${state.hidden.length} hidden`, () => void this.commit(showHidden(this.state), { layout: 'new' }), { class: 'link-btn', attrs: { 'data-action': 'show-hidden' } }));
    }
    if (this.truncatedFor && state.shown.includes(this.truncatedFor)) {
      const id = this.truncatedFor;
      this.status.append(' · ', h('span', { class: 'warn', text: 'More neighbours than shown. ' }), button('Load more', () => void this.expand(id, appDefaults.moreLimit), { class: 'link-btn', attrs: { 'data-action': 'load-more' } }));
    }
    if (this.view.usingWebgl) this.status.append(h('span', { text: ' · WebGL' }));
    if (this.statusNote) this.status.append(h('div', { class: 'note', text: this.statusNote }));
  }

  private syncControls(): void {
    this.layoutSelect.value = this.state.layout;
  }

  private scheduleUrl(): void {
    clearTimeout(this.urlTimer);
    this.urlTimer = setTimeout(() => {
      const hash = `#${encodeView(this.state)}`;
      if (hash !== location.hash) {
        this.writingHash = true;
        history.replaceState(null, '', hash);
        this.writingHash = false;
      }
    }, 150);
  }

  // ---------------------------------------------------------------- export

  private async exportPng(): Promise<void> {
    const blob = await this.view.png();
    download(blob, `${fileStamp()}.png`);
    this.closeMenus();
  }

  private exportJson(): void {
    const view = this.view.visibleElements(this.store);
    download(new Blob([toJson(view, { url: location.href })], { type: 'application/json' }), `${fileStamp()}.json`);
    this.closeMenus();
  }

  private exportCsv(which: 'nodes' | 'edges'): void {
    const view = this.view.visibleElements(this.store);
    const text = which === 'nodes' ? nodesCsv(view.nodes) : edgesCsv(view.edges);
    download(new Blob([text], { type: 'text/csv;charset=utf-8' }), `${fileStamp()}-${which}.csv`);
    this.closeMenus();
  }

  /** The view as GraphML, GEXF or Cytoscape JSON: the API writes exactly what is drawn, with every property and the evidence counts. */
  private async exportFile(format: ExportFileFormat): Promise<void> {
    this.closeMenus();
    const input = viewExportInput(this.view.visibleElements(this.store), this.view.positions());
    if (input.ids.length === 0) {
      this.setStatusNote('Nothing to export: the view is empty.');
      return;
    }
    const file = await this.guarded('Could not export the view', () => this.api.exportView(input, format), () => void this.exportFile(format));
    if (file) this.saveFile(file);
  }

  private async exportNeighborhood(ref: EntityRef, format: ExportFileFormat): Promise<void> {
    const file = await this.guarded(`Could not export the neighbourhood of ${ref.name}`, () => this.api.exportNeighborhood(ref.id, format, { limit: appDefaults.moreLimit }), () => void this.exportNeighborhood(ref, format));
    if (file) this.saveFile(file);
  }

  private saveFile(file: ExportFile): void {
    download(new Blob([file.content], { type: file.mediaType }), file.fileName);
    this.setStatusNote(`Saved ${file.fileName}: ${file.nodeCount} entities, ${file.edgeCount} relationships.`);
  }

  private async copyLink(): Promise<void> {
    clearTimeout(this.urlTimer);
    history.replaceState(null, '', `#${encodeView(this.state)}`);
    try {
      await navigator.clipboard.writeText(location.href);
      this.setStatusNote('Link copied: it reopens this view.');
    } catch {
      this.setStatusNote('Copy the address bar: it holds this view.');
    }
    this.closeMenus();
  }

  private closeMenus(): void {
    this.root.querySelectorAll('details.menu[open]').forEach((d) => d.removeAttribute('open'));
  }

  private bindKeys(search: SearchBox): void {
    document.addEventListener('keydown', (e) => {
      const target = e.target as HTMLElement | null;
      const typing = target && (target.tagName === 'INPUT' || target.tagName === 'SELECT' || target.tagName === 'TEXTAREA');
      const mod = e.ctrlKey || e.metaKey;
      if (mod && e.key.toLowerCase() === 'z' && !typing) {
        e.preventDefault();
        if (e.shiftKey) this.redo();
        else this.undo();
      } else if (mod && e.key.toLowerCase() === 'y' && !typing) {
        e.preventDefault();
        this.redo();
      } else if (e.key === '/' && !typing) {
        e.preventDefault();
        search.input.focus();
      } else if (!typing && !mod && this.state.selected) {
        const id = this.state.selected;
        if (e.key === 'Delete' || e.key === 'Backspace') this.hide([id]);
        else if (e.key === 'e') void this.expand(id);
        else if (e.key === 'p') this.togglePin(id);
      }
      if (e.key === 'Escape') this.closeMenus();
    });
  }
}
