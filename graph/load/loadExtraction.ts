import type { Actor } from '../curationLog/index.ts';
import type { Extraction } from '../schema/extraction.ts';
import type { Graph, Tx } from '../connection.ts';
import { loadExtractions, type BatchOutcome } from './loadExtractions.ts';
import type { Resolver, SearchKeys } from './pipeline.ts';
import type { LoadResult } from './types.ts';

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
