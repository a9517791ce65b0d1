/**
 * Where newcomers go on a drawn canvas (explorer/src/graph/placeNewcomers.ts),
 * and the canvas using it: what was drawn stays where it was.
 */
import { describe, expect, it } from 'vitest';
import { GraphView } from '../../explorer/src/graph/GraphView.ts';
import { placeNewcomers, placementDefaults } from '../../explorer/src/graph/placeNewcomers.ts';
import type { GEdge, GNode } from '../../explorer/src/model.ts';
import { GraphStore } from '../../explorer/src/state/GraphStore.ts';
import { addEntities, emptyView, type Point } from '../../explorer/src/state/ViewState.ts';

const dist = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y);

/** A drawn grid of `n` entities 60 px apart, the hub `h` in its middle with neighbours of its own arriving. */
function crowdedCanvas(n: number) {
  const placed = new Map<string, Point>();
  const side = Math.ceil(Math.sqrt(n));
  for (let i = 0; i < n; i++) placed.set(`old:${i}`, { x: (i % side) * 60, y: Math.floor(i / side) * 60 });
  const hub = `old:${Math.floor(n / 2)}`;
  return { placed, hub };
}

function adjacency(edges: readonly [string, string][]): (id: string) => string[] {
  const links = new Map<string, string[]>();
  for (const [a, b] of edges) {
    links.set(a, [...(links.get(a) ?? []), b]);
    links.set(b, [...(links.get(b) ?? []), a]);
  }
  return (id) => links.get(id) ?? [];
}

describe('placing newcomers', () => {
  it('places new neighbours around their parent, none on another', () => {
    const { placed, hub } = crowdedCanvas(100);
    const fresh = Array.from({ length: 40 }, (_, i) => `new:${i}`);
    const got = placeNewcomers({ placed, newcomers: fresh, neighbours: adjacency(fresh.map((id) => [hub, id])), parent: hub });
    expect([...got.keys()].sort()).toEqual([...fresh].sort());
    const all = [...placed.values(), ...got.values()];
    for (const [id, p] of got) {
      // nothing drawn or placed within the clearance of a newcomer
      const others = all.filter((q) => q !== p);
      expect(Math.min(...others.map((q) => dist(p, q))), id).toBeGreaterThanOrEqual(placementDefaults.clearance - 1e-9);
    }
    // around the parent: each newcomer nearer to it than to the far corner of the canvas
    const hubAt = placed.get(hub)!;
    const corner = placed.get('old:0')!;
    const meanDistance = [...got.values()].reduce((s, p) => s + dist(p, hubAt), 0) / got.size;
    expect(meanDistance).toBeLessThan(dist(hubAt, corner));
  });

  it('puts a handful of neighbours on the first ring around the parent, on the side away from the rest', () => {
    const placed = new Map<string, Point>([
      ['a', { x: 0, y: 0 }],
      ['b', { x: -200, y: 0 }],
      ['c', { x: -200, y: 100 }],
    ]);
    const got = placeNewcomers({ placed, newcomers: ['n1', 'n2', 'n3'], neighbours: adjacency([['a', 'n1'], ['a', 'n2'], ['a', 'n3']]), parent: 'a' });
    for (const p of got.values()) {
      expect(dist(p, placed.get('a')!)).toBeCloseTo(placementDefaults.ringRadius, 6);
      expect(p.x).toBeGreaterThan(0); // the drawing lies to the left of a
    }
  });

  it('places a newcomer tied to nothing drawn beside the drawing, and its own neighbours around it', () => {
    const placed = new Map<string, Point>([
      ['a', { x: 0, y: 0 }],
      ['b', { x: 100, y: 50 }],
    ]);
    const got = placeNewcomers({ placed, newcomers: ['lone', 'friend'], neighbours: adjacency([['lone', 'friend']]), parent: 'lone' });
    const lone = got.get('lone')!;
    expect(lone.x).toBeGreaterThan(100 + placementDefaults.clearance);
    expect(dist(got.get('friend')!, lone)).toBeCloseTo(placementDefaults.ringRadius, 6);
  });

  it('places a chain of newcomers (a traced path) each around the one before it', () => {
    const placed = new Map<string, Point>([['a', { x: 0, y: 0 }]]);
    const got = placeNewcomers({ placed, newcomers: ['y', 'x'], neighbours: adjacency([['a', 'x'], ['x', 'y']]) });
    expect(dist(got.get('x')!, placed.get('a')!)).toBeCloseTo(placementDefaults.ringRadius, 6);
    expect(dist(got.get('y')!, got.get('x')!)).toBeCloseTo(placementDefaults.ringRadius, 6);
  });

  it('gives the same spots for the same canvas and newcomers', () => {
    const { placed, hub } = crowdedCanvas(30);
    const input = { placed, newcomers: ['p', 'q', 'r'], neighbours: adjacency([[hub, 'p'], [hub, 'q'], ['p', 'r']]), parent: hub };
    expect(placeNewcomers(input)).toEqual(placeNewcomers(input));
  });
});

describe('expanding on the canvas', () => {
  const node = (id: string, degree = 1): GNode => ({ id, type: 'Organization', name: id, degree });
  const edge = (source: string, target: string): GEdge => ({ id: `${source}>${target}`, source, target, type: 'PARTNERED' });

  it('expanding a node leaves every other node where it was', async () => {
    const store = new GraphStore();
    const first = ['org:a', 'org:b', 'org:c', 'org:d'];
    const later = Array.from({ length: 12 }, (_, i) => `org:n${i}`);
    store.merge({
      nodes: [...first, ...later].map((id) => node(id)),
      edges: [edge('org:a', 'org:b'), edge('org:b', 'org:c'), edge('org:c', 'org:d'), ...later.map((id) => edge('org:b', id)), edge('org:n1', 'org:d')],
    });
    const view = new GraphView();
    let state = addEntities(emptyView(), first);
    await view.render(state, store, new Set(state.shown));
    await view.runLayout(state, store);
    const before = view.positions();

    state = { ...addEntities(state, later), positions: before };
    await view.render(state, store, new Set(state.shown), { around: 'org:b' });
    const after = view.positions();
    for (const id of first) expect(after[id], id).toEqual(before[id]);
    const spots = Object.values(after);
    for (let i = 0; i < spots.length; i++) for (let j = i + 1; j < spots.length; j++) expect(dist(spots[i]!, spots[j]!)).toBeGreaterThan(1);
    for (const id of later) expect(dist(after[id]!, before['org:b']!), id).toBeLessThan(300);
    view.destroy();
  });
});
