import type { Extraction } from '../schema/extraction.ts';
import type { Graph, Tx } from '../connection.ts';
import { redirectsOf, type KnownEntity } from './nameQueries.ts';
import { loadExtractions } from './loadExtractions.ts';
import { noResolution, type Resolver, type SearchKeys } from './pipeline.ts';
import type { ChangePlan } from './planChange.ts';
import { prepareExtraction, type PreparedExtraction } from './prepareExtraction.ts';
import { emptyLabelCounts, emptyRelationshipCounts, type LoadResult, type RelationshipCounts } from './types.ts';

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
}

/**
 * Loads one report's extraction in one write transaction: a batch of one
 * (loadExtractions). Resolves its entities against the graph, replaces an
 * earlier version of the same report, appends its claims, and records merge
 * suggestions. An identical report (same content hash) writes nothing. If
 * anything fails, nothing is written and the error is thrown.
 */
export async function loadExtraction(graph: Graph, extraction: Extraction, opts: LoadOptions = {}): Promise<LoadResult> {
  const { beforeCommit, ...rest } = opts;
  const [outcome] = await loadExtractions(graph, [extraction], { ...rest, batchSize: 1, ...(beforeCommit ? { beforeCommit: (tx: Tx) => beforeCommit(tx) } : {}) });
  if (!outcome?.result) throw outcome?.error ?? new Error(`report ${extraction.report.id} was not loaded`);
  return outcome.result;
}

/**
 * The pure middle of a load: curator redirects, identity resolution against
 * `known`, the contract check and folding. `earlierSince` are the first
 * ingestion times of the versions this report replaces.
 */
export function resolveAndPrepare(
  extraction: Extraction,
  known: readonly KnownEntity[],
  earlierSince: readonly string[],
  opts: Pick<LoadOptions, 'resolve' | 'now'>,
): PreparedExtraction {
  const redirect = redirectsOf(known);
  const redirected = redirect.size > 0 ? redirectIds(extraction, redirect) : extraction;
  const resolved = (opts.resolve ?? noResolution)(redirected, known);
  const ingestedAt = (opts.now?.() ?? new Date()).toISOString();
  const prepared = prepareExtraction(resolved, ingestedAt, redirect);
  // A new version keeps the place of the first one when claims are ordered
  // oldest first, so replacing a report does not reshuffle derived names.
  if (earlierSince.length > 0) prepared.report.props.firstIngestedAt = [...earlierSince].sort()[0]!;
  return prepared;
}

export function labelCounts(plan: ChangePlan): LoadResult['labels'] {
  const labels: LoadResult['labels'] = {};
  for (const { label, outcome } of plan.entityOutcomes) (labels[label] ??= emptyLabelCounts())[outcome] += 1;
  return labels;
}

export function relationshipCounts(plan: ChangePlan): RelationshipCounts {
  const counts = emptyRelationshipCounts();
  for (const outcome of plan.relationshipOutcomes) counts[outcome] += 1;
  return counts;
}

/** The extraction with ids a curator merged away replaced by the id that kept them. */
function redirectIds(extraction: Extraction, redirect: ReadonlyMap<string, string>): Extraction {
  const to = (id: string): string => redirect.get(id) ?? id;
  return {
    ...extraction,
    entities: extraction.entities.map((e) => (redirect.has(e.id) ? { ...e, id: to(e.id) } : e)),
    relations: extraction.relations.map((r) => ({ ...r, from: to(r.from), to: to(r.to) })),
    mergeCandidates: extraction.mergeCandidates?.map((c) => ({ ...c, a: to(c.a), b: to(c.b) })),
  };
}
