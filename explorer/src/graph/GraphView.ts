/**
 * The canvas: one Cytoscape instance kept in step with the ViewState.
 * `render` applies the difference (large graphs in a cheaper style) and
 * places newcomers without moving what is drawn, `runLayout` places every
 * entity (the force layout in a Web Worker) and reports where, and
 * the hover / path states are classes of the stylesheet. Runs headless in
 * Node for tests (no container).
 */
import cytoscape, { type Core, type ElementDefinition, type LayoutOptions, type NodeSingular } from 'cytoscape';
import { relationLabel, type GEdge, type GNode } from '../model.ts';
import type { GraphStore } from '../state/GraphStore.ts';
import type { Point, ViewState } from '../state/ViewState.ts';
import { coordinatesOf, geoFrameOf, geoLayout, type GeoLayout } from './geo.ts';
import { buildCachedPicturesNow, gestureInProgress, redrawOnlyDragLayerWhileDragging } from './canvasCaches.ts';
import { holdFrames } from './frameHold.ts';
import { bestFrame, type GeoFrame } from './geoFrame.ts';
import type { NavPoint } from './keyboardNav.ts';
import type { ForceJob } from './forceLayout.ts';
import { ForceLayoutRunner } from './ForceLayoutRunner.ts';
import { layoutOptions, LARGE_LAYOUT, seedOf, withSeededRandom } from './layouts.ts';
import { nextTask } from './nextTask.ts';
import { detailLevel, zoomBand, type DetailLevel } from './lod.ts';
import { placeNewcomers, placementDefaults } from './placeNewcomers.ts';
import { groupSize, nodeSize, shortLabel, stylesheet } from './styles.ts';

export const graphViewDefaults = {
  maxNodes: 3000, // entities drawn at most; beyond this the view says so
  largeElements: 1500, // from here: cheaper styles, no labels while panning
  webglElements: 2500, // from here the 'auto' renderer uses WebGL
};

export type RendererChoice = 'auto' | 'canvas' | 'webgl';

export interface GraphViewOptions {
  /** null/undefined: headless (tests) */
  container?: HTMLElement | null;
  renderer?: RendererChoice;
  limits?: Partial<typeof graphViewDefaults>;
}

export interface RenderResult {
  /** entities on canvas */
  drawn: number;
  /** entities in the view but not drawn because of the cap */
  capped: number;
  edges: number;
}

/** How a group (a meta-node) is drawn instead of an entity: named, sized by its members. */
export interface GroupDatum {
  /** on the canvas: "Kazakhstan (312)" */
  label: string;
  /** read out by screen readers: "Kazakhstan: 312 organizations" */
  ariaName: string;
  members: number;
}

/** Groups and the counted relationships between them, drawn alongside entities (grouping/aggregate.ts). */
export interface GroupDrawing {
  groups: ReadonlyMap<string, GroupDatum>;
  /** meta-edge id → relationships it stands for */
  counts: ReadonlyMap<string, number>;
}

export interface GraphViewEvents {
  select(id: string | null): void;
  expand(id: string): void;
  moved(positions: Record<string, Point>): void;
  hover(id: string | null): void;
  /** pan or zoom changed (also while animating) */
  viewport(pan: Point, zoom: number): void;
  /** the geographic layout's frame for the map beneath, or null: no map */
  map(frame: GeoFrame | null): void;
}

const EDGE_PREFIX = 'e:';
/** zoom at which 11px labels still draw (styles: min-zoomed-font-size 6) */
const READABLE_ZOOM = 0.6;
/** where new groups go: rings and clearance for nodes of up to 160 px (styles: GROUP_SIZE_STEPS) */
const GROUP_PLACEMENT = { ...placementDefaults, ringRadius: 220, spacing: 190, clearance: 180 };
/** fitting never zooms in beyond this */
const MAX_FIT_ZOOM = 1.4;
/** geographic layouts remembered, so the map follows an undo to an earlier one */
const RECENT_FRAMES = 20;
/** the level of detail follows a zoom once it has rested this long: restyling mid-gesture would redraw every frame */
const DETAIL_SETTLE_MS = 120;
/** a large drawing left unchanged this long gets its cached pictures built at once (canvasCaches.ts) */
const CACHE_SETTLE_MS = 50;

export class GraphView {
  cy: Core;
  readonly limits: typeof graphViewDefaults;
  private readonly container: HTMLElement | null;
  private renderer: RendererChoice;
  private handlers: Partial<GraphViewEvents> = {};
  private webglOn = false;
  /** frames of the latest geographic layouts, newest first */
  private geoFrames: GeoFrame[] = [];
  private readonly forceLayouts: ForceLayoutRunner;
  /** counts layouts started, so a slow one finishing after a newer one started does not undo it */
  private layoutRun = 0;
  /** the zoom band the level of detail was decided for (lod.ts); null: decide again */
  private detailBand: number | null = null;
  private detailTimer: ReturnType<typeof setTimeout> | null = null;
  private cacheTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(opts: GraphViewOptions = {}) {
    this.container = opts.container ?? null;
    this.renderer = opts.renderer ?? 'auto';
    this.limits = { ...graphViewDefaults, ...opts.limits };
    this.cy = this.create(false);
    this.forceLayouts = new ForceLayoutRunner(this.container !== null);
    // on a page the worker starts in a task of its own, not in the one that builds the page (nextTask.ts)
    if (this.headless) this.forceLayouts.warmUp();
    else
      void nextTask().then(() => {
        if (!this.cy.destroyed()) this.forceLayouts.warmUp();
      });
  }

  /** Draws no frame until the returned function is called (frameHold.ts); nothing to hold headless. */
  holdFrames(): () => void {
    return this.headless ? () => {} : holdFrames(this.cy);
  }

  get headless(): boolean {
    return this.container === null;
  }

  get usingWebgl(): boolean {
    return this.webglOn;
  }

  /** Whether force layouts run in a Web Worker (false headless, or after the worker failed and they fell back to this thread). */
  get layoutInWorker(): boolean {
    return this.forceLayouts.inWorker;
  }

  on(handlers: Partial<GraphViewEvents>): void {
    this.handlers = { ...this.handlers, ...handlers };
  }

  private create(webgl: boolean, elements: ElementDefinition[] = []): Core {
    this.webglOn = webgl;
    const cy = cytoscape({
      container: this.container ?? undefined,
      headless: this.container === null,
      styleEnabled: true,
      style: stylesheet(),
      elements,
      layout: { name: 'preset' },
      minZoom: 0.05,
      maxZoom: 4,
      boxSelectionEnabled: false,
      selectionType: 'single',
      ...(webgl ? { webgl: true, webglTexSize: 4096, webglBatchSize: 2048 } : {}),
    });
    if (this.container) {
      this.bindEvents(cy);
      if (!webgl) redrawOnlyDragLayerWhileDragging(cy);
    }
    return cy;
  }

  /** Re-creates the instance when the renderer must change (WebGL is a construction option). */
  setRenderer(choice: RendererChoice): void {
    this.renderer = choice;
    this.applyRendererFor(this.cy.elements().length);
  }

  private applyRendererFor(elementCount: number): void {
    if (this.headless) return;
    const want = this.renderer === 'webgl' || (this.renderer === 'auto' && elementCount >= this.limits.webglElements && hardwareWebgl());
    if (want === this.webglOn) return;
    const json = this.cy.elements().jsons() as unknown as ElementDefinition[];
    const pan = this.cy.pan();
    const zoom = this.cy.zoom();
    this.cy.destroy();
    this.cy = this.create(want, json);
    this.cy.viewport({ pan, zoom });
  }

  private bindEvents(cy: Core): void {
    let lastTap = { id: '', at: 0 };
    cy.on('tap', 'node', (evt) => {
      const id = (evt.target as NodeSingular).id();
      const now = Date.now();
      // our own double-tap: cytoscape's dbltap does not fire reliably with the WebGL renderer
      if (lastTap.id === id && now - lastTap.at < 350) {
        lastTap = { id: '', at: 0 };
        this.handlers.expand?.(id);
        return;
      }
      lastTap = { id, at: now };
      this.handlers.select?.(id);
    });
    cy.on('tap', (evt) => {
      if (evt.target === cy) this.handlers.select?.(null);
    });
    cy.on('mouseover', 'node', (evt) => {
      const n = evt.target as NodeSingular;
      cy.batch(() => {
        n.addClass('hovered');
        n.connectedEdges().addClass('near');
      });
      if (this.container) this.container.style.cursor = 'pointer';
      this.handlers.hover?.(n.id());
    });
    cy.on('mouseout', 'node', (evt) => {
      const n = evt.target as NodeSingular;
      cy.batch(() => {
        n.removeClass('hovered');
        n.connectedEdges().removeClass('near');
      });
      if (this.container) this.container.style.cursor = '';
      this.handlers.hover?.(null);
    });
    cy.on('mouseover', 'edge', (evt) => evt.target.addClass('hovered'));
    cy.on('mouseout', 'edge', (evt) => evt.target.removeClass('hovered'));
    cy.on('dragfree', 'node', () => this.handlers.moved?.(this.positions()));
    cy.on('viewport', () => this.handlers.viewport?.(cy.pan(), cy.zoom()));
    cy.on('zoom', () => {
      if (zoomBand(cy.zoom()) !== this.detailBand) this.scheduleDetail();
    });
  }

  private scheduleDetail(): void {
    if (this.detailTimer) clearTimeout(this.detailTimer);
    this.detailTimer = setTimeout(() => {
      this.detailTimer = null;
      // a wheel zoom whose frames are slow has gaps longer than the settling time: restyle after it, not inside it
      if (!this.headless && gestureInProgress(this.cy)) return this.scheduleDetail();
      this.updateDetail();
    }, DETAIL_SETTLE_MS);
  }

  /**
   * Decides again which entities are named and whether relationships carry
   * arrows (lod.ts), for the drawing as it is and the current zoom. Cheap
   * when nothing changed; Cytoscape restyles only the elements whose
   * classes change.
   */
  updateDetail(): void {
    const cy = this.cy;
    const zoom = cy.zoom();
    if (this.detailTimer) clearTimeout(this.detailTimer);
    this.detailTimer = null;
    if (this.detailBand === zoomBand(zoom)) return;
    this.scheduleCachedPictures();
    let x1 = Infinity;
    let y1 = Infinity;
    let x2 = -Infinity;
    let y2 = -Infinity;
    const entities: { id: string; degree: number }[] = [];
    cy.nodes().forEach((n) => {
      const p = n.position();
      x1 = Math.min(x1, p.x);
      y1 = Math.min(y1, p.y);
      x2 = Math.max(x2, p.x);
      y2 = Math.max(y2, p.y);
      entities.push({ id: n.id(), degree: (n.data('degree') as number | undefined) ?? 0 });
    });
    // positions are centres: a node's own extent keeps a lone node or a line of them from having no area
    const area = entities.length ? (x2 - x1 + 80) * (y2 - y1 + 80) : 0;
    const level = detailLevel(entities, area, zoom);
    const large = cy.elements().length >= this.limits.largeElements;
    cy.batch(() => {
      cy.nodes().forEach((n) => {
        n.toggleClass('lod-label', level.labelled.has(n.id()));
        n.toggleClass('lod-big', level.bigLabels);
      });
      // large drawings have no arrowheads at any zoom (styles: .large); restyling their edges would buy nothing
      if (!large) cy.edges().toggleClass('lod-plain', !level.arrows);
    });
    this.detailBand = level.band;
  }

  /** Marks search hits: they are named and ringed whatever the zoom (empty: none). */
  markSearchHits(ids: readonly string[]): void {
    this.cy.batch(() => {
      this.cy.nodes('.search-hit').removeClass('search-hit');
      for (const id of ids) this.cy.getElementById(id).addClass('search-hit');
    });
  }

  /**
   * Brings the canvas in line with the view: entities shown and loaded, the
   * edges among them, filter / pin / selection classes. New entities without a
   * known position go around `around` (an expanded entity) or a drawn
   * neighbour, on free spots, while everything drawn stays where it is.
   */
  async render(
    state: ViewState,
    store: GraphStore,
    visible: ReadonlySet<string>,
    opts: { around?: string | null; origin?: { id: string; at: Point } | null; groups?: GroupDrawing | null } = {},
  ): Promise<RenderResult> {
    const groups = opts.groups ?? null;
    const loaded = state.shown.filter((id) => store.nodes.has(id));
    const drawnIds = loaded.slice(0, this.limits.maxNodes);
    const want = new Set(drawnIds);
    const edges = store.edgesAmong(want);
    const total = drawnIds.length + edges.length;
    this.applyRendererFor(total); // may replace this.cy
    const cy = this.cy;
    const wantEdges = new Set(edges.map((e) => EDGE_PREFIX + e.id));

    cy.batch(() => {
      cy.nodes().forEach((n) => {
        if (!want.has(n.id())) n.remove();
      });
      cy.edges().forEach((e) => {
        if (!wantEdges.has(e.id())) e.remove();
      });
    });

    // Known before anything is added: new elements arrive in the cheap style instead of being restyled after.
    const large = total >= this.limits.largeElements;
    const fresh = cy.nodes().empty();
    if (!this.headless) this.setPerformanceHints(large);
    const classes = large ? 'large' : '';
    const toAdd: ElementDefinition[] = [];
    const placed = new Map<string, Point>();
    cy.nodes().forEach((n) => {
      placed.set(n.id(), n.position());
    });
    // an opened group's members go around the spot it had, which is gone from the canvas now
    const origin = opts.origin && !placed.has(opts.origin.id) ? opts.origin : null;
    const spots = this.newcomerSpots(drawnIds, state, store, origin ? new Map([...placed, [origin.id, origin.at]]) : placed, origin?.id ?? opts.around ?? null, groups);
    if (origin) spots.delete(origin.id);
    for (const id of drawnIds) {
      const node = store.nodes.get(id)!;
      const group = groups?.groups.get(id);
      const existing = cy.getElementById(id);
      if (existing.nonempty()) {
        existing.data(nodeData(node, group));
        continue;
      }
      const position = state.positions[id] ?? spots.get(id) ?? this.startPosition(id, store, placed, state.positions);
      placed.set(id, position);
      toAdd.push({ group: 'nodes', data: nodeData(node, group), position: { ...position }, classes: group ? `${classes} group`.trim() : classes });
    }
    for (const e of edges) {
      const count = groups?.counts.get(e.id);
      const existing = cy.getElementById(EDGE_PREFIX + e.id);
      if (existing.nonempty()) {
        if (count !== undefined) existing.data('label', countLabel(count));
      } else toAdd.push({ group: 'edges', data: edgeData(e, count), classes: count === undefined ? classes : `${classes} meta`.trim() });
    }
    // A fresh large drawing is fitted next: its entities arrive named for the zoom that fit will give, so each is
    // styled once, instead of once on arrival and again when the fit decides what to name.
    const predicted = fresh && large && !this.headless ? this.detailAfterFit(toAdd) : null;
    if (predicted) {
      for (const d of toAdd) {
        if (d.group !== 'nodes') continue;
        const extra = [predicted.labelled.has(d.data.id as string) ? 'lod-label' : '', predicted.bigLabels ? 'lod-big' : ''].filter(Boolean).join(' ');
        if (extra) d.classes = `${(d.classes as string | undefined) ?? ''} ${extra}`.trim();
      }
    }
    // Cytoscape's canvas renderer builds its layer textures synchronously on the first frame it ever draws and
    // lazily (over idle frames) afterwards: an empty first frame keeps a first picture, big or small, from waiting
    // for them (a task of 0.3–1 s for the bundled graph's 170 entities under Lighthouse, most of its blocking time).
    if (!this.headless && cy.elements().empty()) cy.forceRender();
    // One batch, nodes first (edges need their ends): adding in chunks with a frame between them drew the
    // growing graph again each frame, which made 5,000 elements take twice as long to appear.
    cy.batch(() => cy.add(toAdd.filter((d) => d.group === 'nodes').concat(toAdd.filter((d) => d.group === 'edges'))));

    const pinned = new Set(state.pinned);
    cy.batch(() => {
      // one call per class on a collection, not one per element: each call restyles and emits for what changed
      const nodes = cy.nodes();
      const pinnedNodes = nodes.filter((n) => pinned.has(n.id()));
      nodes.filter((n) => !visible.has(n.id())).addClass('filtered');
      nodes.filter((n) => visible.has(n.id()) && n.hasClass('filtered')).removeClass('filtered');
      nodes.filter((n) => !pinned.has(n.id()) && (n.hasClass('pinned') || n.locked())).removeClass('pinned').unlock();
      pinnedNodes.addClass('pinned').lock();
      pinnedNodes.forEach((n) => {
        const at = state.positions[n.id()];
        if (at) n.position({ ...at });
      });
      const edges = cy.edges();
      const hidden = (e: cytoscape.EdgeSingular): boolean => !visible.has(e.data('source') as string) || !visible.has(e.data('target') as string);
      edges.filter((e) => hidden(e) !== e.hasClass('filtered')).toggleClass('filtered');
      cy.elements().filter((e) => e.hasClass('large') !== large).toggleClass('large', large);
      cy.nodes(':selected').forEach((n) => {
        if (n.id() !== state.selected) n.unselect();
      });
      if (state.selected) cy.getElementById(state.selected).select();
    });
    this.detailBand = null;
    // A fresh large drawing was named for the zoom its fit will give (a fit with another zoom decides again);
    // naming entities for the zoom it happens to have now would measure labels that the fit then drops.
    if (predicted) this.detailBand = predicted.band;
    else if (!(fresh && large && !this.headless)) this.updateDetail();
    else this.scheduleDetail();
    return { drawn: drawnIds.length, capped: loaded.length - drawnIds.length, edges: edges.length };
  }

  /**
   * The level of detail (lod.ts) of entities about to be drawn on an empty
   * canvas, at the zoom `fit` will give them: their boxes without labels fitted
   * with its padding, no closer than it zooms. The same decision `updateDetail`
   * makes after that fit.
   */
  private detailAfterFit(toAdd: readonly ElementDefinition[]): DetailLevel | null {
    let x1 = Infinity;
    let y1 = Infinity;
    let x2 = -Infinity;
    let y2 = -Infinity;
    let r = 0;
    const entities: { id: string; degree: number }[] = [];
    for (const d of toAdd) {
      if (d.group !== 'nodes' || !d.position) continue;
      const { x, y } = d.position;
      x1 = Math.min(x1, x);
      y1 = Math.min(y1, y);
      x2 = Math.max(x2, x);
      y2 = Math.max(y2, y);
      r = Math.max(r, ((d.data.size as number | undefined) ?? 0) / 2);
      entities.push({ id: d.data.id as string, degree: (d.data.degree as number | undefined) ?? 0 });
    }
    if (entities.length === 0) return null;
    const pad = 40;
    const fitZoom = Math.min((this.cy.width() - 2 * pad) / (x2 - x1 + 2 * r), (this.cy.height() - 2 * pad) / (y2 - y1 + 2 * r));
    const zoom = Math.min(MAX_FIT_ZOOM, this.cy.maxZoom(), Math.max(this.cy.minZoom(), fitZoom));
    if (!Number.isFinite(zoom) || zoom <= 0) return null;
    return detailLevel(entities, (x2 - x1 + 80) * (y2 - y1 + 80), zoom);
  }

  private setPerformanceHints(large: boolean): void {
    // Cytoscape reads these on each render; they trade detail for smoothness while panning
    const renderer = (this.cy as unknown as { renderer(): Record<string, unknown> }).renderer();
    renderer.textureOnViewport = large;
    renderer.hideEdgesOnViewport = large;
    renderer.hideLabelsOnViewport = large;
    // On a high-density screen a large drawing at the screen's pixel ratio has 4–9 times the pixels to fill
    // each frame; at 1 it is a little softer and as fast as on any other screen.
    renderer.forcedPixelRatio = large ? 1 : null;
  }

  /**
   * Free spots for the entities that arrive without a position on a canvas
   * that already shows something. On an empty one there is nothing to keep
   * in place, and the full layout that follows decides.
   */
  private newcomerSpots(
    drawnIds: readonly string[],
    state: ViewState,
    store: GraphStore,
    drawn: ReadonlyMap<string, Point>,
    around: string | null,
    groups: GroupDrawing | null,
  ): Map<string, Point> {
    const placed = new Map(drawn);
    const newcomers: string[] = [];
    for (const id of drawnIds) {
      if (drawn.has(id)) continue;
      const known = state.positions[id];
      if (known) placed.set(id, known);
      else newcomers.push(id);
    }
    if (placed.size === 0 || newcomers.length === 0) return new Map();
    const neighbours = (id: string) => store.neighbours(id);
    // groups are two to four times an entity's size: they go first, on wider rings, then entities around them
    const newGroups = groups ? newcomers.filter((id) => groups.groups.has(id)) : [];
    const spots = newGroups.length ? placeNewcomers({ placed, newcomers: newGroups, neighbours, parent: around }, GROUP_PLACEMENT) : new Map<string, Point>();
    for (const [id, p] of spots) placed.set(id, p);
    const rest = newcomers.filter((id) => !spots.has(id));
    if (rest.length) for (const [id, p] of placeNewcomers({ placed, newcomers: rest, neighbours, parent: around })) spots.set(id, p);
    return spots;
  }

  /** A deterministic spot next to a placed neighbour, or on a spiral around the origin. */
  private startPosition(id: string, store: GraphStore, placed: Map<string, Point>, known: Readonly<Record<string, Point>>): Point {
    const seed = seedOf([id]);
    const angle = ((seed % 3600) / 3600) * 2 * Math.PI;
    for (const n of store.neighbours(id)) {
      const p = placed.get(n) ?? known[n];
      if (p) return { x: p.x + 80 * Math.cos(angle), y: p.y + 80 * Math.sin(angle) };
    }
    const k = placed.size;
    return { x: Math.cos(angle) * (40 + 12 * Math.sqrt(k)) * 3, y: Math.sin(angle) * (40 + 12 * Math.sqrt(k)) * 3 };
  }

  /**
   * Runs the view's layout over the drawn entities (pinned ones stay) and
   * resolves with the new positions. The force layout is computed in a Web
   * Worker when there is a page (see ForceLayoutRunner) and then applied,
   * animated for small graphs; the others are quick enough to run here.
   */
  async runLayout(state: ViewState, store: GraphStore, opts: { animate?: boolean } = {}): Promise<Record<string, Point>> {
    // measuring every entity's box for the worker is a task's worth of work after the render that drew them
    if (!this.headless) await nextTask();
    const cy = this.cy;
    const run = ++this.layoutRun;
    const ids = cy.nodes().map((n) => n.id());
    if (ids.length === 0) return {};
    const nodes = ids.map((id) => store.nodes.get(id)).filter((n): n is GNode => !!n);
    const idSet = new Set(ids);
    const fixed = new Map<string, Point>();
    for (const id of state.pinned) if (idSet.has(id)) fixed.set(id, { ...cy.getElementById(id).position() }); // a copy: position() is live
    const edges = store.edgesAmong(idSet);
    let geo: GeoLayout | undefined;
    if (state.layout === 'geo') {
      geo = geoLayout(nodes, edges);
      if (geo.frame) this.geoFrames = [geo.frame, ...this.geoFrames].slice(0, RECENT_FRAMES);
    }
    const options = layoutOptions(state.layout, { nodes, edges, fixed, root: state.selected, geo });
    // on the map, places carry big labels so the geography reads when zoomed out
    cy.batch(() => cy.nodes('[type = "City"], [type = "Country"]').toggleClass('place-label', state.layout === 'geo'));
    const animate = !this.headless && opts.animate !== false && nodes.length <= LARGE_LAYOUT && (options as { animate?: boolean }).animate !== false;
    if (state.layout === 'fcose') {
      const computing = this.forceLayouts.run(this.forceJob(options, edges, ids));
      if (this.forceLayouts.inWorker) void styleAhead(cy);
      const positions = await computing;
      // a newer layout started meanwhile: its result is the one to show
      if (run !== this.layoutRun || this.cy !== cy) return this.positions();
      // fitting here measures every label; without an animation to carry it, the caller's cheaper fit() does it
      const applied = { name: 'preset', positions: (n: NodeSingular) => positions[n.id()], fit: animate, padding: 40, animate, animationDuration: 400 };
      const placed = await this.apply(cy, applied as unknown as LayoutOptions, fixed, ids);
      // the caller's fit measures every relationship's route: a task of its own after the one that moved them
      if (!this.headless) await nextTask();
      return placed;
    }
    return this.apply(cy, { ...options, animate: animate ? 'end' : false } as LayoutOptions, fixed, ids);
  }

  /** The force layout's input as plain data: each entity's box as drawn (with its label when the canvas can measure it). */
  private forceJob(options: LayoutOptions, edges: readonly GEdge[], ids: readonly string[]): ForceJob {
    const withLabels = (options as { nodeDimensionsIncludeLabels?: boolean }).nodeDimensionsIncludeLabels === true && !this.headless;
    const nodes = this.cy.nodes().map((n) => {
      if (!withLabels) return { id: n.id(), w: n.outerWidth(), h: n.outerHeight() };
      const bb = n.boundingBox({ includeLabels: true, includeOverlays: false } as cytoscape.BoundingBoxOptions);
      return { id: n.id(), w: bb.w, h: bb.h };
    });
    const plain = Object.fromEntries(Object.entries(options).filter(([, v]) => typeof v !== 'function' && v !== undefined));
    return { nodes, edges: edges.map((e) => ({ source: e.source, target: e.target })), options: plain, seed: seedOf(ids) };
  }

  /** Runs a layout on the canvas itself, pinned entities put back where they were; resolves with every position. */
  private apply(cy: Core, options: LayoutOptions, fixed: ReadonlyMap<string, Point>, ids: readonly string[]): Promise<Record<string, Point>> {
    return new Promise((resolve) => {
      const pinnedNodes = cy.nodes('.pinned');
      pinnedNodes.unlock(); // fcose moves locked nodes to honour constraints, preset skips them; we restore them below
      const layout = cy.layout(options);
      layout.one('layoutstop', () => {
        for (const [id, p] of fixed) cy.getElementById(id).position({ ...p });
        pinnedNodes.lock();
        // The drawing's extent changed, and with it how many names fit. On a page a fit usually follows and
        // decides at its zoom: restyling now too would make Cytoscape rebuild its cached pictures twice.
        if (this.cy === cy) {
          this.detailBand = null;
          if (this.headless) this.updateDetail();
          else this.scheduleDetail();
        }
        resolve(this.positions());
      });
      withSeededRandom(seedOf(ids), () => layout.run());
    });
  }

  /**
   * Tells the map beneath which frame the drawn places sit in (null: no map,
   * the layout is not geographic): the latest geographic layout's, an earlier
   * one's after an undo, or the one these entities would get when none
   * matches (a reopened link).
   */
  syncMap(state: ViewState, store: GraphStore): void {
    if (!this.handlers.map) return;
    if (state.layout !== 'geo') return this.handlers.map(null);
    const nodes = this.cy.nodes().map((n) => store.nodes.get(n.id())).filter((n): n is GNode => !!n);
    const places = nodes.flatMap((n) => {
      const at = coordinatesOf(n);
      return at ? [{ at, position: this.cy.getElementById(n.id).position() }] : [];
    });
    const fresh = geoFrameOf(nodes, store.edgesAmong(new Set(nodes.map((n) => n.id))));
    this.handlers.map(bestFrame(fresh ? [fresh, ...this.geoFrames] : this.geoFrames, places));
  }

  /** Drawn entities the filters leave visible, with their positions: where the keyboard can go. */
  navPoints(): NavPoint[] {
    const out: NavPoint[] = [];
    this.cy.nodes().forEach((n) => {
      if (!n.hasClass('filtered')) out.push({ id: n.id(), x: n.position('x'), y: n.position('y') });
    });
    return out;
  }

  /** The middle of the screen in model coordinates. */
  viewportCenter(): Point {
    const pan = this.cy.pan();
    const zoom = this.cy.zoom();
    return { x: (this.cy.width() / 2 - pan.x) / zoom, y: (this.cy.height() / 2 - pan.y) / zoom };
  }

  /** Draws the keyboard focus ring on one entity (null: none). */
  markKeyboardFocus(id: string | null): void {
    this.cy.batch(() => {
      this.cy.nodes('.kbd-focus').removeClass('kbd-focus');
      if (id) this.cy.getElementById(id).addClass('kbd-focus');
    });
  }

  /** Pans so an entity is on screen, when it is not. */
  reveal(id: string): void {
    const n = this.cy.getElementById(id);
    if (n.empty()) return;
    const p = n.renderedPosition();
    const margin = 40;
    if (p.x >= margin && p.y >= margin && p.x <= this.cy.width() - margin && p.y <= this.cy.height() - margin) return;
    this.cy.animate({ center: { eles: n } }, { duration: 150 });
  }

  /** Moves drawn entities to these positions (undo, redo, a link). */
  place(positions: Readonly<Record<string, Point>>): void {
    this.cy.batch(() => {
      for (const [id, p] of Object.entries(positions)) this.cy.getElementById(id).position({ ...p });
    });
  }

  /** What the status bar counts: entities drawn and not filtered out, and every relationship drawn. */
  counts(): { visibleEntities: number; relationships: number } {
    return { visibleEntities: this.cy.nodes().filter((n) => !n.hasClass('filtered')).length, relationships: this.cy.edges().length };
  }

  /** Current positions of the drawn entities. */
  positions(): Record<string, Point> {
    const out: Record<string, Point> = {};
    this.cy.nodes().forEach((n) => {
      const p = n.position();
      out[n.id()] = { x: p.x, y: p.y };
    });
    return out;
  }

  /** Marks a path's entities and relationships; everything else fades. */
  highlightPath(nodeIds: readonly string[], edgeIds: readonly string[]): void {
    const cy = this.cy;
    const nodes = new Set(nodeIds);
    const edgeSet = new Set(edgeIds.map((id) => EDGE_PREFIX + id));
    cy.batch(() => {
      cy.elements().removeClass('path faded');
      if (nodes.size === 0) return;
      cy.nodes().forEach((n) => {
        n.addClass(nodes.has(n.id()) ? 'path' : 'faded');
      });
      cy.edges().forEach((e) => {
        const onPath = edgeSet.has(e.id()) || (nodes.has(e.data('source') as string) && nodes.has(e.data('target') as string) && edgeSet.size === 0);
        e.addClass(onPath ? 'path' : 'faded');
      });
    });
  }

  clearHighlight(): void {
    this.cy.elements().removeClass('path faded');
  }

  /** Fits the view to some entities (a traced path). */
  fitTo(ids: readonly string[]): void {
    let eles = this.cy.collection();
    for (const id of ids) eles = eles.union(this.cy.getElementById(id));
    if (eles.nonempty()) this.cy.animate({ fit: { eles, padding: 60 } }, { duration: 300 });
  }

  focus(id: string): void {
    const n = this.cy.getElementById(id);
    if (n.empty()) return;
    this.cy.animate({ center: { eles: n }, zoom: Math.max(this.cy.zoom(), 1) }, { duration: 300 });
  }

  /**
   * Fits the drawing to the screen, but not so far out that labels vanish
   * (below `readableZoom`, small graphs center on the selection instead).
   */
  fit(focusId: string | null = null, opts: { keepReadable?: boolean } = {}): void {
    const cy = this.cy;
    if (cy.elements().length >= this.limits.largeElements) {
      // Labels' extents would mean measuring thousands of texts before the first picture; nodes' extents suffice.
      const bb = cy.nodes().not('.filtered').boundingBox({ includeLabels: false, includeOverlays: false });
      cy.fit(bb as unknown as cytoscape.CollectionArgument, 40);
    } else cy.fit(cy.elements(':visible'), 40);
    // a handful of entities should not fill the screen
    if (cy.zoom() > MAX_FIT_ZOOM) cy.zoom({ level: MAX_FIT_ZOOM, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    if (opts.keepReadable !== false && cy.nodes().length <= 300 && cy.zoom() < READABLE_ZOOM) {
      const focus = focusId ? cy.getElementById(focusId) : cy.collection();
      cy.zoom({ level: READABLE_ZOOM, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
      if (focus.nonempty()) cy.center(focus);
    }
    // now, not after the zoom settles: the picture that follows a fit is the one to name things in
    this.updateDetail();
    this.scheduleCachedPictures();
  }

  /**
   * Once a large drawing has been still for a moment, has Cytoscape build its
   * cached pictures of it in one frame, so the pans and zooms that follow
   * draw a few pictures instead of every element (canvasCaches.ts).
   */
  private scheduleCachedPictures(): void {
    if (this.headless || this.webglOn || this.cy.elements().length < this.limits.largeElements) return;
    if (this.cacheTimer) clearTimeout(this.cacheTimer);
    const cy = this.cy;
    this.cacheTimer = setTimeout(() => {
      this.cacheTimer = null;
      if (this.cy !== cy || cy.destroyed()) return;
      if (gestureInProgress(cy)) return this.scheduleCachedPictures();
      buildCachedPicturesNow(cy);
    }, CACHE_SETTLE_MS);
  }

  /** The visible part of the view as plain data (what the exports write). */
  visibleElements(store: GraphStore): { nodes: GNode[]; edges: GEdge[] } {
    const nodes = this.cy
      .nodes()
      .filter((n) => !n.hasClass('filtered'))
      .map((n) => store.nodes.get(n.id()))
      .filter((n): n is GNode => !!n);
    const edges = this.cy
      .edges()
      .filter((e) => !e.hasClass('filtered'))
      .map((e) => store.edges.get((e.id() as string).slice(EDGE_PREFIX.length)))
      .filter((e): e is GEdge => !!e);
    return { nodes, edges };
  }

  /** PNG of the whole view (not just the viewport) on white. */
  png(): Promise<Blob> {
    return this.cy.png({ output: 'blob-promise', full: true, scale: 2, bg: '#ffffff', maxWidth: 6000, maxHeight: 6000 });
  }

  destroy(): void {
    if (this.detailTimer) clearTimeout(this.detailTimer);
    if (this.cacheTimer) clearTimeout(this.cacheTimer);
    this.forceLayouts.destroy();
    this.cy.destroy();
  }
}

/** Elements styled per task by styleAhead: each chunk well under the 50 ms that count as blocking. */
const STYLE_AHEAD_CHUNK = 100;

/**
 * Styles the elements not styled yet (relationships, mostly: measuring the
 * entities for the force layout styled those) in small tasks while the
 * layout is computed in its worker, instead of all at once in the first
 * frame that draws them. The same styles, only sooner.
 */
async function styleAhead(cy: Core): Promise<void> {
  const eles = cy.elements();
  for (let i = 0; i < eles.length; i += STYLE_AHEAD_CHUNK) {
    await nextTask();
    if (cy.destroyed()) return;
    // what Cytoscape's renderer calls before drawing: it styles the elements whose style is out of date
    (eles.slice(i, i + STYLE_AHEAD_CHUNK).filter((e) => e.inside()) as unknown as { cleanStyle(): void }).cleanStyle();
  }
}

function nodeData(n: GNode, group?: GroupDatum): Record<string, unknown> {
  if (group) return { id: n.id, type: n.type, name: group.ariaName, aria: group.ariaName, label: group.label, size: groupSize(group.members), degree: n.degree, members: group.members };
  return { id: n.id, type: n.type, name: n.name, label: shortLabel(n.name), size: nodeSize(n.degree), degree: n.degree };
}

function edgeData(e: GEdge, count?: number): Record<string, unknown> {
  const label = count === undefined ? relationLabel(e.type) : countLabel(count);
  return { id: EDGE_PREFIX + e.id, rid: e.id, source: e.source, target: e.target, type: e.type, label, ...(count === undefined ? {} : { count }) };
}

function countLabel(count: number): string {
  return count.toLocaleString('en');
}

let hardwareWebglCache: boolean | null = null;

/**
 * WebGL pays off only on a GPU: with a software rasteriser (SwiftShader,
 * llvmpipe — headless browsers, some VMs) the canvas renderer is faster,
 * so 'auto' keeps it there.
 */
export function hardwareWebgl(): boolean {
  if (hardwareWebglCache !== null) return hardwareWebglCache;
  try {
    const gl = document.createElement('canvas').getContext('webgl2');
    if (!gl) return (hardwareWebglCache = false);
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const name = String(info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER));
    hardwareWebglCache = !/swiftshader|llvmpipe|software|softpipe/i.test(name);
    gl.getExtension('WEBGL_lose_context')?.loseContext();
  } catch {
    hardwareWebglCache = false;
  }
  return hardwareWebglCache;
}
