import type { Graph, Tx } from '../connection.ts';
import { recordCuration, type Actor } from '../curationLog/index.ts';
import { CurationError, NotFoundError } from '../errors.ts';
import { fingerprint, type Props } from '../load/claims.ts';
import { withIngestLock } from '../load/ingestLock.ts';
import { suggestionId } from '../load/prepareExtraction.ts';
import { recomputeEntities } from '../load/recomputeEntities.ts';
import { parseRelationshipKey } from '../load/relationshipClaims.ts';
import { assertEntityLabel, labelOfId } from '../schema/model.ts';
import { recordsToPlain } from '../values.ts';
import { deleteMergeRecord, readMergeRecord, type MergeRecord } from './mergeRecord.ts';
import { settleRelationships } from './settleRelationships.ts';

/** The two entities a split leaves. */
export interface SplitResult {
  /** the entity the merged one had been merged into */
  kept: { id: string; name: string; mergedIds: string[] };
  /** the merged entity, back; null when no report loaded now mentions it (the split only stops later reports naming it from landing on `kept`) */
  restored: { id: string; type: string; name: string; aliases: string[] } | null;
}

/** Why a split decision exists, as merge suggestions show it. */
export const SPLIT_REASON = 'split by a curator: not the same';

const readEntity = `
MATCH (n:Entity {id: $id})
RETURN n.id AS id, [l IN labels(n) WHERE l <> 'Entity'][0] AS type, properties(n) AS props`;

const mergedInto = `
MATCH (m:MergeRecord {kept: $id}) WHERE m.merged IN $ids
RETURN m.merged AS merged`;

const createEntity = (label: string): string => `
CREATE (n:Entity:${label})
SET n = $props`;

const readMentions = `
MATCH (r:Report)-[m:MENTIONS]->(:Entity {id: $id})
WHERE r.id IN $reports
RETURN elementId(m) AS elementId, r.id AS report, properties(m) AS props`;

// The claim moves as the graph holds it, not as the record's JSON has it (numbers keep their types).
const moveMentions = `
MATCH (g:Entity {id: $id})
MATCH (r:Report)-[m:MENTIONS]->(:Entity) WHERE elementId(m) IN $elementIds
CREATE (r)-[moved:MENTIONS]->(g)
SET moved = properties(m)
DELETE m`;

// A report reports on an event exactly when it mentions it.
const restoreReportsOn = `
MATCH (g:Event {id: $mergedId}), (k:Event {id: $keptId})
UNWIND $reports AS reportId
MATCH (r:Report {id: reportId})
FOREACH (_ IN CASE WHEN EXISTS { (r)-[:MENTIONS]->(g) } THEN [1] END | MERGE (r)-[:REPORTS_ON]->(g))
WITH r, k
MATCH (r)-[o:REPORTS_ON]->(k) WHERE NOT EXISTS { (r)-[:MENTIONS]->(k) }
DELETE o`;

const rekeyClaims = `
UNWIND $rows AS row
MATCH (c:Claim) WHERE c.key = row.new AND c.order > '' AND c.report = row.report
SET c.key = row.old`;

// Only where the folded claim is still there: its report was not removed since.
const unfoldClaims = `
UNWIND $rows AS row
MATCH (c:Claim) WHERE c.key = row.new AND c.order > '' AND c.report = row.report
SET c = row.folded
CREATE (restored:Claim)
SET restored = row.props`;

const recreateClaims = `
UNWIND $rows AS row
MATCH (:Report {id: row.report})
CREATE (c:Claim)
SET c = row.props`;

// Only where the roles are still the ones the merge found: then their order is too.
const restoreRolesOrder = `
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})-[r]->(b:Entity {id: row.to})
WHERE type(r) = row.type AND size(r.roles) = size(row.roles) AND all(x IN row.roles WHERE x IN r.roles)
SET r.roles = row.roles`;

const setCurated = `
MATCH (k:Entity {id: $keptId})
SET k.mergedIds = CASE WHEN size($mergedIds) > 0 THEN $mergedIds END,
    k.curatedAliases = CASE WHEN size($curatedAliases) > 0 THEN $curatedAliases END
REMOVE k.claimTally`;

const unretargetSuggestions = `
UNWIND $rows AS row
MATCH (s:MergeSuggestion {id: row.now})
SET s.id = row.props.id, s.a = row.props.a, s.b = row.props.b`;

const recreateSuggestions = `
UNWIND $rows AS row
CREATE (s:MergeSuggestion)
SET s = row.props`;

// The decision, as a rejected suggestion: later loads leave a rejected pair rejected.
const recordNotSame = `
MERGE (s:MergeSuggestion {id: $id})
ON CREATE SET s.a = $keptId, s.b = $mergedId, s.score = 0.0, s.reason = $reason, s.sources = [], s.createdAt = $now
SET s.status = 'rejected', s.resolvedAt = $now`;

/**
 * Undoes a curator's merge of `mergedId` into `id`: the merged entity comes
 * back with its own properties, the MENTIONS of its reports and the
 * relationship claims they make (folded claims unfolded, relationships and
 * both entities re-derived), and the pair is recorded as rejected, so later
 * reports do not merge them again. Reports loaded after the merge that named
 * `mergedId` stay on `id` (their claims no longer say which name they used).
 * With an `actor`, the split is in the curation log.
 */
export function splitEntity(graph: Graph, id: string, mergedId: string, actor?: Actor): Promise<SplitResult> {
  return withIngestLock(() =>
    graph.write(async (tx) => {
      const record = await mergeToUndo(tx, id, mergedId);
      await undoMerge(tx, record);
      if (actor) await recordCuration(tx, actor, [{ action: 'SPLIT_ENTITY', before: [id], after: [id, mergedId] }]);
      type EntityRow = { id: string; type: string; props: Props };
      const [kept] = recordsToPlain<EntityRow>((await tx.run(readEntity, { id })).records);
      const [restored] = recordsToPlain<EntityRow>((await tx.run(readEntity, { id: mergedId })).records);
      return {
        kept: { id, name: String(kept!.props.name), mergedIds: strings(kept!.props.mergedIds) },
        restored: restored ? { id: mergedId, type: restored.type, name: String(restored.props.name), aliases: strings(restored.props.aliases) } : null,
      };
    }),
  );
}

/** The record of the merge to undo, or an error naming why there is none to undo (nothing is written before). */
async function mergeToUndo(tx: Tx, id: string, mergedId: string): Promise<MergeRecord> {
  if (id === mergedId) throw new CurationError(`Cannot split ${id} from itself; name the entity that kept the merge and the id merged into it.`);
  const kept = recordsToPlain<{ props: Props }>((await tx.run(readEntity, { id })).records)[0];
  if (!kept) throw new NotFoundError(`No entity with id '${id}'.`);
  const keptMergedIds = strings(kept.props.mergedIds);
  const record = await readMergeRecord(tx, mergedId);
  if (!record) {
    if ((await tx.run(readEntity, { id: mergedId })).records.length > 0) {
      throw new CurationError(`${mergedId} is an entity of its own, never merged into ${id}: there is nothing to split.`);
    }
    if (keptMergedIds.includes(mergedId)) {
      throw new CurationError(`The merge of ${mergedId} into ${id} predates split records; it can't be undone automatically.`);
    }
    throw new NotFoundError(`No entity was merged into ${id} as '${mergedId}'${mergedIdsHint(keptMergedIds)}.`);
  }
  if (record.kept !== id) {
    const direct = keptMergedIds.includes(record.kept);
    throw new CurationError(
      direct
        ? `${mergedId} was merged into ${record.kept}, which was merged into ${id} since: split ${record.kept} from ${id} first.`
        : `${mergedId} was merged into ${record.kept}, not into ${id}.`,
    );
  }
  // Merges append their ids to `mergedIds`: a merge into `id` made since this one
  // may have folded claims into the ones this split would move back, so splits go newest first.
  const own = [mergedId, ...strings(record.node.mergedIds)];
  const since = keptMergedIds.slice(keptMergedIds.indexOf(mergedId)).filter((m) => !own.includes(m));
  if (since.length > 0) {
    // The ids merged since that are `id`'s own merges, not ones those brought along.
    const direct = new Set(recordsToPlain<{ merged: string }>((await tx.run(mergedInto, { id, ids: since })).records).map((r) => r.merged));
    const newestFirst = since.filter((m) => direct.has(m)).reverse();
    throw new CurationError(`${id} took in ${newestFirst.join(', ')} after ${mergedId}: split ${newestFirst.length > 1 ? 'those, in that order,' : 'it'} from ${id} first.`);
  }
  return record;
}

async function undoMerge(tx: Tx, record: MergeRecord): Promise<void> {
  const { kept: keptId, merged: mergedId } = record;
  const label = labelOfId(mergedId) ?? '';
  assertEntityLabel(label);
  await tx.run(createEntity(label), { props: record.node });

  const reports = [...new Set(record.mentions.map((m) => m.report))];
  const current = recordsToPlain<{ elementId: string; report: string; props: Props }>(
    (await tx.run(readMentions, { id: keptId, reports })).records,
  );
  // A report that mentioned both has two MENTIONS of the kept entity: the one with the merged entity's claim goes back.
  const elementIds: string[] = [];
  for (const m of record.mentions) {
    const i = current.findIndex((c) => c.report === m.report && fingerprint(c.props) === fingerprint(m.props));
    if (i >= 0) elementIds.push(current.splice(i, 1)[0]!.elementId);
  }
  if (elementIds.length > 0) await tx.run(moveMentions, { id: mergedId, elementIds });
  if (record.reportsOn.length > 0) await tx.run(restoreReportsOn, { mergedId, keptId, reports: record.reportsOn });

  const rekeyed = record.claims.filter((c) => c.new !== null && c.folded === null);
  const folded = record.claims.filter((c) => c.new !== null && c.folded !== null);
  const dropped = record.claims.filter((c) => c.new === null);
  if (rekeyed.length > 0) await tx.run(rekeyClaims, { rows: rekeyed });
  if (folded.length > 0) await tx.run(unfoldClaims, { rows: folded });
  if (dropped.length > 0) await tx.run(recreateClaims, { rows: dropped });
  await settleRelationships(tx, record.claims.flatMap((c) => (c.new === null ? [c.old] : [c.old, c.new])));
  if (record.roles.length > 0) await tx.run(restoreRolesOrder, { rows: record.roles.map((r) => ({ ...parseRelationshipKey(r.key), roles: r.roles })) });

  const kept = recordsToPlain<{ props: Props }>((await tx.run(readEntity, { id: keptId })).records)[0]!;
  const leaving = new Set([mergedId, ...strings(record.node.mergedIds)]);
  const theirAliases = new Set(strings(record.node.curatedAliases).filter((a) => !record.keptCuratedAliases.includes(a)));
  await tx.run(setCurated, {
    keptId,
    mergedIds: strings(kept.props.mergedIds).filter((m) => !leaving.has(m)),
    curatedAliases: strings(kept.props.curatedAliases).filter((a) => !theirAliases.has(a)),
  });

  const retargeted = record.suggestions.filter((s) => s.now !== null);
  const deleted = record.suggestions.filter((s) => s.now === null);
  if (retargeted.length > 0) await tx.run(unretargetSuggestions, { rows: retargeted });
  if (deleted.length > 0) await tx.run(recreateSuggestions, { rows: deleted });
  await tx.run(recordNotSame, { id: suggestionId(keptId, mergedId), keptId, mergedId, reason: SPLIT_REASON, now: new Date().toISOString() });

  await deleteMergeRecord(tx, mergedId);
  await recomputeEntities(tx, [keptId, mergedId]);
}

function mergedIdsHint(mergedIds: readonly string[]): string {
  return mergedIds.length > 0 ? ` (merged into it: ${mergedIds.join(', ')})` : ' (nothing was merged into it)';
}

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.map(String) : [];
}
