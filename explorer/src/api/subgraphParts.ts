/**
 * Fetching a view of any size with the `subgraph` query, whose calls take a
 * bounded number of ids. Splitting the entities into parts alone would lose
 * every relationship between two parts, so each part also names the entities
 * of the parts before it (`among`): a relationship between parts arrives with
 * the later one, and each pair of entities is looked at.
 */
import type { GEdge, GNode, GraphSlice } from '../model.ts';

export interface SubgraphLimits {
  /** entities returned per call (the schema's `subgraph(ids:)` bound) */
  ids: number;
  /** ids of earlier parts per call (the schema's `subgraph(among:)` bound) */
  among: number;
}

export const SUBGRAPH_LIMITS: SubgraphLimits = { ids: 1000, among: 5000 };

export interface SubgraphPart {
  ids: string[];
  among: string[];
}

/**
 * The calls that fetch `ids` and every relationship among them. A part with
 * more earlier entities than `among` allows is asked again with the next
 * slice of them (its own entities come back each time; merging dedups).
 */
export function subgraphParts(ids: readonly string[], limits: SubgraphLimits = SUBGRAPH_LIMITS): SubgraphPart[] {
  if (!(limits.ids >= 1 && limits.among >= 1)) throw new RangeError('subgraph limits must be at least 1');
  const unique = [...new Set(ids)];
  const parts: SubgraphPart[] = [];
  for (let i = 0; i < unique.length; i += limits.ids) {
    const chunk = unique.slice(i, i + limits.ids);
    if (i === 0) {
      parts.push({ ids: chunk, among: [] });
      continue;
    }
    for (let j = 0; j < i; j += limits.among) parts.push({ ids: chunk, among: unique.slice(j, Math.min(i, j + limits.among)) });
  }
  return parts;
}

/** One slice from several: nodes and edges once each, nodes in first-seen order. */
export function mergeSlices(slices: readonly GraphSlice[]): GraphSlice {
  const nodes = new Map<string, GNode>();
  const edges = new Map<string, GEdge>();
  for (const s of slices) {
    for (const n of s.nodes) if (!nodes.has(n.id)) nodes.set(n.id, n);
    for (const e of s.edges) if (!edges.has(e.id)) edges.set(e.id, e);
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()], truncated: slices.some((s) => s.truncated) };
}
