import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import type { Graph } from '../../../graph/index.ts';
import { claimsOfTally } from '../../../graph/load/claimTally.ts';
import type { PropValue } from '../../../graph/load/claims.ts';
import { NOT_CURATION_LOG } from '../../support/graphDump.ts';

/** Properties that hold the time of a load: they differ between two runs of the same ingest. */
const VOLATILE = new Set(['ingestedAt', 'firstIngestedAt', 'createdAt', 'resolvedAt']);

function stable(props: Record<string, unknown>): Record<string, unknown> {
  const kept = Object.entries(props).filter(([k]) => !VOLATILE.has(k)).sort(([a], [b]) => a.localeCompare(b));
  return Object.fromEntries(kept.map(([k, v]) => [k, k === 'claimTally' ? withoutLoadTimes(v) : k === 'order' ? withoutLoadTime(v) : v]));
}

/** A relationship claim's order holds its report's load time between its date and its id (claimOrder). */
function withoutLoadTime(order: unknown): unknown {
  return typeof order === 'string' ? order.split('|').filter((_, i) => i !== 1).join('|') : order;
}

/** A claim tally carries the load time of each claim's oldest report: left out like the others. */
function withoutLoadTimes(tally: unknown): unknown {
  return claimsOfTally(tally as PropValue)?.map(({ ingestedAt: _ingestedAt, ...claim }) => claim) ?? tally;
}

/** The whole graph (schema marker and curation log aside) as sorted JSON lines, load times left out: two ingests of the same files compare equal. */
export async function graphSnapshot(graph: Graph): Promise<string[]> {
  const nodes = await graph.readRows<{ labels: string[]; props: Record<string, unknown> }>(
    `MATCH (n) WHERE NOT n:EduGraphSchema AND ${NOT_CURATION_LOG} RETURN labels(n) AS labels, properties(n) AS props`,
  );
  const rels = await graph.readRows<{ from: string; type: string; to: string; props: Record<string, unknown> }>(
    'MATCH (a)-[r]->(b) RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props',
  );
  return [
    ...nodes.map((n) => JSON.stringify([[...n.labels].sort(), stable(n.props)])),
    ...rels.map((r) => JSON.stringify([r.from, r.type, r.to, stable(r.props)])),
  ].sort();
}

export interface Integrity {
  reports: string[];
  /** ids held by more than one node of a label */
  duplicateIds: string[];
  /** reports with no REPORTS_ON or no MENTIONS: a partial write */
  incompleteReports: string[];
  constraints: string[];
}

/** What "fully in or fully out, no duplicates, constraints intact" is checked against. */
export async function integrity(graph: Graph): Promise<Integrity> {
  const reports = await graph.readRows<{ id: string }>('MATCH (r:Report) RETURN r.id AS id ORDER BY id');
  const duplicates = await graph.readRows<{ id: string }>(
    'MATCH (n) WHERE n.id IS NOT NULL UNWIND labels(n) AS label WITH label, n.id AS id, count(*) AS c WHERE c > 1 RETURN DISTINCT id ORDER BY id',
  );
  const incomplete = await graph.readRows<{ id: string }>(
    'MATCH (r:Report) WHERE NOT EXISTS { (r)-[:MENTIONS]->() } OR NOT EXISTS { (r)-[:REPORTS_ON]->() } RETURN r.id AS id ORDER BY id',
  );
  const constraints = await graph.readRows<{ d: string }>("SHOW CONSTRAINTS YIELD name, labelsOrTypes, properties, type RETURN name + ' ' + type AS d ORDER BY d");
  return {
    reports: reports.map((r) => r.id),
    duplicateIds: duplicates.map((r) => r.id),
    incompleteReports: incomplete.map((r) => r.id),
    constraints: constraints.map((r) => r.d),
  };
}

/** Java processes whose command line names `dir` (the local Neo4j of that data directory). */
export function javaPidsUsing(dir: string): number[] {
  try {
    return execFileSync('pgrep', ['-f', `java.*${dir}`], { encoding: 'utf8' }).split('\n').filter(Boolean).map(Number);
  } catch {
    return []; // pgrep exits 1 when nothing matches
  }
}

export interface Spawned {
  child: ChildProcess;
  output(): { stdout: string; stderr: string };
  /** resolves when stdout+stderr match `re` (rejects after `ms` or when the process exits first) */
  waitFor(re: RegExp, ms: number): Promise<void>;
  exited: Promise<number | null>;
  /** Ctrl-C in a terminal: SIGINT to the whole process group */
  interrupt(): void;
}

/** A TypeScript entry point (`seed/cli/ingest.ts`, `api/main.ts`) in its own process group, as a terminal runs it. */
export function spawnTs(entry: string, args: string[], env: NodeJS.ProcessEnv, nodeArgs: readonly string[] = []): Spawned {
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', entry, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let stdout = '';
  let stderr = '';
  const waiters: Array<() => void> = [];
  child.stdout!.on('data', (d: Buffer) => {
    stdout += d.toString();
    for (const w of [...waiters]) w();
  });
  child.stderr!.on('data', (d: Buffer) => {
    stderr += d.toString();
    for (const w of [...waiters]) w();
  });
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  return {
    child,
    exited,
    output: () => ({ stdout, stderr }),
    interrupt: () => process.kill(-child.pid!, 'SIGINT'),
    waitFor(re, ms) {
      return new Promise((resolve, reject) => {
        const check = (): void => {
          if (re.test(stdout + stderr)) {
            done();
            resolve();
          }
        };
        const timer = setTimeout(() => {
          done();
          reject(new Error(`timed out waiting for ${re}; output:\n${stdout}\n${stderr}`));
        }, ms);
        const done = (): void => {
          clearTimeout(timer);
          waiters.splice(waiters.indexOf(check), 1);
        };
        waiters.push(check);
        void exited.then(() => setTimeout(() => {
          if (waiters.includes(check)) {
            done();
            reject(new Error(`process exited before ${re}; output:\n${stdout}\n${stderr}`));
          }
        }, 50));
        check();
      });
    },
  };
}

/** Polls `probe` every 250 ms until `ok` (or `ms` pass); returns the last value. */
export async function eventually<T>(probe: () => Promise<T>, ok: (v: T) => boolean, ms: number): Promise<T> {
  const end = Date.now() + ms;
  let last = await probe();
  while (!ok(last) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 250));
    last = await probe();
  }
  return last;
}
