/**
 * The explorer in headless Chromium (Debian's /usr/bin/chromium through
 * playwright-core): the explorer's GraphView drawing synthetic graphs of 1k,
 * 5k and 20k elements with the canvas renderer and with WebGL — time to first
 * render, fcose layout time and the main thread's blocking time meanwhile
 * (the layout itself runs in a Web Worker), and frames per second while
 * panning, from script and by dragging the background with the mouse, with
 * the renderer process' CPU time beside the wall-clock figures. The harness (bench/explorer/) is built with Vite into a temporary
 * folder and served on loopback. Headless Chromium has no GPU here: WebGL
 * runs on SwiftShader (software), so WebGL figures are a floor for a machine
 * with a GPU.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import type { HarnessResult } from './explorer/harness.ts';
import { freePort } from './support/benchNeo4j.ts';
import { progress, round } from './support/progress.ts';

export const ELEMENT_COUNTS = [1_000, 5_000, 20_000] as const;
const LAYOUT_TIMEOUT_MS = 120_000;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'];

/** Issue 21's targets per drawing size (canvas): the first picture, panning and zooming (from script, mouse drag and wheel alike), dragging a node. */
export const EXPLORER_TARGETS: Record<number, { firstRenderMs: number; panZoomFps: number; nodeDragFps?: number }> = {
  5_000: { firstRenderMs: 1500, panZoomFps: 45, nodeDragFps: 30 },
  20_000: { firstRenderMs: 4000, panZoomFps: 20 },
};

/** "Interactive": panning at ≥ 30 frames per second and the first picture within 2 s. */
export const INTERACTIVE = { minPanFps: 30, maxFirstRenderMs: 2000 };

export interface ExplorerRow {
  elements: number;
  nodes: number;
  edges: number;
  renderer: 'canvas' | 'webgl';
  /** what GraphView actually used */
  webglActive: boolean;
  firstRenderMs: number;
  /** CPU time the page's renderer process spent on the first picture: steadier than wall time when other work shares the machine */
  firstRenderCpuMs: number;
  layoutMs: number | null;
  /** nodes the layout moved; 0 means it returned without placing anything */
  layoutMoved: number | null;
  /** the main thread's total blocking time during the layout (long tasks' time beyond 50 ms) */
  layoutBlockingMs: number | null;
  layoutLongestTaskMs: number | null;
  /** panning from script (cy.panBy each frame): every frame drawn in full */
  panFps: number;
  panWorstFrameMs: number;
  /** the renderer process' CPU time per frame while panning from script */
  panCpuMsPerFrame: number;
  /** panning with the mouse on the background, as a person does */
  dragFps: number;
  dragWorstFrameMs: number;
  /** zooming with the mouse wheel, in and out by turns */
  zoomFps: number;
  zoomWorstFrameMs: number;
  /** dragging one node with the mouse */
  nodeDragFps: number;
  nodeDragWorstFrameMs: number;
  interactive: boolean;
  /** which code drew it: this checkout's, or the baseline's in a same-run comparison (EDUGRAPH_BENCH_EXPLORER_BASELINE) */
  code?: 'current' | 'baseline';
}

export interface ExplorerResult {
  chromium: string;
  rows: ExplorerRow[];
  notes: string[];
}

/** Builds the harness; `explorerSrc` replaces explorer/src (a copy of an earlier commit's, for a same-run comparison). */
async function buildHarness(explorerSrc: string | null = null): Promise<string> {
  const vite = await import('vite');
  const out = mkdtempSync(join(tmpdir(), 'edugraph-bench-explorer-'));
  await vite.build({
    configFile: false,
    root: fileURLToPath(new URL('./explorer/', import.meta.url)),
    logLevel: 'warn',
    resolve: explorerSrc ? { alias: [{ find: /^(\.\.\/)+explorer\/src\//, replacement: `${explorerSrc.replace(/\/$/, '')}/` }] } : {},
    build: { outDir: out, emptyOutDir: true, chunkSizeWarningLimit: 4000 },
  });
  return out;
}

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

function serveDir(dir: string, port: number): Promise<Server> {
  const server = createServer((req, res) => {
    const path = normalize(join(dir, (req.url ?? '/').split('?')[0]!.replace(/^\/$/, '/index.html')));
    if (!path.startsWith(dir) || !existsSync(path)) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(readFileSync(path));
  });
  return new Promise((r) => server.listen(port, '127.0.0.1', () => r(server)));
}

function within<T>(p: Promise<T>, ms: number): Promise<T | 'timeout'> {
  return Promise.race([p, new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), ms).unref())]);
}

type Renderer = 'canvas' | 'webgl';

/** EDUGRAPH_BENCH_EXPLORER_COUNTS=1000,5000 and EDUGRAPH_BENCH_EXPLORER_RENDERERS=canvas narrow a run (measuring one change), else every size and renderer. */
function fromEnv(): { counts: readonly number[]; renderers: readonly Renderer[] } {
  const list = (name: string): string[] => (process.env[name] ?? '').split(',').map((x) => x.trim()).filter(Boolean);
  const counts = list('EDUGRAPH_BENCH_EXPLORER_COUNTS').map(Number).filter((n) => Number.isInteger(n) && n > 0);
  const renderers = list('EDUGRAPH_BENCH_EXPLORER_RENDERERS').filter((r): r is Renderer => r === 'canvas' || r === 'webgl');
  return { counts: counts.length ? counts : ELEMENT_COUNTS, renderers: renderers.length ? renderers : ['canvas', 'webgl'] };
}

/** One page: a graph drawn, laid out, panned, zoomed and a node dragged, timed. */
async function measure(browser: Browser, url: string, elements: number, renderer: Renderer, notes: string[]): Promise<ExplorerRow> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  try {
    await page.goto(url);
    await page.waitForFunction(() => document.title === 'ready');
    type Run = (n: number, webgl: boolean, phase: string) => Promise<Partial<HarnessResult>>;
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const cpuMs = async (): Promise<number> => {
      const { metrics } = await cdp.send('Performance.getMetrics');
      return (metrics.find((m) => m.name === 'ProcessTime')?.value ?? 0) * 1000;
    };
    const spent: Record<string, number> = {};
    const call = async (phase: string): Promise<Partial<HarnessResult>> => {
      const before = await cpuMs();
      const result = await page.evaluate(([n, w, p]) => (window as unknown as { edugraphBench: Run }).edugraphBench(n, w, p), [elements, renderer === 'webgl', phase] as [number, boolean, string]);
      spent[phase] = (await cpuMs()) - before;
      return result;
    };
    const first = await call('render');
    const panBefore = await call('pan');
    const layout = await within(call('layout'), LAYOUT_TIMEOUT_MS);
    const pan = layout === 'timeout' ? panBefore : await call('pan');
    const drag = await call('drag');
    const zoom = await call('zoom');
    const nodeDrag = await call('nodeDrag');
    if (layout === 'timeout') notes.push(`${elements} elements, ${renderer}: fcose did not finish within ${LAYOUT_TIMEOUT_MS / 1000} s; pan measured before layout`);
    const row: ExplorerRow = {
      elements,
      nodes: first.nodes ?? 0,
      edges: first.edges ?? 0,
      renderer,
      webglActive: first.webgl ?? false,
      firstRenderMs: Math.round(first.firstRenderMs ?? 0),
      firstRenderCpuMs: Math.round(spent.render ?? 0),
      layoutMs: layout === 'timeout' ? null : Math.round(layout.layoutMs ?? 0),
      layoutMoved: layout === 'timeout' ? null : (layout.layoutMoved ?? 0),
      layoutBlockingMs: layout === 'timeout' ? null : Math.round(layout.layoutBlockingMs ?? 0),
      layoutLongestTaskMs: layout === 'timeout' ? null : Math.round(layout.layoutLongestTaskMs ?? 0),
      panFps: round(pan.panFps ?? 0),
      panWorstFrameMs: Math.round(pan.panWorstFrameMs ?? 0),
      panCpuMsPerFrame: round((spent.pan ?? 0) / Math.max(1, (pan.panFps ?? 0) * 3)),
      dragFps: round(drag.dragFps ?? 0),
      dragWorstFrameMs: Math.round(drag.dragWorstFrameMs ?? 0),
      zoomFps: round(zoom.zoomFps ?? 0),
      zoomWorstFrameMs: Math.round(zoom.zoomWorstFrameMs ?? 0),
      nodeDragFps: round(nodeDrag.nodeDragFps ?? 0),
      nodeDragWorstFrameMs: Math.round(nodeDrag.nodeDragWorstFrameMs ?? 0),
      interactive: false,
    };
    row.interactive = row.panFps >= INTERACTIVE.minPanFps && row.firstRenderMs <= INTERACTIVE.maxFirstRenderMs;
    return row;
  } finally {
    await page.close().catch(() => {});
  }
}

/**
 * EDUGRAPH_BENCH_EXPLORER_BASELINE=DIR: a copy of an earlier explorer/src
 * (`git archive <commit> explorer/src | tar -x -C DIR --strip-components=2`)
 * drawn beside this checkout's, pages alternating (EDUGRAPH_BENCH_EXPLORER_PAIRS
 * pairs per size, 3 by default), so that both meet the same load on a shared
 * machine and their ratio means something.
 */
function baselineFromEnv(): { dir: string | null; pairs: number } {
  const dir = process.env.EDUGRAPH_BENCH_EXPLORER_BASELINE?.trim() || null;
  if (dir && !existsSync(dir)) throw new Error(`EDUGRAPH_BENCH_EXPLORER_BASELINE: ${dir} does not exist`);
  const pairs = Number(process.env.EDUGRAPH_BENCH_EXPLORER_PAIRS ?? 3);
  return { dir, pairs: Number.isInteger(pairs) && pairs > 0 ? pairs : 3 };
}

export async function benchExplorer(counts: readonly number[] = fromEnv().counts, renderers: readonly Renderer[] = fromEnv().renderers): Promise<ExplorerResult> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium, or set CHROMIUM_PATH`);
  const baseline = baselineFromEnv();
  progress('explorer: building the harness with Vite…');
  const dir = await buildHarness();
  const baseDir = baseline.dir ? await buildHarness(baseline.dir) : null;
  const port = await freePort();
  const server = await serveDir(dir, port);
  const basePort = baseDir ? await freePort() : null;
  const baseServer = baseDir && basePort ? await serveDir(baseDir, basePort) : null;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS, headless: true });
  const rows: ExplorerRow[] = [];
  const notes: string[] = [];
  try {
    for (const elements of counts) {
      for (const renderer of renderers) {
        // without a baseline, one page of this code; with one, pairs in alternating order (current first, then baseline first)
        const plan: Array<'current' | 'baseline'> = basePort ? Array.from({ length: baseline.pairs }, (_, i): Array<'current' | 'baseline'> => (i % 2 ? ['baseline', 'current'] : ['current', 'baseline'])).flat() : ['current'];
        for (const code of plan) {
          const row = await measure(browser, `http://127.0.0.1:${code === 'current' ? port : basePort}/`, elements, renderer, notes);
          if (basePort) row.code = code;
          rows.push(row);
          progress(
            `explorer: ${String(elements).padStart(6)} elements ${renderer.padEnd(6)}${basePort ? ` ${code.padEnd(8)}` : ''} first render ${row.firstRenderMs} ms (CPU ${row.firstRenderCpuMs} ms), layout ${row.layoutMs ?? '>' + LAYOUT_TIMEOUT_MS} ms (${row.layoutMoved ?? '?'} nodes moved, main thread blocked ${row.layoutBlockingMs ?? '?'} ms, longest task ${row.layoutLongestTaskMs ?? '?'} ms), pan ${row.panFps} fps (worst frame ${row.panWorstFrameMs} ms, CPU ${row.panCpuMsPerFrame} ms a frame), mouse drag ${row.dragFps} fps (worst ${row.dragWorstFrameMs} ms), wheel zoom ${row.zoomFps} fps (worst ${row.zoomWorstFrameMs} ms), node drag ${row.nodeDragFps} fps (worst ${row.nodeDragWorstFrameMs} ms)${row.webglActive !== (renderer === 'webgl') ? ' [renderer fell back]' : ''}`,
          );
        }
      }
    }
  } finally {
    await browser.close();
    await new Promise((r) => server.close(r));
    if (baseServer) await new Promise((r) => baseServer.close(r));
    rmSync(dir, { recursive: true, force: true });
    if (baseDir) rmSync(baseDir, { recursive: true, force: true });
  }
  if (baseline.dir) notes.push(`Same-run comparison: the "baseline" rows draw with an earlier explorer/src (${baseline.dir}), built into the same harness and served beside this checkout's ("current"), pages alternating, ${baseline.pairs} pairs per size (current first, then baseline first).`);
  notes.push(
    'Headless Chromium without a GPU: the WebGL renderer runs on SwiftShader (software rasterization); on a machine with a GPU WebGL figures are expected to be better.',
    `Interactive means panning at ≥ ${INTERACTIVE.minPanFps} fps with the first picture within ${INTERACTIVE.maxFirstRenderMs / 1000} s. Pan FPS is measured after the layout, panning from script (cy.panBy every frame): Cytoscape then draws every frame in full, because its viewport optimisations (a texture of the picture, no edges or labels while moving; on from 1,500 elements) apply only to gestures. The mouse-drag figure is panning as a person does, with them.`,
    `CPU figures are the page's renderer process' CPU time (DevTools' ProcessTime): on a machine shared with other work they move less than wall-clock times and frame rates.`,
    ...rows.map((r) => `${r.elements} elements, ${r.renderer}${r.code ? ` (${r.code})` : ''}: first render ${r.firstRenderMs} ms (CPU ${r.firstRenderCpuMs} ms); pan from script ${r.panFps} fps (CPU ${r.panCpuMsPerFrame} ms a frame); mouse drag ${r.dragFps} fps (worst frame ${r.dragWorstFrameMs} ms); wheel zoom ${r.zoomFps} fps (worst frame ${r.zoomWorstFrameMs} ms); dragging a node ${r.nodeDragFps} fps (worst frame ${r.nodeDragWorstFrameMs} ms)`),
  );
  return { chromium: (await import('./support/machine.ts')).machineInfo().chromium ?? CHROMIUM, rows, notes };
}
