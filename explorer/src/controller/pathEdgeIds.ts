import type { GEdge } from '../model.ts';

/** A step of a traced path: the server names it by its ends and type, not by a relationship id. */
export interface PathLink {
  source: string;
  target: string;
  type: string;
}

/** The ids of the known relationships a path walks along, in either direction. */
export function pathEdgeIds(edges: Iterable<GEdge>, steps: readonly PathLink[]): string[] {
  const out: string[] = [];
  for (const e of edges) {
    if (steps.some((s) => s.type === e.type && ((s.source === e.source && s.target === e.target) || (s.source === e.target && s.target === e.source)))) out.push(e.id);
  }
  return out;
}
