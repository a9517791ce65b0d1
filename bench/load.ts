/**
 * Loading throughput into the real Neo4j: graph/load's loadExtraction (one
 * write transaction per report, UNWIND + MERGE, identity resolution against
 * the graph) against bench/baselines/naiveLoader.ts (one auto-commit
 * statement per fact), on the same extractions and the same database; then
 * the whole scale with the real loader, which leaves the graph in place for
 * the API benchmark.
 */
import { loadExtraction, type Graph } from '../graph/index.ts';
import type { Extraction } from '../seed/index.ts';
import { naiveLoad } from './baselines/naiveLoader.ts';
import { Corpus, SCALES, type ScaleName } from './corpus/index.ts';
import { graphCounts, type BenchNeo4j } from './support/benchNeo4j.ts';
import { progress, ratio, round, throttled } from './support/progress.ts';

/** Reports both loaders write for the head-to-head; the naive one stops earlier if it runs out of time. */
const HEAD_TO_HEAD_REPORTS = 300;
const NAIVE_MAX_SECONDS = 90;
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

function pct(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : 0;
}

async function run(graph: Graph, label: string, items: Iterable<Extraction>, limit: number, maxSeconds: number, load: (x: Extraction) => Promise<unknown>) {
  const tick = throttled(5000, progress);
  const times: number[] = [];
  const results: unknown[] = [];
  const started = performance.now();
  let n = 0;
  for (const x of items) {
    if (n >= limit) break;
    const t0 = performance.now();
    results.push(await load(x));
    times.push(performance.now() - t0);
    n++;
    const s = (performance.now() - started) / 1000;
    tick(`load: ${label} ${n}/${limit} reports, ${round(n / s)} reports/s`);
    if (s > maxSeconds) break;
  }
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
): Promise<LoadResult> {
  const WHOLE_SCALE_MAX_SECONDS = maxMinutes * 60;
  const total = fromText ? fromText.length : SCALES[scale].reports;
  const source = fromText ? 'text' : 'direct';
  const items = (): Iterable<Extraction> => fromText ?? new Corpus({ scale, seed }).extractions();
  progress(`load: ${total} reports (${source === 'text' ? 'extracted from text' : 'Extractions generated directly, bypassing text'})`);
  const k = Math.min(HEAD_TO_HEAD_REPORTS, total);

  await neo.wipe();
  progress(`load: naive baseline, one statement per fact, first ${k} reports (at most ${NAIVE_MAX_SECONDS} s)…`);
  let statements = 0;
  const naive = await run(neo.graph, 'naive', items(), k, NAIVE_MAX_SECONDS, async (x) => {
    statements += await naiveLoad(neo.graph.driver, x);
  });
  await neo.wipe();

  progress(`load: loadExtraction over the same ${naive.n} reports…`);
  const head = await run(neo.graph, 'loader (head-to-head)', items(), naive.n, Infinity, (x) => loadExtraction(neo.graph, x));
  await neo.wipe();

  progress(`load: loadExtraction over the whole ${scale} scale (${total} reports, at most ${WHOLE_SCALE_MAX_SECONDS / 60} min)…`);
  const whole = await run(neo.graph, 'loader', items(), total, WHOLE_SCALE_MAX_SECONDS, (x) => loadExtraction(neo.graph, x));
  const statuses: Record<string, number> = {};
  for (const r of whole.results as Array<{ status: string }>) statuses[r.status] = (statuses[r.status] ?? 0) + 1;

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
