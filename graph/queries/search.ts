import type { Graph } from '../connection.ts';
import { NAME_INDEX } from '../schema/migrations.ts';
import type { Plain } from '../values.ts';
import { nodeMap, requireNodeRecord, type NodeLabel, type NodeProjection, type NodeRecord } from './nodeRecord.ts';
import { readQuery, type CypherQuery, type ReadOptions } from './run.ts';

/** Characters with a meaning in Lucene's query syntax (`&&` and `||` are covered by escaping each `&` and `|`). */
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** Escapes every Lucene query-syntax character so the text is matched literally. */
export function escapeLucene(text: string): string {
  return text.replace(LUCENE_SPECIAL, (c) => `\\${c}`);
}

// What the `standard-folding` analyzer does to Latin letters that NFD cannot
// take apart (ASCIIFoldingFilter); fuzzy and prefix terms bypass the analyzer,
// so the query has to fold them itself.
const FOLD_SPECIAL: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };

/**
 * Lower case, Latin diacritics dropped (é → e, ş → s) as the index's
 * standard-folding analyzer does; Cyrillic letters stay as they are (й is not и).
 */
export function foldTerm(word: string): string {
  return word
    .toLowerCase()
    .replace(/[\u00C0-\u024F\u1E00-\u1EFF]/g, (ch) => FOLD_SPECIAL[ch] ?? ch.normalize('NFD').replace(/\p{M}/gu, ''));
}

/** Words that carry no identity in names ("named after", "of the", "имени"); dropped unless they are all there is. */
const STOPWORDS = new Set([
  'a', 'an', 'and', 'at', 'by', 'for', 'in', 'of', 'on', 'the', 'to', 'named', 'after',
  'в', 'во', 'и', 'на', 'по', 'для', 'с', 'со', 'имени', 'им', 'к', 'о', 'об',
]);

/** Longest search text accepted, and most words used from it. */
export const MAX_SEARCH_LENGTH = 200;
export const MAX_SEARCH_WORDS = 12;

/** The words of a search text: quotes, punctuation and Lucene syntax are separators, never operators. */
export function searchWords(text: string): string[] {
  return text
    .normalize('NFC')
    .split(/[^\p{L}\p{N}]+/u)
    .map(foldTerm)
    .filter((w) => w.length > 0)
    .slice(0, MAX_SEARCH_WORDS);
}

/**
 * Builds the Lucene query for `entity_names` from what a person typed.
 * Each word matches exactly (boosted), as a prefix, and within an edit
 * distance that grows with its length (1 from 4 letters, 2 from 7), so
 * "Polozhevetz" finds "Polozhevets". Several words also score as a phrase.
 * Every term is escaped: user text can never change the query's structure.
 * Returns null when the text has no words.
 */
export function buildLuceneQuery(text: string): string | null {
  const words = searchWords(text);
  if (words.length === 0) return null;
  const meaningful = words.filter((w) => !STOPWORDS.has(w));
  const terms = meaningful.length > 0 ? meaningful : words;
  const clauses = [...new Set(terms)].map((w) => {
    const t = escapeLucene(w);
    const parts = [`${t}^3`];
    if (w.length >= 3) parts.push(`${t}*^2`);
    if (w.length >= 7) parts.push(`${t}~2`);
    else if (w.length >= 4) parts.push(`${t}~1`);
    return `(${parts.join(' ')})`;
  });
  if (words.length > 1) clauses.push(`"${words.map(escapeLucene).join(' ')}"^4`);
  return clauses.join(' ');
}

/** How many index hits are read before the type filter and the page size apply. */
export const SEARCH_CANDIDATES = 200;

/**
 * Full-text search over names, aliases and transliterations (index
 * `entity_names`, analyzer standard-folding), best score first. The page is
 * chosen before any node is projected: projecting every candidate first
 * read all the properties of up to 200 nodes to return 10.
 */
const searchCypher = (projection: NodeProjection | null): string => `
CALL db.index.fulltext.queryNodes($index, $query, {limit: $candidates}) YIELD node, score
WHERE $types IS NULL OR any(l IN labels(node) WHERE l IN $types)
WITH node, score
ORDER BY score DESC, node.name, node.id
LIMIT $first
RETURN ${nodeMap('node', projection)} AS node, score
ORDER BY score DESC, node.name, node.id`;

export const SEARCH = searchCypher(null);

export interface SearchHitRecord {
  node: NodeRecord;
  score: number;
}

export interface SearchInput {
  text: string;
  types?: readonly NodeLabel[] | null;
  first: number;
  /** the properties of each hit to read; every one when absent */
  projection?: NodeProjection | null;
}

export function searchQuery(input: SearchInput): CypherQuery | null {
  const query = buildLuceneQuery(input.text);
  if (!query) return null;
  return {
    cypher: input.projection ? searchCypher(input.projection) : SEARCH,
    params: {
      index: NAME_INDEX,
      query,
      candidates: Math.max(SEARCH_CANDIDATES, input.first),
      types: input.types && input.types.length > 0 ? [...input.types] : null,
      first: input.first,
    },
  };
}

export async function search(graph: Graph, input: SearchInput, opts: ReadOptions = {}): Promise<SearchHitRecord[]> {
  const q = searchQuery(input);
  if (!q) return [];
  const rows = await readQuery<{ node: Plain; score: number }>(graph, q, opts);
  return rows.map((r) => ({ node: requireNodeRecord(r.node), score: r.score }));
}

/**
 * The Lucene query for a free-text *filter* (lists): every meaningful word
 * must match, exactly, as a prefix, or (from 6 letters) within one edit.
 * Stricter than search, which ranks partial matches too. Null when the text
 * has no words.
 */
export function buildLuceneFilter(text: string): string | null {
  const words = searchWords(text);
  if (words.length === 0) return null;
  const meaningful = words.filter((w) => !STOPWORDS.has(w));
  const terms = [...new Set(meaningful.length > 0 ? meaningful : words)];
  return terms
    .map((w) => {
      const t = escapeLucene(w);
      const parts = [t, `${t}*`];
      if (w.length >= 6) parts.push(`${t}~1`);
      return `+(${parts.join(' ')})`;
    })
    .join(' ');
}
