/**
 * The explorer page: builds the panels around the canvas and wires them to
 * the controller and the curation workbench, which hold every behaviour
 * (controller/). Clicks and keys become their calls; their events become
 * what the panels show.
 */
import type { ViewerView } from '../api/CurationApi.ts';
import { CurationApi } from '../api/CurationApi.ts';
import { ExplorerApi, type EntityRef } from '../api/ExplorerApi.ts';
import { ApiError, GraphQLClient } from '../api/GraphQLClient.ts';
import { ReportsApi, type PreviewEntityView } from '../api/ReportsApi.ts';
import { AddReport, ExplorerController, RemoveReport, Workbench, type DetailsView, type ExplorerEvents, type PanelName, type WorkbenchEvents } from '../controller/index.ts';
import { GraphView } from '../graph/GraphView.ts';
import { nextTask } from '../graph/nextTask.ts';
import { browserClipboard, locationUrl, sessionTokens } from './browserPorts.ts';
import { AddReportPanel } from './AddReportPanel.ts';
import { CanvasKeyboard } from './CanvasKeyboard.ts';
import { DetailsPanel } from './DetailsPanel.ts';
import { displayPanel } from './DisplayPanel.ts';
import { h } from './dom.ts';
import { download } from './download.ts';
import { ErrorBanner } from './ErrorBanner.ts';
import { closeMenus, exportMenu } from './ExportMenu.ts';
import { FiltersPanel } from './FiltersPanel.ts';
import { GroupingBar } from './GroupingBar.ts';
import { HistoryPanel } from './HistoryPanel.ts';
import { LogPanel } from './LogPanel.ts';
import { MapLayer } from './MapLayer.ts';
import { PartnersPanel } from './PartnersPanel.ts';
import { PathPanel } from './PathPanel.ts';
import { RemovalConfirm } from './RemovalConfirm.ts';
import { ReviewPanel } from './ReviewPanel.ts';
import { SearchBox } from './SearchBox.ts';
import { bindShortcuts } from './shortcuts.ts';
import { shortcutsHelp } from './ShortcutsHelp.ts';
import { SidePanels } from './SidePanels.ts';
import { SignInControl } from './SignInControl.ts';
import { StatusBar } from './StatusBar.ts';
import { Toolbar } from './Toolbar.ts';

export class App {
  readonly controller: ExplorerController;
  readonly workbench: Workbench;
  readonly addReport: AddReport;
  readonly removeReport: RemoveReport;
  private readonly view: GraphView;
  private readonly keyboard: CanvasKeyboard;
  private readonly banner = new ErrorBanner();
  private readonly progress = h('div', { class: 'progress', attrs: { hidden: true, 'aria-hidden': 'true' } });
  private readonly details: DetailsPanel;
  private readonly partners: PartnersPanel;
  private readonly path: PathPanel;
  private readonly filters: FiltersPanel;
  private readonly status: StatusBar;
  private readonly grouping: GroupingBar;
  private readonly toolbar: Toolbar;
  private readonly sides: SidePanels;
  private readonly signIn: SignInControl;
  private readonly history: HistoryPanel;
  private readonly review: ReviewPanel;
  private readonly log: LogPanel;
  private readonly adding: AddReportPanel;
  private busyCount = 0;
  /** the entity whose details a removal was asked from */
  private removalFor: string | null = null;
  private readonly removal: RemovalConfirm;

  /**
   * The page in #app: the canvas's Cytoscape instance in this task, the
   * panels around it in the next, so that neither blocks the page for the
   * time of both (issue 21; nextTask.ts).
   */
  static async create(root: HTMLElement): Promise<App> {
    const canvas = h('div', { class: 'canvas', attrs: { id: 'cy' } }); // role and label: CanvasKeyboard
    const view = new GraphView({ container: canvas });
    await nextTask();
    return new App(root, canvas, view);
  }

  private constructor(
    private readonly root: HTMLElement,
    canvas: HTMLElement,
    view: GraphView,
    // every request carries the tab's token, if someone signed in
    client = new GraphQLClient({ token: () => sessionTokens.read() }),
  ) {
    const api = new ExplorerApi(client);
    this.view = view;
    const c = (this.controller = new ExplorerController({ api, view: this.view, url: locationUrl, clipboard: browserClipboard, save: download, events: this.events() }));
    const wb = (this.workbench = new Workbench({
      api: new CurationApi(client),
      details: (ref) => api.details(ref.id, ref.type),
      tokens: sessionTokens,
      // a refusal (a role short of the write, a decision already taken) is not worth a Retry
      events: { ...this.workbenchEvents(), failed: (what, err, retry) => this.banner.show(err, err instanceof ApiError && !err.retryable ? null : retry, what) },
      wrote: (change) => void c.curated(change),
    }));
    const reports = new ReportsApi(client);
    const requestEvents = { busy: (busy: boolean) => this.busy(busy), failed: (what: string, err: unknown, retry: () => void) => this.banner.show(err, err instanceof ApiError && !err.retryable ? null : retry, what) };
    this.adding = new AddReportPanel({
      preview: (input) => void this.addReport.preview(input).then(() => this.adding.focusResult()),
      load: () => void this.addReport.load(),
      edit: () => this.addReport.edit(),
      refuse: (problem) => this.addReport.refuse(problem),
      open: (e) => void this.openFromPreview(e),
    });
    this.addReport = new AddReport({
      api: reports,
      events: requestEvents,
      changed: (v) => this.adding.show(v),
      // the report's main event (else its first entity) on the canvas, with its details
      loaded: (preview, result) => {
        if (result.status === 'unchanged') return;
        void c.curated({ removed: [], changed: preview.entities.filter((e) => e.identity === 'match').map((e) => e.id), added: [] }).then(() => {
          const main = preview.entities.find((e) => e.type === 'Event') ?? preview.entities[0];
          // opening it shows its details; the keyboard comes back to this page's next step
          if (main) void c.openEntity(main).then(() => {
            this.sides.show('add');
            this.adding.focusResult();
          });
        });
      },
    });
    this.removal = new RemovalConfirm({ confirm: () => void this.removeReport.confirm(c.state.selected), cancel: () => this.removeReport.cancel() });
    this.removeReport = new RemoveReport({
      api: reports,
      events: requestEvents,
      changed: (v) => {
        this.removal.show(v);
        if (v.status === 'confirming') this.removal.focus();
      },
      wrote: (change) => void c.curated(change),
    });
    const nameOf = (id: string) => c.store.nodes.get(id)?.name ?? null;
    this.signIn = new SignInControl({ signIn: (token) => wb.session.signIn(token), signOut: () => wb.session.signOut() });
    this.history = new HistoryPanel({ nameOf, more: () => void wb.history.more() });
    this.review = new ReviewPanel((command) => void wb.review.run(command));
    this.log = new LogPanel({ nameOf, open: (curator) => void wb.showLog(curator), more: () => void wb.log.more() });
    const search = new SearchBox({ api, label: 'Search entities', placeholder: 'Search people, organizations, events… (press /)', id: 'search', onChoose: (hit) => void c.openEntity(hit),
      // suggestions already on the canvas are named and ringed whatever the zoom
      onHits: (hits) => this.view.markSearchHits(hits.map((hit) => hit.id)),
    });
    this.details = new DetailsPanel({
      expand: (id) => void c.expand(id),
      hide: (id) => c.hide([id]),
      togglePin: (id) => c.togglePin(id),
      collapse: (id) => c.collapse(id),
      traceFrom: (ref) => {
        this.path.setFrom(ref);
        this.sides.show('path');
        this.path.focusTo();
      },
      partners: (ref) => void c.partners(ref),
      exportNeighborhood: (ref, format) => void c.exports.neighborhood(ref, format),
      open: (ref) => void c.openEntity(ref),
      reportText: (id) => api.reportText(id),
      isPinned: (id) => c.isPinned(id),
      isOnCanvas: (id) => c.isOnCanvas(id),
      canMerge: () => wb.session.may('merge'),
      pickForMerge: (ref) => void this.pickForMerge(ref),
      canRemoveReports: () => wb.session.may('removeReport'),
      askRemoveReport: (r) => {
        this.removalFor = c.state.selected;
        void this.removeReport.ask({ id: r.id, title: r.title || r.id });
      },
      removalBox: this.removal.el,
    });
    this.partners = new PartnersPanel((org, forOrg) => void c.showPartner(org, forOrg));
    this.path = new PathPanel(api, { selected: () => c.selectedRef(), trace: (from, to) => void c.trace(from, to), clear: () => void c.clearPath(), open: (ref) => void c.openEntity(ref) });
    this.filters = new FiltersPanel((patch) => void c.changeFilters(patch));
    this.status = new StatusBar({ showHidden: () => void c.showHidden(), loadMore: () => void c.loadMore(), showAll: () => void c.showAllNeighbors() });
    this.grouping = new GroupingBar({ setGrouping: (g) => void c.setGrouping(g), backTo: (depth) => void c.backTo(depth) });
    this.toolbar = new Toolbar(c, exportMenu(c, () => closeMenus(root)), (side) => root.classList.toggle(`open-${side}`), shortcutsHelp());
    this.sides = new SidePanels(
      { details: this.details.el, history: this.history.el, partners: this.partners.el, path: this.path.el, review: this.review.el, add: this.adding.el, log: this.log.el },
      (panel) => this.panelShown(panel),
    );
    this.offerWorkbench(null);
    this.keyboard = new CanvasKeyboard(canvas, this.view, {
      selected: () => c.state.selected,
      open: (id) => {
        this.sides.show('details');
        c.select(id);
      },
    });

    const brand = h('h1', { class: 'brand' }, h('span', { text: 'EduGraph' }), h('span', { class: 'brand-sub', text: ' Explorer' }));
    const left = h('aside', { class: 'side left', attrs: { id: 'side-left', 'aria-label': 'Legend and filters' } }, this.filters.el, displayPanel(this.view));
    const stage = h('main', { class: 'stage' }, this.progress, this.banner.el, canvas, this.grouping.el, this.status.el, this.keyboard.label);
    const map = new MapLayer(stage);
    stage.insertBefore(map.el, canvas); // beneath: the canvas draws over it
    // replaces the page's "Loading the explorer…"
    root.replaceChildren(h('header', { class: 'topbar' }, brand, search.el, this.toolbar.el, this.signIn.el), h('div', { class: 'body' }, left, stage, this.sides.el));

    this.view.on({
      select: (id) => {
        if (id && this.sides.current === 'partners') this.sides.show('details');
        c.select(id);
      },
      expand: (id) => void c.expand(id),
      moved: (positions) => c.moved(positions),
      viewport: (pan, zoom) => map.follow(pan, zoom),
      map: (frame) => {
        map.show(frame);
        map.follow(this.view.cy.pan(), this.view.cy.zoom());
      },
    });
    this.sides.show('details');
    this.refresh(); // legend and filters before the first answer arrives
    bindShortcuts(document, c, {
      focusSearch: () => search.input.focus(),
      closeMenus: () => closeMenus(root),
      reviewing: () => this.sides.current === 'review',
      review: (command) => void wb.review.run(command),
    });
    window.addEventListener('resize', () => this.view.cy.resize());
  }

  /** Signs in again with the tab's token, if any, and opens the view in the URL, or the overview. */
  start(): Promise<void> {
    void this.workbench.session.resume();
    return this.controller.start();
  }

  /** What the panels of the workbench show when it reports. */
  private workbenchEvents(): Partial<WorkbenchEvents> {
    return {
      session: (viewer) => {
        if (!this.workbench.session.may('addReport')) {
          this.adding.reset();
          this.addReport.clear();
        }
        if (!this.workbench.session.may('removeReport')) this.removeReport.cancel();
        this.signIn.show(viewer);
        this.offerWorkbench(viewer);
        this.details.refresh();
        if (this.sides.current === 'history') void this.workbench.showHistory(this.controller.selectedRef());
        // a private server showed nothing before the token came
        if (viewer && this.controller.state.shown.length === 0) void this.controller.start();
      },
      review: (v) => this.review.show(v),
      history: (v) => this.history.show(v),
      log: (v) => this.log.show(v),
    };
  }

  /** The tabs the role may use. */
  private offerWorkbench(viewer: ViewerView | null): void {
    const session = this.workbench.session;
    this.sides.setAvailable('history', !!viewer && session.may('history'));
    this.sides.setAvailable('review', !!viewer && session.may('review'));
    this.sides.setAvailable('add', !!viewer && session.may('addReport'));
    this.sides.setAvailable('log', !!viewer && session.may('log'));
  }

  private panelShown(panel: PanelName): void {
    this.root.classList.add('open-right-ok');
    this.root.classList.toggle('wide-right', panel === 'review' || panel === 'add');
    const wb = this.workbench;
    if (panel === 'history') void wb.showHistory(this.controller.selectedRef());
    else if (panel === 'review' && wb.review.view.status === 'idle') void wb.review.open();
    else if (panel === 'log' && wb.log.view.status === 'idle') void wb.showLog();
  }

  /** First pick: a note; second: the two side by side in Review. */
  private async pickForMerge(ref: EntityRef): Promise<void> {
    const review = this.workbench.review;
    await review.pick(ref);
    if (review.view.picked) this.controller.say(review.view.note);
    else this.sides.showAndFocus('review');
  }

  /** What the panels show when the controller reports. */
  private events(): ExplorerEvents {
    return {
      changed: () => this.refresh(),
      details: (d) => this.showDetails(d),
      busy: (busy) => this.busy(busy),
      failed: (what, err, retry) => {
        console.error(err);
        this.banner.show(err, retry, what);
      },
      showPanel: (panel) => this.sides.show(panel),
      pathTracing: (from, to) => {
        this.path.setFrom(from);
        this.path.setTo(to);
        this.path.message(`Tracing ${from.name} → ${to.name}…`);
      },
      pathTraced: (path, from, to) => this.path.show(path, from, to),
      partnersLoading: (ref) => this.partners.message(`Finding partners for ${ref.name}…`),
      partnersFound: (ref, list) => this.partners.show(ref, list),
    };
  }

  /** Busy while any request of the controller, the workbench or the report pages runs. */
  private busy(busy: boolean): void {
    this.busyCount = Math.max(0, this.busyCount + (busy ? 1 : -1));
    this.progress.hidden = this.busyCount === 0;
    if (this.busyCount > 0) this.root.setAttribute('aria-busy', 'true');
    else this.root.removeAttribute('aria-busy');
  }

  /** An entity of a preview on the canvas; a new one exists only once the report is loaded. */
  private async openFromPreview(e: PreviewEntityView): Promise<void> {
    await this.controller.openEntity(e.identity === 'match' && e.match ? e.match : e);
  }

  private showDetails(d: DetailsView): void {
    // a removal asked about from another entity's details is not this one's to confirm
    if (d.kind === 'ready' && this.removalFor !== null && d.details.id !== this.removalFor) {
      this.removalFor = null;
      this.removeReport.cancel();
    }
    if (this.sides.current === 'history') void this.workbench.showHistory(this.controller.selectedRef());
    if (d.kind === 'ready') this.details.show(d.details);
    else if (d.kind === 'loading') this.details.loading(d.name);
    else this.details.empty(d.message);
  }

  private refresh(): void {
    const c = this.controller;
    this.toolbar.update({ canUndo: c.canUndo, canRedo: c.canRedo, layout: c.state.layout });
    this.filters.update(c.filterChoices());
    const status = c.status();
    this.status.update(status);
    this.grouping.update(status);
    this.keyboard.refresh();
  }
}
