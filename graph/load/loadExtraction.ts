import type { Extraction } from '../../seed/extraction.ts';
import type { Graph, Tx } from '../connection.ts';
import type { EntityLabel } from '../schema/model.ts';
import { recordsToPlain } from '../values.ts';
import { applyPlan } from './applyPlan.ts';
import { fetchKnownEntities, redirectsOf, type KnownEntity } from './fetchKnownEntities.ts';
import { resolveWithSeed, searchKeysWithSeed, type Resolver, type SearchKeys } from './pipeline.ts';
import { planChange, type ChangePlan } from './planChange.ts';
import { flushBacklog } from './provenanceBacklog.ts';
import { writeAfterPass } from './settleProvenance.ts';
import { prepareExtraction, type PreparedExtraction } from './prepareExtraction.ts';
import { readState } from './readState.ts';
import { emptyLabelCounts, emptyRelationshipCounts, type LoadResult, type RelationshipCounts } from './types.ts';

export interface LoadOptions {
  /**
   * Cross-report identity: maps the extraction onto entities already in the
   * graph. Default: seed's `resolveAgainstKnown`; `noResolution` joins only
   * exact ids and curator merges.
   */
  resolve?: Resolver;
  /** The names to look up for `resolve`. Default: seed's `searchKeysFor`. */
  searchKeys?: SearchKeys;
  /** Runs inside the transaction after every write, before commit. For tests: throw to prove rollback. */
  beforeCommit?: (tx: Tx) => Promise<void>;
  /** The clock for `ingestedAt`. */
  now?: () => Date;
}

const findReport = `
MATCH (r:Report {id: $id})
RETURN r.id AS id, r.title AS title,
       [(r)-[:MENTIONS]->(n) | [l IN labels(n) WHERE l <> 'Entity'][0]] AS labels`;

// "The same report" is the same url; without a url, the same title among reports without one.
const findEarlierVersions = `
MATCH (r:Report)
WHERE r.id <> $id AND (($url IS NOT NULL AND r.url = $url) OR ($url IS NULL AND r.url IS NULL AND r.title = $title))
RETURN r.id AS id, coalesce(r.firstIngestedAt, r.ingestedAt) AS since`;

/**
 * Loads one report's extraction in one write transaction: resolves its
 * entities against the graph, replaces an earlier version of the same report,
 * merges entities and relationships with their provenance, and records merge
 * suggestions. An identical report (same content hash) writes nothing. If
 * anything fails, nothing is written.
 */
export function loadExtraction(graph: Graph, extraction: Extraction, opts: LoadOptions = {}): Promise<LoadResult> {
  return writeAfterPass(graph, (tx) => loadInTransaction(tx, extraction, opts));
}

/** The body of loadExtraction, for callers that already hold the ingest lock and a transaction. */
export async function loadInTransaction(tx: Tx, extraction: Extraction, opts: LoadOptions = {}): Promise<LoadResult> {
  const reportId = extraction.report.id;
  const existing = await unchangedResult(tx, reportId);
  if (existing) return existing;
  // It reads relationships whole and rewrites them: what a batch queued for them goes in first
  // (little after settleProvenance: what another writer queued since).
  await flushBacklog(tx);

  const title = extraction.report.title.trim();
  const versions = recordsToPlain<{ id: string; since: string }>(
    (await tx.run(findEarlierVersions, { id: reportId, url: extraction.report.url ?? null, title })).records,
  );
  const earlier = versions.map((r) => r.id);

  const ids = [...new Set(extraction.entities.map((e) => e.id))];
  const known = await fetchKnownEntities(tx, (opts.searchKeys ?? searchKeysWithSeed)(extraction), ids);
  const prepared = resolveAndPrepare(extraction, known, versions.map((v) => v.since), opts);

  const state = await readState(
    tx,
    prepared.entities.map((e) => e.id),
    prepared.relations.map((r) => ({ type: r.type, from: r.from, to: r.to })),
    earlier,
  );
  const plan = planChange(state, new Set(earlier), prepared);
  const { suggestions } = await applyPlan(tx, plan);
  await opts.beforeCommit?.(tx);
  return {
    reportId,
    title: prepared.report.title,
    status: earlier.length > 0 ? 'replaced' : 'created',
    replaced: earlier,
    labels: labelCounts(plan),
    relationships: relationshipCounts(plan),
    mergeSuggestions: suggestions,
  };
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
  const resolved = (opts.resolve ?? resolveWithSeed)(redirected, known);
  const ingestedAt = (opts.now?.() ?? new Date()).toISOString();
  const prepared = prepareExtraction(resolved, ingestedAt, redirect);
  // A new version keeps the place of the first one when claims are ordered
  // oldest first, so replacing a report does not reshuffle derived names.
  if (earlierSince.length > 0) prepared.report.props.firstIngestedAt = [...earlierSince].sort()[0]!;
  return prepared;
}

/** The result of loading a report that is already loaded (same content hash), or null when it is not. */
export async function unchangedResult(tx: Tx, reportId: string): Promise<LoadResult | null> {
  const existing = recordsToPlain<{ id: string; title: string; labels: EntityLabel[] }>(
    (await tx.run(findReport, { id: reportId })).records,
  )[0];
  if (!existing) return null;
  const labels: LoadResult['labels'] = {};
  for (const label of existing.labels) (labels[label] ??= emptyLabelCounts()).unchanged += 1;
  return { reportId, title: existing.title, status: 'unchanged', replaced: [], labels, relationships: emptyRelationshipCounts(), mergeSuggestions: 0 };
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
