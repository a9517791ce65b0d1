/**
 * A hub's neighbours counted by type and country, and the ids of one such
 * group: what the explorer shows before drawing thousands of neighbours
 * (explorer/src/grouping/hubGroups.ts), and what it fetches when a group
 * is opened or "show all" is asked for.
 */
import type { Graph } from '../connection.ts';
import { ENTITY_LABELS, type EntityLabel } from '../schema/model.ts';
import { RELATION_TYPES } from './nodeRecord.ts';
import { readQuery, type CypherQuery, type ReadOptions } from './run.ts';

export const MAX_NEIGHBOR_IDS = 5000;
/** Most ids `exclude` takes: more than the explorer can draw (3,000) plus what it hides. */
export const MAX_EXCLUDED_NEIGHBORS = 20_000;

export interface NeighborGroupRecord {
  type: EntityLabel;
  /** ISO alpha-2; null: the neighbour has no country */
  countryCode: string | null;
  count: number;
}

export interface NeighborGroupsRecord {
  /** distinct neighbours of the given types */
  total: number;
  groups: NeighborGroupRecord[];
}

// A neighbour's type and country the way a slice reports them (graph/queries/nodeRecord.ts, api sliceValue):
// its own countryCode or code, or for an event the first country it is held in.
// `$exclude` leaves out the neighbours the explorer already draws, so its groups count only what opening them adds:
// the server applies the same notion of neighbour, type and country as the counts, which the client could only
// approximate (it does not hold every relationship between the hub and what is drawn). A list parameter on the
// right of IN is turned into a set once per query, so thousands of excluded ids cost one lookup per neighbour.
const NEIGHBORS = `MATCH (s:Entity {id: $id})-[r]-(m:Entity)
WHERE type(r) IN $relTypes AND m <> s AND any(l IN labels(m) WHERE l IN $types) AND NOT m.id IN $exclude
WITH DISTINCT m
WITH m, [l IN labels(m) WHERE l IN $types][0] AS type,
  CASE WHEN m:Event
    THEN head([(m)-[:HELD_IN]->(p) | coalesce(p.code, p.countryCode, head([(p)-[:IN_COUNTRY]->(c) | c.code]))])
    ELSE coalesce(m.countryCode, m.code)
  END AS countryCode`;

function typesParam(types: readonly EntityLabel[] | null | undefined): EntityLabel[] {
  return types && types.length > 0 ? [...new Set(types)] : [...ENTITY_LABELS];
}

function excludeParam(exclude: readonly string[] | null | undefined): string[] {
  const ids = [...new Set(exclude ?? [])];
  if (ids.length > MAX_EXCLUDED_NEIGHBORS) throw new RangeError(`exclude takes at most ${MAX_EXCLUDED_NEIGHBORS} ids, got ${ids.length}`);
  return ids;
}

export interface NeighborGroupsInput {
  id: string;
  /** only neighbours of these types; every entity type when none */
  types?: readonly EntityLabel[] | null;
  /** neighbours not to count (already drawn) */
  exclude?: readonly string[] | null;
}

/** The neighbours of `id` (of `types`, all entity types when none; `exclude` left out) counted per type and country, largest first. */
export function neighborGroupsQuery(input: NeighborGroupsInput): CypherQuery {
  return {
    cypher: `${NEIGHBORS}
RETURN type, countryCode, count(*) AS count
ORDER BY count DESC, type, countryCode`,
    params: { id: input.id, types: typesParam(input.types), relTypes: [...RELATION_TYPES], exclude: excludeParam(input.exclude) },
  };
}

export async function neighborGroups(graph: Graph, input: NeighborGroupsInput, opts: ReadOptions = {}): Promise<NeighborGroupsRecord> {
  const rows = await readQuery<{ type: EntityLabel; countryCode: string | null; count: number }>(graph, neighborGroupsQuery(input), opts);
  const groups = rows.map((r) => ({ type: r.type, countryCode: r.countryCode ?? null, count: Number(r.count) }));
  return { total: groups.reduce((s, g) => s + g.count, 0), groups };
}

export interface NeighborIdsInput {
  id: string;
  /** only neighbours of this type; null: any entity type */
  type?: EntityLabel | null;
  /** only neighbours in this country; '' (not null): those with no country; null or undefined: any */
  countryCode?: string | null;
  /** at most this many, in id order */
  first: number;
  /** neighbours to leave out (already drawn): `first` counts only the others */
  exclude?: readonly string[] | null;
}

/** Ids of the neighbours of `id` in one group (a type, a country, both or neither), in id order. */
export function neighborIdsQuery(input: NeighborIdsInput): CypherQuery {
  if (!Number.isInteger(input.first) || input.first < 1 || input.first > MAX_NEIGHBOR_IDS) {
    throw new RangeError(`first must be an integer from 1 to ${MAX_NEIGHBOR_IDS}, got ${input.first}`);
  }
  return {
    cypher: `${NEIGHBORS}
WITH m, countryCode WHERE $country IS NULL OR coalesce(countryCode, '') = $country
RETURN m.id AS id ORDER BY id LIMIT $first`,
    params: {
      id: input.id,
      types: typesParam(input.type ? [input.type] : null),
      relTypes: [...RELATION_TYPES],
      country: input.countryCode ?? null,
      first: input.first,
      exclude: excludeParam(input.exclude),
    },
  };
}

export async function neighborIds(graph: Graph, input: NeighborIdsInput, opts: ReadOptions = {}): Promise<string[]> {
  const rows = await readQuery<{ id: string }>(graph, neighborIdsQuery(input), opts);
  return rows.map((r) => r.id);
}
