import type { Extraction } from '../schema/extraction.ts';
import type { Graph, Tx } from '../connection.ts';
import { recordCuration, type Actor } from '../curationLog/index.ts';
import { DatabaseUnavailableError } from '../errors.ts';
import { applyBatch } from './applyBatch.ts';
import { withIngestLock } from './ingestLock.ts';
import type { Resolver, SearchKeys } from './nameQueries.ts';
import type { BatchState } from './batchState.ts';
import { countRelationships } from './planChange.ts';
import { readAndPlan, unchangedSummary, type PlannedReport, type ReadAndPlanOptions } from './readAndPlan.ts';
import { findNameHits, readStoredReports, readSuggestions, type KeyedNameQuery } from './readBatch.ts';
import { readRelationships } from './relationshipClaims.ts';
import type { LoadResult } from './types.ts';

/**
 * Reports per write transaction unless told otherwise. Resolving against the
 * batch's own entities grows with the batch; round trips shrink with it.
 */
export const DEFAULT_BATCH_SIZE = 100;

/** One report of loadExtractions: its summary, or the error that kept it out (nothing of it was written). */
export interface BatchOutcome {
  /** position in the input */
  index: number;
  reportId: string;
  result?: LoadResult;
  error?: Error;
}

export interface LoadOptions {
  /**
   * Cross-report identity: maps the extraction onto entities already in the
   * graph (seed's SEED_RESOLUTION is what `npm run ingest` uses). Default
   * `noResolution`: only exact ids and curator merges join entities.
   */
  resolve?: Resolver;
  /** The names to look up in the name index for `resolve`. Default: none. */
  searchKeys?: SearchKeys;
  /** Runs inside the transaction after every write, before commit. For tests: throw to prove rollback. */
  beforeCommit?: (tx: Tx) => Promise<void>;
  /** The clock for `ingestedAt`. */
  now?: () => Date;
  /** Who is loading: each report written (not the unchanged ones) goes into the curation log, in the same transaction. */
  actor?: Actor;
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
}

/** readEntities: waiting for a chunk's name hits and entities; resolve: planning it (seed's resolution within). */
export const LOAD_PHASES = ['readReports', 'readEntities', 'resolve', 'readRelationships', 'plan', 'write'] as const;
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
 */
export async function loadExtractions(graph: Graph, extractions: readonly Extraction[], opts: BatchLoadOptions = {}): Promise<BatchOutcome[]> {
  const size = Math.max(1, Math.floor(opts.batchSize ?? DEFAULT_BATCH_SIZE));
  const out: BatchOutcome[] = [];
  for (let start = 0; start < extractions.length; start += size) {
    if (opts.shouldStop?.()) break;
    const chunk = extractions.slice(start, start + size).map((extraction, i) => ({ index: start + i, extraction }));
    for (const outcome of await loadChunk(graph, chunk, opts)) {
      out.push(outcome);
      opts.onProgress?.(outcome, out.length, extractions.length);
    }
  }
  return out;
}

/**
 * Loads one report's extraction in one write transaction: a batch of one
 * (loadExtractions). Resolves its entities against the graph, replaces an
 * earlier version of the same report, appends its claims, and records merge
 * suggestions. An identical report (same content hash) writes nothing. If
 * anything fails, nothing is written and the error is thrown.
 */
export async function loadExtraction(graph: Graph, extraction: Extraction, opts: LoadOptions = {}): Promise<LoadResult> {
  const [{ result, error }] = (await loadExtractions(graph, [extraction], { ...opts, batchSize: 1 })) as [BatchOutcome];
  if (!result) throw error;
  return result;
}

type Chunk = ReadonlyArray<{ index: number; extraction: Extraction }>;

async function loadChunk(graph: Graph, chunk: Chunk, opts: BatchLoadOptions): Promise<BatchOutcome[]> {
  try {
    // Name searches read the graph as the last commit left it (the batch writes after every read): beside the transaction, on another core.
    const batch = { ...opts, findNames: (queries: readonly KeyedNameQuery[]) => findNameHits(graph, queries) };
    const planned = await withIngestLock(() => graph.write((tx) => loadBatchInTransaction(tx, chunk.map((c) => c.extraction), batch)));
    return planned.map((p, i) => outcomeOf(chunk[i]!, p));
  } catch (err) {
    const error = err instanceof Error ? err : new Error(String(err));
    // One report per transaction would meet the same unavailable database: the caller retries the batch.
    if (chunk.length === 1 || error instanceof DatabaseUnavailableError) return chunk.map((c) => failed(c, error));
    const outcomes: BatchOutcome[] = [];
    for (const c of chunk) outcomes.push(...(await loadChunk(graph, [c], opts)));
    return outcomes;
  }
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
 * Reads what a planned batch settles with (BatchState.unsettled) and settles
 * it; returns the relationships planned as new that turned out to exist.
 */
export async function settleBatch(tx: Tx, state: BatchState): Promise<Set<string>> {
  const { keys, suggestions, reports, entities } = state.unsettled();
  const addedTo = await readRelationships(tx, keys, []);
  return state.settle(addedTo, await readSuggestions(tx, suggestions, reports, entities));
}

/** One batch in one transaction: reads for the whole batch, one planning pass in memory, the writes. */
async function loadBatchInTransaction(tx: Tx, extractions: readonly Extraction[], opts: BatchLoadOptions & Pick<ReadAndPlanOptions, 'findNames'>): Promise<PlannedReport[]> {
  const lap = phaseClock(opts.phases);
  const { state, planned } = await readAndPlan(tx, extractions, opts, lap);
  const existed = await settleBatch(tx, state);
  lap('readRelationships');
  for (const p of planned) if (!('error' in p)) p.result.relationships = countRelationships(p.outcomes, existed);
  lap('plan');
  await applyBatch(tx, state.changes());
  const written = planned.flatMap((p) => ('error' in p || p.result.status === 'unchanged' ? [] : [p.result]));
  if (opts.actor) {
    await recordCuration(tx, opts.actor, written.map((r) => ({ action: 'INGEST_REPORT' as const, before: r.replaced, after: [r.reportId] })));
  }
  lap('write');
  await opts.beforeCommit?.(tx, written.map((r) => r.reportId));
  return planned;
}
