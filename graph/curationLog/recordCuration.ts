import type { Tx } from '../connection.ts';

/** Every kind of write the curation log records. */
export const CURATION_ACTIONS = [
  'INGEST_REPORT',
  'REMOVE_REPORT',
  'MERGE_ENTITIES',
  'SPLIT_ENTITY',
  'ADD_ALIAS',
  'ACCEPT_MERGE_SUGGESTION',
  'REJECT_MERGE_SUGGESTION',
  'CREATE_ACCOUNT',
  'DISABLE_ACCOUNT',
] as const;
export type CurationAction = (typeof CURATION_ACTIONS)[number];

/** Who makes a write, and why if they said. */
export interface Actor {
  /** an account name, the bootstrap admin's name, or `cli:<user>` for the command line */
  name: string;
  reason?: string | null;
}

/** One write as the log keeps it: the ids it touched before and after. */
export interface CurationChange {
  action: CurationAction;
  /** ids as they were: the two entities of a merge, the earlier versions an ingest replaced */
  before: readonly string[];
  /** ids as they are: the entity a merge kept, the report an ingest added */
  after: readonly string[];
  /** what else names the change: the alias added, the suggestion decided, the role given */
  detail?: string | null;
}

// Sequence numbers come from one counter node, written in the same
// transaction: concurrent writers queue on its lock, so numbers are unique
// and follow commit order, and pages of the log never shift under a reader.
const appendEntries = `
MERGE (s:CurationLogSequence {id: 'curationLog'})
SET s.last = coalesce(s.last, 0) + size($changes)
WITH s.last - size($changes) AS base
UNWIND range(0, size($changes) - 1) AS i
WITH base + i + 1 AS seq, $changes[i] AS c
CREATE (:CurationEntry {seq: seq, at: $at, by: $by, reason: $reason, action: c.action,
                        before: c.before, after: c.after, ids: c.ids, detail: c.detail})`;

/** Appends `changes` to the curation log inside the write's own transaction: logged if and only if written. */
export async function recordCuration(tx: Tx, actor: Actor, changes: readonly CurationChange[], now: Date = new Date()): Promise<void> {
  if (changes.length === 0) return;
  const rows = changes.map((c) => ({
    action: c.action,
    before: [...c.before],
    after: [...c.after],
    ids: [...new Set([...c.before, ...c.after])],
    detail: c.detail ?? null,
  }));
  await tx.run(appendEntries, { changes: rows, at: now.toISOString(), by: actor.name, reason: actor.reason ?? null });
}
