import { RELATION_TYPES } from '../../seed/extraction.ts';
import type { Graph, Tx } from '../connection.ts';
import { CurationError, NotFoundError } from '../errors.ts';
import { assertRelationType } from '../load/applyPlan.ts';
import type { Props } from '../load/claims.ts';
import { suggestionId } from '../load/prepareExtraction.ts';
import { combineProvenance } from '../load/provenance.ts';
import { flushBacklog } from '../load/provenanceBacklog.ts';
import { writeAfterPass } from '../load/settleProvenance.ts';
import { recomputeEntities } from '../load/recomputeEntities.ts';
import { recordsToPlain } from '../values.ts';

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

const writeOutgoing = (type: string): string => `
MATCH (k:Entity {id: $keepId})
UNWIND $rows AS row
MATCH (o:Entity {id: row.other})
MERGE (k)-[r:${type}]->(o)
SET r = row.props`;

const writeIncoming = (type: string): string => `
MATCH (k:Entity {id: $keepId})
UNWIND $rows AS row
MATCH (o:Entity {id: row.other})
MERGE (o)-[r:${type}]->(k)
SET r = row.props`;

const setCurated = `
MATCH (k:Entity {id: $keepId})
SET k.mergedIds = $mergedIds, k.curatedAliases = $curatedAliases`;

const deleteEntity = `
MATCH (m:Entity {id: $id})
DETACH DELETE m`;

const readSuggestionsAbout = `
MATCH (s:MergeSuggestion) WHERE s.a = $id OR s.b = $id
RETURN s.id AS id, s.a AS a, s.b AS b, s.status AS status`;

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
 * and claim moves to the kept entity (parallel relationships fold their
 * provenance together), aliases are united, `mergeId` is recorded in
 * `mergedIds` (a later report naming it lands on `keepId`), and the merged
 * node is deleted. Entities of different types are refused.
 */
export function mergeEntities(graph: Graph, keepId: string, mergeId: string): Promise<MergeResult> {
  return writeAfterPass(graph, (tx) => mergeInTransaction(tx, keepId, mergeId));
}

export async function mergeInTransaction(tx: Tx, keepId: string, mergeId: string): Promise<MergeResult> {
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
  // Both entities' relationships are read and rewritten whole: sources queued for them go in first.
  await flushBacklog(tx);

  type Link = { type: string; outgoing: boolean; other: string; props: Props };
  const goneLinks = recordsToPlain<Link>((await tx.run(readLinks, { id: mergeId })).records);
  const keepLinks = recordsToPlain<Link>((await tx.run(readLinks, { id: keepId })).records);
  const existing = new Map(keepLinks.map((l) => [linkKey(l), l.props]));

  const mentions: Array<{ other: string; props: Props }> = [];
  const reportsOn: string[] = [];
  const asserted = new Map<string, Array<{ other: string; props: Props }>>();
  for (const link of goneLinks) {
    if (link.other === keepId) continue; // a link between the two becomes a self-loop: it goes
    if (link.type === 'MENTIONS') mentions.push({ other: link.other, props: link.props });
    else if (link.type === 'REPORTS_ON') reportsOn.push(link.other);
    else {
      assertRelationType(link.type);
      const before = existing.get(linkKey(link));
      const key = `${link.type} ${link.outgoing ? 'out' : 'in'}`;
      const rows = asserted.get(key) ?? [];
      rows.push({ other: link.other, props: before ? combineProvenance(before, link.props) : link.props });
      asserted.set(key, rows);
    }
  }

  if (mentions.length > 0) await tx.run(moveMentions, { keepId, rows: mentions });
  if (reportsOn.length > 0) await tx.run(moveReportsOn, { keepId, reports: reportsOn });
  for (const [key, rows] of asserted) {
    const [type, direction] = key.split(' ') as [string, string];
    if (!(RELATION_TYPES as readonly string[]).includes(type)) continue;
    await tx.run(direction === 'out' ? writeOutgoing(type) : writeIncoming(type), { keepId, rows });
  }
  const mergedIds = unique([...strings(keep.props.mergedIds), mergeId, ...strings(gone.props.mergedIds)]);
  const curatedAliases = unique([...strings(keep.props.curatedAliases), ...strings(gone.props.curatedAliases)]);
  await tx.run(setCurated, { keepId, mergedIds, curatedAliases });
  await tx.run(deleteEntity, { id: mergeId });

  const now = new Date().toISOString();
  const suggestions = recordsToPlain<{ id: string; a: string; b: string; status: string }>(
    (await tx.run(readSuggestionsAbout, { id: mergeId })).records,
  );
  for (const s of suggestions) {
    const a = s.a === mergeId ? keepId : s.a;
    const b = s.b === mergeId ? keepId : s.b;
    if (a === b) {
      // The pair this merge settles.
      if (s.status === 'open') await tx.run(markSuggestion, { id: s.id, status: 'accepted', now });
      continue;
    }
    // A suggestion about the merged entity now concerns the one that kept it,
    // unless that pair already has its own suggestion.
    const newId = suggestionId(a, b);
    const taken = (await tx.run(suggestionExists, { id: newId })).records.length > 0;
    if (taken) await tx.run(deleteSuggestion, { id: s.id });
    else await tx.run(retargetSuggestion, { id: s.id, newId, a, b });
  }

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

function linkKey(l: { type: string; outgoing: boolean; other: string }): string {
  return `${l.type} ${l.outgoing ? 'out' : 'in'} ${l.other}`;
}

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.map(String) : [];
}

function unique(xs: readonly string[]): string[] {
  return [...new Set(xs)];
}
