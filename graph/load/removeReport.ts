import type { Graph } from '../connection.ts';
import { recordCuration, type Actor } from '../curationLog/index.ts';
import { NotFoundError } from '../errors.ts';
import { applyBatch } from './applyBatch.ts';
import { BatchState } from './batchState.ts';
import { withIngestLock } from './ingestLock.ts';
import { countRelationships } from './planChange.ts';
import { settleBatch } from './loadExtractions.ts';
import { readEntities, readStoredReports } from './readBatch.ts';
import { readRelationships } from './relationshipClaims.ts';
import type { RemoveResult } from './types.ts';

/**
 * Retracts a report: its claims go, relationships no other report asserts
 * are deleted (the others lose one from their count), entities no other
 * report mentions are deleted, and derived node properties are re-derived
 * from the claims that remain. The same read → plan → write phases as a load.
 * With an `actor`, the removal is in the curation log.
 */
export function removeReport(graph: Graph, reportId: string, actor?: Actor): Promise<RemoveResult> {
  return withIngestLock(() =>
    graph.write(async (tx) => {
      const [report] = (await readStoredReports(tx, [reportId], [], [])).existing;
      if (!report) throw new NotFoundError(`No report with id '${reportId}'; list reports to find its id (report:<hash>).`);
      const entities = await readEntities(tx, [], [reportId]);
      const relationships = await readRelationships(tx, [], [reportId]);
      const state = new BatchState({ reports: [report], entities, relationships });
      const { plan } = state.change(new Set([reportId]), null);
      await settleBatch(tx, state);
      await applyBatch(tx, state.changes());
      if (actor) await recordCuration(tx, actor, [{ action: 'REMOVE_REPORT', before: [reportId], after: [] }]);
      const labels: RemoveResult['labels'] = {};
      for (const { label, outcome } of plan.entityOutcomes) {
        const counts = (labels[label] ??= { removed: 0, updated: 0 });
        if (outcome === 'removed') counts.removed += 1;
        else if (outcome === 'merged') counts.updated += 1;
      }
      return { reportId, title: report.title, labels, relationships: countRelationships(plan.relationshipOutcomes) };
    }),
  );
}
