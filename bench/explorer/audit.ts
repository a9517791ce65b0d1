/**
 * `npm run audit:explorer [-- --runs N] [--label NAME] [--html] [--no-write]`:
 * Lighthouse (desktop) on the explorer with the bundled graph — the seed
 * reports loaded into a fresh local Neo4j, the explorer built and served by
 * the real API server in its own process (as bench:explorer serves it) —
 * audited N times (3 by default), each in a fresh headless Chromium. Prints
 * the scores and metrics of each run and their medians, with the machine's
 * 1-minute load average at each run (the machine is shared: a busy one
 * lengthens the main thread's tasks and so the blocking time), and writes
 * bench/results/<date>-explorer-lighthouse[-label].{json,md}.
 * Issue 21's targets: performance ≥ 90, accessibility ≥ 95, TBT ≤ 200 ms.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { generateReport } from 'lighthouse';
import { chromium } from 'playwright-core';
import { ensureExplorerBuilt } from '../../explorer/index.ts';
import { loadSeedReports } from '../../seed/index.ts';
import { serve } from '../apiLoad.ts';
import { RESULTS_DIR } from '../report.ts';
import { startBenchNeo4j } from '../support/benchNeo4j.ts';
import { machineInfo, type MachineInfo } from '../support/machine.ts';
import { progress } from '../support/progress.ts';
import { auditPage, CATEGORIES, CHROMIUM, CHROMIUM_FLAGS, type LighthouseFigures } from './lighthouse.ts';

const USAGE = 'usage: npm run audit:explorer -- [--runs N] [--label NAME] [--html] [--no-write]';
const SEED_REPORTS = join(process.cwd(), 'seed', 'reports');

/** Issue 21's targets for the explorer's Lighthouse audit. */
const LIGHTHOUSE_TARGETS = { performance: 90, accessibility: 95, tbtMs: 200 };

interface Options {
  runs: number;
  label: string | null;
  html: boolean;
  write: boolean;
}

function parse(argv: readonly string[]): Options {
  const opts: Options = { runs: 3, label: null, html: false, write: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--runs') {
      const n = Number(argv[++i]);
      if (!Number.isSafeInteger(n) || n <= 0) throw new Error(`--runs must be a positive integer\n${USAGE}`);
      opts.runs = n;
    } else if (a === '--label') {
      const v = argv[++i] ?? '';
      if (!/^[a-z0-9-]+$/.test(v)) throw new Error(`--label must be lower-case letters, digits and dashes (got '${v}')\n${USAGE}`);
      opts.label = v;
    } else if (a === '--html') opts.html = true;
    else if (a === '--no-write') opts.write = false;
    else throw new Error(`unknown option '${a}'\n${USAGE}`);
  }
  return opts;
}

export interface AuditRun extends Omit<LighthouseFigures, 'lhr'> {
  /** 1-minute load average just before the run */
  loadAverage: number;
  seconds: number;
}

export interface AuditReport {
  date: string;
  command: string;
  label: string | null;
  machine: MachineInfo;
  graph: { reports: number; nodes: number; relationships: number };
  url: string;
  runs: AuditRun[];
  median: { performance: number | null; accessibility: number | null; bestPractices: number | null; tbtMs: number | null; lcpMs: number | null; fcpMs: number | null; speedIndexMs: number | null; cls: number | null };
  targets: Array<{ target: string; goal: string; measured: string; met: boolean }>;
}

const median = (xs: Array<number | null>): number | null => {
  const s = xs.filter((x): x is number => x !== null).sort((a, b) => a - b);
  if (s.length === 0) return null;
  return s.length % 2 ? s[(s.length - 1) / 2]! : Math.round(((s[s.length / 2 - 1]! + s[s.length / 2]!) / 2) * 1000) / 1000;
};

const ms = (x: number | null): string => (x === null ? '–' : `${Math.round(x).toLocaleString('en')} ms`);
const kB = (bytes: number): string => `${Math.round(bytes / 1024).toLocaleString('en')} kB`;

function judge(r: AuditReport): AuditReport['targets'] {
  const m = r.median;
  const each = (f: (run: AuditRun) => string): string => r.runs.map(f).join(', ');
  return [
    { target: 'Lighthouse performance (desktop)', goal: `≥ ${LIGHTHOUSE_TARGETS.performance}`, measured: `median ${m.performance ?? '–'} (${each((x) => String(x.scores.performance ?? '–'))})`, met: (m.performance ?? 0) >= LIGHTHOUSE_TARGETS.performance },
    { target: 'Lighthouse accessibility', goal: `≥ ${LIGHTHOUSE_TARGETS.accessibility}`, measured: `median ${m.accessibility ?? '–'} (${each((x) => String(x.scores.accessibility ?? '–'))})`, met: (m.accessibility ?? 0) >= LIGHTHOUSE_TARGETS.accessibility },
    { target: 'Total blocking time (Lighthouse, desktop)', goal: `≤ ${LIGHTHOUSE_TARGETS.tbtMs} ms`, measured: `median ${ms(m.tbtMs)} (${each((x) => ms(x.tbtMs))})`, met: m.tbtMs !== null && m.tbtMs <= LIGHTHOUSE_TARGETS.tbtMs },
  ];
}

function toMarkdown(r: AuditReport): string {
  const L: string[] = [];
  L.push(`## Explorer: Lighthouse (desktop) with the bundled graph — ${r.date}${r.label ? ` (${r.label})` : ''}`, '');
  L.push(`\`${r.command}\`: the seed reports (${r.graph.reports} reports, ${r.graph.nodes.toLocaleString('en')} nodes, ${r.graph.relationships.toLocaleString('en')} relationships) in a fresh local Neo4j, the explorer served by the real API server (NODE_ENV=production, its own process) at ${r.url}; each run a fresh headless Chromium and profile.`, '');
  L.push('## Machine and versions', '');
  const m = r.machine;
  L.push(`- ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB; ${m.os}`);
  L.push(`- Node ${m.node}; ${m.chromium ?? 'Chromium ?'}; Lighthouse ${r.runs[0]?.lighthouse ?? '?'} (desktop config: simulated throttling, 40 ms RTT, 10 Mbit/s, no CPU slowdown; 1350×940); commit ${m.commit ?? '?'}`);
  L.push(`- 1-minute load average at each run: ${r.runs.map((x) => x.loadAverage.toFixed(2)).join(', ')} (2 cores; the machine is shared)`, '');
  L.push('## Targets (issue 21)', '', '| target | goal | measured | met |', '| --- | --- | --- | --- |');
  for (const t of r.targets) L.push(`| ${t.target} | ${t.goal} | ${t.measured} | ${t.met ? 'yes' : 'no'} |`);
  L.push('', '## Runs', '');
  L.push('| run | load avg | performance | accessibility | best practices | TBT | LCP | FCP | Speed Index | CLS | TTI | longest task | transferred (scripts) |');
  L.push('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  r.runs.forEach((x, i) => {
    L.push(`| ${i + 1} | ${x.loadAverage.toFixed(2)} | ${x.scores.performance ?? '–'} | ${x.scores.accessibility ?? '–'} | ${x.scores['best-practices'] ?? '–'} | ${ms(x.tbtMs)} | ${ms(x.lcpMs)} | ${ms(x.fcpMs)} | ${ms(x.speedIndexMs)} | ${x.cls ?? '–'} | ${ms(x.ttiMs)} | ${ms(x.longTasksMs[0] ?? null)} | ${kB(x.transferBytes.total)} (${kB(x.transferBytes.scripts)}) |`);
  });
  const md = r.median;
  L.push(`| median | | ${md.performance ?? '–'} | ${md.accessibility ?? '–'} | ${md.bestPractices ?? '–'} | ${ms(md.tbtMs)} | ${ms(md.lcpMs)} | ${ms(md.fcpMs)} | ${ms(md.speedIndexMs)} | ${md.cls ?? '–'} | | | |`, '');
  L.push('## Audits below 0.9 (each run)', '');
  r.runs.forEach((x, i) => {
    const failed = x.failed.map((f) => `${f.id} (${f.category}${f.score === null ? '' : `, ${f.score}`}${f.displayValue ? `, ${f.displayValue}` : ''}${f.items.length ? `: ${f.items.join(' ; ')}` : ''})`);
    L.push(`- run ${i + 1}: ${failed.join('; ') || 'none'}`);
  });
  L.push('', '## Main thread (last run)', '');
  const last = r.runs.at(-1);
  if (last) {
    L.push(`- long tasks (ms): ${last.longTasksMs.join(', ') || 'none'}`);
    L.push(`- by kind (ms): ${Object.entries(last.mainThreadMs).map(([k, v]) => `${k} ${v}`).join(', ')}`);
    if (last.runWarnings.length) L.push(`- Lighthouse's warnings: ${last.runWarnings.join(' ')}`);
  }
  L.push('', 'Scores are Lighthouse\'s (0–100); TBT, LCP, FCP, Speed Index and TTI are Lighthouse\'s simulated (Lantern) desktop figures from the observed trace. Medians over the runs. The performance score and TBT move with the machine\'s load (the runs say at which load each ran); accessibility does not.');
  return L.join('\n');
}

/**
 * Opens the explorer once, unmeasured, until it has drawn: the first queries
 * after Neo4j starts are planned and compiled, and Lighthouse's simulation
 * estimates the server's response time from every request of the page, so
 * a cold GraphQL answer would lengthen even the simulated script downloads.
 */
async function warmUp(url: string): Promise<void> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
  try {
    const page = await browser.newPage();
    await page.goto(url);
    await page.waitForFunction(() => {
      const app = (window as unknown as { edugraph?: { view: { cy: { nodes(): { length: number } } } } }).edugraph;
      return !!app && app.view.cy.nodes().length > 0 && !document.querySelector('.app')?.hasAttribute('aria-busy');
    }, null, { timeout: 120_000 });
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  const opts = parse(process.argv.slice(2));
  const date = new Date().toISOString().slice(0, 10);
  progress(`audit:explorer: Lighthouse (desktop) on the explorer with the bundled graph, ${opts.runs} run(s)`);
  const neo = await startBenchNeo4j('small');
  let server: Awaited<ReturnType<typeof serve>> | null = null;
  try {
    progress('audit:explorer: loading the seed reports…');
    const summary = await loadSeedReports(neo.graph, SEED_REPORTS);
    progress(`audit:explorer: loaded ${JSON.stringify(summary).slice(0, 200)}`);
    const [counts] = await neo.graph.readRows<{ reports: number; nodes: number; relationships: number }>(
      'CALL () { MATCH (r:Report) RETURN count(r) AS reports } CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN reports, nodes, relationships',
    );
    progress('audit:explorer: building the explorer (explorer/dist) if it is older than its sources…');
    await ensureExplorerBuilt({ log: (line) => progress(`audit:explorer: ${line}`) });
    server = await serve('edugraph', neo.uri);
    const url = `${server.url.replace(/\/graphql$/, '')}/`;
    progress('audit:explorer: one page load to warm the server (not measured)…');
    await warmUp(url);
    const runs: AuditRun[] = [];
    let lastLhr: LighthouseFigures['lhr'] | null = null;
    for (let i = 0; i < opts.runs; i++) {
      const loadAverage = loadavg()[0]!;
      const started = Date.now();
      const { lhr, ...figures } = await auditPage(url, { categories: CATEGORIES });
      lastLhr = lhr;
      const run: AuditRun = { ...figures, loadAverage, seconds: Math.round((Date.now() - started) / 100) / 10 };
      runs.push(run);
      progress(
        `audit:explorer: run ${i + 1}/${opts.runs} (load ${loadAverage.toFixed(2)}, ${run.seconds} s): performance ${run.scores.performance}, accessibility ${run.scores.accessibility}, best practices ${run.scores['best-practices']}; ` +
          `TBT ${ms(run.tbtMs)}, LCP ${ms(run.lcpMs)}, FCP ${ms(run.fcpMs)}, SI ${ms(run.speedIndexMs)}, CLS ${run.cls}; longest task ${ms(run.longTasksMs[0] ?? null)}; ${kB(run.transferBytes.total)} transferred` +
          (run.failed.length ? `; below 0.9: ${run.failed.map((f) => f.id).join(', ')}` : ''),
      );
    }
    const report: AuditReport = {
      date,
      command: 'npm run audit:explorer',
      label: opts.label,
      machine: machineInfo(),
      graph: counts ?? { reports: 0, nodes: 0, relationships: 0 },
      url,
      runs,
      median: {
        performance: median(runs.map((r) => r.scores.performance)),
        accessibility: median(runs.map((r) => r.scores.accessibility)),
        bestPractices: median(runs.map((r) => r.scores['best-practices'])),
        tbtMs: median(runs.map((r) => r.tbtMs)),
        lcpMs: median(runs.map((r) => r.lcpMs)),
        fcpMs: median(runs.map((r) => r.fcpMs)),
        speedIndexMs: median(runs.map((r) => r.speedIndexMs)),
        cls: median(runs.map((r) => r.cls)),
      },
      targets: [],
    };
    report.targets = judge(report);
    if (opts.html && lastLhr) {
      const path = join(RESULTS_DIR, 'tmp', `${date}-explorer-lighthouse${opts.label ? `-${opts.label}` : ''}.html`);
      mkdirSync(join(RESULTS_DIR, 'tmp'), { recursive: true });
      writeFileSync(path, generateReport(lastLhr, 'html'));
      writeFileSync(path.replace(/\.html$/, '.json'), JSON.stringify(lastLhr, null, 1));
      progress(`audit:explorer: the last run's report: ${path}`);
    }
    if (opts.write) {
      mkdirSync(RESULTS_DIR, { recursive: true });
      const base = join(RESULTS_DIR, `${date}-explorer-lighthouse${opts.label ? `-${opts.label}` : ''}`);
      writeFileSync(`${base}.json`, JSON.stringify(report, null, 2) + '\n');
      writeFileSync(`${base}.md`, toMarkdown(report) + '\n');
      progress(`audit:explorer: results ${base}.md and ${base}.json`);
    }
    process.stdout.write(toMarkdown(report) + '\n');
  } finally {
    await server?.stop();
    await neo.stop();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${(err as Error).stack ?? String(err)}\n${USAGE}\n`);
  process.exit(1);
});
