/**
 * Lighthouse (desktop) on one page, in Debian's Chromium: the audit behind
 * issue 21's "performance ≥ 90, accessibility ≥ 95, total blocking time ≤
 * 200 ms". Chromium is started here, headless, with a DevTools port that
 * Lighthouse's Node API connects to; each audit gets a fresh browser and
 * profile, so nothing is cached from the audit before. Used by
 * `npm run audit:explorer` (bench/explorer/audit.ts) and by the e2e test
 * tests/explorer/lighthouse.e2e.test.ts.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import lighthouse, { desktopConfig, type Config, type Flags, type Result } from 'lighthouse';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The flags every browser run of the project uses (tests/explorer/support/browser.ts, bench/explorerOverview.ts). */
export const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export type CategoryId = 'performance' | 'accessibility' | 'best-practices';
export const CATEGORIES: readonly CategoryId[] = ['performance', 'accessibility', 'best-practices'];

/** The metrics behind the performance score, as Lighthouse names its audits. */
const METRICS = {
  fcpMs: 'first-contentful-paint',
  lcpMs: 'largest-contentful-paint',
  tbtMs: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  speedIndexMs: 'speed-index',
  ttiMs: 'interactive',
  maxPotentialFidMs: 'max-potential-fid',
} as const;

export interface FailedAudit {
  id: string;
  category: CategoryId;
  title: string;
  /** 0..1, null for informative audits */
  score: number | null;
  displayValue: string | null;
  /** for accessibility audits: the failing elements' selectors (first few) */
  items: string[];
}

export interface LighthouseFigures {
  url: string;
  lighthouse: string;
  chromium: string;
  /** 0..100 per category (null when the category did not run or errored) */
  scores: Record<CategoryId, number | null>;
  fcpMs: number | null;
  lcpMs: number | null;
  tbtMs: number | null;
  cls: number | null;
  speedIndexMs: number | null;
  ttiMs: number | null;
  maxPotentialFidMs: number | null;
  /** bytes transferred for the page and for its scripts */
  transferBytes: { total: number; scripts: number };
  /** the main thread's tasks over 50 ms in the trace, ms, longest first */
  longTasksMs: number[];
  /** Lighthouse's own breakdown of main-thread time, ms per kind */
  mainThreadMs: Record<string, number>;
  /** audits of the categories run scored below 0.9 (performance: opportunities and diagnostics too) */
  failed: FailedAudit[];
  /** warnings Lighthouse printed in its report (e.g. the page was slow to settle) */
  runWarnings: string[];
  /** the full report, for whoever wants more (the JSON Lighthouse writes) */
  lhr: Result;
}

export interface AuditOptions {
  categories?: readonly CategoryId[];
  /** Lighthouse's log level; 'error' by default */
  logLevel?: Flags['logLevel'];
}

interface Chromium {
  port: number;
  stop(): Promise<void>;
}

/** Debian's Chromium, headless, with a DevTools port on a free port (read from what it prints). */
async function startChromium(): Promise<Chromium> {
  const profile = mkdtempSync(join(tmpdir(), 'edugraph-lighthouse-'));
  const child = spawn(CHROMIUM, [...CHROMIUM_FLAGS, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'], { stdio: ['ignore', 'ignore', 'pipe'] });
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const t = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(t);
    }
    // Chromium's helper processes may still write into the profile after the browser exits (for seconds on a
    // busy machine): a profile left behind in the temp folder must not cost the audit its other runs
    try {
      rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
    } catch (err) {
      process.stderr.write(`lighthouse: could not remove Chromium's profile ${profile}: ${(err as Error).message}\n`);
    }
  };
  const stderr: string[] = [];
  try {
    const port = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`Chromium (${CHROMIUM}) did not open its DevTools port within 30 s: ${stderr.join('\n')}`)), 30_000);
      child.once('error', (err) => reject(new Error(`Chromium (${CHROMIUM}) did not start: ${err.message}`)));
      child.once('exit', (code) => reject(new Error(`Chromium exited (${code}) before opening its DevTools port: ${stderr.join('\n')}`)));
      createInterface({ input: child.stderr! }).on('line', (line) => {
        stderr.push(line);
        const m = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(line);
        if (m) {
          clearTimeout(timer);
          resolve(Number(m[1]));
        }
      });
    });
    return { port, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}

const numeric = (lhr: Result, id: string): number | null => {
  const v = lhr.audits[id]?.numericValue;
  return typeof v === 'number' ? Math.round(v * 1000) / 1000 : null;
};

/** The selectors of an audit's failing elements (accessibility audits list them as `node` items). */
function itemSelectors(details: unknown): string[] {
  const items = (details as { items?: Array<{ node?: { selector?: string }; url?: string }> } | undefined)?.items ?? [];
  return items.slice(0, 5).map((i) => i.node?.selector ?? i.url ?? '').filter(Boolean);
}

/** The figures of one Lighthouse report. */
export function figuresOf(lhr: Result, categories: readonly CategoryId[]): Omit<LighthouseFigures, 'lhr'> {
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, lhr.categories[c]?.score == null ? null : Math.round(lhr.categories[c]!.score! * 100)])) as Record<CategoryId, number | null>;
  const failed: FailedAudit[] = [];
  for (const category of categories) {
    for (const ref of lhr.categories[category]?.auditRefs ?? []) {
      const a = lhr.audits[ref.id];
      if (!a || a.scoreDisplayMode === 'notApplicable' || a.scoreDisplayMode === 'manual' || a.scoreDisplayMode === 'informative') continue;
      // null: an opportunity or diagnostic with nothing to score, unless the audit itself failed to run
      if (a.score === null ? a.scoreDisplayMode !== 'error' : a.score >= 0.9) continue;
      failed.push({ id: a.id, category, title: a.title, score: a.score, displayValue: a.displayValue ?? null, items: itemSelectors(a.details) });
    }
  }
  const requests = ((lhr.audits['network-requests']?.details as { items?: Array<{ transferSize?: number; resourceType?: string }> } | undefined)?.items ?? []);
  const tasks = ((lhr.audits['long-tasks']?.details as { items?: Array<{ duration?: number }> } | undefined)?.items ?? []).map((t) => Math.round(t.duration ?? 0));
  const breakdown = ((lhr.audits['mainthread-work-breakdown']?.details as { items?: Array<{ groupLabel?: string; duration?: number }> } | undefined)?.items ?? []);
  return {
    url: lhr.finalDisplayedUrl,
    lighthouse: lhr.lighthouseVersion,
    chromium: lhr.environment.hostUserAgent,
    scores,
    fcpMs: numeric(lhr, METRICS.fcpMs),
    lcpMs: numeric(lhr, METRICS.lcpMs),
    tbtMs: numeric(lhr, METRICS.tbtMs),
    cls: numeric(lhr, METRICS.cls),
    speedIndexMs: numeric(lhr, METRICS.speedIndexMs),
    ttiMs: numeric(lhr, METRICS.ttiMs),
    maxPotentialFidMs: numeric(lhr, METRICS.maxPotentialFidMs),
    transferBytes: {
      total: requests.reduce((s, r) => s + (r.transferSize ?? 0), 0),
      scripts: requests.filter((r) => r.resourceType === 'Script').reduce((s, r) => s + (r.transferSize ?? 0), 0),
    },
    longTasksMs: tasks.sort((a, b) => b - a),
    mainThreadMs: Object.fromEntries(breakdown.map((b) => [b.groupLabel ?? '?', Math.round(b.duration ?? 0)])),
    failed,
    runWarnings: lhr.runWarnings.map(String),
  };
}

/**
 * One Lighthouse run (desktop: Lighthouse's desktop config, simulated
 * throttling as PageSpeed Insights' desktop) on `url` in a fresh headless
 * Chromium.
 */
export async function auditPage(url: string, { categories = CATEGORIES, logLevel = 'error' }: AuditOptions = {}): Promise<LighthouseFigures> {
  const chrome = await startChromium();
  try {
    const flags: Flags = { port: chrome.port, logLevel, output: 'json', onlyCategories: [...categories] };
    const result = await lighthouse(url, flags, desktopConfig as Config);
    if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
    const lhr = result.lhr;
    if (lhr.runtimeError) throw new Error(`Lighthouse could not audit ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    return { ...figuresOf(lhr, categories), lhr };
  } finally {
    await chrome.stop();
  }
}
