import type { Extraction } from '../../seed/extraction.ts';
import type { Graph, Tx } from '../connection.ts';
import { DatabaseUnavailableError } from '../errors.ts';
import { applyBatch } from './applyBatch.ts';
import { BatchState } from './batchState.ts';
import { nameQueriesFor } from './fetchKnownEntities.ts';
import { withIngestLock } from './ingestLock.ts';
import type { LoadOptions } from './loadExtraction.ts';
import { searchKeysWithSeed } from './pipeline.ts';
import { planBatch, unchangedSummary, type BatchItem, type PlannedReport } from './planBatch.ts';
import { backlogLength, flushBacklog, type QueueLength } from './provenanceBacklog.ts';
import { settleProvenance, type SettleOptions } from './settleProvenance.ts';
import { findCandidates, readEntities, readPartialRelationships, readStoredReports, readSuggestions, type StoredReport } from './readBatch.ts';
import { readRelationshipsAssertedBy, relationshipKey } from './readState.ts';
import type { LoadResult } from './types.ts';

/**
 * Reports per write transaction unless told otherwise. Each batch reads and
 * rewrites the hub relationships it touches whatever its size, while resolving
 * against the batch's own entities grows with it: loading 2,000 reports of
 * the large corpus took 107 s in batches of 50, 76 s of 100, 78 s of 200.
 */
export const DEFAULT_BATCH_SIZE = 100;

/**
 * Batches whose additions to existing relationships wait in the backlog at
 * least, before one pass appends them all (provenanceBacklog.ts).
 */
export const DEFAULT_APPEND_EVERY = 10;

/**
 * ...and the share of the graph's reports whose additions may wait. A pass
 * rewrites every hub relationship whole, so passes at a fixed interval
 * rewrote each hub once per 10 batches however large it grew (large corpus,
 * a pass every 1,000 reports: 25 ms per report at 16,000 reports); passes
 * once the queue holds a share of the graph rewrite hubs ever less often.
 * The price: while a load runs, readers see a hub relationship without the
 * sources of up to this share of its reports.
 */
export const DEFAULT_APPEND_SHARE = 0.2;

/** Never more batches than this wait, whatever the graph's size. */
export const MAX_QUEUED_BATCHES = 200;

/** Whether the queue is long enough for a pass, after a batch of `batchSize` left it at `queue`. */
export function appendDue(queue: QueueLength, batchSize: number, every = DEFAULT_APPEND_EVERY, share = DEFAULT_APPEND_SHARE): boolean {
  const byShare = Math.floor((share * queue.reports) / batchSize);
  return queue.batches >= Math.max(every, Math.min(MAX_QUEUED_BATCHES, byShare));
}

/** One report of loadExtractions: its summary, or the error that kept it out (nothing of it was written). */
export interface BatchOutcome {
  /** position in the input */
  index: number;
  reportId: string;
  result?: LoadResult;
  error?: Error;
}

export interface BatchLoadOptions extends Omit<LoadOptions, 'beforeCommit'> {
  /** reports per write transaction (default DEFAULT_BATCH_SIZE) */
  batchSize?: number;
  /** after each batch, once per report of it, in input order */
  onProgress?: (outcome: BatchOutcome, done: number, total: number) => void;
  /** checked before each batch: true stops (the batch in flight commits or rolls back first) */
  shouldStop?: () => boolean;
  /** Runs inside each transaction after every write, before commit, with the ids of the reports it loads. For tests. */
  beforeCommit?: (tx: Tx, reportIds: readonly string[]) => Promise<void>;
  /** Milliseconds spent in each phase are added here, batch after batch (benchmarks: where the time goes as the graph grows). */
  phases?: LoadPhases;
  /** batches queued at least before their additions to existing relationships are appended (default DEFAULT_APPEND_EVERY) */
  appendEvery?: number;
  /** share of the graph's reports whose additions may be queued (default DEFAULT_APPEND_SHARE; see appendDue) */
  appendShare?: number;
  /**
   * Append everything queued before returning (default true). A caller that
   * loads one batch per call passes false and calls settleProvenance once
   * it is done, so queued additions wait across calls.
   */
  settle?: boolean;
}

export const LOAD_PHASES = ['readReports', 'findCandidates', 'readEntities', 'resolve', 'readRelationships', 'plan', 'write', 'append'] as const;
export type LoadPhases = Partial<Record<(typeof LOAD_PHASES)[number], number>>;

/** Adds the time since the previous call to `phase`; a no-op without somewhere to add it. */
function phaseClock(phases: LoadPhases | undefined): (phase: keyof LoadPhases) => void {
  if (!phases) return () => {};
  let last = performance.now();
  return (phase) => {
    const now = performance.now();
    phases[phase] = (phases[phase] ?? 0) + (now - last);
    last = now;
  };
}

/** A pass that adds its time to the append phase. */
function appendClock(phases: LoadPhases | undefined): SettleOptions {
  return { onSeconds: phases && ((seconds) => void (phases.append = (phases.append ?? 0) + seconds * 1000)) };
}

/**
 * Loads many reports, `batchSize` per write transaction, with the same
 * outcome as loadExtraction on each in turn: identity resolution (also
 * against entities an earlier report of the same batch introduced), version
 * replacement, provenance, derived properties, merge suggestions, curator
 * redirects; an identical report writes nothing. A batch costs a fixed
 * number of round trips: batched reads, planning in memory (BatchState),
 * one UNWIND write per kind.
 *
 * Each report is fully in or fully out: a report that cannot be planned
 * (an invalid extraction) is left out of its batch; if a batch's transaction
 * fails, its reports are loaded one per transaction, so one bad report does
 * not sink the others. Returns one outcome per report attempted, in order
 * (fewer than given when `shouldStop` stopped it).
 *
 * Sources added to relationships that already exist are queued and appended
 * once the queue holds `appendEvery` batches or `appendShare` of the graph's
 * reports, whichever is more (appendDue), and when the run ends unless
 * `settle` is false.
 */
export async function loadExtractions(graph: Graph, extractions: readonly Extraction[], opts: BatchLoadOptions = {}): Promise<BatchOutcome[]> {
  const size = Math.max(1, Math.floor(opts.batchSize ?? DEFAULT_BATCH_SIZE));
  const every = Math.max(1, Math.floor(opts.appendEvery ?? DEFAULT_APPEND_EVERY));
  const share = Math.max(0, opts.appendShare ?? DEFAULT_APPEND_SHARE);
  const out: BatchOutcome[] = [];
  for (let start = 0; start < extractions.length; start += size) {
    if (opts.shouldStop?.()) break;
    const chunk = extractions.slice(start, start + size).map((extraction, i) => ({ index: start + i, extraction }));
    const { outcomes, queue } = await loadChunk(graph, chunk, opts);
    // A pass that fails (the database went away) loses nothing: the queue stays in the graph for the next one.
    if (appendDue(queue, size, every, share)) await settleProvenance(graph, appendClock(opts.phases)).catch(() => 0);
    for (const outcome of outcomes) {
      out.push(outcome);
      opts.onProgress?.(outcome, out.length, extractions.length);
    }
  }
  if (opts.settle !== false) await settleProvenance(graph, appendClock(opts.phases));
  return out;
}

const NOTHING_QUEUED: QueueLength = { batches: 0, reports: 0 };

type Chunk = ReadonlyArray<{ index: number; extraction: Extraction }>;

/** A chunk's outcomes, and the queue of appends after it. */
async function loadChunk(graph: Graph, chunk: Chunk, opts: BatchLoadOptions, settled = false): Promise<{ outcomes: BatchOutcome[]; queue: QueueLength }> {
  try {
    const { planned, queue } = await withIngestLock(() => graph.write((tx) => loadBatchInTransaction(tx, chunk.map((c) => c.extraction), opts, settled)));
    return { outcomes: planned.map((p, i) => outcomeOf(chunk[i]!, p)), queue };
  } catch (err) {
    if (err instanceof QueueBeforeVersion) {
      await settleProvenance(graph, appendClock(opts.phases));
      return loadChunk(graph, chunk, opts, true);
    }
    const error = err instanceof Error ? err : new Error(String(err));
    // One report per transaction would meet the same unavailable database: the caller retries the batch.
    if (chunk.length === 1 || error instanceof DatabaseUnavailableError) return { outcomes: chunk.map((c) => failed(c, error)), queue: NOTHING_QUEUED };
    const outcomes: BatchOutcome[] = [];
    let queue = NOTHING_QUEUED;
    for (const c of chunk) {
      const one = await loadChunk(graph, [c], opts);
      outcomes.push(...one.outcomes);
      if (one.queue.batches > queue.batches) queue = one.queue;
    }
    return { outcomes, queue };
  }
}

/**
 * The stored reports a report of the batch replaces: the same url (or, both
 * without one, the same title) and another id. A stored report with the id
 * of one in the batch is that report, unchanged: re-sending a loaded folder
 * replaces nothing, and reads no provenance whole.
 */
function replacedVersions(stored: readonly StoredReport[], extractions: readonly Extraction[]): StoredReport[] {
  return stored.filter((v) =>
    extractions.some((x) => x.report.id !== v.id && (v.url != null ? x.report.url === v.url : x.report.url == null && x.report.title.trim() === v.title)),
  );
}

function outcomeOf(c: Chunk[number], p: PlannedReport): BatchOutcome {
  return 'error' in p ? failed(c, p.error) : { index: c.index, reportId: c.extraction.report.id, result: p.result };
}

function failed(c: Chunk[number], error: Error): BatchOutcome {
  return { index: c.index, reportId: String(c.extraction.report?.id), error };
}

/** Summaries of the reports among `ids` that are loaded already (status unchanged), by id. */
export async function unchangedResults(tx: Tx, ids: readonly string[]): Promise<Map<string, LoadResult>> {
  const { existing } = await readStoredReports(tx, ids, [], []);
  return new Map(existing.map((r) => [r.id, unchangedSummary(r)]));
}

/**
 * A batch replaces a version while additions wait in the queue: a pass of its
 * own appends them first, then the batch runs again. Appended inside the
 * batch's transaction, a long queue outlasts the transaction timeout (115
 * batches took 444 s at 57,000 large-corpus reports), and so would each
 * report of the batch retried alone.
 */
class QueueBeforeVersion extends Error {}

/**
 * One batch in one transaction: reads for the whole batch, two planning
 * passes in memory, the writes. `settled`: a pass just appended the queue.
 */
async function loadBatchInTransaction(
  tx: Tx,
  extractions: readonly Extraction[],
  opts: BatchLoadOptions,
  settled: boolean,
): Promise<{ planned: PlannedReport[]; queue: QueueLength }> {
  const lap = phaseClock(opts.phases);
  const ids = extractions.map((x) => x.report.id);
  const urls = new Set<string>();
  const titles = new Set<string>();
  for (const x of extractions) {
    if (x.report.url != null) urls.add(x.report.url);
    else titles.add(x.report.title.trim());
  }
  const reports = await readStoredReports(tx, ids, [...urls], [...titles]);
  const existing = new Set(reports.existing.map((r) => r.id));
  const versions = replacedVersions(reports.versions, extractions);
  // Replacing a version reads and removes its sources: none may still be waiting in the queue.
  // After a pass, only what another writer queued since is left to append here.
  if (versions.length > 0) {
    if (!settled && (await backlogLength(tx)) > 0) throw new QueueBeforeVersion();
    await flushBacklog(tx);
  }
  lap('readReports');

  // Name queries and ids of the reports that are not loaded already.
  const searchKeys = opts.searchKeys ?? searchKeysWithSeed;
  const items: BatchItem[] = extractions.map((extraction) => {
    if (existing.has(extraction.report.id)) return { extraction, queries: [], nameHits: [], ids: [] };
    const entityIds = new Set(extraction.entities.map((e) => e.id));
    for (const c of extraction.mergeCandidates ?? []) entityIds.add(c.a).add(c.b);
    return { extraction, queries: nameQueriesFor(searchKeys(extraction)), nameHits: [], ids: [...entityIds] };
  });
  const allIds = [...new Set(items.flatMap((it) => it.ids))];
  const candidates = await findCandidates(
    tx,
    items.flatMap((it, report) => it.queries.map((q) => ({ report, ...q }))),
    allIds,
  );
  for (const [i, hits] of candidates.nameHits) items[i]!.nameHits = hits;
  lap('findCandidates');

  const versionIds = versions.map((r) => r.id);
  const wanted = new Set([...allIds, ...candidates.mergedInto, ...items.flatMap((it) => it.nameHits)]);
  const entities = await readEntities(tx, [...wanted], versionIds);
  const asserted = await readRelationshipsAssertedBy(tx, versionIds);
  lap('readEntities');
  const storedReports = [...new Map([...versions, ...reports.existing].map((r) => [r.id, r])).values()];

  // Pass 1 resolves identities report by report; relationships it does not know yet are taken as new.
  const first = new BatchState({ reports: storedReports, entities, relationships: asserted, suggestions: null });
  const planned = planBatch(first, items, candidates.mergedInto, opts);
  lap('resolve');

  // Pass 2 plans again with every relationship the batch names, and the merge suggestions it touches.
  // Those no removed version asserts are read partial: their stored sources only need appending to.
  const keys = new Map<string, { type: string; from: string; to: string }>();
  const suggestionIds = new Set<string>();
  const removedReports = new Set<string>();
  for (const p of planned) {
    if ('error' in p || !p.prepared) continue;
    for (const r of p.prepared.relations) {
      const key = relationshipKey(r.type, r.from, r.to);
      if (!first.hasDbRelationship(key) && first.hasDbEntity(r.from) && first.hasDbEntity(r.to)) keys.set(key, { type: r.type, from: r.from, to: r.to });
    }
    for (const s of p.prepared.suggestions) suggestionIds.add(s.id);
    for (const id of p.result.replaced) if (versions.some((v) => v.id === id)) removedReports.add(id);
  }
  const relationships = [...asserted, ...(await readPartialRelationships(tx, [...keys.values()]))];
  const suggestions = await readSuggestions(tx, [...suggestionIds], [...removedReports], [...first.destroyed]);
  lap('readRelationships');
  const second = new BatchState({ reports: storedReports, entities, relationships, suggestions });
  const final = planBatch(second, items, candidates.mergedInto, opts, planned);
  lap('plan');
  const queue = await applyBatch(tx, second.changes());
  lap('write');
  await opts.beforeCommit?.(tx, final.flatMap((p, i) => ('error' in p || p.result.status === 'unchanged' ? [] : [ids[i]!])));
  return { planned: final, queue };
}
