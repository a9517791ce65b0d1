import { describe, expect, it } from 'vitest';
import { Corpus } from '../../bench/corpus/index.ts';
import { loadExtraction, loadExtractions, mergeEntities, removeReport, settleProvenance, type BatchLoadOptions, type BatchOutcome, type Graph, type Tx } from '../../graph/index.ts';
import { appendDue, MAX_QUEUED_BATCHES } from '../../graph/load/loadExtractions.ts';
import { APPEND_TRANSACTION_TIMEOUT_MS } from '../../graph/load/settleProvenance.ts';
import { BACKLOG_LABEL, appendToRelationships, flushBacklog, mergeQueued, queueAppends, type QueuedAppend } from '../../graph/load/provenanceBacklog.ts';
import type { Extraction } from '../../seed/index.ts';
import { extraction, org, rel } from '../support/extractions.ts';
import { dumpGraph } from '../support/graphDump.ts';
import { resetGraph, useEmptyGraph } from '../support/testGraph.ts';

let graph: Graph;

useEmptyGraph((g) => (graph = g));

function clock(): () => Date {
  let t = Date.parse('2025-01-01T00:00:00Z');
  return () => new Date((t += 1000));
}

const corpus = (n: number): Extraction[] => [...new Corpus({ scale: 'small', seed: 11 }).extractions()].slice(0, n);

async function queuedBatches(): Promise<number> {
  const [row] = await graph.readRows<{ n: number }>(`MATCH (b:${BACKLOG_LABEL}) RETURN count(b) AS n`);
  return row!.n;
}

/** The reports whose additions wait in the queue, in queue order. */
async function queuedSources(): Promise<string[]> {
  const rows = await graph.readRows<{ rows: string }>(`MATCH (b:${BACKLOG_LABEL}) RETURN b.rows AS rows ORDER BY b.seq`);
  return [...new Set(rows.flatMap((r) => (JSON.parse(r.rows) as QueuedAppend[]).flatMap((a) => a.props.sources as string[])))];
}

/** The write transactions `work` ran: whether each appended queued sources, and the timeout it was given. */
async function watchingWrites(work: () => Promise<unknown>): Promise<Array<{ appended: boolean; timeoutMs?: number }>> {
  const seen: Array<{ appended: boolean; timeoutMs?: number }> = [];
  const write = graph.write.bind(graph);
  graph.write = ((fn: (tx: Tx) => Promise<unknown>, timeoutMs?: number) =>
    write((tx) => {
      const seenTx = { appended: false, timeoutMs };
      seen.push(seenTx);
      const watched = new Proxy(tx, {
        get(target, key) {
          if (key === 'run') {
            return (query: string, params?: Record<string, unknown>) => {
              if (query === appendToRelationships) seenTx.appended = true;
              return target.run(query, params);
            };
          }
          const value: unknown = Reflect.get(target, key, target);
          return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
        },
      });
      return fn(watched);
    }, timeoutMs)) as Graph['write'];
  try {
    await work();
  } finally {
    graph.write = write;
  }
  return seen;
}

/** `xs` loaded in batches of 5 with every addition to an existing relationship left queued. */
async function loadUnsettled(xs: readonly Extraction[], now: () => Date): Promise<void> {
  const outcomes = await loadExtractions(graph, xs, { now, batchSize: 5, appendEvery: 1000, settle: false });
  expect(outcomes.filter((o) => o.error)).toEqual([]);
}

/** The graph `xs` make loaded one report at a time (the graph is emptied again). */
async function loadedOneByOne(xs: readonly Extraction[]): Promise<unknown> {
  const now = clock();
  for (const x of xs) await loadExtraction(graph, x, { now });
  const dump = await dumpGraph(graph);
  await resetGraph(graph);
  return dump;
}

/** Loads `xs` batched; returns how many batches were queued as each batch was about to commit. */
async function loadWatchingQueue(xs: readonly Extraction[], opts: Pick<BatchLoadOptions, 'batchSize' | 'appendEvery' | 'appendShare'>): Promise<number[]> {
  const seen: number[] = [];
  const outcomes = await loadExtractions(graph, xs, {
    ...opts,
    now: clock(),
    beforeCommit: async (tx) => {
      const [row] = (await tx.run(`MATCH (b:${BACKLOG_LABEL}) RETURN count(b) AS n`)).records;
      seen.push(Number(row!.get('n')));
    },
  });
  expect(outcomes.filter((o) => o.error)).toEqual([]);
  return seen;
}

describe('sources added to existing relationships wait in a queue', () => {
  it('a batched run appends them every few batches and when it ends, with the graph loading one report at a time gives', async () => {
    const xs = corpus(40);
    const oneByOne = await loadedOneByOne(xs);
    const seen = await loadWatchingQueue(xs, { batchSize: 4, appendEvery: 3 });
    expect(Math.max(...seen)).toBe(3); // the queue filled up to appendEvery batches…
    expect(seen.filter((n) => n === 0).length).toBeLessThan(seen.length / 2); // …and was not empty most of the time
    expect(await dumpGraph(graph)).toEqual(oneByOne); // settled: nothing left queued, every source in place
  }, 240_000);

  it('the queue may grow with the graph: a pass is due at appendEvery batches or a share of the graph, whichever is more, and never beyond a cap', () => {
    expect(appendDue({ batches: 9, reports: 1_000 }, 100, 10, 0.2)).toBe(false);
    expect(appendDue({ batches: 10, reports: 1_000 }, 100, 10, 0.2)).toBe(true); // a small graph: every 10 batches
    expect(appendDue({ batches: 10, reports: 50_000 }, 100, 10, 0.2)).toBe(false); // 50,000 reports: a fifth of them is 100 batches
    expect(appendDue({ batches: 99, reports: 50_000 }, 100, 10, 0.2)).toBe(false);
    expect(appendDue({ batches: 100, reports: 50_000 }, 100, 10, 0.2)).toBe(true);
    expect(appendDue({ batches: MAX_QUEUED_BATCHES, reports: 10_000_000 }, 100, 10, 0.2)).toBe(true);
    expect(appendDue({ batches: 0, reports: 0 }, 100, 1, 0.2)).toBe(false); // nothing queued
  });

  it('as the graph grows, passes come further apart and the graph still ends as loading one report at a time leaves it', async () => {
    const xs = corpus(48);
    const oneByOne = await loadedOneByOne(xs);
    const seen = await loadWatchingQueue(xs, { batchSize: 4, appendEvery: 1, appendShare: 0.5 });
    // Half of the first 12 reports loaded is one batch of 4; half of 40 is five: the queue runs longer late in the run.
    expect(Math.max(...seen.slice(0, 3))).toBe(1);
    expect(Math.max(...seen.slice(-4))).toBeGreaterThanOrEqual(3);
    expect(await dumpGraph(graph)).toEqual(oneByOne);
  }, 240_000);

  it('a run that does not settle leaves them for settleProvenance, which appends them in the order they were queued', async () => {
    const xs = corpus(30);
    await loadExtractions(graph, xs, { now: clock(), batchSize: 5 });
    const settled = await dumpGraph(graph);
    await resetGraph(graph);

    await loadUnsettled(xs, clock());
    expect(await queuedBatches()).toBeGreaterThan(1);
    expect(await dumpGraph(graph)).not.toEqual(settled);
    expect(await settleProvenance(graph)).toBeGreaterThan(0);
    expect(await queuedBatches()).toBe(0);
    expect(await dumpGraph(graph)).toEqual(settled);
    expect(await settleProvenance(graph)).toBe(0);
  }, 240_000);

  it('a pass works through a long queue oldest first, some batches per transaction, and ends as appending it at once', async () => {
    const xs = corpus(30);
    await loadExtractions(graph, xs, { now: clock(), batchSize: 1, appendEvery: 1000 });
    const settled = await dumpGraph(graph);
    await resetGraph(graph);

    const outcomes = await loadExtractions(graph, xs, { now: clock(), batchSize: 1, appendEvery: 1000, settle: false });
    expect(outcomes.filter((o) => o.error)).toEqual([]);
    const queued = await queuedBatches();
    expect(queued).toBeGreaterThan(12);
    const before = await queuedSources();
    await graph.write((tx) => flushBacklog(tx, 3)); // one transaction's share: the three oldest batches
    expect(await queuedBatches()).toBe(queued - 3);
    expect(before.slice(-5)).toEqual((await queuedSources()).slice(-5)); // the newest are still waiting
    const writes = await watchingWrites(() => settleProvenance(graph, { batchesPerTransaction: 4 }));
    expect(writes.filter((w) => w.appended).length).toBe(Math.ceil((queued - 3) / 4));
    expect(writes.every((w) => w.timeoutMs === APPEND_TRANSACTION_TIMEOUT_MS)).toBe(true);
    expect(await queuedBatches()).toBe(0);
    expect(await dumpGraph(graph)).toEqual(settled);
  }, 240_000);

  it('a batch that re-sends loaded reports leaves the queue as it was: a report is no earlier version of itself', async () => {
    const xs = corpus(20);
    await loadUnsettled(xs, clock());
    const queued = await queuedBatches();
    expect(queued).toBeGreaterThan(0);
    let outcomes: BatchOutcome[] = [];
    const writes = await watchingWrites(async () => (outcomes = await loadExtractions(graph, xs.slice(0, 10), { now: clock(), settle: false })));
    expect(outcomes.map((o) => o.result?.status)).toEqual(Array(10).fill('unchanged'));
    expect(writes.filter((w) => w.appended)).toEqual([]);
    expect(await queuedBatches()).toBe(queued);
  }, 240_000);

  describe('every write that reads or removes provenance appends the queue first', () => {
    const xs = corpus(30);

    /** Runs `change` on the graph with the queue left, and on the settled graph: both must end the same. */
    async function sameAsSettled(change: (queued: string[]) => Promise<unknown>): Promise<void> {
      await resetGraph(graph);
      await loadUnsettled(xs, clock());
      const queued = await queuedSources();
      expect(queued.length).toBeGreaterThan(0);
      const writes = await watchingWrites(() => change(queued));
      // A pass of its own (with its long timeout), never inside the change's transaction: a long queue would outlast that.
      const appending = writes.filter((w) => w.appended);
      expect(appending.length).toBeGreaterThan(0);
      expect(appending.every((w) => w.timeoutMs === APPEND_TRANSACTION_TIMEOUT_MS)).toBe(true);
      expect(writes.length).toBeGreaterThan(appending.length);
      expect(await queuedBatches()).toBe(0);
      const fromQueue = await dumpGraph(graph);

      await resetGraph(graph);
      await loadUnsettled(xs, clock());
      await settleProvenance(graph);
      await change(queued);
      expect(fromQueue).toEqual(await dumpGraph(graph));
    }

    it('removing a report whose sources are queued takes out exactly its share', async () => {
      await sameAsSettled(async ([reportId]) => {
        const removed = await removeReport(graph, reportId!);
        expect(removed.relationships.updated).toBeGreaterThan(0);
      });
    }, 240_000);

    it('a new version of a report whose sources are queued replaces them, loaded alone or in a batch', async () => {
      const v2 = (reportId: string): Extraction => {
        const v1 = xs.find((x) => x.report.id === reportId)!;
        return { ...v1, report: { ...v1.report, id: `${reportId}-v2` }, relations: v1.relations.slice(1) };
      };
      await sameAsSettled(async ([reportId]) => {
        expect((await loadExtraction(graph, v2(reportId!), { now: () => new Date('2026-01-01T00:00:00Z') })).status).toBe('replaced');
      });
      await sameAsSettled(async ([reportId]) => {
        const [outcome] = await loadExtractions(graph, [v2(reportId!)], { now: () => new Date('2026-01-01T00:00:00Z'), settle: false });
        expect(outcome?.result?.status).toBe('replaced');
      });
    }, 240_000);

    it('a curator merge combines relationships with their queued sources', async () => {
      await sameAsSettled(async () => {
        const orgs = await graph.readRows<{ id: string }>('MATCH (o:Organization) RETURN o.id AS id ORDER BY o.id LIMIT 2');
        await mergeEntities(graph, orgs[0]!.id, orgs[1]!.id);
      });
    }, 240_000);
  });

  it('appending several queued batches at once equals appending them one after the other', async () => {
    const base = extraction({ text: 'first', title: 'first', entities: [org('org:a', 'Alpha Institute'), org('org:b', 'Beta Lyceum')], relations: [rel('PARTNERED', 'org:a', 'org:b', 'first')] });
    await loadExtraction(graph, base);
    const add = (source: string, confidence: number, roles: string[]): QueuedAppend => ({
      type: 'PARTNERED',
      from: 'org:a',
      to: 'org:b',
      props: { sources: [source], sourceConfidences: [confidence], confidence, evidence: [`${source} says so`], evidenceSources: [source], claimedRoles: roles, claimedRoleSources: roles.map(() => source) },
    });
    const batches = [[add('report:2', 0.95, ['host'])], [add('report:3', 0.5, [])], [add('report:4', 0.7, ['host', 'partner'])]];
    const read = (): Promise<unknown[]> => graph.readRows('MATCH ()-[r:PARTNERED]->() RETURN properties(r) AS props');

    const [id] = await graph.readRows<{ id: string }>('MATCH ()-[r:PARTNERED]->() RETURN elementId(r) AS id');
    for (const [a] of batches) await graph.write((tx) => tx.run(appendToRelationships, { ids: [id!.id], props: { [id!.id]: a!.props } }));
    const oneAfterAnother = await read();

    await resetGraph(graph);
    await loadExtraction(graph, base);
    for (const b of batches) await graph.write((tx) => queueAppends(tx, b));
    expect(mergeQueued(batches).size).toBe(1);
    expect(await graph.write((tx) => flushBacklog(tx))).toBe(1);
    expect(await read()).toEqual(oneAfterAnother);
  });
});
