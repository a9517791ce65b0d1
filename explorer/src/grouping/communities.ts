/**
 * Communities of the drawn graph: Louvain modularity clustering from
 * graphology-communities-louvain, over an undirected graphology graph of the
 * entities and their relationships. Seeded, so the same drawing always
 * falls into the same communities.
 */
import { UndirectedGraph } from 'graphology';
import * as louvainModule from 'graphology-communities-louvain';
import type { GEdge } from '../model.ts';

// A CommonJS `module.exports = fn` whose types declare a default export: the namespace's default is the function.
const louvain = (louvainModule as unknown as { default: (graph: UndirectedGraph, options: { rng: () => number }) => Record<string, number> }).default;

/** A small deterministic generator (LCG) for Louvain's random node order. */
function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

/**
 * Each entity's community, numbered by size (0: the largest; ties by the
 * smallest member id), so numbers do not depend on Louvain's internal order.
 * Entities without a relationship among `ids` are each a community of one.
 */
export function communitiesOf(ids: readonly string[], edges: readonly GEdge[], seed = 7): Map<string, number> {
  const g = new UndirectedGraph({ multi: false, allowSelfLoops: false });
  for (const id of ids) g.mergeNode(id);
  for (const e of edges) {
    if (e.source !== e.target && g.hasNode(e.source) && g.hasNode(e.target)) g.mergeEdge(e.source, e.target);
  }
  const raw = g.size > 0 ? louvain(g, { rng: seeded(seed) }) : {};
  const members = new Map<number, string[]>();
  let lone = -1;
  for (const id of ids) {
    const c = raw[id] ?? lone--; // no edges at all: Louvain is not run, each entity is alone
    if (!members.has(c)) members.set(c, []);
    members.get(c)!.push(id);
  }
  const ranked = [...members.values()].map((m) => m.sort()).sort((a, b) => b.length - a.length || (a[0]! < b[0]! ? -1 : 1));
  const out = new Map<string, number>();
  ranked.forEach((m, rank) => {
    for (const id of m) out.set(id, rank);
  });
  return out;
}
