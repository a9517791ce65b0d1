/**
 * The explorer in headless Chromium (Debian's /usr/bin/chromium through
 * playwright-core): the explorer's GraphView drawing synthetic graphs of 1k,
 * 5k and 20k elements with the canvas renderer and with WebGL — time to first
 * render, fcose layout time and the main thread's blocking time meanwhile
 * (the layout itself runs in a Web Worker), and frames per second while
 * panning. The harness (bench/explorer/) is built with Vite into a temporary
 * folder and served on loopback. Headless Chromium has no GPU here: WebGL
 * runs on SwiftShader (software), so WebGL figures are a floor for a machine
 * with a GPU.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import type { HarnessResult } from './explorer/harness.ts';
import { freePort } from './support/benchNeo4j.ts';
import { progress, round } from './support/progress.ts';

export const ELEMENT_COUNTS = [1_000, 5_000, 20_000] as const;
const LAYOUT_TIMEOUT_MS = 120_000;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'];

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
  layoutMs: number | null;
  /** nodes the layout moved; 0 means it returned without placing anything */
  layoutMoved: number | null;
  /** the main thread's total blocking time during the layout (long tasks' time beyond 50 ms) */
  layoutBlockingMs: number | null;
  layoutLongestTaskMs: number | null;
  panFps: number;
  panWorstFrameMs: number;
  interactive: boolean;
}

export interface ExplorerResult {
  chromium: string;
  rows: ExplorerRow[];
  notes: string[];
}

async function buildHarness(): Promise<string> {
  const vite = await import('vite');
  const out = mkdtempSync(join(tmpdir(), 'edugraph-bench-explorer-'));
  await vite.build({
    configFile: false,
    root: fileURLToPath(new URL('./explorer/', import.meta.url)),
    logLevel: 'warn',
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

export async function benchExplorer(counts: readonly number[] = ELEMENT_COUNTS, renderers: readonly ('canvas' | 'webgl')[] = ['canvas', 'webgl']): Promise<ExplorerResult> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium, or set CHROMIUM_PATH`);
  progress('explorer: building the harness with Vite…');
  const dir = await buildHarness();
  const port = await freePort();
  const server = await serveDir(dir, port);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS, headless: true });
  const rows: ExplorerRow[] = [];
  const notes: string[] = [];
  try {
    for (const elements of counts) {
      for (const renderer of renderers) {
        const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
        try {
          await page.goto(`http://127.0.0.1:${port}/`);
          await page.waitForFunction(() => document.title === 'ready');
          type Run = (n: number, webgl: boolean, phase: string) => Promise<Partial<HarnessResult>>;
          const call = (phase: string): Promise<Partial<HarnessResult>> =>
            page.evaluate(([n, w, p]) => (window as unknown as { edugraphBench: Run }).edugraphBench(n, w, p), [elements, renderer === 'webgl', phase] as [number, boolean, string]);
          const first = await call('render');
          const panBefore = await call('pan');
          const layout = await within(call('layout'), LAYOUT_TIMEOUT_MS);
          const pan = layout === 'timeout' ? panBefore : await call('pan');
          if (layout === 'timeout') notes.push(`${elements} elements, ${renderer}: fcose did not finish within ${LAYOUT_TIMEOUT_MS / 1000} s; pan measured before layout`);
          const row: ExplorerRow = {
            elements,
            nodes: first.nodes ?? 0,
            edges: first.edges ?? 0,
            renderer,
            webglActive: first.webgl ?? false,
            firstRenderMs: Math.round(first.firstRenderMs ?? 0),
            layoutMs: layout === 'timeout' ? null : Math.round(layout.layoutMs ?? 0),
            layoutMoved: layout === 'timeout' ? null : (layout.layoutMoved ?? 0),
            layoutBlockingMs: layout === 'timeout' ? null : Math.round(layout.layoutBlockingMs ?? 0),
            layoutLongestTaskMs: layout === 'timeout' ? null : Math.round(layout.layoutLongestTaskMs ?? 0),
            panFps: round(pan.panFps ?? 0),
            panWorstFrameMs: Math.round(pan.panWorstFrameMs ?? 0),
            interactive: false,
          };
          row.interactive = row.panFps >= INTERACTIVE.minPanFps && row.firstRenderMs <= INTERACTIVE.maxFirstRenderMs;
          rows.push(row);
          progress(
            `explorer: ${String(elements).padStart(6)} elements ${renderer.padEnd(6)} first render ${row.firstRenderMs} ms, layout ${row.layoutMs ?? '>' + LAYOUT_TIMEOUT_MS} ms (${row.layoutMoved ?? '?'} nodes moved, main thread blocked ${row.layoutBlockingMs ?? '?'} ms, longest task ${row.layoutLongestTaskMs ?? '?'} ms), pan ${row.panFps} fps (worst frame ${row.panWorstFrameMs} ms)${row.webglActive !== (renderer === 'webgl') ? ' [renderer fell back]' : ''}`,
          );
        } finally {
          await page.close().catch(() => {});
        }
      }
    }
  } finally {
    await browser.close();
    await new Promise((r) => server.close(r));
    rmSync(dir, { recursive: true, force: true });
  }
  notes.push(
    'Headless Chromium without a GPU: the WebGL renderer runs on SwiftShader (software rasterization); on a machine with a GPU WebGL figures are expected to be better.',
    `Interactive means panning at ≥ ${INTERACTIVE.minPanFps} fps with the first picture within ${INTERACTIVE.maxFirstRenderMs / 1000} s. Pan FPS is measured after the layout (the explorer's large-graph hints — no labels or edges while panning from 1,500 elements — are on).`,
  );
  return { chromium: (await import('./support/machine.ts')).machineInfo().chromium ?? CHROMIUM, rows, notes };
}
