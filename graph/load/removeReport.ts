import type { Graph } from '../connection.ts';
import { NotFoundError } from '../errors.ts';
import type { EntityLabel } from '../schema/model.ts';
import { recordsToPlain } from '../values.ts';
import { applyPlan } from './applyPlan.ts';
import { relationshipCounts } from './loadExtraction.ts';
import { planChange } from './planChange.ts';
import { flushBacklog } from './provenanceBacklog.ts';
import { writeAfterPass } from './settleProvenance.ts';
import { readState } from './readState.ts';
import type { RemoveResult } from './types.ts';

const findReport = `
MATCH (r:Report {id: $id})
RETURN r.title AS title`;

/**
 * Retracts a report: its id leaves every relationship's sources and evidence,
 * relationships no other report asserts are deleted, entities no other report
 * mentions are deleted, and derived node properties are recomputed from the
 * claims that remain. Facts other reports also assert stay, with their sources.
 */
export function removeReport(graph: Graph, reportId: string): Promise<RemoveResult> {
  return writeAfterPass(graph, async (tx) => {
    const found = recordsToPlain<{ title: string }>((await tx.run(findReport, { id: reportId })).records)[0];
    if (!found) throw new NotFoundError(`No report with id '${reportId}'; list reports to find its id (report:<hash>).`);
    // Its sources may still wait in the queue (queued since the pass): they must be there to be taken out.
    await flushBacklog(tx);
    const state = await readState(tx, [], [], [reportId]);
    const plan = planChange(state, new Set([reportId]), null);
    await applyPlan(tx, plan);
    const labels: RemoveResult['labels'] = {};
    for (const { label, outcome } of plan.entityOutcomes) {
      const counts = (labels[label as EntityLabel] ??= { removed: 0, updated: 0 });
      if (outcome === 'removed') counts.removed += 1;
      else if (outcome === 'merged') counts.updated += 1;
    }
    return { reportId, title: found.title, labels, relationships: relationshipCounts(plan) };
  });
}
