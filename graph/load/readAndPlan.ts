import type { Extraction } from '../schema/extraction.ts';
import type { Tx } from '../connection.ts';
import { BatchState } from './batchState.ts';
import type { LoadOptions } from './loadExtraction.ts';
import { nameQueriesFor } from './nameQueries.ts';
import { noSearchKeys } from './pipeline.ts';
import { planBatch, type BatchItem, type PlannedReport } from './planBatch.ts';
import { findMergedInto, findNameHits, readEntities, readStoredReports, type KeyedNameQuery, type StoredReport } from './readBatch.ts';
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
 * every read the batch needs, each thing read once, and every report
 * resolved and planned in order against what was read (planBatch), chunk
 * by chunk as the reads come in.
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
  const versionIds = versions.map((r) => r.id);
  const names = new NameLookups(items);

  // Sent together: none needs another's answer.
  const first = Promise.all([findMergedInto(tx, allIds), readRelationships(tx, [], versionIds)]);
  let hits = quiet(names.lookUp(tx, 0, Math.min(READ_CHUNK, items.length)));
  const [mergedInto, asserted] = await first;
  // Relationships the batch only adds claims to are planned as new and read once the batch is planned: identities decide their keys.
  const storedReports = [...new Map([...versions, ...reports.existing.filter((r) => skipped.has(r.id))].map((r) => [r.id, r])).values()];
  const state = new BatchState({ reports: storedReports, entities: [], relationships: asserted });
  const planned: PlannedReport[] = [];
  const read = new Set<string>();
  // A chunk of reports is planned in this process while Neo4j searches the
  // names of the next one (its query is sent before planning starts): the
  // two took turns before, each idle while the other worked. The graph does
  // not change before the batch writes, so what a chunk reads is what the
  // whole batch read at once would have been.
  for (let from = 0; from < items.length; from += READ_CHUNK) {
    const to = Math.min(from + READ_CHUNK, items.length);
    await hits;
    lap('findCandidates');
    const wanted = new Set(from === 0 ? mergedInto : []);
    for (const it of items.slice(from, to)) for (const id of [...it.ids, ...it.nameHits]) wanted.add(id);
    const fresh = [...wanted].filter((id) => !read.has(id));
    for (const id of fresh) read.add(id);
    // The versions' entities come with the first chunk: every report may take their claims out.
    const entities = quiet(readEntities(tx, fresh, from === 0 ? versionIds : []));
    if (to < items.length) hits = quiet(names.lookUp(tx, to, Math.min(to + READ_CHUNK, items.length)));
    state.addStored(await entities);
    lap('readEntities');
    planned.push(...planBatch(state, items.slice(from, to), mergedInto, opts));
    lap('resolve');
  }
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

/** Reports planned per chunk of a batch; the next chunk's names are searched meanwhile. */
const READ_CHUNK = 20;

/**
 * The name queries of a batch, each distinct one run once (reports of a batch
 * often ask the same: one city, one hub organization), in the first chunk
 * that asks it; a report's hits are its queries' hits in order.
 */
class NameLookups {
  private readonly distinct = new Map<string, KeyedNameQuery>();
  private readonly keys: number[][];
  private readonly hits = new Map<number, string[]>();
  private readonly asked = new Set<number>();

  constructor(private readonly items: readonly BatchItem[]) {
    this.keys = items.map((it) =>
      it.queries.map((q) => {
        const k = JSON.stringify([q.type, q.query, q.limit]);
        let d = this.distinct.get(k);
        if (!d) this.distinct.set(k, (d = { key: this.distinct.size, type: q.type, query: q.query, limit: q.limit }));
        return d.key;
      }),
    );
  }

  /** Runs the queries reports `from`..`to` ask that no earlier chunk asked, then sets those reports' hits. */
  async lookUp(tx: Tx, from: number, to: number): Promise<void> {
    const all = [...this.distinct.values()];
    const queries: KeyedNameQuery[] = [];
    for (const keys of this.keys.slice(from, to)) {
      for (const key of keys) {
        if (this.asked.has(key)) continue;
        this.asked.add(key);
        queries.push(all[key]!);
      }
    }
    for (const [key, ids] of await findNameHits(tx, queries)) this.hits.set(key, ids);
    for (let i = from; i < to; i++) this.items[i]!.nameHits = this.keys[i]!.flatMap((key) => this.hits.get(key) ?? []);
  }
}

/** `p`, with a failure also handled where nobody awaits it yet: the loop may stop at another query's error first. */
function quiet<T>(p: Promise<T>): Promise<T> {
  p.catch(() => undefined);
  return p;
}
