/**
 * Loading throughput into the real Neo4j: graph/load's loadExtractions (a
 * batch of reports per write transaction: batched reads, planning in memory,
 * UNWIND writes, identity resolution against the graph and the batch)
 * against bench/baselines/naiveLoader.ts (one auto-commit statement per
 * fact), on the same extractions and the same database; then the whole scale
 * with the batched loader, which leaves the graph in place for the API benchmark.
 */
import neo4j from 'neo4j-driver';
import { claimsOf, DEFAULT_BATCH_SIZE, LOAD_PHASES, loadExtractions, removeReport, type Graph, type LoadPhases } from '../graph/index.ts';
import { SEED_RESOLUTION } from '../seed/index.ts';
import type { Extraction } from '../seed/index.ts';
import { naiveLoad } from './baselines/naiveLoader.ts';
import { Corpus, SCALES, type ScaleName } from './corpus/index.ts';
import { graphCounts, type BenchNeo4j } from './support/benchNeo4j.ts';
import { writeKeptLoad, type KeptLoad, type Segment } from './support/keptLoad.ts';
import { gitCommit } from './support/machine.ts';
import { progress, ratio, round, throttled } from './support/progress.ts';

/** Reports both loaders write for the head-to-head; the naive one stops earlier if it runs out of time. */
const HEAD_TO_HEAD_REPORTS = 300;
const NAIVE_MAX_SECONDS = 90;
/** Reports the naive loader writes (then wiped) before anything is timed: it has only a few statements to plan. The batched loader warms up on one batch. */
const NAIVE_WARM_UP_REPORTS = 5;
/** A whole scale may take this long before the run stops and extrapolates (--max-load-minutes). */
const DEFAULT_WHOLE_SCALE_MAX_MINUTES = 20;

export interface LoadRun {
  reports: number;
  seconds: number;
  relationships: number;
  nodes: number;
  relationshipsPerSecond: number;
  reportsPerSecond: number;
}

/** A stretch of the whole-scale run: where its time went, per report. */
export interface LoadWindow {
  /** reports loaded when the window closed */
  reports: number;
  msPerReport: number;
  /** milliseconds per report in each loader phase */
  phases: LoadPhases;
}

export interface LoadResult {
  source: 'text' | 'direct';
  /** reports per write transaction of the loader */
  batchSize: number;
  headToHead: { loader: LoadRun; naive: LoadRun & { statements: number }; loaderVsNaive: number | null };
  wholeScale: LoadRun & {
    complete: boolean;
    /** seconds for the whole scale: measured when complete, extrapolated otherwise (see extrapolate) */
    secondsForScale: number;
    /** ms per report ≈ a + b × reports already loaded, fitted over the windows (null: too few) */
    growth: { a: number; b: number } | null;
    windows: LoadWindow[];
    msPerReportP50: number;
    msPerReportP95: number;
    statuses: Record<string, number>;
    /** the runs it was loaded in (one, unless --keep continued it) */
    segments: Segment[];
  };
  identity: { trueOrganizations: number; organizationNodes: number; nodesPerTrueOrg: number } | null;
  /** on the whole-scale graph once loaded (null when the run stopped early) */
  afterLoad: AfterLoad | null;
}

/** What the loaded graph answers: a hub relationship's evidence pages, and removing reports. */
export interface AfterLoad {
  hub: { key: string; sourceCount: number; firstPageMsP50: number; laterPageMsP50: number };
  removals: Array<{ reportId: string; ms: number }>;
}

function* first<T>(items: Iterable<T>, n: number): Generator<T> {
  let i = 0;
  for (const x of items) {
    if (i++ >= n) return;
    yield x;
  }
}

/** `items` after the first `n`, which are read now: generating them is not what a run times. */
function skipped<T>(items: Iterable<T>, n: number): Iterable<T> {
  const rest = items[Symbol.iterator]();
  for (let i = 0; i < n && !rest.next().done; i++);
  return { [Symbol.iterator]: () => rest };
}

function pct(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : 0;
}

/**
 * Loads up to `limit` reports `batch` at a time through `load` (which returns
 * one outcome per report); times are per batch, spread over its reports.
 */
async function run(
  graph: Graph,
  label: string,
  items: Iterable<Extraction>,
  limit: number,
  maxSeconds: number,
  batch: number,
  load: (xs: Extraction[]) => Promise<unknown[]>,
  afterFlush?: (n: number, sofar: { results: unknown[]; times: number[]; seconds: number }) => void,
) {
  const tick = throttled(5000, progress);
  const times: number[] = [];
  const results: unknown[] = [];
  const started = performance.now();
  let n = 0;
  let pending: Extraction[] = [];
  const flush = async (): Promise<void> => {
    const t0 = performance.now();
    results.push(...(await load(pending)));
    const each = (performance.now() - t0) / pending.length;
    for (let i = 0; i < pending.length; i++) times.push(each);
    n += pending.length;
    pending = [];
    const s = (performance.now() - started) / 1000;
    afterFlush?.(n, { results, times, seconds: s });
    tick(`load: ${label} ${n}/${limit} reports, ${round(n / s)} reports/s`);
  };
  for (const x of items) {
    if (n + pending.length >= limit) break;
    pending.push(x);
    if (pending.length >= batch) {
      await flush();
      if ((performance.now() - started) / 1000 > maxSeconds) break;
    }
  }
  if (pending.length > 0) await flush();
  const seconds = (performance.now() - started) / 1000;
  const counts = await graphCounts(graph);
  return { n, seconds, counts, times: times.sort((a, b) => a - b), results };
}

export interface BenchLoadOptions {
  /** the whole-scale run stops (and extrapolates) after this long (--max-load-minutes) */
  maxMinutes?: number;
  batchSize?: number;
  /** keep the figures in `dir` (where the store is kept), continuing from what an earlier run left there, if anything (--keep; support/keptLoad.ts) */
  keep?: { dir: string; kept: KeptLoad | null } | null;
}

export async function benchLoad(
  neo: BenchNeo4j,
  scale: ScaleName,
  seed: number,
  fromText: Extraction[] | null,
  { maxMinutes = DEFAULT_WHOLE_SCALE_MAX_MINUTES, batchSize = DEFAULT_BATCH_SIZE, keep = null }: BenchLoadOptions = {},
): Promise<LoadResult> {
  const WHOLE_SCALE_MAX_SECONDS = maxMinutes * 60;
  const total = fromText ? fromText.length : SCALES[scale].reports;
  const source = fromText ? 'text' : 'direct';
  const items = (): Iterable<Extraction> => fromText ?? new Corpus({ scale, seed }).extractions();
  progress(`load: ${total} reports (${source === 'text' ? 'extracted from text' : 'Extractions generated directly, bypassing text'})`);
  const kept = keep?.kept ?? null;
  const head = kept ? (kept.headToHead as LoadResult['headToHead']) : await headToHead(neo, items, total, batchSize);

  const from = kept?.reports ?? 0;
  const segment: Segment = { commit: gitCommit(), startedAt: new Date().toISOString(), from, to: from, seconds: 0 };
  if (kept) {
    const [row] = await neo.graph.readRows<{ n: number }>('MATCH (r:Report) RETURN count(r) AS n');
    if (row && row.n > from) {
      segment.note = `${row.n - from} reports were in the store beyond the ${from} whose time was saved (a segment that did not finish); they load as unchanged here, and the time that first loaded them is missing`;
      progress(`load: warning: ${segment.note}`);
    }
  }
  progress(
    `load: loadExtractions over the whole ${scale} scale (${total} reports${from > 0 ? `, continuing after the ${from} that earlier segments in ${keep!.dir} loaded` : ''}, at most ${WHOLE_SCALE_MAX_SECONDS / 60} min)…`,
  );
  const phases: LoadPhases = {};
  const windows = phaseWindows(phases, Math.max(batchSize, Math.min(MAX_WINDOW_REPORTS, Math.round(total / WINDOWS))), from);
  const tally = (results: unknown[]): Record<string, number> => {
    const out: Record<string, number> = { ...kept?.statuses };
    for (const status of results as string[]) out[status] = (out[status] ?? 0) + 1;
    return out;
  };
  // Everything measured so far, this segment's part added to the kept one's.
  const sofarState = (n: number, sofar: { results: unknown[]; times: number[]; seconds: number }): KeptLoad => ({
    scale, seed, batchSize,
    reports: from + n,
    seconds: (kept?.seconds ?? 0) + sofar.seconds,
    times: [...(kept?.times ?? []), ...sofar.times],
    windows: [...(kept?.windows ?? []), ...windows.list],
    statuses: tally(sofar.results),
    headToHead: head,
    segments: [...(kept?.segments ?? []), { ...segment, to: from + n, seconds: round(sofar.seconds, 2) }],
  });
  // Saved at every window too: a segment that dies (the JVM out of memory) keeps what it measured.
  const save = (state: KeptLoad): void => {
    if (keep) writeKeptLoad(keep.dir, state);
  };
  const label = from > 0 ? `loader (after ${from})` : 'loader';
  const load = (xs: Extraction[]): Promise<string[]> => loadBatch(neo.graph, xs, batchSize, phases);
  const part = await run(neo.graph, label, skipped(items(), from), total - from, WHOLE_SCALE_MAX_SECONDS, batchSize, load, (n, sofar) => {
    if (windows.close(from + n)) save(sofarState(n, sofar));
  });
  const state = sofarState(part.n, part);
  save(state);
  const { statuses, windows: allWindows, segments } = state;
  const whole = { n: state.reports, seconds: state.seconds, counts: part.counts, times: state.times.sort((a, b) => a - b) };

  let identity: LoadResult['identity'] = null;
  if (fromText) {
    const trueOrgs = new Set<string>();
    let i = 0;
    for (const r of new Corpus({ scale, seed }).reports()) {
      if (i++ >= whole.n) break;
      for (const key of r.rendered.names.keys()) if (key.startsWith('org:')) trueOrgs.add(key);
    }
    const [row] = await neo.graph.readRows<{ n: number }>('MATCH (o:Organization) RETURN count(o) AS n');
    const nodes = row?.n ?? 0;
    identity = { trueOrganizations: trueOrgs.size, organizationNodes: nodes, nodesPerTrueOrg: round(nodes / Math.max(1, trueOrgs.size), 2) };
  }

  const complete = whole.n >= total;
  const growth = fitGrowth(allWindows);
  const result: LoadResult = {
    source,
    batchSize,
    headToHead: head,
    wholeScale: {
      ...asRun(whole),
      complete,
      secondsForScale: Math.round(complete ? whole.seconds : extrapolate(whole.seconds, whole.n, total, growth)),
      growth,
      windows: allWindows,
      msPerReportP50: round(pct(whole.times, 50)),
      msPerReportP95: round(pct(whole.times, 95)),
      statuses,
      segments,
    },
    identity,
    // Measured last, and never at the cost of the run: a failure here is reported, the load's figures kept.
    afterLoad: complete ? await afterLoad(neo.graph).catch((err: unknown) => (progress(`load: after-load timings failed: ${String(err)}`), null)) : null,
  };
  progress(
    `load: loader ${head.loader.relationshipsPerSecond} rel/s vs naive ${head.naive.relationshipsPerSecond} rel/s (×${head.loaderVsNaive}); ` +
      `whole ${scale}: ${whole.n} reports, ${result.wholeScale.relationships} relationships in ${result.wholeScale.seconds} s` +
      (complete ? '' : ` (extrapolated to ${result.wholeScale.secondsForScale} s for all ${total})`),
  );
  return result;
}

const hubQuery = `
MATCH ()-[r]->() WHERE r.sourceCount IS NOT NULL
WITH r ORDER BY r.sourceCount DESC LIMIT 1
RETURN type(r) + ' ' + startNode(r).id + ' ' + endNode(r).id AS key, r.sourceCount AS n`;

/** Milliseconds of `f`, run `times` times after one untimed run: the median. */
async function medianMs(times: number, f: () => Promise<unknown>): Promise<number> {
  await f();
  const ms: number[] = [];
  for (let i = 0; i < times; i++) {
    const t0 = performance.now();
    await f();
    ms.push(performance.now() - t0);
  }
  return round(pct(ms.sort((a, b) => a - b), 50), 2);
}

/**
 * The relationship most reports assert: its first page of evidence, and a
 * page from its middle (the cursor of the claim halfway through); then three
 * reports removed, one at a time, from the graph as loaded.
 */
async function afterLoad(graph: Graph): Promise<AfterLoad> {
  progress('load: timing evidence pages of the largest hub and removals on the loaded graph…');
  const [hub] = await graph.readRows<{ key: string; n: number }>(hubQuery);
  const key = hub?.key ?? '';
  const firstPageMsP50 = await medianMs(20, () => claimsOf(graph, [key], { first: 20 }));
  const [middle] = await graph.readRows<{ order: string }>(
    "MATCH (c:Claim) WHERE c.key = $key AND c.order > '' WITH c ORDER BY c.order SKIP $skip LIMIT 1 RETURN c.order AS order",
    { key, skip: neo4j.int(Math.floor((hub?.n ?? 0) / 2)) },
  );
  const laterPageMsP50 = await medianMs(20, () => claimsOf(graph, [key], { first: 20, after: middle?.order ?? '' }));
  const reports = await graph.readRows<{ id: string }>('MATCH (r:Report) RETURN r.id AS id ORDER BY r.id LIMIT 3');
  const removals: AfterLoad['removals'] = [];
  for (const { id } of reports) {
    const t0 = performance.now();
    await removeReport(graph, id);
    removals.push({ reportId: id, ms: round(performance.now() - t0, 1) });
  }
  return { hub: { key, sourceCount: hub?.n ?? 0, firstPageMsP50, laterPageMsP50 }, removals };
}

type RunOutcome = { n: number; seconds: number; counts: { nodes: number; relationships: number } };

function asRun(r: RunOutcome): LoadRun {
  return {
    reports: r.n,
    seconds: round(r.seconds, 2),
    relationships: r.counts.relationships,
    nodes: r.counts.nodes,
    relationshipsPerSecond: Math.round(r.counts.relationships / r.seconds),
    reportsPerSecond: round(r.n / r.seconds, 1),
  };
}

/** One batch per call, as `npm run ingest` loads; returns each report's status. */
async function loadBatch(graph: Graph, xs: Extraction[], batchSize: number, phases?: LoadPhases): Promise<string[]> {
  const outcomes = await loadExtractions(graph, xs, { ...SEED_RESOLUTION, batchSize, phases });
  for (const o of outcomes) if (o.error) progress(`load: ${o.reportId} did not load: ${o.error.message}`);
  return outcomes.map((o) => o.result?.status ?? 'failed');
}

/**
 * The batched loader against the naive one on the first reports of the
 * corpus, each on an empty graph; leaves the graph empty.
 */
async function headToHead(neo: BenchNeo4j, items: () => Iterable<Extraction>, total: number, batchSize: number): Promise<LoadResult['headToHead']> {
  const k = Math.min(HEAD_TO_HEAD_REPORTS, total);
  // Both loaders run once, untimed, before the head-to-head: the first batch
  // would otherwise carry the planning of every query the loader sends
  // (dozens, per label and relationship type), which the naive loader's few
  // statements barely pay.
  progress(`load: warming up both loaders (not timed)…`);
  await neo.wipe();
  for (const x of first(items(), Math.min(NAIVE_WARM_UP_REPORTS, total))) await naiveLoad(neo.graph.driver, x);
  await neo.wipe();
  await loadExtractions(neo.graph, [...first(items(), Math.min(batchSize, total))], { ...SEED_RESOLUTION, batchSize });
  await neo.wipe();
  progress(`load: naive baseline, one statement per fact, first ${k} reports (at most ${NAIVE_MAX_SECONDS} s)…`);
  let statements = 0;
  const naive = await run(neo.graph, 'naive', items(), k, NAIVE_MAX_SECONDS, 1, async ([x]) => {
    statements += await naiveLoad(neo.graph.driver, x!);
    return [null];
  });
  await neo.wipe();
  progress(`load: loadExtractions (${batchSize} reports per transaction) over the same ${naive.n} reports…`);
  const load = (xs: Extraction[]): Promise<string[]> => loadBatch(neo.graph, xs, batchSize);
  const loader = await run(neo.graph, 'loader (head-to-head)', items(), naive.n, Infinity, batchSize, load);
  await neo.wipe();
  const loaderRun = asRun(loader);
  const naiveRun = { ...asRun(naive), statements };
  return { loader: loaderRun, naive: naiveRun, loaderVsNaive: ratio(loaderRun.relationshipsPerSecond, naiveRun.relationshipsPerSecond) };
}

/** Windows the whole-scale run is cut into, to show how the cost of a report grows with the graph. */
const WINDOWS = 20;
/** ...but no wider than this, so a run stopped early (large) still has enough windows to fit. */
const MAX_WINDOW_REPORTS = 1000;

/** Closes a window every `size` reports with the phase times spent since the last one; close() says whether it did. */
function phaseWindows(phases: LoadPhases, size: number, loaded = 0): { list: LoadWindow[]; close: (n: number) => boolean } {
  const list: LoadWindow[] = [];
  let from = loaded;
  let started = performance.now();
  let before: LoadPhases = {};
  return {
    list,
    close(n) {
      if (n - from < size) return false;
      const now = performance.now();
      const per = (ms: number): number => round(ms / (n - from), 1);
      const window: LoadWindow = { reports: n, msPerReport: per(now - started), phases: {} };
      for (const phase of LOAD_PHASES) window.phases[phase] = per((phases[phase] ?? 0) - (before[phase] ?? 0));
      list.push(window);
      from = n;
      started = now;
      before = { ...phases };
      return true;
    },
  };
}

/** Least squares of ms per report against reports loaded at each window's middle. */
export function fitGrowth(windows: readonly LoadWindow[]): { a: number; b: number } | null {
  // The first window carries the cold start (query planning, empty caches): left out when there are others.
  const points = windows.map((w, i) => ({ x: (w.reports + (i > 0 ? windows[i - 1]!.reports : 0)) / 2, y: w.msPerReport })).slice(windows.length > 3 ? 1 : 0);
  if (points.length < 2) return null;
  const mx = points.reduce((s, p) => s + p.x, 0) / points.length;
  const my = points.reduce((s, p) => s + p.y, 0) / points.length;
  const sxx = points.reduce((s, p) => s + (p.x - mx) ** 2, 0);
  if (sxx === 0) return null;
  const b = Math.max(0, points.reduce((s, p) => s + (p.x - mx) * (p.y - my), 0) / sxx);
  return { a: round(my - b * mx, 3), b: round(b, 6) };
}

/**
 * Seconds for `total` reports after `n` took `seconds`: the rest at the
 * fitted per-report time, which grows with the graph (∫ a + b·k dk), rather
 * than at the average so far, which would promise too little.
 */
export function extrapolate(seconds: number, n: number, total: number, growth: { a: number; b: number } | null): number {
  if (n >= total) return seconds;
  if (!growth) return (seconds / Math.max(1, n)) * total;
  const restMs = growth.a * (total - n) + (growth.b / 2) * (total ** 2 - n ** 2);
  return seconds + restMs / 1000;
}
