/**
 * The layouts a person can pick, each as commented default options merged
 * with what the current view needs (pinned nodes, a root). Every layout is
 * deterministic for the same entities: fcose's random start is seeded from
 * the ids, so the same link gives the same picture.
 */
import type { LayoutOptions } from 'cytoscape';
import type { GEdge, GNode } from '../model.ts';
import type { LayoutName, Point } from '../state/ViewState.ts';
import { geoLayout, type GeoLayout } from './geo.ts';

export const LAYOUT_LABELS: Readonly<Record<LayoutName, string>> = {
  fcose: 'Force layout',
  concentric: 'Concentric',
  breadthfirst: 'Hierarchy',
  geo: 'Geographic',
};

/** Above this many nodes, layouts are not animated and fcose runs a short force phase. */
export const LARGE_LAYOUT = 600;
/**
 * Above this many nodes fcose runs in draft quality (spectral placement
 * only): its force phase took 20–30 s for 2,000 nodes on a 2-core machine,
 * draft under 2 s.
 */
export const HUGE_LAYOUT = 1500;

export const fcoseDefaults = {
  name: 'fcose',
  quality: 'default', // with fewer iterations above LARGE_LAYOUT nodes
  randomize: true, // start from a (seeded) random placement
  animate: true, // animate to the result (off for large graphs)
  animationDuration: 400, // ms
  fit: true, // fit the viewport to the result
  padding: 40, // px around the graph when fitting
  nodeDimensionsIncludeLabels: true, // room for labels (off above LARGE_LAYOUT nodes, for speed)
  packComponents: true, // disconnected parts side by side
  nodeRepulsion: 16000, // stronger than the default: labels need room
  idealEdgeLength: 80, // px
  nodeSeparation: 90, // px between nodes in the spectral start
  edgeElasticity: 0.45,
  nestingFactor: 0.1,
  gravity: 0.25,
  // cose-base runs at least 5 iterations per node and spreads its cooling over numIter: 750 cools the
  // overview's 150 entities over the minimum, as tidy as over 2,500 (label boxes overlapping in 630 pairs
  // against 611, the same extent) in about 0.6 of the time
  numIter: 750,
  tile: true, // tile disconnected nodes
  uniformNodeDimensions: false,
} as const;

export const concentricDefaults = {
  name: 'concentric',
  fit: true,
  padding: 40,
  animate: true,
  animationDuration: 400,
  minNodeSpacing: 24, // px between nodes on a ring
  avoidOverlap: true,
  levelWidth: () => 2, // degree band per ring
} as const;

export const breadthfirstDefaults = {
  name: 'breadthfirst',
  fit: true,
  padding: 40,
  animate: true,
  animationDuration: 400,
  directed: false,
  spacingFactor: 1.1,
  avoidOverlap: true,
  circle: false,
} as const;

export interface LayoutInput {
  nodes: readonly GNode[];
  edges: readonly GEdge[];
  /** pinned ids with their positions: layouts keep them in place */
  fixed: ReadonlyMap<string, Point>;
  /** root for the hierarchy: the selection, else the best-connected entity */
  root: string | null;
  /** the geographic layout of these entities when the caller already has it (it also needs the frame) */
  geo?: GeoLayout;
}

/** Cytoscape layout options for a layout name and the current view. */
export function layoutOptions(name: LayoutName, input: LayoutInput): LayoutOptions {
  const large = input.nodes.length > LARGE_LAYOUT;
  const anim = large ? { animate: false } : {};
  switch (name) {
    case 'fcose':
      return {
        ...fcoseDefaults,
        ...anim,
        // draft (spectral only) crowds small components together, so the force
        // phase is kept until the graph is too big for it to finish promptly
        quality: input.nodes.length > HUGE_LAYOUT ? 'draft' : 'default',
        nodeDimensionsIncludeLabels: !large,
        numIter: large ? 300 : fcoseDefaults.numIter,
        fixedNodeConstraint: input.fixed.size ? [...input.fixed].map(([nodeId, position]) => ({ nodeId, position })) : undefined,
      } as unknown as LayoutOptions;
    case 'concentric': {
      const degree = new Map(input.nodes.map((n) => [n.id, n.degree]));
      return {
        ...concentricDefaults,
        ...anim,
        concentric: (node: { id(): string }) => degree.get(node.id()) ?? 0,
      } as unknown as LayoutOptions;
    }
    case 'breadthfirst': {
      const root = input.root ?? [...input.nodes].sort((a, b) => b.degree - a.degree || a.id.localeCompare(b.id))[0]?.id;
      return { ...breadthfirstDefaults, ...anim, roots: root ? [root] : undefined } as unknown as LayoutOptions;
    }
    case 'geo': {
      const pos = new Map((input.geo ?? geoLayout(input.nodes, input.edges)).positions);
      for (const [id, p] of input.fixed) pos.set(id, p);
      return {
        name: 'preset',
        fit: true,
        padding: 40,
        ...anim,
        animate: !large,
        animationDuration: 400,
        positions: (node: { id(): string }) => pos.get(node.id()) ?? { x: 0, y: 0 },
      } as unknown as LayoutOptions;
    }
  }
}

/** A small deterministic PRNG (mulberry32). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A seed from the ids on canvas, so the same set always starts from the same random placement. */
export function seedOf(ids: Iterable<string>): number {
  let h = 2166136261;
  for (const id of [...ids].sort()) for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619);
  return h >>> 0;
}

/**
 * Runs `fn` with Math.random replaced by a seeded generator. fcose computes
 * synchronously inside `layout.run()`, so this makes it deterministic.
 */
export function withSeededRandom<T>(seed: number, fn: () => T): T {
  const original = Math.random;
  Math.random = seededRandom(seed);
  try {
    return fn();
  } finally {
    Math.random = original;
  }
}
