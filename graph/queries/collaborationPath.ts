import type { Graph } from '../connection.ts';
import type { Plain } from '../values.ts';
import { isRelationType, nodeMap, requireNodeRecord, toProvenance, type NodeProjection, type NodeRecord, type Provenance, type RelationType } from './nodeRecord.ts';
import { readQuery, type CypherQuery, type ReadOptions } from './run.ts';

/** Longest path searched, whatever the caller asks: bounds the breadth-first search. */
export const MAX_PATH_HOPS = 6;

/**
 * Relationships a collaboration path follows by default: taking part in
 * events, affiliation, speaking, presenting, being part of. Places are left
 * out because "both are in Kazakhstan" connects everything to everything.
 */
export const DEFAULT_PATH_TYPES: readonly RelationType[] = [
  'ORGANIZED',
  'PARTNERED',
  'HOSTED',
  'PARTICIPATED_IN',
  'AFFILIATED_WITH',
  'SPOKE_AT',
  'PART_OF',
  'PRESENTED',
  'PRESENTED_AT',
];

const GEOGRAPHIC: readonly RelationType[] = ['BASED_IN', 'IN_COUNTRY', 'HELD_IN'];

export interface PathEdgeRecord extends Provenance {
  type: RelationType;
  /** subject of the relationship (its start) */
  source: string;
  /** object of the relationship (its end) */
  target: string;
}

export interface PathRecord {
  nodes: NodeRecord[];
  edges: PathEdgeRecord[];
}

/**
 * The shortest path between two entities over the given relationship types,
 * at most `maxHops` long. Relationship types and the hop bound cannot be
 * Cypher parameters in a variable-length pattern; both are checked here
 * against the model (types) and the range 1..MAX_PATH_HOPS (hops) before they
 * enter the text. Unless places are asked for, countries and cities cannot be
 * intermediate nodes (an event with Russian participants is not a link
 * between two organizations).
 */
export function collaborationPathQuery(
  from: string,
  to: string,
  maxHops: number,
  types: readonly RelationType[] = DEFAULT_PATH_TYPES,
  projection: NodeProjection | null = null,
): CypherQuery {
  if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > MAX_PATH_HOPS) {
    throw new RangeError(`maxHops must be an integer from 1 to ${MAX_PATH_HOPS}, got ${maxHops}`);
  }
  const checked = [...new Set(types)];
  if (checked.length === 0 || !checked.every((t) => isRelationType(t))) {
    throw new RangeError(`relationship types must be among the model's: ${types.join(', ')}`);
  }
  const throughPlaces = checked.some((t) => GEOGRAPHIC.includes(t));
  // Inline predicates keep the search breadth-first and bounded
  // (StatefulShortestPath); a WHERE on the whole path would let Neo4j fall
  // back to enumerating every path when the first one found fails it.
  const step = throughPlaces ? `()-[:${checked.join('|')}]-()` : `()-[:${checked.join('|')}]-(x) WHERE x = b OR NOT (x:Country OR x:City)`;
  const cypher = `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = SHORTEST 1 (a)(${step}){1,${maxHops}}(b)
RETURN [n IN nodes(p) | ${nodeMap('n', projection)}] AS nodes,
       [r IN relationships(p) | {type: type(r), source: startNode(r).id, target: endNode(r).id, props: properties(r)}] AS edges`;
  return { cypher, params: { from, to } };
}

/** Null when no path of at most maxHops exists (or an id is unknown). */
export async function collaborationPath(
  graph: Graph,
  input: { from: string; to: string; maxHops: number; types?: readonly RelationType[]; projection?: NodeProjection | null },
  opts: ReadOptions = {},
): Promise<PathRecord | null> {
  const rows = await readQuery<{ nodes: Plain[]; edges: Array<{ type: RelationType; source: string; target: string; props: Plain }> }>(
    graph,
    collaborationPathQuery(input.from, input.to, input.maxHops, input.types, input.projection),
    opts,
  );
  const row = rows[0];
  if (!row) return null;
  return {
    nodes: row.nodes.map(requireNodeRecord),
    edges: row.edges.map((e) => ({ type: e.type, source: e.source, target: e.target, ...toProvenance(e.type, e.source, e.target, e.props) })),
  };
}
