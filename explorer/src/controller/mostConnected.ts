import type { GraphSlice } from '../model.ts';

/**
 * The `count` most connected entities of a slice and the relationships among
 * them: the opening picture of a graph too large to show whole. Ties go by
 * id, so the same graph always opens the same.
 */
export function mostConnected(slice: GraphSlice, count: number): GraphSlice {
  const top = [...slice.nodes].sort((a, b) => b.degree - a.degree || a.id.localeCompare(b.id)).slice(0, count);
  const keep = new Set(top.map((n) => n.id));
  return { nodes: top, edges: slice.edges.filter((e) => keep.has(e.source) && keep.has(e.target)), truncated: true };
}
