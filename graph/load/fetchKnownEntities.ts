import type { EntityType, KnownEntity as SeedKnownEntity } from '../../seed/index.ts';
import type { Tx } from '../connection.ts';
import { MERGED_IDS_INDEX, NAME_INDEX } from '../schema/migrations.ts';
import { recordsToPlain } from '../values.ts';

/**
 * An entity already in the graph, as identity resolution (seed's
 * resolveAgainstKnown) sees it, plus the ids curators merged into it.
 * Events also carry the organizations involved and the country they were held in.
 */
export interface KnownEntity extends SeedKnownEntity {
  mergedIds: string[];
}

/** A name to look up, and the type of entity it names. */
export interface SearchKey {
  type: EntityType;
  text: string;
}

/** How many index hits one search key may bring; resolution only needs the best few. */
const HITS_PER_KEY = 10;
/** Lucene refuses queries of more than 1024 clauses; a key has at most 32. */
const MAX_KEYS_PER_QUERY = 30;

// Events are compared by who took part and where, not only by name.
const knownEntityFields = `
WITH DISTINCT n
RETURN n.id AS id, [l IN labels(n) WHERE l <> 'Entity'][0] AS type,
       n.name AS name, coalesce(n.aliases, []) AS aliases, coalesce(n.mergedIds, []) AS mergedIds,
       n.kind AS kind, n.countryCode AS countryCode, n.startDate AS startDate, n.endDate AS endDate,
       CASE WHEN n:Event THEN [(o:Organization)-[:PARTNERED|ORGANIZED|HOSTED|PARTICIPATED_IN]->(n) | o.id] END AS participants,
       CASE WHEN n:Event THEN head([(n)-[:HELD_IN]->(p) | coalesce(p.code, p.countryCode)]) END AS eventCountry`;

const findByNames = `
UNWIND $queries AS q
CALL db.index.fulltext.queryNodes($index, q.query, {limit: q.limit}) YIELD node
WITH node AS n WHERE n:Entity AND q.type IN labels(n)
${knownEntityFields}`;

const findByIds = `
MATCH (n:Entity) WHERE n.id IN $ids
${knownEntityFields}`;

const findByMergedIds = `
CALL db.index.fulltext.queryNodes($index, $query) YIELD node
WITH node AS n WHERE n:Entity AND any(m IN n.mergedIds WHERE m IN $ids)
${knownEntityFields}`;

/**
 * The entities resolution should compare an extraction against: full-text
 * hits for its search keys, exact id hits, and entities that absorbed one of
 * its ids in a curator merge.
 */
export async function fetchKnownEntities(tx: Tx, searchKeys: readonly SearchKey[], ids: readonly string[]): Promise<KnownEntity[]> {
  const queries = nameQueriesFor(searchKeys).map(({ type, query, limit }) => ({ type, query, limit }));
  type Row = Omit<KnownEntity, 'countryCode'> & { countryCode: string | null; eventCountry: string | null };
  const rows: Row[] = [];
  if (queries.length > 0) {
    rows.push(...recordsToPlain<Row>((await tx.run(findByNames, { queries, index: NAME_INDEX })).records));
  }
  if (ids.length > 0) {
    rows.push(...recordsToPlain<Row>((await tx.run(findByIds, { ids: [...ids] })).records));
      const query = ids.map((id) => `"${escapeLucene(id)}"`).join(' OR ');
    rows.push(...recordsToPlain<Row>((await tx.run(findByMergedIds, { index: MERGED_IDS_INDEX, query, ids: [...ids] })).records));
  }
  const byId = new Map<string, KnownEntity>();
  for (const { eventCountry, participants, ...r } of rows) {
    if (byId.has(r.id)) continue;
    byId.set(r.id, { ...r, countryCode: r.countryCode ?? eventCountry, ...(participants ? { participants } : {}) });
  }
  return [...byId.values()];
}

/** One full-text query per entity type: its keys OR-ed, and the words they are made of. */
export interface NameQuery {
  type: EntityType;
  query: string;
  limit: number;
  /** the keys' words, as luceneQueryFor keeps them */
  words: string[];
}

export function nameQueriesFor(searchKeys: readonly SearchKey[]): NameQuery[] {
  // Few queries per entity type, their keys OR-ed: each index call has a fixed
  // cost, and a hit for any key is a candidate whichever key found it. A report
  // naming many bodies gets several queries rather than losing its later keys.
  const byType = new Map<EntityType, Array<Map<string, string[]>>>();
  for (const key of searchKeys) {
    const words = queryWordsOf(key.text);
    if (words.length === 0) continue;
    const query = `(${words.map(escapeLucene).join(' ')})`;
    const sets = byType.get(key.type) ?? [];
    if (sets.some((set) => set.has(query))) continue;
    let set = sets[sets.length - 1];
    if (!set || set.size >= MAX_KEYS_PER_QUERY) sets.push((set = new Map<string, string[]>()));
    set.set(query, words);
    byType.set(key.type, sets);
  }
  return [...byType].flatMap(([type, sets]) =>
    sets.map((set) => ({
      type,
      query: [...set.keys()].join(' OR '),
      limit: HITS_PER_KEY * set.size,
      words: [...new Set([...set.values()].flat())],
    })),
  );
}

/** Ids a curator merged away, mapped to the entity that kept them. */
export function redirectsOf(known: readonly KnownEntity[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const k of known) for (const m of k.mergedIds) out.set(m, k.id);
  return out;
}

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

export function escapeLucene(s: string): string {
  return s.replace(LUCENE_SPECIAL, '\\$&');
}

/**
 * A search key as a forgiving Lucene query: any of its words. A name with a
 * typo ("Unversity") still shares its other words with the known name, and
 * resolution does the fine comparison; fuzzy terms (~1) would find little
 * more and cost more than the rest of the load.
 */
export function luceneQueryFor(key: string): string {
  return queryWordsOf(key).map(escapeLucene).join(' ');
}

function queryWordsOf(key: string): string[] {
  return key
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 1)
    .slice(0, 16);
}
