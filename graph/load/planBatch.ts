import type { Extraction } from '../schema/extraction.ts';
import type { EntityLabel } from '../schema/model.ts';
import type { BatchState } from './batchState.ts';
import type { StoredReport } from './readBatch.ts';
import { redirectsOf, type NameQuery } from './nameQueries.ts';
import { noResolution } from './pipeline.ts';
import type { LoadOptions } from './loadExtraction.ts';
import { planChange, type ChangePlan } from './planChange.ts';
import { prepareExtraction, type PreparedExtraction } from './prepareExtraction.ts';
import { emptyLabelCounts, emptyRelationshipCounts, type LoadResult, type RelationshipCounts } from './types.ts';

/** One report of a batch, with what the batch's reads found for it. */
export interface BatchItem {
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
 * Resolves and plans the reports in order against `state`, as loading them
 * one transaction at a time would, recording each change in `state`: a later
 * report resolves against the entities an earlier one introduced.
 */
export function planBatch(state: BatchState, items: readonly BatchItem[], mergedInto: ReadonlySet<string>, opts: Pick<LoadOptions, 'resolve' | 'now'>): PlannedReport[] {
  return items.map((item) => {
    const x = item.extraction;
    const stored = state.report(x.report.id);
    if (stored) return { result: unchangedSummary(stored), prepared: null, outcomes: [] };
    try {
      const earlier = state.earlierVersions(x.report.id, x.report.url ?? null, x.report.title.trim());
      const known = state.knownFor(item.nameHits, item.queries, item.ids, mergedInto);
      const redirect = redirectsOf(known);
      const resolved = (opts.resolve ?? noResolution)(redirect.size > 0 ? redirectIds(x, redirect) : x, known);
      const added = prepareExtraction(resolved, (opts.now?.() ?? new Date()).toISOString(), redirect);
      // A new version keeps the place of the first one when claims are ordered oldest first, so replacing a report does not reshuffle derived names.
      if (earlier.length > 0) added.report.props.firstIngestedAt = earlier.map((r) => r.since).sort()[0]!;
      const removed = new Set(earlier.map((r) => r.id));
      const slice = state.slice(added.entities.map((e) => e.id), added.relations, removed);
      const plan = planChange(slice, removed, added);
      const mergeSuggestions = state.apply(plan, slice, added, removed, String(added.report.props.ingestedAt));
      const result: LoadResult = {
        reportId: x.report.id,
        title: added.report.title,
        status: removed.size > 0 ? 'replaced' : 'created',
        replaced: [...removed],
        labels: labelCounts(plan),
        relationships: emptyRelationshipCounts(),
        mergeSuggestions,
      };
      return { prepared: added, result, outcomes: plan.relationshipOutcomes };
    } catch (err) {
      return { error: err instanceof Error ? err : new Error(String(err)) };
    }
  });
}

/** The summary of a report already loaded: its entities unchanged. */
export function unchangedSummary(r: StoredReport): LoadResult {
  const labels: LoadResult['labels'] = {};
  for (const label of r.labels as EntityLabel[]) (labels[label] ??= emptyLabelCounts()).unchanged += 1;
  return { reportId: r.id, title: r.title, status: 'unchanged', replaced: [], labels, relationships: emptyRelationshipCounts(), mergeSuggestions: 0 };
}

export function labelCounts(plan: ChangePlan): LoadResult['labels'] {
  const labels: LoadResult['labels'] = {};
  for (const { label, outcome } of plan.entityOutcomes) (labels[label] ??= emptyLabelCounts())[outcome] += 1;
  return labels;
}

/** Relationship outcomes counted; one planned as new that turned out to exist (`existed`) gained a claim. */
export function countRelationships(outcomes: ChangePlan['relationshipOutcomes'], existed: ReadonlySet<string> = new Set()): RelationshipCounts {
  const counts = emptyRelationshipCounts();
  for (const { key, outcome } of outcomes) counts[outcome === 'created' && existed.has(key) ? 'updated' : outcome] += 1;
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
