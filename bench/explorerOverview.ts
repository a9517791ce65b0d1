/**
 * The explorer at scale (issue 21): the real explorer, built and served by
 * the real API server (its own process, as bench:api starts it) over a
 * loaded graph, opened in headless Chromium on the page's entry — the
 * overview, `ExplorerController.overview`: the most connected entities of a
 * graph too large to draw whole — then the busiest country expanded, which
 * draws its neighbours as groups by type and country (`neighborGroups`).
 * Each picture is timed until it is readable (explorer/readable.ts): the
 * step's note written (its layout done), nothing busy, the entities named,
 * every group labelled, and nothing moving for 300 ms. A fresh browser
 * context per run, so nothing is cached from the run before.
 */
import { mkdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page, type Request } from 'playwright-core';
import { ensureExplorerBuilt } from '../explorer/index.ts';
import { RELATION_TYPES } from '../graph/index.ts';
import { serve } from './apiLoad.ts';
import { busiestCountry, readableAt, readableDefaults, type CanvasSample, type CountryCandidate, type ReadableWant } from './explorer/readable.ts';
import { graphCounts, type BenchNeo4j } from './support/benchNeo4j.ts';
import { progress } from './support/progress.ts';

const RESULTS_DIR = fileURLToPath(new URL('./results/', import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
export const VIEWPORT = { width: 1280, height: 800 };
/** How long a picture may take before the run gives up on it (recorded as not readable, never as a time). */
const GIVE_UP_MS = 120_000;
const SAMPLE_EVERY_MS = 40;

/** Issue 21's targets. */
export const OVERVIEW_TARGETS = { overviewMs: 3000, expandMs: 1000 };

const overviewDone: ReadableWant = { note: (n) => n.startsWith('Overview:'), grouped: false };
const hubGrouped: ReadableWant = { note: (n) => n.includes('grouped by type and country'), grouped: true };
/** the same picture drawn and still, whether or not a group is in view (told apart when the groups are drawn off screen) */
const hubDrawn: ReadableWant = { ...hubGrouped, onScreen: false };
/** once drawn and still with nothing in view, how long to keep watching for the view to move to it before recording "not readable" */
const OFF_SCREEN_GRACE_MS = 10_000;

export interface PictureFigures {
  /** ms from the step (navigation, or the call to expand) until readable; null: not readable within GIVE_UP_MS */
  readableMs: number | null;
  /** ms until the step's note appeared (its layout done), before the settling */
  noteMs: number | null;
  /** grouped pictures: ms until drawn and still with every group labelled, on screen or not (equals readableMs when one is on screen) */
  drawnMs: number | null;
  nodes: number;
  groups: number;
  groupsOnScreen: number;
  labelled: number;
  note: string | null;
  /** the GraphQL requests that finished meanwhile: operation and milliseconds from sending to the last byte */
  requests: string[];
}

export interface OverviewRun {
  overview: PictureFigures;
  /** how the country was reached: already drawn in the overview (expand), else opened (openEntity, as from search) */
  countryStep: 'expand' | 'open';
  expand: PictureFigures;
}

export interface OverviewResult {
  chromium: string;
  viewport: { width: number; height: number };
  graph: { reports: number; nodes: number; relationships: number };
  country: CountryCandidate & { name: string };
  runs: OverviewRun[];
  /** medians over the runs (null when any run never became readable) */
  overviewMsMedian: number | null;
  expandMsMedian: number | null;
  screenshots: string[];
  notes: string[];
}

/** What the page shows now, as a sample for readable.ts. */
function sample(page: Page): Promise<CanvasSample> {
  return page.evaluate(() => {
    type Cy = import('cytoscape').Core;
    const t = performance.now();
    const app = (window as unknown as { edugraph?: { view: { cy: Cy } } }).edugraph;
    const root = document.querySelector('.app');
    const note = document.querySelector('[data-testid=counts]')?.parentElement?.querySelector('.note')?.textContent ?? null;
    if (!app || !root) return { t, busy: true, note: null, nodes: 0, groups: 0, labelled: 0, labelledGroups: 0, groupsOnScreen: 0, signature: '' };
    const cy = app.view.cy;
    const zoom = cy.zoom();
    let labelled = 0;
    let labelledGroups = 0;
    let groupsOnScreen = 0;
    const width = cy.width();
    const height = cy.height();
    const parts: string[] = [`${Math.round(cy.pan().x)},${Math.round(cy.pan().y)},${zoom.toFixed(3)}`];
    cy.nodes().forEach((n) => {
      const p = n.position();
      parts.push(`${Math.round(p.x)},${Math.round(p.y)}`);
      // drawn: a label set, at a size Cytoscape draws (min-zoomed-font-size 6 in the stylesheet)
      if (String(n.style('label') ?? '') !== '' && parseFloat(String(n.style('font-size'))) * zoom >= 6) {
        labelled++;
        if (n.hasClass('group')) labelledGroups++;
      }
      if (n.hasClass('group')) {
        const r = n.renderedPosition();
        if (r.x >= 0 && r.x <= width && r.y >= 0 && r.y <= height) groupsOnScreen++;
      }
    });
    return { t, busy: root.hasAttribute('aria-busy'), note, nodes: cy.nodes().length, groups: cy.nodes('.group').length, labelled, labelledGroups, groupsOnScreen, signature: parts.join(';') };
  });
}

/** Samples the page until `want` is readable from `from` (page clock) on, or GIVE_UP_MS. */
async function until(page: Page, want: ReadableWant, from: number, drawnWant: ReadableWant | null = null): Promise<PictureFigures> {
  const requests: string[] = [];
  const finished = (req: Request): void => {
    if (!req.url().endsWith('/graphql')) return;
    const op = /(?:query|mutation)\s+(\w+)/.exec(String((req.postDataJSON() as { query?: string } | null)?.query ?? ''))?.[1] ?? '?';
    requests.push(`${op} ${Math.round(req.timing().responseEnd)} ms`);
  };
  page.on('requestfinished', finished);
  const samples: CanvasSample[] = [];
  const started = Date.now();
  let at: number | null = null;
  let drawnAt: number | null = null;
  while (Date.now() - started < GIVE_UP_MS) {
    const s = await sample(page).catch(() => null);
    if (s) samples.push(s);
    at = readableAt(samples, want);
    if (at !== null) break;
    drawnAt = drawnWant ? readableAt(samples, drawnWant) : null;
    // drawn, still, and nothing of it in view for this long: the view is not going to move there by itself
    if (drawnAt !== null && s && s.t - drawnAt > OFF_SCREEN_GRACE_MS) break;
    await new Promise((r) => setTimeout(r, SAMPLE_EVERY_MS));
  }
  if (drawnWant && drawnAt === null) drawnAt = readableAt(samples, drawnWant);
  page.off('requestfinished', finished);
  const noted = samples.find((s) => s.note !== null && want.note(s.note) && !s.busy);
  const last = samples.at(-1);
  return {
    readableMs: at === null ? null : Math.round(at - from),
    noteMs: noted ? Math.round(noted.t - from) : null,
    drawnMs: drawnAt === null ? null : Math.round(drawnAt - from),
    nodes: last?.nodes ?? 0,
    groups: last?.groups ?? 0,
    groupsOnScreen: last?.groupsOnScreen ?? 0,
    labelled: last?.labelled ?? 0,
    note: last?.note ?? null,
    requests,
  };
}

/** Every country with its relationships counted as the API counts an entity's degree (graph/queries/neighborhood.ts). */
async function countries(neo: BenchNeo4j): Promise<Array<CountryCandidate & { name: string }>> {
  return neo.graph.readRows<CountryCandidate & { name: string }>(
    'MATCH (c:Country) RETURN c.id AS id, c.name AS name, "Country" AS type, COUNT { (c)-[r]-() WHERE type(r) IN $relTypes } AS degree',
    { relTypes: [...RELATION_TYPES] },
  );
}

const median = (xs: Array<number | null>): number | null => {
  if (xs.some((x) => x === null) || xs.length === 0) return null;
  const s = (xs as number[]).slice().sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : Math.round((s[s.length / 2 - 1]! + s[s.length / 2]!) / 2);
};

export interface OverviewOptions {
  runs?: number;
  /** PNG of the overview from the last run (the country's picture goes to bench/results/tmp/); null: none */
  screenshot?: string | null;
}

export async function benchExplorerOverview(neo: BenchNeo4j, { runs = 3, screenshot = null }: OverviewOptions = {}): Promise<OverviewResult> {
  const [row] = await neo.graph.readRows<{ n: number }>('MATCH (r:Report) RETURN count(r) AS n');
  const counts = await graphCounts(neo.graph);
  const country = busiestCountry(await countries(neo)) as (CountryCandidate & { name: string }) | null;
  if (!country) throw new Error('explorer overview: the graph has no Country to expand (was the corpus loaded?)');
  progress(`explorer overview: ${row?.n ?? 0} reports, ${counts.nodes} nodes, ${counts.relationships} relationships; busiest country ${country.name} (${country.id}, ${country.degree} relationships)`);
  progress('explorer overview: building the explorer (explorer/dist) if it is older than its sources…');
  await ensureExplorerBuilt({ log: (line) => progress(`explorer overview: ${line}`) });
  const server = await serve('edugraph', neo.uri);
  const base = server.url.replace(/\/graphql$/, '');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS, headless: true });
  const result: OverviewRun[] = [];
  const shots: string[] = [];
  const notes: string[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ viewport: VIEWPORT });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (err) => errors.push(err.message));
      try {
        await page.goto(`${base}/`, { waitUntil: 'commit' });
        // the page's clock starts at its navigation: readable times are from there
        const overview = await until(page, overviewDone, 0);
        const last = i === runs - 1;
        if (last && screenshot) {
          mkdirSync(dirname(screenshot), { recursive: true });
          await page.screenshot({ path: screenshot, type: 'png' });
          shots.push(screenshot);
        }
        const drawn = await page.evaluate((id) => (window as unknown as { edugraph: { state: { shown: string[] } } }).edugraph.state.shown.includes(id), country.id);
        const t0 = await page.evaluate(
          ([ref, drawnAlready]) => {
            const c = (window as unknown as { edugraph: { expand(id: string): Promise<void>; openEntity(r: unknown): Promise<void> } }).edugraph;
            const at = performance.now();
            // as a person's Expand (or `e`) on the drawn country, or choosing it in search when the overview does not show it
            void (drawnAlready ? c.expand(ref.id) : c.openEntity(ref));
            return at;
          },
          [{ id: country.id, type: 'Country', name: country.name }, drawn] as const,
        );
        const expand = await until(page, hubGrouped, t0, hubDrawn);
        if (last && screenshot) {
          // beside the results, not beside the overview: a picture to look at after a run, not for the docs (bench/results/tmp is not committed)
          const path = join(RESULTS_DIR, 'tmp', `${new Date().toISOString().slice(0, 10)}-explorer-country.png`);
          mkdirSync(dirname(path), { recursive: true });
          await page.screenshot({ path, type: 'png' });
          shots.push(path);
        }
        notes.push(`run ${i + 1}: requests during the overview: ${overview.requests.join(', ') || 'none'}; during the country: ${expand.requests.join(', ') || 'none'}`);
        if (errors.length) notes.push(`run ${i + 1}: errors in the page: ${errors.join('; ')}`);
        result.push({ overview, countryStep: drawn ? 'expand' : 'open', expand });
        progress(
          `explorer overview: run ${i + 1}/${runs}: overview readable ${overview.readableMs ?? `> ${GIVE_UP_MS}`} ms (${overview.nodes} nodes, ${overview.labelled} named; layout done at ${overview.noteMs ?? '?'} ms); ` +
            `${drawn ? 'expanding' : 'opening'} ${country.name}: grouped picture readable ${expand.readableMs ?? 'never'} ms, drawn and still ${expand.drawnMs ?? '?'} ms (${expand.groups} groups, ${expand.groupsOnScreen} on screen, ${expand.nodes} nodes; layout done at ${expand.noteMs ?? '?'} ms)`,
        );
      } finally {
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await server.stop();
  }
  for (const s of shots) notes.push(`screenshot ${s}: ${Math.round(statSync(s).size / 1024)} kB`);
  notes.push(
    `Readable: the step's note in the status bar (written once its layout is done), no request running, at least ${readableDefaults.minLabels} nodes (or all) named at a size Cytoscape draws, for the country every group labelled and at least one on screen, and no position, pan or zoom changing for ${readableDefaults.settleMs} ms (the time reported is the start of that still stretch). Samples every ${SAMPLE_EVERY_MS} ms on the page's clock; the overview from navigation, the country from the call that expands it. "Drawn and still" is the country's picture by the same test without a group on screen; when it is drawn and still with no group in view for ${OFF_SCREEN_GRACE_MS / 1000} s, the run records it as not readable and goes on.`,
  );
  return {
    chromium: (await import('./support/machine.ts')).machineInfo().chromium ?? CHROMIUM,
    viewport: VIEWPORT,
    graph: { reports: row?.n ?? 0, ...counts },
    country,
    runs: result,
    overviewMsMedian: median(result.map((r) => r.overview.readableMs)),
    expandMsMedian: median(result.map((r) => r.expand.readableMs)),
    screenshots: shots,
    notes,
  };
}
