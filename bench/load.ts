/**
 * Loading throughput into the real Neo4j: graph/load's loadExtractions (a
 * batch of reports per write transaction: batched reads, planning in memory,
 * UNWIND writes, identity resolution against the graph and the batch)
 * against bench/baselines/naiveLoader.ts (one auto-commit statement per
 * fact), on the same extractions and the same database; then the whole scale
 * with the batched loader, which leaves the graph in place for the API benchmark.
 */
import { DEFAULT_BATCH_SIZE, loadExtractions, type Graph } from '../graph/index.ts';
import type { Extraction } from '../seed/index.ts';
import { naiveLoad } from './baselines/naiveLoader.ts';
import { Corpus, SCALES, type ScaleName } from './corpus/index.ts';
import { graphCounts, type BenchNeo4j } from './support/benchNeo4j.ts';
import { progress, ratio, round, throttled } from './support/progress.ts';

/** Reports both loaders write for the head-to-head; the naive one stops earlier if it runs out of time. */
const HEAD_TO_HEAD_REPORTS = 300;
const NAIVE_MAX_SECONDS = 90;
/** Reports each loader writes (then wiped) before anything is timed: one batch; the naive loader has only a few statements to plan. */
const WARM_UP_REPORTS = 50;
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

export interface LoadResult {
  source: 'text' | 'direct';
  /** reports per write transaction of the loader */
  batchSize: number;
  headToHead: { loader: LoadRun; naive: LoadRun & { statements: number }; loaderVsNaive: number | null };
  wholeScale: LoadRun & {
    complete: boolean;
    /** seconds for the whole scale: measured when complete, extrapolated otherwise */
    secondsForScale: number;
    msPerReportP50: number;
    msPerReportP95: number;
    statuses: Record<string, number>;
  };
  identity: { trueOrganizations: number; organizationNodes: number; nodesPerTrueOrg: number } | null;
}

function* first<T>(items: Iterable<T>, n: number): Generator<T> {
  let i = 0;
  for (const x of items) {
    if (i++ >= n) return;
    yield x;
  }
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

export async function benchLoad(
  neo: BenchNeo4j,
  scale: ScaleName,
  seed: number,
  fromText: Extraction[] | null,
  maxMinutes = DEFAULT_WHOLE_SCALE_MAX_MINUTES,
  batchSize = DEFAULT_BATCH_SIZE,
): Promise<LoadResult> {
  const WHOLE_SCALE_MAX_SECONDS = maxMinutes * 60;
  const total = fromText ? fromText.length : SCALES[scale].reports;
  const source = fromText ? 'text' : 'direct';
  const items = (): Iterable<Extraction> => fromText ?? new Corpus({ scale, seed }).extractions();
  progress(`load: ${total} reports (${source === 'text' ? 'extracted from text' : 'Extractions generated directly, bypassing text'})`);
  const k = Math.min(HEAD_TO_HEAD_REPORTS, total);

  // Both loaders run once, untimed, before the head-to-head: the first batch
  // would otherwise carry the planning of every query the loader sends
  // (dozens, per label and relationship type), which the naive loader's few
  // statements barely pay.
  progress(`load: warming up both loaders (not timed)…`);
  await neo.wipe();
  for (const x of first(items(), Math.min(NAIVE_WARM_UP_REPORTS, total))) await naiveLoad(neo.graph.driver, x);
  await neo.wipe();
  await loadExtractions(neo.graph, [...first(items(), Math.min(WARM_UP_REPORTS, total))], { batchSize });
  await neo.wipe();
  progress(`load: naive baseline, one statement per fact, first ${k} reports (at most ${NAIVE_MAX_SECONDS} s)…`);
  let statements = 0;
  const naive = await run(neo.graph, 'naive', items(), k, NAIVE_MAX_SECONDS, 1, async ([x]) => {
    statements += await naiveLoad(neo.graph.driver, x!);
    return [null];
  });
  await neo.wipe();

  const batched = async (xs: Extraction[]): Promise<unknown[]> => {
    const outcomes = await loadExtractions(neo.graph, xs, { batchSize });
    for (const o of outcomes) if (o.error) progress(`load: ${o.reportId} did not load: ${o.error.message}`);
    return outcomes.map((o) => o.result?.status ?? 'failed');
  };
  progress(`load: loadExtractions (${batchSize} reports per transaction) over the same ${naive.n} reports…`);
  const head = await run(neo.graph, 'loader (head-to-head)', items(), naive.n, Infinity, batchSize, batched);
  await neo.wipe();

  progress(`load: loadExtractions over the whole ${scale} scale (${total} reports, at most ${WHOLE_SCALE_MAX_SECONDS / 60} min)…`);
  const whole = await run(neo.graph, 'loader', items(), total, WHOLE_SCALE_MAX_SECONDS, batchSize, batched);
  const statuses: Record<string, number> = {};
  for (const status of whole.results as string[]) statuses[status] = (statuses[status] ?? 0) + 1;

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

  const asRun = (r: typeof naive): LoadRun => ({
    reports: r.n,
    seconds: round(r.seconds, 2),
    relationships: r.counts.relationships,
    nodes: r.counts.nodes,
    relationshipsPerSecond: Math.round(r.counts.relationships / r.seconds),
    reportsPerSecond: round(r.n / r.seconds, 1),
  });
  const loaderRun = asRun(head);
  const naiveRun = { ...asRun(naive), statements };
  const complete = whole.n >= total;
  const result: LoadResult = {
    source,
    batchSize,
    headToHead: { loader: loaderRun, naive: naiveRun, loaderVsNaive: ratio(loaderRun.relationshipsPerSecond, naiveRun.relationshipsPerSecond) },
    wholeScale: {
      ...asRun(whole),
      complete,
      secondsForScale: Math.round(complete ? whole.seconds : (whole.seconds / Math.max(1, whole.n)) * total),
      msPerReportP50: round(pct(whole.times, 50)),
      msPerReportP95: round(pct(whole.times, 95)),
      statuses,
    },
    identity,
  };
  progress(
    `load: loader ${loaderRun.relationshipsPerSecond} rel/s vs naive ${naiveRun.relationshipsPerSecond} rel/s (×${result.headToHead.loaderVsNaive}); ` +
      `whole ${scale}: ${result.wholeScale.relationships} relationships in ${result.wholeScale.seconds} s`,
  );
  return result;
}
