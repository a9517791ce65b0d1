import { describe, expect, it } from 'vitest';
import { GraphView } from '../../explorer/src/graph/GraphView.ts';
import { detailLevel, labelBudget, labelledIds, LOD, zoomBand, type LodEntity } from '../../explorer/src/graph/lod.ts';
import { GraphStore } from '../../explorer/src/state/GraphStore.ts';
import { addEntities, emptyView, setPinned, withPositions } from '../../explorer/src/state/ViewState.ts';
import type { GEdge, GNode } from '../../explorer/src/model.ts';

/** A star of `n` entities around a hub, with a second, smaller hub: degrees n-1, 5, then 1 or 2. */
function starEntities(n: number): LodEntity[] {
  return Array.from({ length: n }, (_, i) => ({ id: `n${String(i).padStart(4, '0')}`, degree: i === 0 ? n - 1 : i === 1 ? 5 : 1 + (i % 2) }));
}

describe('level of detail: which entities are named', () => {
  it('should name every entity of a small drawing seen close up', () => {
    const entities = starEntities(30);
    const level = detailLevel(entities, 800 * 600, 1);
    expect(level.labelled.size).toBe(30);
    expect(level.arrows).toBe(true);
    expect(level.bigLabels).toBe(false);
  });

  it('should name only the most connected entities of a large drawing seen whole, and more as one zooms in', () => {
    const entities = starEntities(2000);
    const area = 8000 * 5000;
    const whole = detailLevel(entities, area, 0.15);
    const closer = detailLevel(entities, area, 0.6);
    const close = detailLevel(entities, area, 1.5);
    expect(whole.labelled.size).toBeLessThan(200);
    expect(whole.labelled.has('n0000')).toBe(true);
    expect(whole.labelled.has('n0001')).toBe(true);
    expect(closer.labelled.size).toBeGreaterThan(whole.labelled.size);
    expect(close.labelled.size).toBe(2000);
    // each step names a superset: zooming in never takes a name away
    for (const id of whole.labelled) expect(closer.labelled.has(id)).toBe(true);
  });

  it('should keep naming the few most connected entities however far out one zooms', () => {
    const entities = starEntities(500);
    const named = detailLevel(entities, 4000 * 4000, 0.05).labelled;
    expect(named.size).toBe(LOD.minLabels);
    expect(named.has('n0000')).toBe(true);
  });

  it('should break ties between equally connected entities by id, whatever order they come in', () => {
    const tied = ['d', 'b', 'a', 'c'].map((id) => ({ id, degree: 3 }));
    expect([...labelledIds(tied, 2)].sort()).toEqual(['a', 'b']);
    expect([...labelledIds([...tied].reverse(), 2)].sort()).toEqual(['a', 'b']);
  });

  it('should decide once per zoom band, so small zoom steps and panning change nothing', () => {
    expect(zoomBand(0.5)).toBe(zoomBand(0.7));
    expect(zoomBand(0.72)).not.toBe(zoomBand(0.7));
    expect(labelBudget(1e7, 0.5)).toBe(labelBudget(1e7, 0.7));
    expect(labelBudget(1e7, 0.72)).toBeGreaterThan(labelBudget(1e7, 0.7));
  });

  it('should draw arrowheads close up, and plain lines and large type for the named hubs zoomed out', () => {
    const entities = starEntities(100);
    expect(detailLevel(entities, 1e6, LOD.arrowZoom)).toMatchObject({ arrows: true, bigLabels: false });
    expect(detailLevel(entities, 1e6, LOD.arrowZoom * 0.9)).toMatchObject({ arrows: false, bigLabels: true });
  });
});

describe('level of detail on the canvas (headless GraphView)', () => {
  function bigGraph(n: number): { nodes: GNode[]; edges: GEdge[]; positions: Record<string, { x: number; y: number }> } {
    const nodes: GNode[] = Array.from({ length: n }, (_, i) => ({ id: `org:${i}`, type: 'Organization', name: `Organization ${i}`, degree: i === 0 ? n - 1 : 1 }));
    const edges: GEdge[] = nodes.slice(1).map((m) => ({ id: `${m.id}|PARTNERED|org:0`, source: m.id, target: 'org:0', type: 'PARTNERED' }));
    // a 3,000 × 3,000 square, as a layout of this many entities would give
    const side = Math.ceil(Math.sqrt(n));
    const positions = Object.fromEntries(nodes.map((m, i) => [m.id, { x: (i % side) * (3000 / side), y: Math.floor(i / side) * (3000 / side) }]));
    return { nodes, edges, positions };
  }

  async function drawn(n: number, opts: { pinned?: string[] } = {}) {
    const { nodes, edges, positions } = bigGraph(n);
    const store = new GraphStore();
    store.merge({ nodes, edges });
    let state = withPositions(addEntities(emptyView(), nodes.map((m) => m.id)), positions);
    if (opts.pinned) state = setPinned(state, opts.pinned, true);
    const view = new GraphView();
    await view.render(state, store, new Set(state.shown));
    return view;
  }

  const named = (view: GraphView): string[] =>
    view.cy
      .nodes()
      .filter((n) => n.style('label') !== '')
      .map((n) => n.id());

  it('should name the hub and leave the rest unnamed when a large drawing is seen whole, and name everyone close up', async () => {
    const view = await drawn(400);
    view.cy.zoom(0.1);
    view.updateDetail();
    const far = named(view);
    expect(far).toContain('org:0');
    expect(far.length).toBe(LOD.minLabels);
    expect(view.cy.getElementById('org:0').hasClass('lod-big')).toBe(true);
    view.cy.zoom(2);
    view.updateDetail();
    expect(named(view).length).toBe(400);
    expect(view.cy.getElementById('org:0').hasClass('lod-big')).toBe(false);
  });

  it('should always name the selected, hovered, pinned and searched-for entities, and a path', async () => {
    const view = await drawn(400, { pinned: ['org:7'] });
    view.cy.zoom(0.1);
    view.updateDetail();
    view.cy.getElementById('org:3').select();
    view.cy.getElementById('org:4').addClass('hovered');
    view.cy.getElementById('org:5').addClass('path');
    view.markSearchHits(['org:6']);
    expect(named(view).filter((id) => ['org:3', 'org:4', 'org:5', 'org:6', 'org:7'].includes(id)).sort()).toEqual(['org:3', 'org:4', 'org:5', 'org:6', 'org:7']);
    expect(view.cy.getElementById('org:9').style('label')).toBe('');
    view.markSearchHits([]);
    expect(view.cy.getElementById('org:6').style('label')).toBe('');
  });

  it('should draw arrowheads on a small drawing close up, and plain lines zoomed out unless a relationship is looked at', async () => {
    const view = await drawn(40);
    const edge = view.cy.edges()[0]!;
    view.cy.zoom(1);
    view.updateDetail();
    expect(edge.style('target-arrow-shape')).toBe('triangle');
    view.cy.zoom(0.2);
    view.updateDetail();
    expect(edge.style('target-arrow-shape')).toBe('none');
    edge.addClass('hovered');
    expect(edge.style('target-arrow-shape')).toBe('triangle');
  });
});
