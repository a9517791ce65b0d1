import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { GraphView } from '../../explorer/src/graph/GraphView.ts';
import { geoPositions, makeProjection } from '../../explorer/src/graph/geo.ts';
import { layoutOptions, seedOf, withSeededRandom } from '../../explorer/src/graph/layouts.ts';
import { nodeSize, shortLabel, SIZE_STEPS, stylesheet, TYPE_STYLES, LABEL_MAX } from '../../explorer/src/graph/styles.ts';
import { csvCell, edgesCsv, nodesCsv, toJson, viewExportInput } from '../../explorer/src/graph/exportView.ts';
import { GraphStore } from '../../explorer/src/state/GraphStore.ts';
import { addEntities, emptyView, hideEntities, setLayout, setPinned, withPositions } from '../../explorer/src/state/ViewState.ts';
import { findSentence } from '../../explorer/src/text/findSentence.ts';
import { ENTITY_TYPES, type GEdge, type GNode } from '../../explorer/src/model.ts';

const nodes: GNode[] = [
  { id: 'org:fund', type: 'Organization', name: "'Investment in the Future' Charitable Foundation", degree: 13, countryCode: 'RU' },
  { id: 'person:petr', type: 'Person', name: 'Petr Polozhevets', degree: 2 },
  { id: 'event:rt', type: 'Event', name: 'Round table', degree: 48, startDate: '2023-11-16', endDate: '2023-11-20' },
  { id: 'city:kz-astana', type: 'City', name: 'Astana', degree: 3, countryCode: 'KZ', lat: 51.18, lon: 71.45 },
  { id: 'country:KZ', type: 'Country', name: 'Kazakhstan', degree: 8, countryCode: 'KZ' },
  { id: 'country:RU', type: 'Country', name: 'Russia', degree: 8, countryCode: 'RU' },
  { id: 'topic:x', type: 'Topic', name: 'Well-being', degree: 1 },
];
const edges: GEdge[] = [
  { id: 'e1', source: 'person:petr', target: 'org:fund', type: 'AFFILIATED_WITH' },
  { id: 'e2', source: 'org:fund', target: 'event:rt', type: 'PARTNERED' },
  { id: 'e3', source: 'event:rt', target: 'city:kz-astana', type: 'HELD_IN' },
  { id: 'e4', source: 'city:kz-astana', target: 'country:KZ', type: 'IN_COUNTRY' },
  { id: 'e5', source: 'event:rt', target: 'topic:x', type: 'COVERED' },
];

function setup() {
  const store = new GraphStore();
  store.merge({ nodes, edges });
  const view = new GraphView(); // headless
  return { store, view };
}

describe('GraphView (headless)', () => {
  it('should draw the shown entities and the relationships among them, and remove what leaves', async () => {
    const { store, view } = setup();
    let state = addEntities(emptyView(), ['person:petr', 'org:fund', 'event:rt']);
    const all = new Set(nodes.map((n) => n.id));
    expect(await view.render(state, store, all)).toEqual({ drawn: 3, capped: 0, edges: 2 });
    expect(view.cy.getElementById('org:fund').data('type')).toBe('Organization');
    state = hideEntities(state, ['org:fund']);
    await view.render(state, store, all);
    expect(view.cy.nodes().map((n) => n.id()).sort()).toEqual(['event:rt', 'person:petr']);
    expect(view.cy.edges().length).toBe(0);
  });

  it('should mark filtered and pinned entities with classes, and lock pinned ones', async () => {
    const { store, view } = setup();
    const state = setPinned(addEntities(emptyView(), ['person:petr', 'org:fund']), ['org:fund'], true);
    await view.render(state, store, new Set(['org:fund']));
    expect(view.cy.getElementById('person:petr').hasClass('filtered')).toBe(true);
    expect(view.cy.getElementById('org:fund').hasClass('pinned')).toBe(true);
    expect(view.cy.getElementById('org:fund').locked()).toBe(true);
    expect(view.cy.edges()[0]!.hasClass('filtered')).toBe(true);
  });

  it('should cap what it draws and report how many were left out', async () => {
    const store = new GraphStore();
    const many = Array.from({ length: 50 }, (_, i) => ({ id: `org:${i}`, type: 'Organization' as const, name: `Org ${i}`, degree: 1 }));
    store.merge({ nodes: many, edges: [] });
    const view = new GraphView({ limits: { maxNodes: 20 } });
    const result = await view.render(addEntities(emptyView(), many.map((n) => n.id)), store, new Set(many.map((n) => n.id)));
    expect(result).toMatchObject({ drawn: 20, capped: 30 });
  });

  it('should lay out deterministically: the same entities give the same picture', async () => {
    const positionsOnce = async () => {
      const { store, view } = setup();
      const state = addEntities(emptyView(), nodes.map((n) => n.id));
      await view.render(state, store, new Set(state.shown));
      return view.runLayout(state, store);
    };
    const a = await positionsOnce();
    const b = await positionsOnce();
    expect(Object.keys(a).length).toBe(nodes.length);
    expect(b).toEqual(a);
  });

  it('should keep pinned entities where they are when the layout runs', async () => {
    const { store, view } = setup();
    let state = addEntities(emptyView(), nodes.map((n) => n.id));
    state = withPositions(state, { 'org:fund': { x: 1234, y: -567 } });
    state = setPinned(state, ['org:fund'], true);
    await view.render(state, store, new Set(state.shown));
    for (const layout of ['fcose', 'concentric', 'breadthfirst', 'geo'] as const) {
      const pos = await view.runLayout(setLayout(state, layout), store);
      expect(pos['org:fund'], layout).toEqual({ x: 1234, y: -567 });
    }
  });

  it('should highlight a path and fade the rest, and export only what is visible', async () => {
    const { store, view } = setup();
    const state = addEntities(emptyView(), nodes.map((n) => n.id));
    await view.render(state, store, new Set(nodes.filter((n) => n.type !== 'Topic').map((n) => n.id)));
    view.highlightPath(['person:petr', 'org:fund', 'event:rt'], ['e1', 'e2']);
    expect(view.cy.nodes('.path').length).toBe(3);
    expect(view.cy.edges('.path').length).toBe(2);
    expect(view.cy.getElementById('country:KZ').hasClass('faded')).toBe(true);
    view.clearHighlight();
    expect(view.cy.elements('.faded').length).toBe(0);
    const exported = view.visibleElements(store);
    expect(exported.nodes.map((n) => n.id)).not.toContain('topic:x');
    expect(exported.edges.map((e) => e.id).sort()).toEqual(['e1', 'e2', 'e3', 'e4']);
  });
});

describe('styles', () => {
  it('should give every type its own colour and shape', () => {
    const colours = new Set(ENTITY_TYPES.map((t) => TYPE_STYLES[t].color));
    const shapes = new Set(ENTITY_TYPES.map((t) => TYPE_STYLES[t].shape));
    expect(colours.size).toBe(ENTITY_TYPES.length);
    expect(shapes.size).toBe(ENTITY_TYPES.length);
    const selectors = stylesheet().map((b) => ('selector' in b ? b.selector : ''));
    for (const t of ENTITY_TYPES) expect(selectors).toContain(`node[type = "${t}"]`);
  });

  it('should size nodes by degree, growing slower for hubs and stopping at the cap', () => {
    expect(nodeSize(0)).toBe(22);
    expect(nodeSize(5)).toBeGreaterThan(nodeSize(1));
    expect(nodeSize(60)).toBe(72);
    expect(nodeSize(10_000)).toBe(72);
    expect(nodeSize(10) - nodeSize(5)).toBeLessThan(nodeSize(5) - nodeSize(0));
  });

  it('should size nodes in a few steps, so the nodes of a type share a handful of cached pictures', () => {
    const sizes = new Set(Array.from({ length: 1001 }, (_, degree) => nodeSize(degree)));
    expect([...sizes].every((size) => (SIZE_STEPS as readonly number[]).includes(size))).toBe(true);
    expect(sizes.size).toBe(SIZE_STEPS.length);
  });

  it('should style with selectors over constant values, never with a function per element', () => {
    for (const block of stylesheet()) {
      const style = ('style' in block ? block.style : {}) as Record<string, unknown>;
      for (const value of Object.values(style)) expect(typeof value).not.toBe('function');
    }
  });

  it('should set how names look on the named elements only, as before', () => {
    const cy = cytoscape({ headless: true, styleEnabled: true, style: stylesheet() });
    cy.add([
      { group: 'nodes', data: { id: 'a', type: 'Person', label: 'A', size: 22, degree: 0 }, classes: 'lod-label' },
      { group: 'nodes', data: { id: 'b', type: 'City', label: 'B', size: 22, degree: 1 } },
      { group: 'edges', data: { id: 'e', source: 'a', target: 'b', label: 'partnered with' }, classes: 'hovered' },
    ]);
    const named = cy.getElementById('a');
    expect(named.style('label')).toBe('A');
    expect([named.style('text-valign'), named.style('font-size'), named.style('text-background-opacity')]).toEqual(['bottom', '10px', '0.8']);
    expect(cy.getElementById('b').style('label')).toBe('');
    const edge = cy.getElementById('e');
    expect([edge.style('label'), edge.style('font-size'), edge.style('text-rotation')]).toEqual(['partnered with', '9px', 'autorotate']);
    cy.destroy();
  });

  it('should shorten long labels with an ellipsis', () => {
    const long = 'Kyrgyz National University named after J. Balasagyn, Faculty of Pedagogy and Psychology';
    expect(shortLabel(long).length).toBe(LABEL_MAX);
    expect(shortLabel(long).endsWith('…')).toBe(true);
    expect(shortLabel('  UNESCO \n IITE ')).toBe('UNESCO IITE');
  });
});

describe('layouts', () => {
  it('should seed from the set of ids, not their order', () => {
    expect(seedOf(['a', 'b'])).toBe(seedOf(['b', 'a']));
    expect(seedOf(['a', 'b'])).not.toBe(seedOf(['a', 'c']));
  });

  it('should restore Math.random after a seeded run, even when it throws', () => {
    const original = Math.random;
    expect(() => withSeededRandom(1, () => { throw new Error('boom'); })).toThrow('boom');
    expect(Math.random).toBe(original);
    expect(withSeededRandom(7, () => Math.random())).toBe(withSeededRandom(7, () => Math.random()));
  });

  it('should give pinned nodes to fcose as fixed constraints and iterate less on large graphs', () => {
    const fixed = new Map([['org:fund', { x: 1, y: 2 }]]);
    const small = layoutOptions('fcose', { nodes, edges, fixed, root: null }) as unknown as Record<string, unknown>;
    expect(small.fixedNodeConstraint).toEqual([{ nodeId: 'org:fund', position: { x: 1, y: 2 } }]);
    expect(small.quality).toBe('default');
    const big = Array.from({ length: 700 }, (_, i) => ({ id: `n${i}`, type: 'Topic' as const, name: `${i}`, degree: 0 }));
    const large = layoutOptions('fcose', { nodes: big, edges: [], fixed: new Map(), root: null }) as unknown as Record<string, unknown>;
    expect(large.numIter).toBeLessThan(1000);
    expect(large.animate).toBe(false);
    expect(large.quality).toBe('default');
  });

  it('should place graphs of thousands of nodes with fcose draft quality, which finishes in seconds', () => {
    const huge = Array.from({ length: 2000 }, (_, i) => ({ id: `n${i}`, type: 'Topic' as const, name: `${i}`, degree: 0 }));
    const opts = layoutOptions('fcose', { nodes: huge, edges: [], fixed: new Map(), root: null }) as unknown as Record<string, unknown>;
    expect(opts.quality).toBe('draft');
    expect(opts.animate).toBe(false);
  });
});

describe('geo projection', () => {
  it('should keep west left of east and north above south', () => {
    const project = makeProjection([
      { lat: 55.75, lon: 37.62 }, // Moscow
      { lat: 51.18, lon: 71.45 }, // Astana
      { lat: 42.87, lon: 74.59 }, // Bishkek
    ]);
    const moscow = project({ lat: 55.75, lon: 37.62 });
    const astana = project({ lat: 51.18, lon: 71.45 });
    const bishkek = project({ lat: 42.87, lon: 74.59 });
    expect(moscow.x).toBeLessThan(astana.x);
    expect(moscow.y).toBeLessThan(bishkek.y);
    expect(Math.abs(bishkek.x - moscow.x)).toBeLessThanOrEqual(2400 + 1);
  });

  it('should not tear a view that crosses the antimeridian', () => {
    const project = makeProjection([
      { lat: -18.14, lon: 178.44 }, // Suva
      { lat: -13.83, lon: -171.76 }, // Apia
    ]);
    const suva = project({ lat: -18.14, lon: 178.44 });
    const apia = project({ lat: -13.83, lon: -171.76 });
    expect(apia.x).toBeGreaterThan(suva.x); // Apia is east of Suva across 180°
    expect(apia.x - suva.x).toBeLessThan(3000);
  });

  it('should place cities and countries by coordinates and everything else around its place', () => {
    const pos = geoPositions(nodes, edges);
    expect(pos.size).toBe(nodes.length);
    const astana = pos.get('city:kz-astana')!;
    const russia = pos.get('country:RU')!;
    expect(russia.x).toBeLessThan(astana.x); // Moscow is west of Astana
    // the event was held in Astana: it sits on Astana's first ring
    const ev = pos.get('event:rt')!;
    const d = Math.hypot(ev.x - astana.x, ev.y - astana.y);
    expect(d).toBeGreaterThan(20);
    expect(d).toBeLessThan(200);
    // no two entities on top of each other
    const pts = [...pos.values()];
    for (let i = 0; i < pts.length; i++) for (let j = i + 1; j < pts.length; j++) expect(Math.hypot(pts[i]!.x - pts[j]!.x, pts[i]!.y - pts[j]!.y)).toBeGreaterThan(10);
  });

  it('should be deterministic and line up entities with no place beneath the map', () => {
    const lonely: GNode = { id: 'practice:lonely', type: 'Practice', name: 'Lonely', degree: 0 };
    const a = geoPositions([...nodes, lonely], edges);
    const b = geoPositions([lonely, ...nodes].reverse(), edges);
    expect(b.get('practice:lonely')).toEqual(a.get('practice:lonely'));
    const maxPlacedY = Math.max(...nodes.map((n) => a.get(n.id)!.y));
    expect(a.get('practice:lonely')!.y).toBeGreaterThan(maxPlacedY);
  });
});

describe('export', () => {
  it('should write JSON with the view link, sorted for stable diffs', () => {
    const text = toJson({ nodes: [nodes[1]!, nodes[0]!], edges: [edges[1]!, edges[0]!] }, { url: 'http://x/#v=1', now: new Date('2024-01-02T03:04:05Z') });
    const data = JSON.parse(text) as { exportedAt: string; url: string; nodes: GNode[]; edges: GEdge[] };
    expect(data.exportedAt).toBe('2024-01-02T03:04:05.000Z');
    expect(data.url).toBe('http://x/#v=1');
    expect(data.nodes.map((n) => n.id)).toEqual(['org:fund', 'person:petr']);
    expect(data.edges.map((e) => e.id)).toEqual(['e1', 'e2']);
  });

  it('should write CSV with quoting and neutralise formulas', () => {
    const csv = nodesCsv([nodes[0]!, { id: 'org:evil', type: 'Organization', name: '=HYPERLINK("http://x")', degree: 1 }]);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('id,type,name,degree,countryCode,lat,lon,startDate,endDate');
    expect(lines[1]).toBe(`org:evil,Organization,"'=HYPERLINK(""http://x"")",1,,,,,`);
    expect(lines[2]).toBe(`org:fund,Organization,"'Investment in the Future' Charitable Foundation",13,RU,,,,`);
    expect(edgesCsv(edges.slice(0, 1))).toBe('id,source,target,type\r\ne1,person:petr,org:fund,AFFILIATED_WITH\r\n');
    expect(csvCell('-1')).toBe(`"'-1"`);
    expect(csvCell(-1)).toBe('-1');
    expect(csvCell('a,b')).toBe('"a,b"');
  });

  it('should ask the API for exactly the drawn entities and relationships, each where it is drawn', () => {
    const stray: GEdge = { id: 'e9', source: 'org:fund', target: 'org:not-drawn', type: 'PART_OF' };
    const input = viewExportInput(
      { nodes: [nodes[1]!, nodes[0]!], edges: [edges[0]!, stray] },
      { 'org:fund': { x: 1.23456, y: -2 }, 'person:petr': { x: Number.NaN, y: 0 }, 'org:not-drawn': { x: 5, y: 5 } },
    );
    expect(input).toEqual({
      ids: ['org:fund', 'person:petr'],
      edges: ['e1'], // an edge to an entity that is not drawn is not in the view
      positions: [{ id: 'org:fund', x: 1.23, y: -2 }], // no position is sent rather than a broken one
    });
  });
});

describe('findSentence', () => {
  const text = 'First line.\n\nThe “Contribution to the Future”  foundation  took part.\nLast.';
  it('should find a sentence despite different quotes and spacing', () => {
    const r = findSentence(text, 'The "Contribution to the Future" foundation took part.');
    expect(r).not.toBeNull();
    expect(text.slice(r![0], r![1])).toBe('The “Contribution to the Future”  foundation  took part.');
  });

  it('should return null for a sentence that is not there', () => {
    expect(findSentence(text, 'Nothing like this.')).toBeNull();
    expect(findSentence(text, '   ')).toBeNull();
  });
});
