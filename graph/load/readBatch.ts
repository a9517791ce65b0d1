import neo4j, { type QueryResult } from 'neo4j-driver';
import type { Graph, Tx } from '../connection.ts';
import { MERGED_IDS_INDEX, NAME_INDEX } from '../schema/migrations.ts';
import type { EntityLabel } from '../schema/model.ts';
import { recordsToPlain } from '../values.ts';
import { escapeLucene } from '../queries/search.ts';
import { claimsOfTally, CLAIM_TALLY_KEY, factsOf } from './claimTally.ts';
import type { Props, SourcedClaim } from './claims.ts';
import type { EntityState } from './batchState.ts';

/** A report already in the graph, as a batch sees it. */
export interface StoredReport {
  id: string;
  title: string;
  url: string | null;
  /** when its first version was ingested (claims are ordered by it) */
  since: string;
  /** the labels of the entities it mentions, one per mention (for an "unchanged" summary) */
  labels: EntityLabel[];
}

/** Whether `stored` is an earlier version of `report`: another id and the same url or, both without one, the same title. */
export function isEarlierVersion(stored: StoredReport, report: { id: string; url: string | null; title: string }): boolean {
  return stored.id !== report.id && (stored.url != null ? report.url === stored.url : report.url === null && report.title === stored.title);
}

const storedReport = 'r.id AS id, r.title AS title, r.url AS url, coalesce(r.firstIngestedAt, r.ingestedAt) AS since';

const findReports = `
UNWIND $ids AS id
MATCH (r:Report {id: id})
RETURN ${storedReport}, [(r)-[:MENTIONS]->(n) | [l IN labels(n) WHERE l <> 'Entity'][0]] AS labels`;

// Both branches use the report_url / report_title indexes.
const findVersions = `
UNWIND $urls AS url
MATCH (r:Report {url: url})
RETURN ${storedReport}, [] AS labels
UNION
UNWIND $titles AS title
MATCH (r:Report {title: title}) WHERE r.url IS NULL
RETURN ${storedReport}, [] AS labels`;

/** The reports with these ids, and those that share a url (or, without a url, a title) with the batch. */
export async function readStoredReports(
  tx: Tx,
  ids: readonly string[],
  urls: readonly string[],
  titles: readonly string[],
): Promise<{ existing: StoredReport[]; versions: StoredReport[] }> {
  const existing = ids.length > 0 ? recordsToPlain<StoredReport>((await tx.run(findReports, { ids: [...ids] })).records) : [];
  const versions =
    urls.length + titles.length > 0
      ? recordsToPlain<StoredReport>((await tx.run(findVersions, { urls: [...urls], titles: [...titles] })).records)
      : [];
  return { existing, versions };
}

// One row per query, its hits in index order: a row per hit is some twenty
// thousand rows a batch for the database to build and the driver to decode.
const findByNames = `
UNWIND $queries AS q
RETURN q.key AS key, COLLECT {
  CALL db.index.fulltext.queryNodes($index, q.query, {limit: q.limit}) YIELD node
  WITH node AS n WHERE n:Entity AND q.type IN labels(n)
  RETURN n.id
} AS ids`;

const findByMergedIds = `
CALL db.index.fulltext.queryNodes($index, $query) YIELD node
WITH node AS n WHERE n:Entity AND any(m IN n.mergedIds WHERE m IN $ids)
RETURN n.id AS id`;

/** A distinct name query of a batch; `key` tells its rows apart. */
export interface KeyedNameQuery {
  key: number;
  type: string;
  query: string;
  limit: number;
}

/**
 * Which graph entities each query hits, in index order, by the query's key:
 * in `tx`, or beside it in a read transaction of its own (a failure is the
 * driver's, as in `tx`: a write retried on it retries this too).
 */
export async function findNameHits(source: Tx | Graph, queries: readonly KeyedNameQuery[]): Promise<Map<number, string[]>> {
  if (queries.length === 0) return new Map();
  const params = { index: NAME_INDEX, queries: [...queries] };
  const run = (tx: Tx): Promise<QueryResult> => tx.run(findByNames, params);
  let result: QueryResult;
  if ('driver' in source) {
    const session = source.driver.session({ database: source.config.database, defaultAccessMode: neo4j.session.READ, bookmarkManager: source.bookmarks });
    try {
      result = await session.executeRead(run);
    } finally {
      void session.close().catch(() => undefined);
    }
  } else result = await run(source);
  const rows = recordsToPlain<{ key: number; ids: string[] }>(result.records);
  return new Map(rows.map((r) => [r.key, r.ids]));
}

/** The entities that absorbed one of `ids` in a curator's merge. */
export async function findMergedInto(tx: Tx, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const query = ids.map((id) => `"${escapeLucene(id)}"`).join(' OR ');
  const rows = recordsToPlain<{ id: string }>((await tx.run(findByMergedIds, { index: MERGED_IDS_INDEX, query, ids: [...ids] })).records);
  return new Set(rows.map((row) => row.id));
}

/** A relationship into an event that makes an organization one of its participants, or one out of it to where it was held. */
export interface EventLink {
  type: string;
  other: string;
  /** HELD_IN only: the place's country code */
  code: string | null;
}

export interface StoredEntity extends EntityState {
  /** Events only: who took part (PARTNERED|ORGANIZED|HOSTED|PARTICIPATED_IN from an organization) and HELD_IN */
  eventLinks: EventLink[];
}

// An entity with a claim tally is not walked: the tally is the fold below,
// kept by every write. `walkIds` and entities without a tally have every
// MENTIONS walked, claims of the same facts (offsets aside) folded into their
// oldest (rows oldest first, nulls last as compareSources), weighted by their
// number, those of `reportIds` kept apart. Facts are grouped as [key, value]
// pairs: a projection `m {.*}` does not group equal maps. Without `reportIds`,
// a hub's thousands of MENTIONS are not expanded to match no report.
const readEntitiesQuery = `
CALL {
  MATCH (n:Entity) WHERE n.id IN $ids RETURN n
  UNION
  MATCH (r:Report)-[:MENTIONS]->(n:Entity) WHERE r.id IN $reportIds RETURN n
}
WITH n, n[$tallyKey] IS NULL OR n.id IN $walkIds AS walked
CALL (n, walked) {
  WITH n WHERE walked
  MATCH (r:Report)-[m:MENTIONS]->(n)
  WITH r, m, coalesce(r.firstIngestedAt, r.ingestedAt) AS since
  ORDER BY r.publishedAt, since, r.id
  WITH CASE WHEN r.id IN $reportIds THEN r.id END AS apart,
       [k IN keys(m) WHERE NOT k IN ['starts', 'ends', 'nameAsWritten'] | [k, m[k]]] AS facts,
       collect(r)[0] AS oldest, collect(m)[0] AS claim, count(*) AS weight
  RETURN collect({reportId: oldest.id, publishedAt: oldest.publishedAt, ingestedAt: coalesce(oldest.firstIngestedAt, oldest.ingestedAt),
                  claim: properties(claim), weight: weight}) AS claims
}
RETURN n.id AS id,
       [l IN labels(n) WHERE l <> 'Entity'][0] AS label,
       properties(n) AS props,
       walked,
       claims,
       CASE WHEN walked OR size($reportIds) = 0 THEN [] ELSE [(r:Report)-[m:MENTIONS]->(n) WHERE r.id IN $reportIds |
         {reportId: r.id, publishedAt: r.publishedAt, ingestedAt: coalesce(r.firstIngestedAt, r.ingestedAt), claim: properties(m), weight: 1}] END AS own,
       CASE WHEN n:Event THEN
         [(o:Organization)-[x:PARTNERED|ORGANIZED|HOSTED|PARTICIPATED_IN]->(n) | {type: type(x), other: o.id, code: null}] +
         [(n)-[:HELD_IN]->(p) | {type: 'HELD_IN', other: p.id, code: coalesce(p.code, p.countryCode)}]
       ELSE [] END AS eventLinks`;

/**
 * The entities `ids` and those `reportIds` mention, with every claim about
 * them: equal ones folded, those of `reportIds` one by one, apart, so taking
 * them out leaves exactly the others. Removing a report from a country named
 * by 50,000 reports reads its tally and that report's own claim, not the
 * 50,000; only when the report is the oldest of its group of equal claims
 * (the group's head, whose place in the order the next one takes) is that
 * entity's MENTIONS walked.
 */
export async function readEntities(tx: Tx, ids: readonly string[], reportIds: readonly string[], walkIds: readonly string[] = []): Promise<StoredEntity[]> {
  if (ids.length === 0 && reportIds.length === 0) return [];
  const params = { ids: [...ids], reportIds: [...reportIds], walkIds: [...walkIds], tallyKey: CLAIM_TALLY_KEY };
  const rows = recordsToPlain<StoredEntity & { walked: boolean; own: SourcedClaim[] }>((await tx.run(readEntitiesQuery, params)).records);
  const out: StoredEntity[] = [];
  const walk: string[] = [];
  for (const { walked, own, ...e } of rows) {
    if (walked) {
      out.push(e);
      continue;
    }
    const tallied = claimsOfTally(e.props[CLAIM_TALLY_KEY]);
    if (!tallied) {
      throw new Error(`entity ${e.id} has an unreadable ${CLAIM_TALLY_KEY}; remove it (MATCH (n:Entity {id: '${e.id}'}) REMOVE n.${CLAIM_TALLY_KEY}) and load again: it is re-derived from the claims`);
    }
    const claims = withClaimsApart(tallied, own);
    if (claims) out.push({ ...e, claims });
    else walk.push(e.id);
  }
  if (walk.length > 0) out.push(...(await readEntities(tx, walk, reportIds, walk)).filter((e) => walk.includes(e.id)));
  return out;
}

/** A tally with `own` claims taken out of their groups and listed one by one; null when one of them heads its group. */
function withClaimsApart(tally: readonly SourcedClaim[], own: readonly SourcedClaim[]): SourcedClaim[] | null {
  const groups = new Map(tally.map((c) => [JSON.stringify(factsOf(c.claim)), { ...c }]));
  for (const o of own) {
    const group = groups.get(JSON.stringify(factsOf(o.claim)));
    if (!group || (group.reportId === o.reportId && (group.weight ?? 1) > 1)) return null;
    group.weight = (group.weight ?? 1) - 1;
  }
  return [...[...groups.values()].filter((g) => (g.weight ?? 1) > 0), ...own];
}

const suggestionsById = `
UNWIND $ids AS id
MATCH (s:MergeSuggestion {id: id})
RETURN properties(s) AS props`;

// No index reaches into sources, a or b: one scan per batch.
const suggestionsTouching = `
MATCH (s:MergeSuggestion)
WHERE s.id IN $ids OR any(x IN s.sources WHERE x IN $reports) OR s.a IN $entities OR s.b IN $entities
RETURN properties(s) AS props`;

/** The merge suggestions a batch may record, or retract for the reports and entities it removes. */
export async function readSuggestions(tx: Tx, ids: readonly string[], reports: readonly string[], entities: readonly string[]): Promise<Props[]> {
  const retracting = reports.length > 0 || entities.length > 0;
  if (!retracting && ids.length === 0) return [];
  const params = { ids: [...ids], reports: [...reports], entities: [...entities] };
  const { records } = await tx.run(retracting ? suggestionsTouching : suggestionsById, params);
  return recordsToPlain<{ props: Props }>(records).map((r) => r.props);
}
