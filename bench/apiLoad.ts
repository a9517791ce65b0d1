/**
 * API under load: autocannon over loopback against three servers on the same
 * database — EduGraph's GraphQL API, the raw Cypher floor
 * (baselines/rawCypherServer.ts) and @neo4j/graphql
 * (baselines/neo4jGraphqlServer.ts) for the queries it can express — at 1, 8
 * and 32 concurrent clients, each cell a bounded duration after a warm-up.
 * Inputs rotate through organizations picked from the loaded graph (the most
 * connected first, then a spread of the rest), the same sequence for every
 * server.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { buildLuceneQuery } from '../graph/index.ts';
import { Random, typo } from './corpus/index.ts';
import type { BenchNeo4j } from './support/benchNeo4j.ts';
import type { MemorySampler } from './support/memory.ts';
import { progress, ratio, round } from './support/progress.ts';

export const CONCURRENCY = [1, 8, 32] as const;
export type Target = 'edugraph' | 'raw' | 'neo4j-graphql';
export type QueryName = 'search' | 'collaborators' | 'collaborationPath' | 'partnerSuggestions' | 'neighborhood';
export const QUERY_NAMES: readonly QueryName[] = ['search', 'collaborators', 'collaborationPath', 'partnerSuggestions', 'neighborhood'];

interface Inputs {
  orgIds: string[];
  searchTexts: string[];
}

type Vars = Record<string, unknown>;

const EDUGRAPH: Record<QueryName, { query: string; vars: (inp: Inputs, i: number) => Vars }> = {
  search: {
    query: 'query($t: String!) { search(text: $t, types: [Organization], first: 10) { score node { id name } } }',
    vars: (inp, i) => ({ t: inp.searchTexts[i % inp.searchTexts.length] }),
  },
  collaborators: {
    query: `query($id: ID!) { node(id: $id) { id name ... on Organization { kind countryCode
      collaborators(first: 20) { weight organization { id name } sharedEvents { id name startDate } } } } }`,
    vars: (inp, i) => ({ id: inp.orgIds[i % inp.orgIds.length] }),
  },
  collaborationPath: {
    query: 'query($a: ID!, $b: ID!) { collaborationPath(from: $a, to: $b, maxHops: 4) { length nodes { id name } edges { type source target } } }',
    vars: (inp, i) => ({ a: inp.orgIds[i % inp.orgIds.length], b: inp.orgIds[(i * 7 + 3) % inp.orgIds.length] }),
  },
  partnerSuggestions: {
    query: 'query($id: ID!) { partnerSuggestions(for: $id, first: 10) { score reasons organization { id name } } }',
    vars: (inp, i) => ({ id: inp.orgIds[i % inp.orgIds.length] }),
  },
  neighborhood: {
    query: 'query($id: ID!) { neighborhood(ids: [$id], depth: 2, limit: 200) { truncated nodes { id type name degree } edges { id source target type } } }',
    vars: (inp, i) => ({ id: inp.orgIds[i % inp.orgIds.length] }),
  },
};

/** The same inputs as the GraphQL queries, in the raw server's terms. */
const RAW: Record<QueryName, (inp: Inputs, i: number) => Vars> = {
  search: (inp, i) => ({ text: inp.searchTexts[i % inp.searchTexts.length], types: ['Organization'] }),
  collaborators: (inp, i) => ({ id: inp.orgIds[i % inp.orgIds.length] }),
  collaborationPath: (inp, i) => ({ from: inp.orgIds[i % inp.orgIds.length], to: inp.orgIds[(i * 7 + 3) % inp.orgIds.length] }),
  partnerSuggestions: (inp, i) => ({ id: inp.orgIds[i % inp.orgIds.length] }),
  neighborhood: (inp, i) => ({ id: inp.orgIds[i % inp.orgIds.length] }),
};

const EVENT_FIELDS = 'id name startDate organizers { id name } partners { id name } hosts { id name } participants { id name }';
const NEO4J_GRAPHQL: Partial<Record<QueryName, { query: string; vars: (inp: Inputs, i: number) => Vars }>> = {
  search: {
    // the same Lucene query EduGraph sends to the same index
    query: 'query($p: String!) { searchOrganizations(phrase: $p, first: 10) { edges { score node { id name } } } }',
    vars: (inp, i) => ({ p: buildLuceneQuery(inp.searchTexts[i % inp.searchTexts.length]!) }),
  },
  collaborators: {
    query: `query($id: ID!) { organizations(where: { id: { eq: $id } }) { id name kind countryCode
      organized { ${EVENT_FIELDS} } partnered { ${EVENT_FIELDS} } hosted { ${EVENT_FIELDS} } participated { ${EVENT_FIELDS} } } }`,
    vars: (inp, i) => ({ id: inp.orgIds[i % inp.orgIds.length] }),
  },
};

export interface Cell {
  target: Target;
  query: QueryName;
  connections: number;
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  errors: number;
  non2xx: number;
}

export interface ApiResult {
  durationSeconds: number;
  inputs: { organizations: number; searchTexts: number };
  cells: Cell[];
  /** EduGraph p50 ÷ raw Cypher p50 per query and concurrency (target ≤ 1.3) */
  p50VsRaw: Record<string, Record<string, number | null>>;
  /** EduGraph req/s ÷ @neo4j/graphql req/s (target ≥ 1) */
  rpsVsNeo4jGraphql: Record<string, Record<string, number | null>>;
  /** peak RSS of each server process, MiB */
  serverRssMiB: Record<string, number>;
  notes: string[];
}

async function pickInputs(neo: BenchNeo4j, seed: number): Promise<Inputs> {
  const hubs = await neo.graph.readRows<{ id: string; name: string }>(
    'MATCH (o:Organization) WITH o, COUNT { (o)--() } AS d ORDER BY d DESC, o.id LIMIT 20 RETURN o.id AS id, o.name AS name',
  );
  const all = await neo.graph.readRows<{ id: string; name: string }>('MATCH (o:Organization) RETURN o.id AS id, o.name AS name ORDER BY o.id');
  const rng = new Random(seed).fork('api-inputs');
  const spread = rng.sample(all, 30);
  const orgs = [...hubs, ...spread];
  const searchTexts = orgs.map((o) => {
    const words = o.name.replace(/[“”«»"']/g, '').split(/\s+/).slice(0, rng.int(1, 3)).join(' ');
    return rng.chance(0.3) ? typo(words, rng) : words;
  });
  return { orgIds: orgs.map((o) => o.id), searchTexts };
}

interface Served {
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** One server (`bench/api/serve.ts`) in its own process, its URL once it answers. */
export function serve(target: Target, uri: string): Promise<Served> {
  const script = fileURLToPath(new URL('./api/serve.ts', import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', script, target, uri], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, LOG_LEVEL: 'warn', NODE_ENV: 'production' } });
  const stderr: string[] = [];
  child.stderr!.on('data', (d: Buffer) => stderr.push(d.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${target} server did not start within 60 s: ${stderr.join('')}`)), 60_000);
    const early = (code: number | null): void => reject(new Error(`${target} server exited (${code}): ${stderr.join('')}`));
    child.once('exit', early);
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (!line.startsWith('READY ')) return;
      clearTimeout(timer);
      const exited = new Promise<void>((r) => child.once('exit', () => r()));
      resolve({
        url: line.slice(6).trim(),
        child,
        async stop() {
          child.off('exit', early);
          child.stdin!.end();
          const t = setTimeout(() => child.kill('SIGKILL'), 10_000);
          await exited;
          clearTimeout(t);
        },
      });
    });
  });
}

function requestFor(target: Target, q: QueryName, inputs: Inputs, i: number): { path: string; body: string } {
  if (target === 'raw') return { path: `/${q}`, body: JSON.stringify(RAW[q](inputs, i)) };
  const def = target === 'edugraph' ? EDUGRAPH[q] : NEO4J_GRAPHQL[q]!;
  return { path: '', body: JSON.stringify({ query: def.query, variables: def.vars(inputs, i) }) };
}

/** One request per input before the load: a wrong query would otherwise be timed as a fast error. */
async function check(target: Target, base: string, q: QueryName, inputs: Inputs): Promise<void> {
  for (let i = 0; i < Math.min(inputs.orgIds.length, 10); i++) {
    const { path, body } = requestFor(target, q, inputs, i);
    const res = await fetch(base + path, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const json = (await res.json()) as { errors?: Array<{ message: string }> };
    if (!res.ok || json.errors) throw new Error(`${target} ${q} failed (${res.status}): ${JSON.stringify(json.errors ?? json).slice(0, 400)}`);
  }
}

interface Measured {
  result: autocannon.Result;
  /** response times, ms, sorted */
  times: number[];
}

async function cannon(target: Target, base: string, q: QueryName, inputs: Inputs, connections: number, seconds: number): Promise<Measured> {
  let i = 0;
  const url = new URL(base);
  const times: number[] = [];
  const instance = autocannon({
    url: base,
    connections,
    duration: seconds,
    pipelining: 1,
    timeout: 30,
    requests: [
      {
        method: 'POST',
        path: url.pathname.replace(/\/$/, '') + requestFor(target, q, inputs, 0).path || '/',
        headers: { 'content-type': 'application/json' },
        setupRequest: (req) => ({ ...req, body: requestFor(target, q, inputs, i++).body }),
      },
    ],
  });
  instance.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => times.push(ms));
  const result = await instance;
  return { result, times: times.sort((a, b) => a - b) };
}

function pct(sorted: number[], p: number): number {
  return sorted.length ? round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!, 2) : 0;
}

export async function benchApi(
  neo: BenchNeo4j,
  seed: number,
  durationSeconds: number,
  memory: MemorySampler,
  targets: readonly Target[] = ['raw', 'edugraph', 'neo4j-graphql'],
): Promise<ApiResult> {
  const inputs = await pickInputs(neo, seed);
  progress(`api: ${inputs.orgIds.length} organizations as inputs; ${durationSeconds} s per cell after a 2 s warm-up`);
  const cells: Cell[] = [];
  const notes: string[] = [];
  const serverRssMiB: Record<string, number> = {};
  // Every server runs for the whole benchmark and each cell of a query runs against the three back to back,
  // so a ratio compares measurements seconds apart: drifting machine load moves both of its sides.
  const served = new Map<Target, Served>();
  try {
    for (const target of targets) {
      const s = await serve(target, neo.uri);
      served.set(target, s);
      memory.watch(`api:${target}`, s.child.pid!);
    }
    for (const q of QUERY_NAMES) {
      const ready: Array<[Target, Served]> = [];
      for (const [target, s] of served) {
        if (target === 'neo4j-graphql' && !NEO4J_GRAPHQL[q]) continue;
        try {
          await check(target, s.url, q, inputs);
        } catch (err) {
          notes.push((err as Error).message);
          progress(`api: ${target} ${q}: skipped: ${(err as Error).message}`);
          continue;
        }
        await cannon(target, s.url, q, inputs, 8, 2);
        ready.push([target, s]);
      }
      for (const c of CONCURRENCY) {
        for (const [target, s] of ready) {
          const { result: r, times } = await cannon(target, s.url, q, inputs, c, durationSeconds);
          const cell: Cell = {
            target,
            query: q,
            connections: c,
            requests: times.length,
            rps: round(times.length / durationSeconds),
            p50: pct(times, 50),
            p95: pct(times, 95),
            p99: pct(times, 99),
            mean: round(times.reduce((a, b) => a + b, 0) / Math.max(1, times.length), 2),
            errors: r.errors + r.timeouts,
            non2xx: r.non2xx,
          };
          cells.push(cell);
          progress(`api: ${target.padEnd(13)} ${q.padEnd(18)} c=${String(c).padEnd(2)} ${String(cell.rps).padStart(7)} req/s  p50 ${cell.p50} ms  p95 ${cell.p95} ms  p99 ${cell.p99} ms${cell.errors || cell.non2xx ? `  errors ${cell.errors} non-2xx ${cell.non2xx}` : ''}`);
          // Requests still in flight when a cell ends keep the database busy: let them finish before the next server's cell.
          await new Promise((r) => setTimeout(r, Math.min(5000, Math.max(cell.p99, 200))));
        }
      }
    }
  } finally {
    await memory.sample();
    for (const [target, s] of served) {
      serverRssMiB[target] = Math.round(memory.peaks.childRssMiB[`api:${target}`] ?? 0);
      memory.unwatch(`api:${target}`);
      await s.stop();
    }
  }
  const find = (t: Target, q: QueryName, c: number): Cell | undefined => cells.find((x) => x.target === t && x.query === q && x.connections === c);
  const p50VsRaw: ApiResult['p50VsRaw'] = {};
  const rpsVsNeo4jGraphql: ApiResult['rpsVsNeo4jGraphql'] = {};
  for (const q of QUERY_NAMES) {
    for (const c of CONCURRENCY) {
      const e = find('edugraph', q, c);
      (p50VsRaw[q] ??= {})[`c${c}`] = ratio(e?.p50, find('raw', q, c)?.p50);
      const n = find('neo4j-graphql', q, c);
      if (n) (rpsVsNeo4jGraphql[q] ??= {})[`c${c}`] = ratio(e?.rps, n.rps);
    }
  }
  notes.push(
    'search: all three servers query the same full-text index (entity_names) with the same Lucene query, organizations only.',
    'collaborators: EduGraph returns the organization and its 20 strongest collaborators with weights and shared events; @neo4j/graphql returns the organization and every event of it with the organizations in each role (4 × 4 nested relationship fields), leaving the counting to the client. Raw runs the collaborators Cypher EduGraph sends for this query (no involvements or sources asked, so no evidence read), which since 2026-12-06 also returns the organization itself, so EduGraph answers the whole query with it alone.',
    'search, collaborators, collaborationPath: since 2026-12-06 (evening) EduGraph reads of each node only the properties the query selects (ids, names, events\' start dates here; an event\'s countries only when asked for), and raw runs that same projected Cypher.',
    "EduGraph: since 2026-12-06 (night) queries run compiled by graphql-jit, once per document (api/compiledExecution.ts); Apollo still parses, validates and checks limits and cost.",
    "EduGraph: since 2026-12-07 a script's POST /graphql (JSON, no Origin header: every request here) goes from node:http straight to Apollo, without Express's router, body parser and helmet's per-response header building (api/graphqlFastPath.ts); Apollo still does CSRF prevention, negotiation, limits, cost and error masking.",
    "EduGraph: since 2026-12-07 (morning) a read of one statement goes to Neo4j as an auto-commit transaction, RUN and PULL in one round trip, retried by EduGraph itself on a retryable failure (Graph.readStatement); raw still runs each query in executeRead (BEGIN, RUN and PULL, COMMIT: three round trips, the driver's recommended way), so part of the gap closed since is the transaction's, not GraphQL's (bench/README.md, \"One round trip per read\").",
    'collaborationPath, partnerSuggestions, neighborhood: @neo4j/graphql has no way to say them without @cypher fields holding our own Cypher, so it is not measured there.',
  );
  return { durationSeconds, inputs: { organizations: inputs.orgIds.length, searchTexts: inputs.searchTexts.length }, cells, p50VsRaw, rpsVsNeo4jGraphql, serverRssMiB, notes };
}
