import type { Extraction } from '../schema/extraction.ts';
import type { Tx } from '../connection.ts';
import type { EntityLabel } from '../schema/model.ts';
import { BatchState } from './batchState.ts';
import type { LoadOptions } from './loadExtractions.ts';
import { nameQueriesFor, noResolution, noSearchKeys, redirectsOf, type NameQuery } from './nameQueries.ts';
import type { ChangePlan, EntityOutcome } from './planChange.ts';
import { prepareExtraction, type PreparedExtraction } from './prepareExtraction.ts';
import { findMergedInto, findNameHits, isEarlierVersion, readEntities, readStoredReports, type KeyedNameQuery, type StoredEntity, type StoredReport } from './readBatch.ts';
import { readRelationships } from './relationshipClaims.ts';
import { emptyLabelCounts, emptyRelationshipCounts, type LoadResult } from './types.ts';

/** What the reads and the planning pass of a batch found: enough to write it, or to show what writing it would do. */
interface BatchPlan {
  state: BatchState;
  planned: PlannedReport[];
  /** stored versions the batch's reports replace */
  versions: StoredReport[];
  /** ids of the batch's reports that are loaded already */
  loaded: Set<string>;
}

export interface ReadAndPlanOptions extends Pick<LoadOptions, 'resolve' | 'searchKeys' | 'now'> {
  /**
   * Runs the name-index queries (default: in `tx`). The loader runs them in
   * read transactions of their own, two at a time, so Neo4j searches on both
   * cores while its write transaction reads entities and this process plans.
   */
  findNames?: (queries: readonly KeyedNameQuery[]) => Promise<Map<number, string[]>>;
  /**
   * Plan reports that are loaded already as if they were not, instead of
   * planning nothing for them. Only for a preview (previewExtraction): it
   * still wants to know who each entity of an unchanged report is.
   */
  planLoaded?: boolean;
}

/**
 * Phase 1 and the planning pass of phase 2 (graph/README.md, "Loading"):
 * every read the batch needs, each thing read once, and every report
 * resolved and planned in order against what was read (planReport), chunk
 * by chunk as the reads come in.
 * Reads only: the loader settles and writes what it plans
 * (loadExtractions), the preview shows it (previewExtraction).
 */
export async function readAndPlan(
  tx: Tx,
  extractions: readonly Extraction[],
  opts: ReadAndPlanOptions,
  lap: (phase: 'readReports' | 'readEntities' | 'resolve') => void = () => {},
): Promise<BatchPlan> {
  const ids = extractions.map((x) => x.report.id);
  const urls = new Set(extractions.flatMap((x) => x.report.url ?? []));
  const titles = new Set(extractions.filter((x) => x.report.url == null).map((x) => x.report.title.trim()));
  const reports = await readStoredReports(tx, ids, [...urls], [...titles]);
  const loaded = new Set(reports.existing.map((r) => r.id));
  const skipped = opts.planLoaded ? new Set<string>() : loaded;
  const versions = replacedVersions(reports.versions, extractions);
  lap('readReports');

  // Name queries and ids of the reports that are not loaded already.
  const searchKeys = opts.searchKeys ?? noSearchKeys;
  const items: BatchItem[] = extractions.map((extraction) => {
    if (skipped.has(extraction.report.id)) return { extraction, queries: [], nameHits: [], ids: [] };
    const entityIds = new Set(extraction.entities.map((e) => e.id));
    for (const c of extraction.mergeCandidates ?? []) entityIds.add(c.a).add(c.b);
    return { extraction, queries: nameQueriesFor(searchKeys(extraction)), nameHits: [], ids: [...entityIds] };
  });
  const allIds = [...new Set(items.flatMap((it) => it.ids))];
  const versionIds = versions.map((r) => r.id);
  // Sent together: none needs another's answer. Every chunk's names are asked now, two chunks at a time.
  const first = Promise.all([findMergedInto(tx, allIds), readRelationships(tx, [], versionIds)]);
  const names = new NameLookups(items, opts.findNames ?? ((queries) => findNameHits(tx, queries)));
  const [mergedInto, asserted] = await first;
  // Relationships the batch only adds claims to are planned as new and read once the batch is planned: identities decide their keys.
  const storedReports = [...new Map([...versions, ...reports.existing.filter((r) => skipped.has(r.id))].map((r) => [r.id, r])).values()];
  const state = new BatchState({ reports: storedReports, entities: [], relationships: asserted });
  const planned: PlannedReport[] = [];
  const read = new Set<string>();
  // The entities a chunk may touch that no earlier chunk read, once its names are in; the versions' come with the first chunk (every report may take their claims out).
  const entitiesOf = async (from: number): Promise<StoredEntity[]> => {
    await names.hitsOf(from / READ_CHUNK);
    const wanted = new Set(from === 0 ? mergedInto : []);
    for (const it of items.slice(from, from + READ_CHUNK)) for (const id of [...it.ids, ...it.nameHits]) wanted.add(id);
    const fresh = [...wanted].filter((id) => !read.has(id));
    for (const id of fresh) read.add(id);
    return readEntities(tx, fresh, from === 0 ? versionIds : []);
  };
  // A chunk of reports is planned while Neo4j searches the names of the next
  // ones and reads the next one's entities, so neither waits on the other. The
  // graph does not change before the batch writes, so a chunk reads what one
  // read for the whole batch would have.
  let next = quiet(entitiesOf(0));
  for (let from = 0; from < items.length; from += READ_CHUNK) {
    const entities = await next;
    lap('readEntities');
    if (from + READ_CHUNK < items.length) next = quiet(entitiesOf(from + READ_CHUNK));
    state.addStored(entities);
    for (const item of items.slice(from, from + READ_CHUNK)) planned.push(planReport(state, item, mergedInto, opts));
    lap('resolve');
  }
  return { state, planned, versions, loaded };
}

/** One report of a batch, with what the batch's reads found for it. */
interface BatchItem {
  extraction: Extraction;
  queries: NameQuery[];
  /** graph entities its name queries hit, in index order */
  nameHits: string[];
  /** its entity ids (and merge candidates' ids) */
  ids: string[];
}

/**
 * Per report: its summary and what it adds (null: loaded already), or why it
 * cannot load (it is left out; the others still load). `relationships` of the
 * summary is counted once the batch is settled (countRelationships).
 */
export type PlannedReport = { result: LoadResult; prepared: PreparedExtraction | null; outcomes: ChangePlan['relationshipOutcomes'] } | { error: Error };

/**
 * Resolves and plans one report of the batch against `state`, as loading it
 * in its own transaction would, and records the change in `state`: a later
 * report resolves against the entities an earlier one introduced.
 */
function planReport(state: BatchState, item: BatchItem, mergedInto: ReadonlySet<string>, opts: ReadAndPlanOptions): PlannedReport {
  const x = item.extraction;
  const stored = state.report(x.report.id);
  if (stored) return { result: unchangedSummary(stored), prepared: null, outcomes: [] };
  try {
    const earlier = state.earlierVersions(reportKey(x));
    const known = state.knownFor(item.nameHits, item.queries, item.ids, mergedInto);
    const redirect = redirectsOf(known);
    const resolved = (opts.resolve ?? noResolution)(redirect.size > 0 ? redirectIds(x, redirect) : x, known);
    const added = prepareExtraction(resolved, (opts.now?.() ?? new Date()).toISOString(), redirect);
    // A new version keeps the place of the first one when claims are ordered oldest first, so replacing a report does not reshuffle derived names.
    if (earlier.length > 0) added.report.props.firstIngestedAt = earlier.map((r) => r.since).sort()[0]!;
    const removed = new Set(earlier.map((r) => r.id));
    const { plan, mergeSuggestions } = state.change(removed, added);
    const result: LoadResult = {
      reportId: x.report.id,
      title: added.report.title,
      status: removed.size > 0 ? 'replaced' : 'created',
      replaced: [...removed],
      labels: countLabels(plan.entityOutcomes),
      relationships: emptyRelationshipCounts(),
      mergeSuggestions,
    };
    return { prepared: added, result, outcomes: plan.relationshipOutcomes };
  } catch (err) {
    return { error: err instanceof Error ? err : new Error(String(err)) };
  }
}

/** The summary of a report already loaded: its entities unchanged. */
export function unchangedSummary(r: StoredReport): LoadResult {
  const labels = countLabels(r.labels.map((label) => ({ label, outcome: 'unchanged' as const })));
  return { reportId: r.id, title: r.title, status: 'unchanged', replaced: [], labels, relationships: emptyRelationshipCounts(), mergeSuggestions: 0 };
}

function countLabels(outcomes: ReadonlyArray<{ label: EntityLabel; outcome: EntityOutcome }>): LoadResult['labels'] {
  const labels: LoadResult['labels'] = {};
  for (const { label, outcome } of outcomes) (labels[label] ??= emptyLabelCounts())[outcome] += 1;
  return labels;
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

/**
 * The stored reports a report of the batch replaces: the same url (or, both
 * without one, the same title) and another id. A stored report with the id
 * of one in the batch is that report, unchanged: re-sending a loaded folder
 * replaces nothing, and reads no provenance whole.
 */
function replacedVersions(stored: readonly StoredReport[], extractions: readonly Extraction[]): StoredReport[] {
  return stored.filter((v) => extractions.some((x) => isEarlierVersion(v, reportKey(x))));
}

/** What tells a report's versions apart. */
function reportKey(x: Extraction): { id: string; url: string | null; title: string } {
  return { id: x.report.id, url: x.report.url ?? null, title: x.report.title.trim() };
}

/** Reports planned per chunk of a batch; the next chunk's names are searched meanwhile. */
const READ_CHUNK = 20;

/** Name-index lookups in flight at once: Neo4j runs each on one core. */
const NAME_LOOKUPS_IN_FLIGHT = 2;

/**
 * The name queries of a batch, each distinct one run once (reports of a batch
 * often ask the same: one city, one hub organization), with the first chunk
 * that asks it; a report's hits are its queries' hits in order. Every chunk's
 * lookup is sent when the batch starts, `NAME_LOOKUPS_IN_FLIGHT` at a time.
 */
class NameLookups {
  private readonly hits = new Map<number, string[]>();
  private readonly keys: number[][];
  private readonly chunks: Array<Promise<void>> = [];

  constructor(
    private readonly items: readonly BatchItem[],
    find: (queries: readonly KeyedNameQuery[]) => Promise<Map<number, string[]>>,
  ) {
    const distinct = new Map<string, KeyedNameQuery>();
    this.keys = items.map((it) =>
      it.queries.map((q) => {
        const k = JSON.stringify([q.type, q.query, q.limit]);
        let d = distinct.get(k);
        if (!d) distinct.set(k, (d = { key: distinct.size, type: q.type, query: q.query, limit: q.limit }));
        return d.key;
      }),
    );
    const all = [...distinct.values()];
    const asked = new Set<number>();
    for (let from = 0; from < items.length; from += READ_CHUNK) {
      const queries: KeyedNameQuery[] = [];
      for (const key of this.keys.slice(from, from + READ_CHUNK).flat()) {
        if (!asked.has(key)) queries.push(all[key]!);
        asked.add(key);
      }
      const before = this.chunks[this.chunks.length - NAME_LOOKUPS_IN_FLIGHT] ?? Promise.resolve();
      const found = before.then(() => (queries.length > 0 ? find(queries) : new Map<number, string[]>()));
      this.chunks.push(quiet(found.then((hits) => void hits.forEach((ids, key) => this.hits.set(key, ids)))));
    }
  }

  /** Waits for chunk `k`'s lookups and those before it (a query asked first by an earlier chunk), then sets its reports' hits. */
  async hitsOf(k: number): Promise<void> {
    await Promise.all(this.chunks.slice(0, k + 1));
    for (let i = k * READ_CHUNK; i < Math.min((k + 1) * READ_CHUNK, this.items.length); i++) {
      this.items[i]!.nameHits = this.keys[i]!.flatMap((key) => this.hits.get(key) ?? []);
    }
  }
}

/** `p`, with a failure also handled where nobody awaits it yet: the loop may stop at another query's error first. */
function quiet<T>(p: Promise<T>): Promise<T> {
  p.catch(() => undefined);
  return p;
}
