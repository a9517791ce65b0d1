import type { Tx } from '../connection.ts';
import type { Props } from '../load/claims.ts';
import { recordsToPlain } from '../values.ts';

/**
 * What a merge moved, kept until it is split (graph/README.md, "Curation"):
 * enough to put the merged entity back as it was. Loads never read it.
 */
export interface MergeRecord {
  merged: string;
  kept: string;
  /** ISO timestamp */
  at: string;
  /** the curator, when the merge was made with an actor */
  by: string | null;
  /** the merged node's properties, its claim tally aside (re-derived on a split) */
  node: Props;
  /** the kept entity's curated aliases before the merge united them with the merged one's */
  keptCuratedAliases: string[];
  /** the merged entity's MENTIONS claims, by report */
  mentions: Array<{ report: string; props: Props }>;
  /** reports that reported on it (events) */
  reportsOn: string[];
  /**
   * Its relationship claims: the key it had (`old`), the one the merge gave
   * it (`new`; null when the merge dropped it, a link between the two), its
   * properties, and, when the report also asserted `new` and the two were
   * folded into one, the kept claim as it was before (`folded`).
   */
  claims: Array<{ old: string; new: string | null; report: string; props: Props; folded: Props | null }>;
  /** merge suggestions about it as they were, and the id the merge moved each to (null: deleted, the pair had its own) */
  suggestions: Array<{ props: Props; now: string | null }>;
  /**
   * The roles of the relationships it re-derived, in their order: a load
   * lists roles in the order reports came, which re-deriving from claims
   * (oldest report first) does not keep.
   */
  roles: Array<{ key: string; roles: string[] }>;
}

// Nodes hold no maps: the nested parts are JSON, read only by a split.
const JSON_FIELDS = ['node', 'mentions', 'claims', 'suggestions', 'roles'] as const;

const createRecord = `
CREATE (m:MergeRecord)
SET m = $record`;

const readRecord = `
MATCH (m:MergeRecord {merged: $merged})
RETURN properties(m) AS record`;

const deleteRecord = `
MATCH (m:MergeRecord {merged: $merged})
DELETE m`;

export async function writeMergeRecord(tx: Tx, record: MergeRecord): Promise<void> {
  const stored: Record<string, unknown> = { ...record };
  for (const field of JSON_FIELDS) stored[field] = JSON.stringify(record[field]);
  await tx.run(createRecord, { record: stored });
}

/** The record of the merge that took `merged` away; null for an id never merged, or merged before records were kept. */
export async function readMergeRecord(tx: Tx, merged: string): Promise<MergeRecord | null> {
  const [row] = recordsToPlain<{ record: Record<string, unknown> }>((await tx.run(readRecord, { merged })).records);
  if (!row) return null;
  // A property set to null is not stored: a merge without an actor has no `by`.
  const record = { by: null, ...row.record } as Record<string, unknown>;
  for (const field of JSON_FIELDS) record[field] = JSON.parse(String(record[field]));
  return record as unknown as MergeRecord;
}

export async function deleteMergeRecord(tx: Tx, merged: string): Promise<void> {
  await tx.run(deleteRecord, { merged });
}
