/**
 * The force layout (fcose) as a pure computation over plain data, so it can
 * run in a Web Worker as well as on the page: entities as boxes of the size
 * they take on the canvas (label included when the canvas measured it),
 * relationships as pairs, the options of `layoutOptions`, and the seed that
 * makes the picture the same for the same entities.
 */
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { Point } from '../state/ViewState.ts';
import { withSeededRandom } from './layouts.ts';

export interface ForceJob {
  nodes: { id: string; w: number; h: number }[];
  edges: { source: string; target: string }[];
  /** fcose options without functions (they cross to the worker by structured clone) */
  options: Record<string, unknown>;
  seed: number;
}

let registered = false;

export function forceLayoutPositions(job: ForceJob): Record<string, Point> {
  if (!registered) {
    cytoscape.use(fcose);
    registered = true;
  }
  const ids = new Set(job.nodes.map((n) => n.id));
  const cy = cytoscape({
    headless: true,
    styleEnabled: true, // fcose reads each box's size from the style
    style: [{ selector: 'node', style: { shape: 'rectangle', width: 'data(w)', height: 'data(h)' } }],
    elements: [
      ...job.nodes.map((n) => ({ group: 'nodes' as const, data: { id: n.id, w: Math.max(1, n.w), h: Math.max(1, n.h) } })),
      ...job.edges.filter((e) => ids.has(e.source) && ids.has(e.target)).map((e, i) => ({ group: 'edges' as const, data: { id: `e${i}`, source: e.source, target: e.target } })),
    ],
  });
  try {
    // the boxes already hold the labels, and fitting is the page's business: there is no viewport here
    const options = { ...job.options, name: 'fcose', animate: false, fit: false, nodeDimensionsIncludeLabels: false } as unknown as cytoscape.LayoutOptions;
    withSeededRandom(job.seed, () => cy.layout(options).run());
    const out: Record<string, Point> = {};
    cy.nodes().forEach((n) => {
      const p = n.position();
      out[n.id()] = { x: p.x, y: p.y };
    });
    return out;
  } finally {
    cy.destroy();
  }
}
