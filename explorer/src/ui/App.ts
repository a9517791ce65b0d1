/**
 * The explorer page: builds the panels around the canvas and wires them to
 * the controller, which holds every behaviour (controller/). Clicks and keys
 * become controller calls; the controller's events become what the panels
 * show.
 */
import { ExplorerApi } from '../api/ExplorerApi.ts';
import { ExplorerController, type DetailsView, type ExplorerEvents } from '../controller/index.ts';
import { GraphView } from '../graph/GraphView.ts';
import { browserClipboard, locationUrl } from './browserPorts.ts';
import { CanvasKeyboard } from './CanvasKeyboard.ts';
import { DetailsPanel } from './DetailsPanel.ts';
import { displayPanel } from './DisplayPanel.ts';
import { h } from './dom.ts';
import { download } from './download.ts';
import { ErrorBanner } from './ErrorBanner.ts';
import { closeMenus, exportMenu } from './ExportMenu.ts';
import { FiltersPanel } from './FiltersPanel.ts';
import { PartnersPanel } from './PartnersPanel.ts';
import { PathPanel } from './PathPanel.ts';
import { SearchBox } from './SearchBox.ts';
import { bindShortcuts } from './shortcuts.ts';
import { SidePanels } from './SidePanels.ts';
import { StatusBar } from './StatusBar.ts';
import { Toolbar } from './Toolbar.ts';

export class App {
  readonly controller: ExplorerController;
  private readonly view: GraphView;
  private readonly keyboard: CanvasKeyboard;
  private readonly banner = new ErrorBanner();
  private readonly progress = h('div', { class: 'progress', attrs: { hidden: true, 'aria-hidden': 'true' } });
  private readonly details: DetailsPanel;
  private readonly partners: PartnersPanel;
  private readonly path: PathPanel;
  private readonly filters: FiltersPanel;
  private readonly status: StatusBar;
  private readonly toolbar: Toolbar;
  private readonly sides: SidePanels;

  constructor(
    private readonly root: HTMLElement,
    api = new ExplorerApi(),
  ) {
    const canvas = h('div', { class: 'canvas', attrs: { id: 'cy' } }); // role and label: CanvasKeyboard
    this.view = new GraphView({ container: canvas });
    const c = (this.controller = new ExplorerController({ api, view: this.view, url: locationUrl, clipboard: browserClipboard, save: download, events: this.events() }));
    const search = new SearchBox({ api, label: 'Search entities', placeholder: 'Search people, organizations, events… (press /)', id: 'search', onChoose: (hit) => void c.openEntity(hit) });
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
    });
    this.partners = new PartnersPanel((org, forOrg) => void c.showPartner(org, forOrg));
    this.path = new PathPanel(api, { selected: () => c.selectedRef(), trace: (from, to) => void c.trace(from, to), clear: () => void c.clearPath(), open: (ref) => void c.openEntity(ref) });
    this.filters = new FiltersPanel((patch) => void c.changeFilters(patch));
    this.status = new StatusBar({ showHidden: () => void c.showHidden(), loadMore: () => void c.loadMore() });
    this.toolbar = new Toolbar(c, exportMenu(c, () => closeMenus(root)), (side) => root.classList.toggle(`open-${side}`));
    this.sides = new SidePanels({ details: this.details.el, partners: this.partners.el, path: this.path.el }, () => root.classList.add('open-right-ok'));
    this.keyboard = new CanvasKeyboard(canvas, this.view, {
      selected: () => c.state.selected,
      open: (id) => {
        this.sides.show('details');
        c.select(id);
      },
    });

    const brand = h('h1', { class: 'brand' }, h('span', { text: 'EduGraph' }), h('span', { class: 'brand-sub', text: ' Explorer' }));
    const left = h('aside', { class: 'side left', attrs: { id: 'side-left', 'aria-label': 'Legend and filters' } }, this.filters.el, displayPanel(this.view));
    const stage = h('main', { class: 'stage' }, this.progress, this.banner.el, canvas, this.status.el, this.keyboard.label);
    root.append(h('header', { class: 'topbar' }, brand, search.el, this.toolbar.el), h('div', { class: 'body' }, left, stage, this.sides.el));

    this.view.on({
      select: (id) => {
        if (id && this.sides.current === 'partners') this.sides.show('details');
        c.select(id);
      },
      expand: (id) => void c.expand(id),
      moved: (positions) => c.moved(positions),
    });
    this.sides.show('details');
    this.refresh(); // legend and filters before the first answer arrives
    bindShortcuts(document, c, { focusSearch: () => search.input.focus(), closeMenus: () => closeMenus(root) });
    window.addEventListener('resize', () => this.view.cy.resize());
  }

  /** Opens the view in the URL, or the overview. */
  start(): Promise<void> {
    return this.controller.start();
  }

  /** What the panels show when the controller reports. */
  private events(): ExplorerEvents {
    return {
      changed: () => this.refresh(),
      details: (d) => this.showDetails(d),
      busy: (busy) => {
        this.progress.hidden = !busy;
        if (busy) this.root.setAttribute('aria-busy', 'true');
        else this.root.removeAttribute('aria-busy');
      },
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

  private showDetails(d: DetailsView): void {
    if (d.kind === 'ready') this.details.show(d.details);
    else if (d.kind === 'loading') this.details.loading(d.name);
    else this.details.empty(d.message);
  }

  private refresh(): void {
    const c = this.controller;
    this.toolbar.update({ canUndo: c.canUndo, canRedo: c.canRedo, layout: c.state.layout });
    this.filters.update(c.filterChoices());
    this.status.update(c.status());
    this.keyboard.refresh();
  }
}
