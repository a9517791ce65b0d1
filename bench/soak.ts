/**
 * `npm run soak -- [--duration SECONDS] [--clients N] [--write-every SECONDS] [--corpus N] [--pool N] [--no-write]`
 *
 * A soak test, not a unit test: `npm start`'s entry point (api/main.ts) with
 * its own local Neo4j in a temporary directory, preloaded with the seed
 * reports and a slice of the synthetic corpus, under 32 concurrent clients
 * (loopback only) mixing search, an organization with collaborators,
 * collaborationPath, partnerSuggestions and neighborhood, plus an
 * ingestReport every few seconds: new reports, or with `--pool N` new
 * versions of the same N reports, so the graph keeps its size and a memory
 * trend cannot be put down to more data. Reports errors (target 0), p50/p99
 * per operation, and the server's RSS, the JVM's RSS, heap and live heap
 * (after a forced full collection) sampled over time, with a trend check
 * (last third vs first third of the samples after the warm-up). Writes
 * bench/results/<date>-soak[-pool].{md,json}.
 */
import { randomBytes } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureExplorerBuilt } from '../explorer/index.ts';
import { applyMigrations, Graph, loadExtraction, readGraphConfig } from '../graph/index.ts';
import { loadSeedReports, SEED_RESOLUTION } from '../seed/index.ts';
import { spawnTs } from '../tests/reliability/support/faults.ts';
import { Corpus, DEFAULT_SEED, Random, typo } from './corpus/index.ts';
import { RESULTS_DIR } from './report.ts';
import { freePort } from './support/benchNeo4j.ts';
import { machineInfo } from './support/machine.ts';
import { jvmHeap, jvmLiveHeapMiB, MarkCompactReader, rssMiB } from './support/memory.ts';
import { progress } from './support/progress.ts';

const USAGE = 'usage: npm run soak -- [--duration SECONDS (300)] [--clients N (32)] [--write-every SECONDS (3)] [--corpus REPORTS (150)] [--pool REPORTS (0: always new ones)] [--no-write]';

interface Options {
  duration: number;
  clients: number;
  writeEvery: number;
  corpus: number;
  /** 0: every ingest is a new report; N: new versions of the same N reports, round robin */
  pool: number;
  write: boolean;
}

function parse(argv: string[]): Options {
  const o: Options = { duration: 300, clients: 32, writeEvery: 3, corpus: 150, pool: 0, write: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const num = (): number => {
      const v = Number(argv[++i]);
      if (!Number.isFinite(v) || v <= 0) throw new Error(`${a} needs a positive number\n${USAGE}`);
      return v;
    };
    if (a === '--duration') o.duration = num();
    else if (a === '--clients') o.clients = Math.min(256, Math.round(num()));
    else if (a === '--write-every') o.writeEvery = num();
    else if (a === '--corpus') o.corpus = Math.round(num());
    else if (a === '--pool') o.pool = Math.round(num());
    else if (a === '--no-write') o.write = false;
    else throw new Error(`unknown option '${a}'\n${USAGE}`);
  }
  return o;
}

type Op = 'search' | 'organization' | 'collaborationPath' | 'partnerSuggestions' | 'neighborhood' | 'ingestReport';

/** Read operations and their share of the mix. */
const MIX: Array<[Exclude<Op, 'ingestReport'>, number]> = [
  ['search', 0.3],
  ['organization', 0.25],
  ['collaborationPath', 0.15],
  ['partnerSuggestions', 0.15],
  ['neighborhood', 0.15],
];

const QUERIES: Record<Op, string> = {
  search: 'query($t: String!) { search(text: $t, first: 10) { score node { id name } } }',
  organization: `query($id: ID!) { node(id: $id) { id name ... on Organization { kind countryCode
    collaborators(first: 20) { weight organization { id name } sharedEvents { id name startDate } } } } }`,
  collaborationPath: 'query($a: ID!, $b: ID!) { collaborationPath(from: $a, to: $b, maxHops: 4) { length nodes { id name } edges { type source target } } }',
  partnerSuggestions: 'query($id: ID!) { partnerSuggestions(for: $id, first: 10) { score reasons organization { id name } } }',
  neighborhood: 'query($id: ID!) { neighborhood(ids: [$id], depth: 2, limit: 200) { truncated nodes { id type name } edges { id source target type } } }',
  ingestReport: 'mutation($text: String!) { ingestReport(text: $text) { reportId status } }',
};

interface Sample {
  t: number; // seconds since the load began
  nodeRssMiB: number | null;
  /** the server's main V8 heap after its latest full collection since the previous sample (--trace-gc), null if none ran */
  nodeLiveHeapMiB: number | null;
  jvmRssMiB: number | null;
  jvmHeapUsedMiB: number | null;
  /** after a forced full collection; taken every LIVE_HEAP_EVERY_MS, null in between */
  jvmLiveHeapMiB: number | null;
}

/** A full collection stops the JVM for a moment: often enough for a trend, rarely enough not to shape the latencies. */
const LIVE_HEAP_EVERY_MS = 30_000;

interface GraphSize {
  nodes: number;
  relationships: number;
}

const size = (g: GraphSize): string => `${g.nodes.toLocaleString('en-US')} nodes / ${g.relationships.toLocaleString('en-US')} relationships`;

interface OpStats {
  count: number;
  errors: number;
  p50: number;
  p99: number;
  max: number;
}

const pct = (sorted: number[], p: number): number => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : 0);
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/**
 * Samples from the first seconds are left out of the trend: the server loads
 * the gazetteers in its extraction worker on the first ingest, V8 and the JVM
 * size their heaps to the load and the JIT compiles the hot paths, so memory
 * steps up once there whether or not anything leaks. A fifth of the run, at
 * least 20 s and at most 60 s.
 */
export function warmupSeconds(durationSeconds: number): number {
  return Math.round(Math.min(60, Math.max(20, durationSeconds / 5)));
}

/**
 * The median of the last third of the samples against the first third; flat
 * when it grew by at most 10% (plus 16 MiB of slack for noise). Medians, not
 * means: a sample taken while a large query holds its results is a spike of
 * work in flight, not of memory kept.
 */
export function trend(values: Array<number | null>): { firstThird: number; lastThird: number; growthPct: number; upward: boolean } | null {
  const xs = values.filter((v): v is number => v !== null);
  if (xs.length < 6) return null;
  const third = Math.floor(xs.length / 3);
  const first = median(xs.slice(0, third));
  const last = median(xs.slice(-third));
  return { firstThird: Math.round(first), lastThird: Math.round(last), growthPct: Math.round(((last - first) / first) * 1000) / 10, upward: last > first * 1.1 + 16 };
}

async function main(): Promise<void> {
  const opts = parse(process.argv.slice(2));
  const root = mkdtempSync(join(tmpdir(), 'edugraph-soak-'));
  const dataDir = join(root, 'data');
  const boltPort = await freePort();
  const port = await freePort();
  const token = randomBytes(24).toString('hex');
  const corpus = new Corpus({ scale: 'small', seed: DEFAULT_SEED, limit: opts.corpus + 2000 });
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, NEO4J_BOLT_PORT: String(boltPort), NEO4J_HEAP_MB: '512', NEO4J_PAGECACHE_MB: '256' };
  delete env.NEO4J_URI;

  // 1. Preload: seed reports and the first corpus reports (as Extractions: no extractor time), then stop.
  progress(`soak: preloading the seed reports and ${opts.corpus} corpus reports into ${dataDir}…`);
  const pre = await Graph.connect(readGraphConfig(env), { progress: (l) => progress(`neo4j: ${l}`) });
  const reports = corpus.reports();
  try {
    await applyMigrations(pre);
    await loadSeedReports(pre, 'seed/reports');
    let n = 0;
    for (const ex of corpus.extractions()) {
      if (n++ >= opts.corpus) break;
      await loadExtraction(pre, ex, SEED_RESOLUTION);
      reports.next(); // keep the text stream in step: the writer ingests reports not preloaded
    }
  } finally {
    await pre.close();
  }

  // 2. The server, as `npm start` runs it, on loopback. A stale explorer is built here first: built by
  // the server, Vite's gigabyte would be counted as the server's memory.
  await ensureExplorerBuilt({ log: (l) => progress(`soak: ${l}`) });
  progress('soak: starting the server (api/main.ts)…');
  // --trace-gc: V8 prints every collection; a full one's "-> N MB" is the heap it kept, what a leak raises.
  const server = spawnTs('api/main.ts', [], {
    ...env,
    PORT: String(port),
    HOST: '127.0.0.1',
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    EDUGRAPH_ADMIN_TOKEN: token,
    EDUGRAPH_SEED_ON_EMPTY: 'false',
  }, ['--trace-gc']);
  const serverHeap = new MarkCompactReader(() => server.output().stdout);
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 300_000;
  while ((await fetch(`${url}/healthz`).then((r) => r.status, () => 0)) !== 200) {
    if (server.child.exitCode !== null || Date.now() > deadline) throw new Error(`the server did not come up:\n${server.output().stderr}`);
    await new Promise((r) => setTimeout(r, 500));
  }
  const jvmPid = Number(execFileSync('pgrep', ['-f', `java.*${dataDir}`], { encoding: 'utf8' }).trim().split('\n')[0]);
  const probe = await Graph.connect(readGraphConfig({ ...process.env, NEO4J_URI: `bolt://127.0.0.1:${boltPort}` }));

  // 3. Inputs: busy organizations plus a spread, and search texts with typos.
  const rng = new Random(DEFAULT_SEED).fork('soak');
  const orgs = await probe.readRows<{ id: string; name: string }>(
    'MATCH (o:Organization) WITH o, COUNT { (o)--() } AS d ORDER BY d DESC, o.id LIMIT 60 RETURN o.id AS id, o.name AS name',
  );
  const texts = orgs.map((o) => {
    const words = o.name.replace(/[“”«»"']/g, '').split(/\s+/).slice(0, rng.int(1, 3)).join(' ');
    return rng.chance(0.3) ? typo(words, rng) : words;
  });
  const pick = <T>(xs: T[]): T => xs[Math.floor(Math.random() * xs.length)]!;
  const vars = (op: Op): Record<string, unknown> => {
    switch (op) {
      case 'search':
        return { t: pick(texts) };
      case 'collaborationPath':
        return { a: pick(orgs).id, b: pick(orgs).id };
      default:
        return { id: pick(orgs).id };
    }
  };

  const latencies = new Map<Op, number[]>();
  const errors = new Map<Op, number>();
  const errorSamples: string[] = [];
  const call = async (op: Op, variables: Record<string, unknown>): Promise<void> => {
    const t = performance.now();
    let failed: string | null = null;
    try {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(op === 'ingestReport' ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query: QUERIES[op], variables }),
        signal: AbortSignal.timeout(60_000),
      });
      const body = (await res.json()) as { errors?: Array<{ message: string; extensions?: { code?: string } }> };
      if (!res.ok || body.errors) failed = `${op}: HTTP ${res.status} ${JSON.stringify(body.errors ?? body).slice(0, 300)}`;
    } catch (err) {
      failed = `${op}: ${(err as Error).message}`;
    }
    const list = latencies.get(op) ?? [];
    list.push(performance.now() - t);
    latencies.set(op, list);
    if (failed) {
      errors.set(op, (errors.get(op) ?? 0) + 1);
      if (errorSamples.length < 20) errorSamples.push(failed);
    }
  };

  // 4. Load: clients in closed loops, a writer, a memory sampler.
  const started = Date.now();
  const end = started + opts.duration * 1000;
  const samples: Sample[] = [];
  const sampleEvery = Math.max(2000, Math.min(10_000, (opts.duration * 1000) / 60));
  let liveHeapAt = 0;
  const sample = async (): Promise<void> => {
    const t = Math.round((Date.now() - started) / 1000);
    const heap = await jvmHeap(probe);
    const s: Sample = { t, nodeRssMiB: await rssMiB(server.child.pid!), nodeLiveHeapMiB: serverHeap.latest(), jvmRssMiB: await rssMiB(jvmPid), jvmHeapUsedMiB: heap?.usedMiB ?? null, jvmLiveHeapMiB: null };
    if (Date.now() - liveHeapAt >= LIVE_HEAP_EVERY_MS) {
      liveHeapAt = Date.now();
      s.jvmLiveHeapMiB = await jvmLiveHeapMiB(jvmPid, probe);
    }
    samples.push(s);
  };
  const graphSize = (): Promise<GraphSize> =>
    probe.readRows<GraphSize>('MATCH (n) WITH count(n) AS nodes CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships').then((r) => r[0]!);
  const sizeBefore = await graphSize();
  progress(`soak: ${opts.clients} clients for ${opts.duration} s, an ingestReport every ${opts.writeEvery} s…`);
  const sampler = (async () => {
    while (Date.now() < end) {
      await sample();
      const s = samples.at(-1)!;
      const done = [...latencies.values()].reduce((n, l) => n + l.length, 0);
      const errs = [...errors.values()].reduce((a, b) => a + b, 0);
      const live = s.jvmLiveHeapMiB === null ? '' : `, live ${s.jvmLiveHeapMiB} MiB`;
      progress(`soak: ${s.t}s  ${done} requests, ${errs} errors  server ${s.nodeRssMiB?.toFixed(0)} MiB  JVM ${s.jvmRssMiB?.toFixed(0)} MiB (heap ${s.jvmHeapUsedMiB} MiB${live})`);
      await new Promise((r) => setTimeout(r, sampleEvery));
    }
  })();
  const weights = MIX.map(([, w]) => w);
  const choose = (): Exclude<Op, 'ingestReport'> => {
    let r = Math.random() * weights.reduce((a, b) => a + b, 0);
    for (const [op, w] of MIX) if ((r -= w) <= 0) return op;
    return MIX[0]![0];
  };
  const clients = Array.from({ length: opts.clients }, async () => {
    while (Date.now() < end) {
      const op = choose();
      await call(op, vars(op));
    }
  });
  let written = 0;
  const pool: string[] = [];
  for (let i = 0; i < opts.pool; i++) {
    const next = reports.next();
    if (!next.done) pool.push(next.value.content);
  }
  const writer = (async () => {
    while (Date.now() < end) {
      await new Promise((r) => setTimeout(r, opts.writeEvery * 1000));
      if (Date.now() >= end) break;
      let text: string;
      if (pool.length > 0) {
        // Same url, another body: a new version that replaces the one before.
        text = `${pool[written % pool.length]!}\n\nRevision ${Math.floor(written / pool.length) + 1}.\n`;
      } else {
        const next = reports.next();
        if (next.done) break;
        text = next.value.content;
      }
      await call('ingestReport', { text });
      written++;
    }
  })();
  await Promise.all([...clients, writer, sampler]);
  liveHeapAt = 0;
  await sample();
  const wallSeconds = (Date.now() - started) / 1000;
  const sizeAfter = await graphSize();

  // 5. Stop everything we started, then report.
  await probe.close();
  server.interrupt();
  const exitCode = await server.exited;
  const leftover = (() => {
    try {
      return execFileSync('pgrep', ['-f', `java.*${dataDir}`], { encoding: 'utf8' }).trim();
    } catch {
      return '';
    }
  })();
  rmSync(root, { recursive: true, force: true });

  const ops: Partial<Record<Op, OpStats>> = {};
  for (const [op, list] of latencies) {
    const sorted = [...list].sort((a, b) => a - b);
    ops[op] = { count: list.length, errors: errors.get(op) ?? 0, p50: Math.round(pct(sorted, 50)), p99: Math.round(pct(sorted, 99)), max: Math.round(sorted.at(-1) ?? 0) };
  }
  const totalRequests = Object.values(ops).reduce((n, s) => n + s.count, 0);
  const totalErrors = Object.values(ops).reduce((n, s) => n + s.errors, 0);
  const warmup = warmupSeconds(opts.duration);
  const steady = samples.filter((s) => s.t >= warmup);
  const trends = {
    serverRss: trend(steady.map((s) => s.nodeRssMiB)),
    serverLiveHeap: trend(steady.map((s) => s.nodeLiveHeapMiB)),
    jvmRss: trend(steady.map((s) => s.jvmRssMiB)),
    jvmLiveHeap: trend(steady.map((s) => s.jvmLiveHeapMiB)),
  };
  const result = {
    date: new Date().toISOString(),
    command: `npm run soak -- --duration ${opts.duration} --clients ${opts.clients} --write-every ${opts.writeEvery} --corpus ${opts.corpus}${opts.pool > 0 ? ` --pool ${opts.pool}` : ''}`,
    machine: machineInfo(),
    options: opts,
    neo4j: { heapMiB: 512, pageCacheMiB: 256 },
    wallSeconds: Math.round(wallSeconds),
    requests: totalRequests,
    requestsPerSecond: Math.round(totalRequests / wallSeconds),
    errors: totalErrors,
    errorSamples,
    reportsIngested: written,
    graph: { before: sizeBefore, after: sizeAfter },
    ops,
    memory: { warmupSeconds: warmup, samples, trends },
    shutdown: { exitCode, javaLeft: leftover !== '' },
    verdict: {
      zeroErrors: totalErrors === 0,
      noUpwardMemoryTrend: Object.values(trends).every((t) => t === null || !t.upward),
      cleanShutdown: exitCode === 0 && leftover === '',
    },
  };

  const md = markdown(result);
  process.stdout.write(`\n${md}\n`);
  if (opts.write) {
    mkdirSync(RESULTS_DIR, { recursive: true });
    const name = `${result.date.slice(0, 10)}-soak${opts.pool > 0 ? '-pool' : ''}`;
    writeFileSync(join(RESULTS_DIR, `${name}.json`), `${JSON.stringify(result, null, 2)}\n`);
    writeFileSync(join(RESULTS_DIR, `${name}.md`), md);
    progress(`soak: wrote bench/results/${name}.md and .json`);
  }
  process.exitCode = result.verdict.zeroErrors && result.verdict.noUpwardMemoryTrend && result.verdict.cleanShutdown ? 0 : 1;
}

function markdown(r: {
  date: string;
  command: string;
  machine: ReturnType<typeof machineInfo>;
  wallSeconds: number;
  requests: number;
  requestsPerSecond: number;
  errors: number;
  errorSamples: string[];
  reportsIngested: number;
  options: Options;
  graph: { before: GraphSize; after: GraphSize };
  ops: Partial<Record<Op, OpStats>>;
  memory: { warmupSeconds: number; samples: Sample[]; trends: Record<string, ReturnType<typeof trend>> };
  shutdown: { exitCode: number | null; javaLeft: boolean };
  verdict: Record<string, boolean>;
}): string {
  const m = r.machine;
  const lines = [
    `# Soak: ${r.date}`,
    '',
    `\`${r.command}\``,
    '',
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB; ${m.os}; Node ${m.node}; ${m.java ?? 'java ?'}. Server (api/main.ts, NODE_ENV=production) and its local Neo4j (heap 512 MiB, page cache 256 MiB) on loopback; clients in this process.`,
    '',
    `**${r.requests.toLocaleString('en-US')} requests in ${r.wallSeconds} s (${r.requestsPerSecond}/s), ${r.errors} errors; ${r.reportsIngested} ${r.options.pool > 0 ? `new versions of ${r.options.pool} reports` : 'new reports'} ingested during the run; graph ${size(r.graph.before)} before, ${size(r.graph.after)} after.**`,
    '',
    '| operation | requests | errors | p50 ms | p99 ms | max ms |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...Object.entries(r.ops).map(([op, s]) => `| ${op} | ${s.count} | ${s.errors} | ${s.p50} | ${s.p99} | ${s.max} |`),
    '',
    `## Memory (sampled over the run; trend = median of the last third vs the first third of the samples after the ${r.memory.warmupSeconds} s warm-up; the server's heap is what V8 kept after each full collection (--trace-gc); the JVM's live heap is its heap in use right after a forced full collection, every ${LIVE_HEAP_EVERY_MS / 1000} s)`,
    '',
    '| series | first third MiB | last third MiB | growth | upward trend |',
    '| --- | ---: | ---: | ---: | --- |',
    ...Object.entries(r.memory.trends).map(([k, t]) => (t ? `| ${k} | ${t.firstThird} | ${t.lastThird} | ${t.growthPct}% | ${t.upward ? '**yes**' : 'no'} |` : `| ${k} | — | — | — | not enough samples |`)),
    '',
    '| t (s) | server RSS MiB | server heap after full GC MiB | JVM RSS MiB | JVM heap used MiB | JVM live heap MiB |',
    '| ---: | ---: | ---: | ---: | ---: | ---: |',
    ...r.memory.samples.map(
      (s) =>
        `| ${s.t} | ${s.nodeRssMiB?.toFixed(0) ?? '—'} | ${s.nodeLiveHeapMiB ?? ''} | ${s.jvmRssMiB?.toFixed(0) ?? '—'} | ${s.jvmHeapUsedMiB ?? '—'} | ${s.jvmLiveHeapMiB ?? ''} |`,
    ),
    '',
    `Shutdown (SIGINT): exit code ${r.shutdown.exitCode}, Java process left: ${r.shutdown.javaLeft ? 'yes' : 'no'}.`,
    '',
    `Verdict: ${Object.entries(r.verdict).map(([k, v]) => `${k} ${v ? '✓' : '✗'}`).join(' · ')}`,
    ...(r.errorSamples.length ? ['', '## First errors', '', ...r.errorSamples.map((e) => `- ${e}`)] : []),
    '',
  ];
  return lines.join('\n');
}

main().catch((err: unknown) => {
  process.stderr.write(`soak: ${(err as Error).message}\n`);
  process.exit(1);
});
