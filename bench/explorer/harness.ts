/**
 * Runs in headless Chromium: the explorer's own GraphView (its stylesheet,
 * renderer switch, batched adds and fcose layout) drawing a synthetic graph
 * of a given number of elements, timed. Exposes `window.edugraphBench`.
 */
import type { NodeSingular } from 'cytoscape';
import { GraphView } from '../../explorer/src/graph/GraphView.ts';
import type { EntityType, GEdge, GNode } from '../../explorer/src/model.ts';
import { GraphStore } from '../../explorer/src/state/GraphStore.ts';
import { emptyView } from '../../explorer/src/state/ViewState.ts';

export interface HarnessResult {
  elements: number;
  nodes: number;
  edges: number;
  webgl: boolean;
  firstRenderMs: number;
  layoutMs: number | null;
  /** nodes the layout moved (0: it did nothing) */
  layoutMoved: number;
  /** the main thread's total blocking time while the layout ran: each long task's time beyond 50 ms, summed */
  layoutBlockingMs: number;
  /** the longest task on the main thread while the layout ran */
  layoutLongestTaskMs: number;
  panFps: number;
  panWorstFrameMs: number;
  /** frames per second while the mouse drags the background, as a person pans */
  dragFps: number;
  dragWorstFrameMs: number;
  /** frames per second while the mouse wheel zooms in and out, as a person zooms */
  zoomFps: number;
  zoomWorstFrameMs: number;
  /** frames per second while the mouse drags one node across the canvas */
  nodeDragFps: number;
  nodeDragWorstFrameMs: number;
}

const TYPES: EntityType[] = ['Organization', 'Organization', 'Organization', 'Event', 'Event', 'Person', 'Topic', 'Country', 'City', 'Practice'];

/** Preferential attachment: a few hubs, many leaves — the shape of the real graph. */
function syntheticGraph(elements: number): { nodes: GNode[]; edges: GEdge[] } {
  let seed = 42;
  const rnd = (): number => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 4294967296;
  };
  const nodeCount = Math.round(elements * 0.4);
  const edgeCount = elements - nodeCount;
  const nodes: GNode[] = [];
  const ends: number[] = [];
  const edges: GEdge[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < nodeCount; i++) {
    nodes.push({ id: `n${i}`, type: TYPES[i % TYPES.length]!, name: `Entity number ${i} of the benchmark`, degree: 1 });
    if (i === 0) continue;
    const j = ends.length && rnd() < 0.8 ? ends[Math.floor(rnd() * ends.length)]! : Math.floor(rnd() * i);
    edges.push({ id: `n${i}|PARTNERED|n${j}`, source: `n${i}`, target: `n${j}`, type: 'PARTNERED' });
    seen.add(`${i}|${j}`);
    ends.push(i, j);
  }
  while (edges.length < edgeCount) {
    const a = Math.floor(rnd() * nodeCount);
    const b = ends[Math.floor(rnd() * ends.length)]!;
    if (a === b || seen.has(`${a}|${b}`)) continue;
    seen.add(`${a}|${b}`);
    edges.push({ id: `n${a}|PARTICIPATED_IN|n${b}`, source: `n${a}`, target: `n${b}`, type: 'PARTICIPATED_IN' });
  }
  const degree = new Map<string, number>();
  for (const e of edges) for (const end of [e.source, e.target]) degree.set(end, (degree.get(end) ?? 0) + 1);
  for (const n of nodes) n.degree = degree.get(n.id) ?? 0;
  return { nodes, edges };
}

/**
 * Every long task (over 50 ms) on the main thread since the page loaded.
 * Observed from the start: Chromium does not report the task in which an
 * observer is registered, which would be the very task that runs a layout.
 */
const longTasks: { start: number; duration: number }[] = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) longTasks.push({ start: e.startTime, duration: e.duration });
}).observe({ type: 'longtask' });

/** The long tasks that overlap `fn`, as Lighthouse counts them: the blocking time is each one's part beyond 50 ms. */
async function blockingDuring<T>(fn: () => Promise<T>): Promise<{ value: T; blockingMs: number; longestMs: number }> {
  // from a task of the page's own: work done inside DevTools' evaluate call is not reported as a long task
  await new Promise((r) => setTimeout(r, 0));
  const t0 = performance.now();
  const value = await fn();
  // a long task is reported after it ends: let the last one arrive
  await new Promise((r) => setTimeout(r, 100));
  const during = longTasks.filter((t) => t.start + t.duration > t0).map((t) => t.duration);
  return { value, blockingMs: during.reduce((sum, d) => sum + Math.max(0, d - 50), 0), longestMs: Math.max(0, ...during) };
}

const frame = (): Promise<number> => new Promise((r) => requestAnimationFrame((t) => r(t)));

let view: GraphView | null = null;

/**
 * Drags the background with the mouse for 3 s. Unlike panBy, this is the
 * gesture Cytoscape knows as panning, so its viewport optimisations (a
 * texture of the picture, edges hidden) apply as they do for a person.
 */
async function dragPan(container: HTMLElement): Promise<{ fps: number; worst: number }> {
  const box = container.getBoundingClientRect();
  // a corner is background after a fit (40 px padding): pressing there pans instead of dragging a node
  let x = box.left + 8;
  let y = box.top + 8;
  let dir = 1;
  return mouseDrag(container, { x, y }, () => {
    x += 4 * dir;
    y += 2 * dir;
    // back and forth, so the pointer stays over the canvas
    if (x > box.left + 600 || x < box.left + 8) dir = -dir;
    return { x, y };
  });
}

/** Presses the mouse on `target` at `start`, moves it every frame for 3 s to where `next` says, and lets go. */
async function mouseDrag(target: EventTarget, start: { x: number; y: number }, next: (step: number) => { x: number; y: number }): Promise<{ fps: number; worst: number }> {
  let at = start;
  const mouse = (on: EventTarget, type: string): boolean =>
    on.dispatchEvent(new MouseEvent(type, { clientX: at.x, clientY: at.y, button: 0, buttons: type === 'mouseup' ? 0 : 1, bubbles: true, cancelable: true, view: window }));
  mouse(target, 'mousedown');
  let frames = 0;
  let worst = 0;
  let last = await frame();
  const end = last + 3000;
  while (last < end) {
    at = next(++frames);
    mouse(window, 'mousemove');
    const t = await frame();
    worst = Math.max(worst, t - last);
    last = t;
  }
  mouse(window, 'mouseup');
  await frame();
  return { fps: frames / 3, worst };
}

/**
 * Turns the mouse wheel over the middle of the canvas for 3 s, zooming in
 * and out by turns: the gesture Cytoscape zooms with (viewport optimisations
 * on, as for a drag).
 */
async function wheelZoom(container: HTMLElement): Promise<{ fps: number; worst: number }> {
  const box = container.getBoundingClientRect();
  const at = { clientX: box.left + box.width / 2, clientY: box.top + box.height / 2 };
  let frames = 0;
  let worst = 0;
  let last = await frame();
  const end = last + 3000;
  while (last < end) {
    // half a second in, half a second out
    const deltaY = Math.floor((last % 1000) / 500) ? 40 : -40;
    container.dispatchEvent(new WheelEvent('wheel', { ...at, deltaY, deltaMode: 0, bubbles: true, cancelable: true, view: window }));
    const t = await frame();
    worst = Math.max(worst, t - last);
    last = t;
    frames++;
  }
  await frame();
  return { fps: frames / 3, worst };
}

/**
 * Drags one node with the mouse for 3 s, back and forth: the median-degree
 * node nearest the middle of the screen (a hub drags hundreds of edges with
 * it, a leaf one; a person drags whatever they look at).
 */
async function nodeDrag(container: HTMLElement): Promise<{ fps: number; worst: number }> {
  const cy = view!.cy;
  const box = container.getBoundingClientRect();
  const degrees = cy.nodes().map((n) => n.degree(false)).sort((a, b) => a - b);
  const median = degrees[Math.floor(degrees.length / 2)] ?? 0;
  const centre = { x: box.width / 2, y: box.height / 2 };
  let best = cy.nodes()[0]!;
  let bestDist = Infinity;
  cy.nodes().forEach((n) => {
    if (n.degree(false) !== median) return;
    const p = n.renderedPosition();
    const d = Math.hypot(p.x - centre.x, p.y - centre.y);
    if (d < bestDist) {
      best = n;
      bestDist = d;
    }
  });
  const start = best.renderedPosition();
  const canvas = container.querySelector('canvas:last-of-type') ?? container;
  // the node on top at that spot is the one grabbed (another may overlap the chosen one)
  let grabbed: NodeSingular | null = null;
  cy.one('grab', 'node', (e) => {
    grabbed = e.target as NodeSingular;
  });
  const grab: { from?: { x: number; y: number } } = {};
  const result = await mouseDrag(canvas, { x: box.left + start.x, y: box.top + start.y }, (step) => {
    grab.from ??= { ...(grabbed ?? best).position() };
    // a circle of 150 px around where it was, so it stays on screen
    return { x: box.left + start.x + 150 * Math.sin(step / 20), y: box.top + start.y + 150 * (1 - Math.cos(step / 20)) * 0.5 };
  });
  // the drag reached a node (else it measured panning): fail loudly rather than report the wrong thing
  const to = (grabbed as NodeSingular | null)?.position();
  const from = grab.from;
  if (!to || !from || Math.abs(to.x - from.x) + Math.abs(to.y - from.y) < 1) throw new Error('node drag: no node was dragged');
  return result;
}

async function run(elements: number, webgl: boolean, phase: 'render' | 'layout' | 'pan' | 'drag' | 'zoom' | 'nodeDrag'): Promise<Partial<HarnessResult>> {
  const container = document.getElementById('cy')!;
  if (phase === 'render') {
    view?.destroy();
    const { nodes, edges } = syntheticGraph(elements);
    const store = new GraphStore();
    store.merge({ nodes, edges });
    view = new GraphView({ container, renderer: webgl ? 'webgl' : 'canvas', limits: { maxNodes: 1_000_000 } });
    // reachable from DevTools or a script, to try a renderer setting on the very page being measured
    (window as unknown as { benchView: GraphView }).benchView = view;
    const state = { ...emptyView('fcose'), shown: nodes.map((n) => n.id) };
    (window as unknown as { benchState: unknown }).benchState = { state, store };
    const t0 = performance.now();
    await view.render(state, store, new Set(state.shown));
    view.fit();
    await frame();
    await frame();
    return { elements, nodes: nodes.length, edges: edges.length, webgl: view.usingWebgl, firstRenderMs: performance.now() - t0 };
  }
  const { state, store } = (window as unknown as { benchState: { state: Parameters<GraphView['runLayout']>[0]; store: GraphStore } }).benchState;
  if (phase === 'layout') {
    const before = view!.positions();
    const t0 = performance.now();
    let ms = 0;
    const { value: after, blockingMs, longestMs } = await blockingDuring(async () => {
      const positions = await view!.runLayout(state, store, { animate: false });
      ms = performance.now() - t0;
      view!.fit();
      await frame();
      return positions;
    });
    const moved = Object.entries(after).filter(([id, p]) => Math.abs(p.x - (before[id]?.x ?? 0)) + Math.abs(p.y - (before[id]?.y ?? 0)) > 1).length;
    return { layoutMs: ms, layoutMoved: moved, layoutBlockingMs: blockingMs, layoutLongestTaskMs: longestMs };
  }
  if (phase === 'drag') {
    const { fps, worst } = await dragPan(container);
    return { dragFps: fps, dragWorstFrameMs: worst };
  }
  if (phase === 'zoom') {
    const { fps, worst } = await wheelZoom(container);
    view!.fit();
    await frame();
    return { zoomFps: fps, zoomWorstFrameMs: worst };
  }
  if (phase === 'nodeDrag') {
    const { fps, worst } = await nodeDrag(container);
    return { nodeDragFps: fps, nodeDragWorstFrameMs: worst };
  }
  // pan: move the viewport every frame for 3 s from script (Cytoscape draws every frame in full, as for an animation)
  const cy = view!.cy;
  let frames = 0;
  let worst = 0;
  let last = await frame();
  const end = last + 3000;
  while (last < end) {
    cy.panBy({ x: 4, y: 2 });
    const t = await frame();
    worst = Math.max(worst, t - last);
    last = t;
    frames++;
  }
  return { panFps: frames / 3, panWorstFrameMs: worst };
}

(window as unknown as { edugraphBench: typeof run }).edugraphBench = run;
document.title = 'ready';
