import type { Tx } from '../connection.ts';
import { applyBatch } from './applyBatch.ts';
import { BatchState } from './batchState.ts';
import { readEntities } from './readBatch.ts';

/**
 * Re-derives the node properties of `ids` from their claims (after a curator
 * changed aliases, merged ids or moved claims). An entity without a claim
 * tally has its claims walked from MENTIONS. Writes only what changes.
 */
export async function recomputeEntities(tx: Tx, ids: readonly string[]): Promise<void> {
  const state = new BatchState({ reports: [], entities: await readEntities(tx, ids, []), relationships: [] });
  state.change(new Set(), null, ids);
  await applyBatch(tx, state.changes());
}
