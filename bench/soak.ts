/**
 * `npm run soak -- [--duration SECONDS] [--clients N] [--write-every SECONDS] [--corpus N] [--no-write]`
 *
 * A soak test, not a unit test: `npm start`'s entry point (api/main.ts) with
 * its own local Neo4j in a temporary directory, preloaded with the seed
 * reports and a slice of the synthetic corpus, under 32 concurrent clients
 * (loopback only) mixing search, an organization with collaborators,
 * collaborationPath, partnerSuggestions and neighborhood, plus an
 * ingestReport every few seconds. Reports errors (target 0), p50/p99 per
 * operation, and the server's RSS, the JVM's RSS and heap sampled over time
 * with a trend check (last third vs first third of the samples after the
 * warm-up). Writes bench/results/<date>-soak.{md,json}.
 */
import { randomBytes } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureExplorerBuilt } from '../explorer/index.ts';
import { applyMigrations, Graph, loadExtraction, loadSeedReports, readGraphConfig } from '../graph/index.ts';
import { spawnTs } from '../tests/reliability/support/faults.ts';
import { Corpus, DEFAULT_SEED, Random, typo } from './corpus/index.ts';
import { RESULTS_DIR } from './report.ts';
import { freePort } from './support/benchNeo4j.ts';
import { machineInfo } from './support/machine.ts';
import { jvmHeap, rssMiB } from './support/memory.ts';
import { progress } from './support/progress.ts';

const USAGE = 'usage: npm run soak -- [--duration SECONDS (300)] [--clients N (32)] [--write-every SECONDS (3)] [--corpus REPORTS (150)] [--no-write]';

interface Options {
  duration: number;
  clients: number;
  writeEvery: number;
  corpus: number;
  write: boolean;
}

function parse(argv: string[]): Options {
  const o: Options = { duration: 300, clients: 32, writeEvery: 3, corpus: 150, write: true };
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
  jvmRssMiB: number | null;
  jvmHeapUsedMiB: number | null;
}

interface OpStats {
  count: number;
  errors: number;
  p50: number;
  p99: number;
  max: number;
}

const pct = (sorted: number[], p: number): number => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : 0);
const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);

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
 * The last third of the samples against the first third; flat when it grew by
 * at most 10% (plus 16 MiB of slack for noise). `floor` compares the minima
 * instead of the means: for a garbage-collected heap the floor after each
 * collection is what a leak raises, the sawtooth above it is not.
 */
export function trend(values: Array<number | null>, floor = false): { firstThird: number; lastThird: number; growthPct: number; upward: boolean } | null {
  const xs = values.filter((v): v is number => v !== null);
  if (xs.length < 6) return null;
  const third = Math.floor(xs.length / 3);
  const summary = floor ? (ys: number[]): number => Math.min(...ys) : mean;
  const first = summary(xs.slice(0, third));
  const last = summary(xs.slice(-third));
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
      await loadExtraction(pre, ex);
      reports.next(); // keep the text stream in step: the writer ingests reports not preloaded
    }
  } finally {
    await pre.close();
  }

  // 2. The server, as `npm start` runs it, on loopback. A stale explorer is built here first: built by
  // the server, Vite's gigabyte would be counted as the server's memory.
  await ensureExplorerBuilt({ log: (l) => progress(`soak: ${l}`) });
  progress('soak: starting the server (api/main.ts)…');
  const server = spawnTs('api/main.ts', [], {
    ...env,
    PORT: String(port),
    HOST: '127.0.0.1',
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    EDUGRAPH_ADMIN_TOKEN: token,
    EDUGRAPH_SEED_ON_EMPTY: 'false',
  });
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
  const sample = async (): Promise<void> => {
    const heap = await jvmHeap(probe);
    samples.push({ t: Math.round((Date.now() - started) / 1000), nodeRssMiB: await rssMiB(server.child.pid!), jvmRssMiB: await rssMiB(jvmPid), jvmHeapUsedMiB: heap?.usedMiB ?? null });
  };
  progress(`soak: ${opts.clients} clients for ${opts.duration} s, an ingestReport every ${opts.writeEvery} s…`);
  const sampler = (async () => {
    while (Date.now() < end) {
      await sample();
      const s = samples.at(-1)!;
      const done = [...latencies.values()].reduce((n, l) => n + l.length, 0);
      const errs = [...errors.values()].reduce((a, b) => a + b, 0);
      progress(`soak: ${s.t}s  ${done} requests, ${errs} errors  server ${s.nodeRssMiB?.toFixed(0)} MiB  JVM ${s.jvmRssMiB?.toFixed(0)} MiB (heap ${s.jvmHeapUsedMiB} MiB)`);
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
  const writer = (async () => {
    while (Date.now() < end) {
      await new Promise((r) => setTimeout(r, opts.writeEvery * 1000));
      if (Date.now() >= end) break;
      const next = reports.next();
      if (next.done) break;
      await call('ingestReport', { text: next.value.content });
      written++;
    }
  })();
  await Promise.all([...clients, writer, sampler]);
  await sample();
  const wallSeconds = (Date.now() - started) / 1000;

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
    jvmRss: trend(steady.map((s) => s.jvmRssMiB)),
    jvmHeapUsedFloor: trend(steady.map((s) => s.jvmHeapUsedMiB), true),
  };
  const result = {
    date: new Date().toISOString(),
    command: `npm run soak -- --duration ${opts.duration} --clients ${opts.clients} --write-every ${opts.writeEvery} --corpus ${opts.corpus}`,
    machine: machineInfo(),
    options: opts,
    neo4j: { heapMiB: 512, pageCacheMiB: 256 },
    wallSeconds: Math.round(wallSeconds),
    requests: totalRequests,
    requestsPerSecond: Math.round(totalRequests / wallSeconds),
    errors: totalErrors,
    errorSamples,
    reportsIngested: written,
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
    const name = `${result.date.slice(0, 10)}-soak`;
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
    `**${r.requests.toLocaleString('en-US')} requests in ${r.wallSeconds} s (${r.requestsPerSecond}/s), ${r.errors} errors; ${r.reportsIngested} reports ingested during the run.**`,
    '',
    '| operation | requests | errors | p50 ms | p99 ms | max ms |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...Object.entries(r.ops).map(([op, s]) => `| ${op} | ${s.count} | ${s.errors} | ${s.p50} | ${s.p99} | ${s.max} |`),
    '',
    `## Memory (sampled over the run; trend = last third vs first third of the samples after the ${r.memory.warmupSeconds} s warm-up: means for RSS, minima for the JVM heap)`,
    '',
    '| series | first third MiB | last third MiB | growth | upward trend |',
    '| --- | ---: | ---: | ---: | --- |',
    ...Object.entries(r.memory.trends).map(([k, t]) => (t ? `| ${k} | ${t.firstThird} | ${t.lastThird} | ${t.growthPct}% | ${t.upward ? '**yes**' : 'no'} |` : `| ${k} | — | — | — | not enough samples |`)),
    '',
    '| t (s) | server RSS MiB | JVM RSS MiB | JVM heap used MiB |',
    '| ---: | ---: | ---: | ---: |',
    ...r.memory.samples.map((s) => `| ${s.t} | ${s.nodeRssMiB?.toFixed(0) ?? '—'} | ${s.jvmRssMiB?.toFixed(0) ?? '—'} | ${s.jvmHeapUsedMiB ?? '—'} |`),
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
