import type { Graph, Tx } from '../connection.ts';
import { recordCuration, type Actor } from '../curationLog/index.ts';
import { CurationError, NotFoundError } from '../errors.ts';
import { CLAIM_TALLY_KEY } from '../load/claimTally.ts';
import type { Props } from '../load/claims.ts';
import { withIngestLock } from '../load/ingestLock.ts';
import { suggestionId } from '../load/prepareExtraction.ts';
import { recomputeEntities } from '../load/recomputeEntities.ts';
import { parseRelationshipKey, readRelationships } from '../load/relationshipClaims.ts';
import { assertRelationType, relationshipKey } from '../schema/model.ts';
import { recordsToPlain } from '../values.ts';
import { writeMergeRecord, type MergeRecord } from './mergeRecord.ts';
import { settleRelationships } from './settleRelationships.ts';

/** The entity that remains after a merge. */
export interface MergeResult {
  id: string;
  type: string;
  name: string;
  aliases: string[];
  mergedIds: string[];
  /** relationships (of any type, MENTIONS included) moved from the merged entity */
  movedRelationships: number;
}

const readEntity = `
MATCH (n:Entity {id: $id})
RETURN n.id AS id, [l IN labels(n) WHERE l <> 'Entity'][0] AS type, properties(n) AS props`;

// Both directions; `other` is the node at the far end (an entity or a report).
const readLinks = `
MATCH (n:Entity {id: $id})-[r]-(o)
RETURN type(r) AS type, startNode(r) = n AS outgoing, o.id AS other, properties(r) AS props`;

const moveMentions = `
MATCH (k:Entity {id: $keepId})
UNWIND $rows AS row
MATCH (r:Report {id: row.other})
CREATE (r)-[m:MENTIONS]->(k)
SET m = row.props`;

const moveReportsOn = `
MATCH (k:Event {id: $keepId})
UNWIND $reports AS reportId
MATCH (r:Report {id: reportId})
MERGE (r)-[:REPORTS_ON]->(k)`;

// The merged entity's claims take the kept entity's keys; a report that
// asserted a relationship of both keeps one claim of it, the two folded.
const rekeyClaims = `
UNWIND $rows AS row
MATCH (c:Claim) WHERE c.key = row.old AND c.order > ''
SET c.key = row.new`;

const foldClaims = `
UNWIND $keys AS key
MATCH (c:Claim) WHERE c.key = key AND c.order > ''
WITH key, c.report AS report, collect(c) AS cs WHERE size(cs) > 1
WITH head(cs) AS kept, tail(cs) AS rest
SET kept.confidence = reduce(m = kept.confidence, x IN rest | CASE WHEN x.confidence > m THEN x.confidence ELSE m END),
    kept.evidence = reduce(acc = coalesce(kept.evidence, []), x IN rest | acc + [e IN coalesce(x.evidence, []) WHERE NOT e IN acc]),
    kept.roles = reduce(acc = coalesce(kept.roles, []), x IN rest | acc + [e IN coalesce(x.roles, []) WHERE NOT e IN acc])
FOREACH (x IN rest | DELETE x)`;

const deleteClaims = `
MATCH (c:Claim) WHERE c.key IN $keys AND c.order > ''
DELETE c`;

const readClaims = `
MATCH (c:Claim) WHERE c.key IN $keys AND c.order > ''
RETURN c.key AS key, c.report AS report, properties(c) AS props`;

// The kept entity's claims that the merged entity's will fold into (same report, same key once re-keyed).
const readFoldTargets = `
UNWIND $rows AS row
MATCH (c:Claim) WHERE c.key = row.new AND c.order > '' AND c.report = row.report
RETURN c.key AS key, c.report AS report, properties(c) AS props`;

// Re-derived from every claim below: the tally no longer matches the MENTIONS moved here.
const forgetTally = `
MATCH (k:Entity {id: $keepId})
REMOVE k.claimTally`;

const setCurated = `
MATCH (k:Entity {id: $keepId})
SET k.mergedIds = $mergedIds, k.curatedAliases = CASE WHEN size($curatedAliases) > 0 THEN $curatedAliases END`;

const deleteEntity = `
MATCH (m:Entity {id: $id})
DETACH DELETE m`;

const readSuggestionsAbout = `
MATCH (s:MergeSuggestion) WHERE s.a = $id OR s.b = $id
RETURN s.id AS id, s.a AS a, s.b AS b, s.status AS status, properties(s) AS props`;

const markSuggestion = `
MATCH (s:MergeSuggestion {id: $id})
SET s.status = $status, s.resolvedAt = $now`;

const suggestionExists = `
MATCH (s:MergeSuggestion {id: $id})
RETURN s.id AS id`;

const retargetSuggestion = `
MATCH (s:MergeSuggestion {id: $id})
SET s.id = $newId, s.a = $a, s.b = $b`;

const deleteSuggestion = `
MATCH (s:MergeSuggestion {id: $id})
DELETE s`;

/**
 * A curator's merge: `mergeId` becomes part of `keepId`. Every relationship
 * and claim moves to the kept entity (claims are re-keyed; parallel
 * relationships become one, its aggregates re-derived), aliases are united,
 * `mergeId` is recorded in `mergedIds` (a later report naming it lands on
 * `keepId`), and the merged node is deleted. Entities of different types are
 * refused. What moved is recorded (mergeRecord.ts), so `splitEntity` can undo
 * it. With an `actor`, the merge is in the curation log.
 */
export function mergeEntities(graph: Graph, keepId: string, mergeId: string, actor?: Actor): Promise<MergeResult> {
  return withIngestLock(() =>
    graph.write(async (tx) => {
      const result = await mergeInTransaction(tx, keepId, mergeId, actor);
      if (actor) await recordCuration(tx, actor, [{ action: 'MERGE_ENTITIES', before: [keepId, mergeId], after: [keepId] }]);
      return result;
    }),
  );
}

export async function mergeInTransaction(tx: Tx, keepId: string, mergeId: string, actor?: Actor): Promise<MergeResult> {
  if (keepId === mergeId) throw new CurationError(`Cannot merge ${keepId} into itself; name two different entities.`);
  type EntityRow = { id: string; type: string; props: Props };
  const [keep] = recordsToPlain<EntityRow>((await tx.run(readEntity, { id: keepId })).records);
  const [gone] = recordsToPlain<EntityRow>((await tx.run(readEntity, { id: mergeId })).records);
  if (!keep) throw new NotFoundError(`No entity with id '${keepId}' to keep.`);
  if (!gone) throw new NotFoundError(`No entity with id '${mergeId}' to merge.`);
  if (keep.type !== gone.type) {
    throw new CurationError(
      `Cannot merge ${mergeId} (${gone.type}) into ${keepId} (${keep.type}): only entities of the same type can be merged.`,
    );
  }
  type Link = { type: string; outgoing: boolean; other: string; props: Props };
  const goneLinks = recordsToPlain<Link>((await tx.run(readLinks, { id: mergeId })).records);

  const mentions: Array<{ other: string; props: Props }> = [];
  const reportsOn: string[] = [];
  const moved: Array<{ old: string; new: string }> = [];
  const dropped: string[] = [];
  for (const link of goneLinks) {
    if (link.type === 'MENTIONS') mentions.push({ other: link.other, props: link.props });
    else if (link.type === 'REPORTS_ON') reportsOn.push(link.other);
    else {
      assertRelationType(link.type);
      const [from, to] = link.outgoing ? [mergeId, link.other] : [link.other, mergeId];
      const old = relationshipKey(link.type, from, to);
      // A link between the two would become a self-loop: it goes, with its claims.
      if (link.other === keepId) dropped.push(old);
      else moved.push({ old, new: relationshipKey(link.type, link.outgoing ? keepId : link.other, link.outgoing ? link.other : keepId) });
    }
  }

  const claims = await claimsMoved(tx, moved, dropped);
  const roles = await rolesOf(tx, [...moved.flatMap((m) => [m.old, m.new]), ...dropped]);

  if (mentions.length > 0) await tx.run(moveMentions, { keepId, rows: mentions });
  if (reportsOn.length > 0) await tx.run(moveReportsOn, { keepId, reports: reportsOn });
  if (dropped.length > 0) await tx.run(deleteClaims, { keys: dropped });
  if (moved.length > 0) {
    await tx.run(rekeyClaims, { rows: moved });
    await tx.run(foldClaims, { keys: moved.map((m) => m.new) });
  }
  await settleRelationships(tx, moved.map((m) => m.new));
  const mergedIds = unique([...strings(keep.props.mergedIds), mergeId, ...strings(gone.props.mergedIds)]);
  const curatedAliases = unique([...strings(keep.props.curatedAliases), ...strings(gone.props.curatedAliases)]);
  await tx.run(setCurated, { keepId, mergedIds, curatedAliases });
  await tx.run(deleteEntity, { id: mergeId });

  const now = new Date().toISOString();
  const suggestions = recordsToPlain<{ id: string; a: string; b: string; status: string; props: Props }>(
    (await tx.run(readSuggestionsAbout, { id: mergeId })).records,
  );
  const movedSuggestions: MergeRecord['suggestions'] = [];
  for (const s of suggestions) {
    const a = s.a === mergeId ? keepId : s.a;
    const b = s.b === mergeId ? keepId : s.b;
    if (a === b) {
      // The pair this merge settles; a curator's merge overrides an earlier "not the same".
      if (s.status !== 'accepted') await tx.run(markSuggestion, { id: s.id, status: 'accepted', now });
      continue;
    }
    // A suggestion about the merged entity now concerns the one that kept it,
    // unless that pair already has its own suggestion.
    const newId = suggestionId(a, b);
    const taken = (await tx.run(suggestionExists, { id: newId })).records.length > 0;
    if (taken) await tx.run(deleteSuggestion, { id: s.id });
    else await tx.run(retargetSuggestion, { id: s.id, newId, a, b });
    movedSuggestions.push({ props: s.props, now: taken ? null : newId });
  }

  const { [CLAIM_TALLY_KEY]: _tally, ...node } = gone.props;
  await writeMergeRecord(tx, {
    merged: mergeId,
    kept: keepId,
    at: now,
    by: actor?.name ?? null,
    node,
    keptCuratedAliases: strings(keep.props.curatedAliases),
    mentions: mentions.map((m) => ({ report: m.other, props: m.props })),
    reportsOn,
    claims,
    suggestions: movedSuggestions,
    roles,
  });

  await tx.run(forgetTally, { keepId });
  await recomputeEntities(tx, [keepId]);
  const [after] = recordsToPlain<EntityRow>((await tx.run(readEntity, { id: keepId })).records);
  return {
    id: keepId,
    type: keep.type,
    name: String(after?.props.name ?? keep.props.name),
    aliases: strings(after?.props.aliases),
    mergedIds,
    movedRelationships: goneLinks.filter((l) => l.other !== keepId).length,
  };
}

/** The merged entity's relationship claims as they are before the merge re-keys, folds or drops them. */
async function claimsMoved(
  tx: Tx,
  moved: ReadonlyArray<{ old: string; new: string }>,
  dropped: readonly string[],
): Promise<MergeRecord['claims']> {
  type ClaimRow = { key: string; report: string; props: Props };
  const newKey = new Map(moved.map((m) => [m.old, m.new]));
  const own = recordsToPlain<ClaimRow>((await tx.run(readClaims, { keys: [...newKey.keys(), ...dropped] })).records);
  const targets = recordsToPlain<ClaimRow>(
    (await tx.run(readFoldTargets, { rows: own.filter((c) => newKey.has(c.key)).map((c) => ({ new: newKey.get(c.key), report: c.report })) })).records,
  );
  const folded = new Map(targets.map((t) => [`${t.key} ${t.report}`, t.props]));
  return own.map((c) => {
    const to = newKey.get(c.key) ?? null;
    return { old: c.key, new: to, report: c.report, props: c.props, folded: to === null ? null : (folded.get(`${to} ${c.report}`) ?? null) };
  });
}

async function rolesOf(tx: Tx, keys: readonly string[]): Promise<MergeRecord['roles']> {
  const relationships = await readRelationships(tx, keys.map(parseRelationshipKey), []);
  return relationships.filter((r) => r.roles.length > 0).map((r) => ({ key: relationshipKey(r.type, r.from, r.to), roles: r.roles }));
}

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.map(String) : [];
}

function unique(xs: readonly string[]): string[] {
  return [...new Set(xs)];
}
