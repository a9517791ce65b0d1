import type { EntityType } from '../../seed/extraction.ts';
import type { Tx } from '../connection.ts';
import { MERGED_IDS_INDEX, NAME_INDEX } from '../schema/migrations.ts';
import { recordsToPlain, type Plain } from '../values.ts';

/**
 * An entity already in the graph, as identity resolution sees it: its names,
 * the ids merged into it, and its type's properties (kind, countryCode,
 * startDate…).
 */
export interface KnownEntity {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  mergedIds: string[];
  [property: string]: Plain;
}

/** How many index hits one search key may bring; resolution only needs the best few. */
const HITS_PER_KEY = 10;
/** Keys beyond this many add little but cost a query each. */
const MAX_KEYS = 400;

const knownEntityFields = `
RETURN DISTINCT n.id AS id, [l IN labels(n) WHERE l <> 'Entity'][0] AS type,
       n.name AS name, coalesce(n.aliases, []) AS aliases, coalesce(n.mergedIds, []) AS mergedIds,
       properties(n) AS props`;

const findByNames = `
UNWIND $queries AS q
CALL db.index.fulltext.queryNodes($index, q, {limit: $limit}) YIELD node
WITH node AS n WHERE n:Entity
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
export async function fetchKnownEntities(tx: Tx, searchKeys: readonly string[], ids: readonly string[]): Promise<KnownEntity[]> {
  const queries = [...new Set(searchKeys.map(luceneQueryFor).filter((q) => q.length > 0))].slice(0, MAX_KEYS);
  type Row = { id: string; type: EntityType; name: string; aliases: string[]; mergedIds: string[]; props: Record<string, Plain> };
  const rows: Row[] = [];
  if (queries.length > 0) {
    rows.push(...recordsToPlain<Row>((await tx.run(findByNames, { queries, index: NAME_INDEX, limit: HITS_PER_KEY })).records));
  }
  if (ids.length > 0) {
    rows.push(...recordsToPlain<Row>((await tx.run(findByIds, { ids: [...ids] })).records));
    const query = ids.map((id) => `"${escapeLucene(id)}"`).join(' OR ');
    rows.push(...recordsToPlain<Row>((await tx.run(findByMergedIds, { index: MERGED_IDS_INDEX, query, ids: [...ids] })).records));
  }
  const byId = new Map<string, KnownEntity>();
  for (const r of rows) {
    if (byId.has(r.id)) continue;
    const { searchText: _s, ...props } = r.props;
    byId.set(r.id, { ...props, id: r.id, type: r.type, name: r.name, aliases: r.aliases, mergedIds: r.mergedIds });
  }
  return [...byId.values()];
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
 * A search key as a forgiving Lucene query: any of its words, and for longer
 * Latin words also their one-edit variants (typos like "Unversity").
 */
export function luceneQueryFor(key: string): string {
  const words = key
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 1)
    .slice(0, 16);
  const terms: string[] = [];
  for (const w of words) {
    terms.push(escapeLucene(w));
    // Fuzzy terms skip the analyzer, so fold them the way standard-folding does.
    const folded = w.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
    if (folded.length >= 5 && /^[a-z]+$/.test(folded)) terms.push(`${folded}~1`);
  }
  return terms.join(' ');
}
