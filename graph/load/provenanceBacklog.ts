import type { Tx } from '../connection.ts';
import { recordsToPlain } from '../values.ts';
import type { Props, PropValue } from './claims.ts';
import { relationshipKey } from './readState.ts';

/**
 * Sources a batch adds to relationships that already exist, waiting to be
 * appended to their stored lists. Neo4j rewrites a list property whole on
 * every change, so appending to a hub relationship (a city's IN_COUNTRY, with
 * a source from nearly every report) costs as much as all it holds; doing it
 * once per batch made loading a corpus quadratic. The batched loader queues
 * these appends, in the batch's own transaction, as one node per batch, and
 * appends everything queued in one pass every few batches and when its run
 * ends, so a hub is rewritten once per pass instead of once per batch.
 *
 * What is queued is durable (a crash keeps it), and every write that reads
 * or removes provenance appends the queue first (flushBacklog), so no source
 * is ever lost or left behind. Until then, readers see a hub relationship
 * without its newest sources: it lags by at most one pass during a load.
 */
export interface QueuedAppend {
  type: string;
  from: string;
  to: string;
  /** the provenance to append, as BatchState plans it for a partial relationship */
  props: Props;
}

export const BACKLOG_LABEL = 'ProvenanceBacklog';

// As provenance.ts appendSource, in the database: the stored lists are never
// read out. Lists stored before evidenceSources / sourceConfidences existed
// are padded the way entriesOf reads them (the first source's, the top
// confidence) so each appended item stays beside its own source.
export const appendToRelationships = `
MATCH ()-[r]->() WHERE elementId(r) IN $ids
WITH r, $props[elementId(r)] AS add, coalesce(r.sources, []) AS s, coalesce(r.sourceConfidences, []) AS sc, coalesce(r.confidence, 0) AS conf,
     coalesce(r.evidence, []) AS ev, coalesce(r.evidenceSources, []) AS es,
     coalesce(r.claimedRoles, []) AS cr, coalesce(r.claimedRoleSources, []) AS crs
SET r.sources = s + add.sources,
    r.sourceConfidences = sc + [i IN range(size(sc), size(s) - 1) | conf] + add.sourceConfidences,
    r.confidence = CASE WHEN add.confidence > conf THEN add.confidence ELSE conf END,
    r.evidence = ev + add.evidence,
    r.evidenceSources = es + [i IN range(size(es), size(ev) - 1) | s[0]] + add.evidenceSources
WITH r, add, s, cr, crs WHERE size(coalesce(add.claimedRoles, [])) > 0
SET r.claimedRoles = cr + add.claimedRoles,
    r.claimedRoleSources = crs + [i IN range(size(crs), size(cr) - 1) | s[0]] + add.claimedRoleSources,
    r.roles = reduce(acc = [], x IN coalesce(r.roles, []) + add.claimedRoles | CASE WHEN x IN acc THEN acc ELSE acc + x END)`;

// One node per batch, in the order they commit (the ingest lock serializes writers).
// The graph's report count comes from the count store: it sets how long the queue may grow (loadExtractions).
const queue = `
OPTIONAL MATCH (b:${BACKLOG_LABEL})
WITH coalesce(max(b.seq), 0) + 1 AS seq, count(b) + 1 AS batches
CREATE (:${BACKLOG_LABEL} {seq: seq, rows: $rows})
WITH batches
CALL () { MATCH (r:Report) RETURN count(r) AS reports }
RETURN batches, reports`;

const readQueued = `
MATCH (b:${BACKLOG_LABEL})
RETURN b.seq AS seq, b.rows AS rows
ORDER BY b.seq
LIMIT toInteger($limit)`;

const clearQueued = `
MATCH (b:${BACKLOG_LABEL}) WHERE b.seq IN $seqs
DELETE b`;

// By key, not element id: a backup restored in between, or a relationship
// re-created, has new element ids.
const findRelationships = `
UNWIND $keys AS k
MATCH (a:Entity {id: k.from})-[r]->(b:Entity {id: k.to})
  USING INDEX a:Entity(id) USING INDEX b:Entity(id)
WHERE type(r) = k.type
RETURN k.key AS key, elementId(r) AS elementId`;

/** The queue after a batch: how many batches wait in it, and how many reports the graph holds. */
export interface QueueLength {
  batches: number;
  reports: number;
}

/** Queues a batch's appends in its transaction (batches 0: it queued nothing). */
export async function queueAppends(tx: Tx, appends: readonly QueuedAppend[]): Promise<QueueLength> {
  if (appends.length === 0) return { batches: 0, reports: 0 };
  const [row] = recordsToPlain<QueueLength>((await tx.run(queue, { rows: JSON.stringify(appends) })).records);
  return row!;
}

/**
 * Appends what is queued to the stored lists and takes it off the queue:
 * the oldest `limit` batches, or all of them; returns how many
 * relationships it appended to.
 */
export async function flushBacklog(tx: Tx, limit = Number.MAX_SAFE_INTEGER): Promise<number> {
  const batches = recordsToPlain<{ seq: number; rows: string }>((await tx.run(readQueued, { limit })).records);
  if (batches.length === 0) return 0;
  const merged = mergeQueued(batches.map((b) => JSON.parse(b.rows) as QueuedAppend[]));
  const keys = [...merged.entries()].map(([key, a]) => ({ key, type: a.type, from: a.from, to: a.to }));
  const found = recordsToPlain<{ key: string; elementId: string }>((await tx.run(findRelationships, { keys })).records);
  if (found.length > 0) {
    const props = Object.fromEntries(found.map((f) => [f.elementId, merged.get(f.key)!.props]));
    await tx.run(appendToRelationships, { ids: found.map((f) => f.elementId), props });
  }
  await tx.run(clearQueued, { seqs: batches.map((b) => b.seq) });
  return found.length;
}

/** Batches waiting in the queue. */
export async function backlogLength(tx: Tx): Promise<number> {
  const [row] = recordsToPlain<{ n: number }>((await tx.run(`MATCH (b:${BACKLOG_LABEL}) RETURN count(b) AS n`)).records);
  return row?.n ?? 0;
}

/**
 * Queued batches as one append per relationship, in queue order: the lists
 * concatenated and the top confidence, which is what appending them one
 * after the other gives (each batch's sources are new to the relationship).
 */
export function mergeQueued(batches: ReadonlyArray<readonly QueuedAppend[]>): Map<string, QueuedAppend> {
  const out = new Map<string, QueuedAppend>();
  for (const rows of batches) {
    for (const row of rows) {
      const key = relationshipKey(row.type, row.from, row.to);
      const seen = out.get(key);
      out.set(key, seen ? { ...seen, props: concatenated(seen.props, row.props) } : row);
    }
  }
  return out;
}

const LIST_KEYS = ['sources', 'sourceConfidences', 'evidence', 'evidenceSources', 'claimedRoles', 'claimedRoleSources'] as const;

function concatenated(a: Props, b: Props): Props {
  const out: Props = { ...a };
  for (const k of LIST_KEYS) out[k] = [...list(a[k]), ...list(b[k])] as PropValue;
  out.confidence = Math.max(Number(a.confidence ?? 0), Number(b.confidence ?? 0));
  return out;
}

function list(v: PropValue | undefined): Array<string | number> {
  return Array.isArray(v) ? (v as Array<string | number>) : [];
}
