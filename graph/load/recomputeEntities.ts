import type { Tx } from '../connection.ts';
import { applyPlan } from './applyPlan.ts';
import { planChange } from './planChange.ts';
import { readState } from './readState.ts';

/**
 * Re-derives the node properties of `ids` from their claims (after a curator
 * changed aliases, merged ids or moved claims). Writes only what changes.
 */
export async function recomputeEntities(tx: Tx, ids: readonly string[]): Promise<void> {
  const state = await readState(tx, ids, [], []);
  await applyPlan(tx, planChange(state, new Set(), null));
}
