import type { Extraction } from '../schema/extraction.ts';
import type { EntityLabel } from '../schema/model.ts';
import type { BatchState } from './batchState.ts';
import type { StoredReport } from './readBatch.ts';
import type { NameQuery } from './nameQueries.ts';
import { labelCounts, relationshipCounts, resolveAndPrepare, type LoadOptions } from './loadExtraction.ts';
import { planChange } from './planChange.ts';
import type { PreparedExtraction } from './prepareExtraction.ts';
import { emptyLabelCounts, emptyRelationshipCounts, type LoadResult } from './types.ts';

/** One report of a batch, with what the batch's reads found for it. */
export interface BatchItem {
  extraction: Extraction;
  queries: NameQuery[];
  /** graph entities its name queries hit, in index order */
  nameHits: string[];
  /** its entity ids (and merge candidates' ids) */
  ids: string[];
}

/** Per report: its summary, or why it cannot load (it is left out; the others still load). */
export type PlannedReport = { result: LoadResult; prepared: PreparedExtraction | null } | { error: Error };

/**
 * Plans the reports in order against `state`, as loadExtraction would load
 * them one transaction at a time, recording each change in `state`.
 * Without `prepared` it resolves identities (the first pass); with the first
 * pass's results it only plans (the second pass, on a state that also holds
 * every relationship the reports name).
 */
export function planBatch(
  state: BatchState,
  items: readonly BatchItem[],
  mergedInto: ReadonlySet<string>,
  opts: Pick<LoadOptions, 'resolve' | 'now'>,
  prepared?: ReadonlyArray<PlannedReport>,
): PlannedReport[] {
  const out: PlannedReport[] = [];
  for (const [i, item] of items.entries()) {
    const x = item.extraction;
    const reportId = x.report.id;
    const stored = state.report(reportId);
    if (stored) {
      out.push({ result: unchangedSummary(stored), prepared: null });
      continue;
    }
    try {
      const earlier = state.earlierVersions(reportId, x.report.url ?? null, x.report.title.trim());
      const given = prepared?.[i];
      let added: PreparedExtraction;
      if (given) {
        if ('error' in given) throw given.error;
        if (!given.prepared) throw new Error(`report ${reportId} was unchanged in the first pass and new in the second`);
        added = given.prepared;
      } else {
        const known = state.knownFor(item.nameHits, item.queries, item.ids, mergedInto);
        added = resolveAndPrepare(x, known, earlier.map((r) => r.since), opts);
      }
      const removed = new Set(earlier.map((r) => r.id));
      const planState = state.slice(
        added.entities.map((e) => e.id),
        added.relations.map((r) => ({ type: r.type, from: r.from, to: r.to })),
        removed,
      );
      const plan = planChange(planState, removed, added, { deferTally: true });
      const suggestions = state.apply(plan, planState, added, removed, String(added.report.props.ingestedAt));
      out.push({
        prepared: added,
        result: {
          reportId,
          title: added.report.title,
          status: removed.size > 0 ? 'replaced' : 'created',
          replaced: [...removed],
          labels: labelCounts(plan),
          relationships: relationshipCounts(plan),
          mergeSuggestions: suggestions,
        },
      });
    } catch (err) {
      out.push({ error: err instanceof Error ? err : new Error(String(err)) });
    }
  }
  return out;
}

/** The summary of a report already loaded: its entities unchanged. */
export function unchangedSummary(r: StoredReport): LoadResult {
  const labels: LoadResult['labels'] = {};
  for (const label of r.labels as EntityLabel[]) (labels[label] ??= emptyLabelCounts()).unchanged += 1;
  return { reportId: r.id, title: r.title, status: 'unchanged', replaced: [], labels, relationships: emptyRelationshipCounts(), mergeSuggestions: 0 };
}
