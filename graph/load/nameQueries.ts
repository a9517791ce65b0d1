import type { EntityType, Extraction } from '../schema/extraction.ts';
import { escapeLucene } from '../queries/search.ts';

/**
 * An entity already in the graph, as identity resolution (the loader's
 * `resolve`) sees it, with the ids curators merged into it. Events also carry
 * the organizations involved and the country they were held in.
 */
export interface KnownEntity {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  mergedIds: string[];
  countryCode?: string | null;
  kind?: string | null;
  startDate?: string | null;
  endDate?: string | null;
  /** Events only: ids of organizations that partnered, organized, hosted or took part. */
  participants?: string[];
}

/** A name to look up, and the type of entity it names. */
export interface SearchKey {
  type: EntityType;
  text: string;
}

/**
 * Maps an extraction's entities onto known ones (ids rewritten, names kept as
 * aliases) and adds the uncertain pairs to `mergeCandidates`. Identity
 * resolution is seed's; the loader is handed it as this function. The known
 * entities are shared by the reports of a batch: read them, never modify them.
 */
export type Resolver = (extraction: Extraction, known: readonly KnownEntity[]) => Extraction;

/** The names to look up in the name index before resolving an extraction. */
export type SearchKeys = (extraction: Extraction) => SearchKey[];

/** No cross-report resolution: only exact ids and curator merges join entities. The loader's default. */
export const noResolution: Resolver = (extraction) => extraction;

/** No name lookups: what `noResolution` needs. */
export const noSearchKeys: SearchKeys = () => [];

/** How many index hits one search key may bring; resolution only needs the best few. */
const HITS_PER_KEY = 10;
/** Lucene refuses queries of more than 1024 clauses; a key has at most 32. */
const MAX_KEYS_PER_QUERY = 30;

/** One full-text query per entity type: its keys OR-ed, and the words they are made of. */
export interface NameQuery {
  type: EntityType;
  query: string;
  limit: number;
  /** the keys' words, as the query has them */
  words: string[];
}

/**
 * Each key as a forgiving Lucene query, any of its words: a name with a typo
 * ("Unversity") still shares its other words with the known name, and
 * resolution does the fine comparison; fuzzy terms (~1) would find little
 * more and cost more than the rest of the load.
 */
export function nameQueriesFor(searchKeys: readonly SearchKey[]): NameQuery[] {
  // Few queries per entity type, their keys OR-ed: each index call has a fixed
  // cost, and a hit for any key is a candidate whichever key found it. A report
  // naming many bodies gets several queries rather than losing its later keys.
  const byType = new Map<EntityType, Array<Map<string, string[]>>>();
  for (const key of searchKeys) {
    const words = key.text.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1).slice(0, 16);
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
