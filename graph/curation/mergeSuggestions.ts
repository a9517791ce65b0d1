import type { Graph } from '../connection.ts';
import { recordCuration, type Actor } from '../curationLog/index.ts';
import { CurationError, NotFoundError } from '../errors.ts';
import { withIngestLock } from '../load/ingestLock.ts';
import { recordsToPlain } from '../values.ts';
import { mergeInTransaction, type MergeResult } from './mergeEntities.ts';

export type MergeSuggestionStatus = 'open' | 'accepted' | 'rejected';

/** Two entities that may be one, left for a curator. */
export interface MergeSuggestion {
  id: string;
  /** accepting keeps `a` and merges `b` into it */
  a: string;
  b: string;
  /** the entities' names now (null when one was deleted since) */
  aName: string | null;
  bName: string | null;
  type: string | null;
  score: number;
  reason: string;
  status: MergeSuggestionStatus;
  /** reports whose loading suggested it */
  sources: string[];
  createdAt: string | null;
  resolvedAt: string | null;
}

const suggestionFields = `
OPTIONAL MATCH (a:Entity {id: s.a})
OPTIONAL MATCH (b:Entity {id: s.b})
RETURN s.id AS id, s.a AS a, s.b AS b, a.name AS aName, b.name AS bName,
       [l IN labels(coalesce(a, b)) WHERE l <> 'Entity'][0] AS type,
       s.score AS score, s.reason AS reason, s.status AS status, coalesce(s.sources, []) AS sources,
       s.createdAt AS createdAt, s.resolvedAt AS resolvedAt`;

const listSuggestions = `
MATCH (s:MergeSuggestion)
WHERE $status IS NULL OR s.status = $status
WITH s ORDER BY s.score DESC, s.id
${suggestionFields}`;

const readSuggestion = `
MATCH (s:MergeSuggestion {id: $id})
${suggestionFields}`;

const resolveSuggestion = `
MATCH (s:MergeSuggestion {id: $id})
SET s.status = $status, s.resolvedAt = $now`;

/** Merge suggestions, best score first; all of them, or those with `status`. */
export async function listMergeSuggestions(graph: Graph, status?: MergeSuggestionStatus): Promise<MergeSuggestion[]> {
  return graph.readRows<MergeSuggestion>(listSuggestions, { status: status ?? null });
}

/** Accepts an open suggestion: merges `b` into `a` (see mergeEntities) in the same transaction. With an `actor`, logged. */
export function acceptMergeSuggestion(graph: Graph, id: string, actor?: Actor): Promise<{ suggestion: MergeSuggestion; merge: MergeResult }> {
  return withIngestLock(() =>
    graph.write(async (tx) => {
      const s = recordsToPlain<MergeSuggestion>((await tx.run(readSuggestion, { id })).records)[0];
      if (!s) throw new NotFoundError(`No merge suggestion with id '${id}'; list the open ones to find it.`);
      if (s.status !== 'open') throw new CurationError(`Merge suggestion '${id}' is already ${s.status}.`);
      const merge = await mergeInTransaction(tx, s.a, s.b);
      await tx.run(resolveSuggestion, { id, status: 'accepted', now: new Date().toISOString() });
      if (actor) await recordCuration(tx, actor, [{ action: 'ACCEPT_MERGE_SUGGESTION', before: [s.a, s.b], after: [s.a], detail: id }]);
      const after = recordsToPlain<MergeSuggestion>((await tx.run(readSuggestion, { id })).records)[0]!;
      return { suggestion: after, merge };
    }),
  );
}

/** Rejects an open suggestion; the pair is not suggested again by later reports. With an `actor`, logged. */
export function rejectMergeSuggestion(graph: Graph, id: string, actor?: Actor): Promise<MergeSuggestion> {
  return withIngestLock(() =>
    graph.write(async (tx) => {
      const s = recordsToPlain<MergeSuggestion>((await tx.run(readSuggestion, { id })).records)[0];
      if (!s) throw new NotFoundError(`No merge suggestion with id '${id}'; list the open ones to find it.`);
      if (s.status !== 'open') throw new CurationError(`Merge suggestion '${id}' is already ${s.status}.`);
      await tx.run(resolveSuggestion, { id, status: 'rejected', now: new Date().toISOString() });
      if (actor) await recordCuration(tx, actor, [{ action: 'REJECT_MERGE_SUGGESTION', before: [s.a, s.b], after: [s.a, s.b], detail: id }]);
      return recordsToPlain<MergeSuggestion>((await tx.run(readSuggestion, { id })).records)[0]!;
    }),
  );
}
