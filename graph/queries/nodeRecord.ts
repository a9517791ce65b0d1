import { ENTITY_LABELS, RELATION_TYPES, relationshipKey, type EntityLabel, type RelationType } from '../schema/model.ts';
import type { Plain } from '../values.ts';

/** Every label a node returned by a query can have, Report included. */
export type NodeLabel = EntityLabel | 'Report';
export const NODE_LABELS: readonly NodeLabel[] = [...ENTITY_LABELS, 'Report'];

/** A node as the queries return it: its type and its properties (never a report's full text). */
export interface NodeRecord {
  id: string;
  type: NodeLabel;
  name: string;
  props: { [key: string]: Plain };
  /**
   * Events only: ISO alpha-2 codes of the countries it is held in (HELD_IN a
   * country, or a city of one). Derived when read, not stored: an event has
   * no country property of its own, and filters by country need one.
   */
  countryCodes?: string[];
}

/**
 * Cypher map projection of a node `v`: every property except the bulky
 * report text, the index-only searchText and the loader's claimTally, plus
 * its labels, and for an event the country of each place it is held in (a
 * country's code, a city's countryCode or the country the city is
 * IN_COUNTRY). `v` is a variable name chosen by the query author, never user
 * input.
 */
export function nodeMap(v: string, projection: NodeProjection | null = null): string {
  // names derived from v, so they never capture a variable of the enclosing query (a path `p`)
  const place = `${v}Place`;
  const country = `${v}Country`;
  const heldIn = `[(${v})-[:HELD_IN]->(${place}) | coalesce(${place}.code, ${place}.countryCode, head([(${place})-[:IN_COUNTRY]->(${country}) | ${country}.code]))]`;
  const countries = `heldInCountries: CASE WHEN ${v}:Event THEN ${heldIn} END`;
  if (!projection) return `${v} {.*, text: null, searchText: null, claimTally: null, labels: labels(${v}), ${countries}}`;
  // A report has a title and no name: the record is named by it either way (toNodeRecord).
  const read = ['.id', `name: coalesce(${v}.name, ${v}.title)`, ...projectedProperties(projection).map((p) => `.${p}`)];
  return `${v} {${[...read, `labels: labels(${v})`, ...(projection.countryCodes ? [countries] : [])].join(', ')}}`;
}

/**
 * Which of a node's stored properties a query returns, when not all of them:
 * a caller that knows what it will read (the API, from the fields a query
 * selects) leaves the rest in the store, and an event's countries are
 * walked to only when asked for. `id` and `name` always come: a node's
 * identity, and what a NodeRecord is named by.
 */
export interface NodeProjection {
  /** stored property names, each a plain identifier from the model (checked before it enters the text) */
  properties: readonly string[];
  /** whether an event's countryCodes are derived (its places walked) */
  countryCodes: boolean;
}

/** Stored properties nodeMap never returns: the report text, the index-only searchText, the loader's claimTally. */
const UNREAD = new Set(['text', 'searchText', 'claimTally']);

/** The properties a projection reads besides id and name, each checked to be a plain identifier. */
function projectedProperties(projection: NodeProjection): string[] {
  const names = [...new Set(projection.properties)].filter((p) => p !== 'id' && p !== 'name' && !UNREAD.has(p)).sort();
  for (const p of names) if (!/^[A-Za-z][A-Za-z0-9]*$/.test(p)) throw new RangeError(`not a property name: ${JSON.stringify(p)}`);
  return names;
}

/** A short stable name for a projection (null: every property), to key caches and loaders by. */
export function projectionKey(projection: NodeProjection | null): string {
  return projection ? `${projection.countryCodes ? '+' : '-'}${[...new Set(projection.properties)].sort().join(',')}` : '*';
}

/** Turns a row produced by nodeMap into a NodeRecord; null for a missing node. */
export function toNodeRecord(raw: Plain): NodeRecord | null {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return null;
  const labels = Array.isArray(raw.labels) ? raw.labels : [];
  const type = NODE_LABELS.find((l) => labels.includes(l));
  if (!type || typeof raw.id !== 'string') return null;
  const { labels: _labels, text: _text, searchText: _searchText, claimTally: _claimTally, heldInCountries, ...props } = raw;
  const name = typeof raw.name === 'string' ? raw.name : typeof raw.title === 'string' ? raw.title : raw.id;
  // Without heldInCountries (a projection that did not ask) an event's countries are unknown, not none.
  if (type !== 'Event' || heldInCountries === undefined) return { id: raw.id, type, name, props };
  return { id: raw.id, type, name, props, countryCodes: countryCodesOf(heldInCountries) };
}

/** Distinct, upper-case, sorted: a city and its country both HELD_IN give one code. */
function countryCodesOf(raw: Plain | undefined): string[] {
  if (!Array.isArray(raw)) return [];
  const codes = raw.filter((c): c is string => typeof c === 'string' && c !== '').map((c) => c.toUpperCase());
  return [...new Set(codes)].sort();
}

/** Like toNodeRecord, for rows whose node must exist. */
export function requireNodeRecord(raw: Plain): NodeRecord {
  const n = toNodeRecord(raw);
  if (!n) throw new Error(`Expected a node row, got ${JSON.stringify(raw)}`);
  return n;
}

/**
 * What a relationship carries about its provenance: how many reports assert
 * it and the highest confidence. Its sources and sentences are its claims,
 * read a page at a time by `key` (claimsOf).
 */
export interface Provenance {
  /** the relationship's key: type, subject id, object id */
  key: string;
  /** how many reports assert it */
  sourceCount: number;
  confidence: number | null;
}

/** The provenance of relationship `type` from `from` to `to`, whose properties are `props`. */
export function toProvenance(type: string, from: string, to: string, props: Plain): Provenance {
  const p = props && typeof props === 'object' && !Array.isArray(props) ? props : {};
  return {
    key: relationshipKey(type, from, to),
    sourceCount: typeof p.sourceCount === 'number' ? p.sourceCount : 0,
    confidence: typeof p.confidence === 'number' ? p.confidence : null,
  };
}

/** Relationship types a report asserts (DESIGN.md); the only ones queries interpolate. */
export { RELATION_TYPES, type RelationType };


/** Ways an organization takes part in an event; shared events of two organizations make a collaboration. */
export const INVOLVEMENT_TYPES = ['ORGANIZED', 'PARTNERED', 'HOSTED', 'PARTICIPATED_IN'] as const;
export type InvolvementType = (typeof INVOLVEMENT_TYPES)[number];

export function isRelationType(s: string): s is RelationType {
  return (RELATION_TYPES as readonly string[]).includes(s);
}
