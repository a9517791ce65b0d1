import type { Extraction } from '../schema/extraction.ts';
import type { Tx } from '../connection.ts';
import { BatchState } from './batchState.ts';
import type { LoadOptions } from './loadExtraction.ts';
import { nameQueriesFor } from './nameQueries.ts';
import { noSearchKeys } from './pipeline.ts';
import { planBatch, type BatchItem, type PlannedReport } from './planBatch.ts';
import { findCandidates, readEntities, readStoredReports, type StoredReport } from './readBatch.ts';
import { readRelationships } from './relationshipClaims.ts';

/** What the reads and the planning pass of a batch found: enough to write it, or to show what writing it would do. */
export interface BatchPlan {
  state: BatchState;
  planned: PlannedReport[];
  /** stored versions the batch's reports replace */
  versions: StoredReport[];
  /** ids of the batch's reports that are loaded already */
  loaded: Set<string>;
}

export interface ReadAndPlanOptions extends Pick<LoadOptions, 'resolve' | 'searchKeys' | 'now'> {
  /**
   * Plan reports that are loaded already as if they were not, instead of
   * planning nothing for them. Only for a preview (previewExtraction): it
   * still wants to know who each entity of an unchanged report is.
   */
  planLoaded?: boolean;
}

/**
 * Phase 1 and the planning pass of phase 2 (graph/README.md, "Loading"):
 * every read the batch needs, each once for the whole batch, then every
 * report resolved and planned in order against what was read (planBatch).
 * Reads only: the loader settles and writes what it plans
 * (loadExtractions), the preview shows it (previewExtraction).
 */
export async function readAndPlan(
  tx: Tx,
  extractions: readonly Extraction[],
  opts: ReadAndPlanOptions,
  lap: (phase: 'readReports' | 'findCandidates' | 'readEntities' | 'resolve') => void = () => {},
): Promise<BatchPlan> {
  const ids = extractions.map((x) => x.report.id);
  const urls = new Set<string>();
  const titles = new Set<string>();
  for (const x of extractions) {
    if (x.report.url != null) urls.add(x.report.url);
    else titles.add(x.report.title.trim());
  }
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
  const candidates = await findCandidates(tx, items.flatMap((it, report) => it.queries.map((q) => ({ report, ...q }))), allIds);
  for (const [i, hits] of candidates.nameHits) items[i]!.nameHits = hits;
  lap('findCandidates');

  const versionIds = versions.map((r) => r.id);
  const wanted = new Set([...allIds, ...candidates.mergedInto, ...items.flatMap((it) => it.nameHits)]);
  const entities = await readEntities(tx, [...wanted], versionIds);
  const asserted = await readRelationships(tx, [], versionIds);
  lap('readEntities');

  // Relationships the batch only adds claims to are planned as new and read once the batch is planned: identities decide their keys.
  const storedReports = [...new Map([...versions, ...reports.existing.filter((r) => skipped.has(r.id))].map((r) => [r.id, r])).values()];
  const state = new BatchState({ reports: storedReports, entities, relationships: asserted });
  const planned = planBatch(state, items, candidates.mergedInto, opts);
  lap('resolve');
  return { state, planned, versions, loaded };
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
