/**
 * The explorer's behaviour without a browser: ExplorerController over an
 * in-memory graph, a memory address bar and the real Cytoscape canvas run
 * headless. What only a browser can show is in e2e.test.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { PathView, StatsView } from '../../explorer/src/api/ExplorerApi.ts';
import type { DetailsView } from '../../explorer/src/controller/index.ts';
import type { GEdge, GNode } from '../../explorer/src/model.ts';
import { decodeView, encodeView } from '../../explorer/src/state/urlState.ts';
import { addEntities, emptyView, withPositions } from '../../explorer/src/state/ViewState.ts';
import { MemoryGraph, settled, testExplorer, type Heard } from './support/memoryExplorer.ts';

const NODES: GNode[] = [
  { id: 'org:fund', type: 'Organization', name: 'Investment in the Future', degree: 3, countryCode: 'RU' },
  { id: 'org:kaznu', type: 'Organization', name: 'KazNU', degree: 2, countryCode: 'KZ' },
  { id: 'org:far', type: 'Organization', name: 'Far Institute', degree: 1, countryCode: 'RU' },
  { id: 'person:petr', type: 'Person', name: 'Petr Polozhevets', degree: 1 },
  { id: 'person:anna', type: 'Person', name: 'Anna Ivanova', degree: 1 },
  { id: 'event:rt', type: 'Event', name: 'Round table', degree: 4, countryCode: 'KZ', startDate: '2023-11-16', endDate: '2023-11-17' },
  { id: 'event:forum', type: 'Event', name: 'Forum', degree: 3, countryCode: 'RU', startDate: '2024-05-01', endDate: '2024-05-01' },
  { id: 'city:astana', type: 'City', name: 'Astana', degree: 1, countryCode: 'KZ' },
  { id: 'topic:wellbeing', type: 'Topic', name: 'Well-being', degree: 2 },
];
const edge = (source: string, type: string, target: string): GEdge => ({ id: `${source}|${type}|${target}`, source, target, type });
const EDGES: GEdge[] = [
  edge('person:petr', 'AFFILIATED_WITH', 'org:fund'),
  edge('org:fund', 'PARTNERED', 'event:rt'),
  edge('org:kaznu', 'PARTICIPATED_IN', 'event:rt'),
  edge('event:rt', 'HELD_IN', 'city:astana'),
  edge('event:rt', 'COVERED', 'topic:wellbeing'),
  edge('org:fund', 'PARTICIPATED_IN', 'event:forum'),
  edge('org:far', 'PARTICIPATED_IN', 'event:forum'),
  edge('person:anna', 'AFFILIATED_WITH', 'org:kaznu'),
  edge('event:forum', 'COVERED', 'topic:wellbeing'),
];

const explorer = (opts: Parameters<typeof testExplorer>[1] = {}) => testExplorer(new MemoryGraph(NODES, EDGES), opts);
const drawn = (t: ReturnType<typeof explorer>) => t.controller.view.cy.nodes().map((n) => n.id()).sort();
const sorted = (ids: readonly string[]) => [...ids].sort();
const heardOf = (heard: Heard, name: Heard[number][0]) => heard.filter(([n]) => n === name).map(([, ...args]) => args);
const lastDetails = (heard: Heard) => heardOf(heard, 'details').at(-1)?.[0] as DetailsView | undefined;

describe('opening the explorer', () => {
  it('opens a small graph whole when the URL holds no view, with nothing to undo', async () => {
    const t = explorer();
    await t.controller.start();
    expect(sorted(t.controller.state.shown)).toEqual(sorted(NODES.map((n) => n.id)));
    expect(drawn(t)).toEqual(sorted(NODES.map((n) => n.id)));
    expect(Object.keys(t.controller.state.positions)).toHaveLength(NODES.length);
    expect(t.controller.canUndo).toBe(false);
  });

  it('opens a large graph at its most connected entities and says so', async () => {
    const t = explorer({ limits: { overviewSmall: 5, overviewLarge: 3 } });
    await t.controller.start();
    expect(sorted(t.controller.state.shown)).toEqual(['event:forum', 'event:rt', 'org:fund']);
    expect(t.controller.status().note).toBe('Overview: the 3 most connected entities. Search or expand to see more.');
  });

  it('asks for a large graph\'s picture in one request, sent without waiting for the size of the graph', async () => {
    let sized: (stats: StatsView) => void = () => {};
    const graph = new MemoryGraph(NODES, EDGES);
    // the size arrives only when the test says so: the picture must be asked for meanwhile
    graph.stats = () => {
      graph.asked.push('stats');
      return new Promise<StatsView>((resolve) => (sized = resolve));
    };
    const t = testExplorer(graph, { limits: { overviewSmall: 5, overviewLarge: 3 } });
    const opened = t.controller.start();
    await settled();
    expect(t.graph.asked).toContain('overview');
    sized({ total: NODES.length, byType: {} });
    await opened;
    expect(sorted(t.controller.state.shown)).toEqual(['event:forum', 'event:rt', 'org:fund']);
    expect(t.graph.asked.filter((q) => q !== 'topics').sort()).toEqual(['overview', 'stats']);
  });

  it('shows the first picture where the layout puts it, without animating it there, and animates later layouts', async () => {
    const t = explorer();
    const layouts = vi.spyOn(t.controller.view, 'runLayout');
    await t.controller.start();
    await t.controller.relayout();
    expect(layouts.mock.calls.map(([, , opts]) => opts?.animate)).toEqual([false, true]);
  });

  it('offers the topics of the graph to the topic filter', async () => {
    const t = explorer();
    await t.controller.start();
    await settled();
    expect(t.controller.filterChoices().topics).toEqual([{ id: 'topic:wellbeing', name: 'Well-being' }]);
  });

  it('reopens a link with exactly its entities at their saved positions', async () => {
    const linked = withPositions(addEntities(emptyView('concentric'), ['org:fund', 'event:rt']), { 'org:fund': { x: 10, y: 20 }, 'event:rt': { x: -30, y: 40 } });
    const t = explorer({ fragment: encodeView(linked) });
    await t.controller.start();
    expect(t.controller.state.shown).toEqual(['org:fund', 'event:rt']);
    expect(t.controller.state.layout).toBe('concentric');
    expect(t.controller.view.positions()).toEqual({ 'org:fund': { x: 10, y: 20 }, 'event:rt': { x: -30, y: 40 } });
    expect(t.controller.view.cy.edges()).toHaveLength(1);
    expect(t.graph.asked).not.toContain('neighborhood');
  });

  it('drops the linked entities that no longer exist and says how many', async () => {
    const t = explorer({ fragment: encodeView(addEntities(emptyView(), ['org:fund', 'org:gone', 'person:gone'])) });
    await t.controller.start();
    expect(t.controller.state.shown).toEqual(['org:fund']);
    expect(t.controller.status().note).toBe('2 entities of the link no longer exist.');
  });

  it('reopens the view of a link the person goes Back or Forward to', async () => {
    const t = explorer();
    await t.controller.start();
    t.url.navigate(encodeView(addEntities(emptyView(), ['person:anna', 'org:kaznu'])));
    await vi.waitFor(() => expect(drawn(t)).toEqual(['org:kaznu', 'person:anna']));
    expect(t.controller.state.shown).toEqual(['person:anna', 'org:kaznu']);
  });
});

describe('exploring', () => {
  it('opening an entity shows it with its neighbours, selected, in the details panel', async () => {
    const t = explorer();
    await t.controller.openEntity(t.graph.ref('org:kaznu'));
    expect(sorted(t.controller.state.shown)).toEqual(['event:rt', 'org:kaznu', 'person:anna']);
    expect(t.controller.state.selected).toBe('org:kaznu');
    expect(heardOf(t.heard, 'showPanel')).toEqual([['details']]);
    await settled();
    expect(lastDetails(t.heard)).toMatchObject({ kind: 'ready', details: { id: 'org:kaznu', name: 'KazNU' } });
  });

  it('expanding a node adds its neighbours and pushes a history entry', async () => {
    const t = explorer();
    await t.controller.openEntity(t.graph.ref('person:petr'));
    const before = t.controller.state;
    await t.controller.expand('org:fund');
    expect(sorted(t.controller.state.shown)).toEqual(['event:forum', 'event:rt', 'org:fund', 'person:petr']);
    expect(drawn(t)).toEqual(['event:forum', 'event:rt', 'org:fund', 'person:petr']);
    expect(t.controller.status().note).toBe('Investment in the Future: 2 neighbours added.');
    t.controller.undo();
    expect(t.controller.state).toBe(before);
  });

  it('expanding asks for a limited number of neighbours, and Load more fetches the rest', async () => {
    const t = explorer({ limits: { expandLimit: 3, moreLimit: 10 } });
    await t.controller.openEntity(t.graph.ref('org:kaznu'));
    expect(t.controller.status().canLoadMore).toBe(false);
    await t.controller.expand('event:rt');
    expect(sorted(t.controller.state.shown)).toEqual(['event:rt', 'org:fund', 'org:kaznu', 'person:anna']);
    expect(t.controller.status().canLoadMore).toBe(true);
    await t.controller.loadMore();
    expect(sorted(t.controller.state.shown)).toEqual(['city:astana', 'event:rt', 'org:fund', 'org:kaznu', 'person:anna', 'topic:wellbeing']);
    expect(t.controller.status().canLoadMore).toBe(false);
  });

  it('hidden entities stay hidden when a neighbour is expanded, until Show hidden', async () => {
    const t = explorer();
    await t.controller.openEntity(t.graph.ref('org:kaznu'));
    t.controller.hide(['person:anna']);
    await settled();
    await t.controller.expand('org:kaznu');
    expect(t.controller.state.shown).not.toContain('person:anna');
    expect(t.controller.status().note).toBe('KazNU: no new neighbours (hidden ones stay hidden).');
    expect(t.controller.status().hidden).toBe(1);
    await t.controller.showHidden();
    expect(drawn(t)).toContain('person:anna');
  });

  it('collapsing takes away the neighbours that hang only on the entity', async () => {
    const t = explorer();
    await t.controller.openEntity(t.graph.ref('event:rt'));
    t.controller.collapse('event:rt');
    await settled();
    expect(sorted(t.controller.state.shown)).toEqual(['event:rt']);
    expect(t.controller.canUndo).toBe(true);
  });

  it('undo and redo step through the history and put entities back where they were', async () => {
    const t = explorer();
    await t.controller.openEntity(t.graph.ref('person:petr'));
    const opened = t.controller.state;
    await t.controller.expand('org:fund');
    const expanded = t.controller.state;
    t.controller.undo();
    await settled();
    expect(drawn(t)).toEqual(sorted(opened.shown));
    t.controller.redo();
    await settled();
    expect(t.controller.state).toBe(expanded);
    expect(t.controller.view.positions()).toEqual(expanded.positions);
    expect(t.controller.canRedo).toBe(false);
  });

  it('expanding a node leaves every other node where it was, in the view and in the link', async () => {
    const t = explorer();
    await t.controller.openEntity(t.graph.ref('person:petr'));
    await t.controller.expand('org:fund');
    const before = t.controller.view.positions();
    const recorded = t.controller.state.positions;
    await t.controller.expand('event:rt');
    const after = t.controller.view.positions();
    expect(Object.keys(after).length).toBeGreaterThan(Object.keys(before).length);
    for (const id of Object.keys(before)) {
      expect(after[id], id).toEqual(before[id]);
      expect(t.controller.state.positions[id], id).toEqual(recorded[id]);
    }
    for (const id of Object.keys(after).filter((id) => !before[id])) expect(t.controller.state.positions[id], id).toBeDefined();
  });

  it('selecting an entity is no undo step, and its details are fetched once', async () => {
    const t = explorer();
    await t.controller.openEntity(t.graph.ref('org:kaznu'));
    await settled();
    const canUndo = t.controller.canUndo;
    t.controller.select('person:anna');
    expect(lastDetails(t.heard)).toEqual({ kind: 'loading', name: 'Anna Ivanova' });
    await settled();
    expect(lastDetails(t.heard)).toMatchObject({ kind: 'ready', details: { id: 'person:anna' } });
    t.controller.select('org:kaznu');
    t.controller.select('person:anna');
    expect(lastDetails(t.heard)).toMatchObject({ kind: 'ready', details: { id: 'person:anna' } });
    expect(t.graph.asked.filter((q) => q === 'details')).toHaveLength(2);
    expect(t.controller.canUndo).toBe(canUndo);
    t.controller.select(null);
    expect(lastDetails(t.heard)).toEqual({ kind: 'empty' });
  });

  it('a pinned entity stays where it is when the layout runs again', async () => {
    const t = explorer();
    await t.controller.start();
    t.controller.togglePin('org:fund');
    await settled();
    const at = t.controller.view.positions()['org:fund'];
    await t.controller.relayout();
    expect(t.controller.isPinned('org:fund')).toBe(true);
    expect(t.controller.view.positions()['org:fund']).toEqual(at);
  });

  it('choosing a layout places every entity again, as one undo step', async () => {
    const t = explorer();
    await t.controller.start();
    await t.controller.changeLayout('concentric');
    expect(t.controller.state.layout).toBe('concentric');
    expect(Object.keys(t.controller.state.positions)).toHaveLength(NODES.length);
    t.controller.undo();
    expect(t.controller.state.layout).toBe('fcose');
  });

  it('dragged entities keep their new places, without an undo step', async () => {
    const t = explorer();
    await t.controller.openEntity(t.graph.ref('org:kaznu'));
    t.controller.moved({ 'org:kaznu': { x: 500.4, y: -20.6 } });
    await settled();
    expect(t.controller.state.positions['org:kaznu']).toEqual({ x: 500, y: -21 });
    t.controller.undo();
    expect(t.controller.state.shown).toEqual([]);
  });
});

describe('filters', () => {
  it('a type filter keeps the entities on the canvas and marks the others filtered out', async () => {
    const t = explorer();
    await t.controller.start();
    await t.controller.changeFilters({ types: ['Organization'] });
    expect(t.controller.status()).toMatchObject({ entities: 3, filteredOut: NODES.length - 3 });
    expect(t.controller.view.cy.getElementById('person:petr').hasClass('filtered')).toBe(true);
    expect(t.controller.canUndo).toBe(true);
  });

  it('a topic filter keeps the entities within two steps of the topic, fetched once', async () => {
    const t = explorer();
    await t.controller.start();
    await t.controller.changeFilters({ topic: 'topic:wellbeing' });
    await t.controller.changeFilters({ topic: null });
    await t.controller.changeFilters({ topic: 'topic:wellbeing' });
    const cy = t.controller.view.cy;
    expect(cy.getElementById('person:anna').hasClass('filtered')).toBe(true);
    expect(cy.getElementById('org:kaznu').hasClass('filtered')).toBe(false);
    const overviewQuestions = 1;
    expect(t.graph.asked.filter((q) => q === 'neighborhood')).toHaveLength(overviewQuestions + 1);
  });

  it('offers the countries and event dates of the entities on the canvas', async () => {
    const t = explorer();
    await t.controller.openEntity(t.graph.ref('org:kaznu'));
    const choices = t.controller.filterChoices();
    expect(sorted(choices.countries)).toEqual(['KZ']);
    expect(choices.typeCounts).toEqual({ Organization: 1, Person: 1, Event: 1 });
    expect(choices.dateSpan).toEqual({ min: '2023-11-16', max: '2023-11-17' });
  });
});

describe('paths and partners', () => {
  it('tracing a path draws its entities, highlights them and lists the path', async () => {
    const t = explorer();
    await t.controller.openEntity(t.graph.ref('person:petr'));
    await t.controller.trace(t.graph.ref('person:petr'), t.graph.ref('person:anna'));
    const traced = heardOf(t.heard, 'pathTraced')[0]![0] as PathView;
    expect(traced.nodes.map((n) => n.id)).toEqual(['person:petr', 'org:fund', 'event:rt', 'org:kaznu', 'person:anna']);
    expect(t.controller.state.path).toEqual({ from: 'person:petr', to: 'person:anna' });
    expect(t.controller.view.cy.nodes('.path').map((n) => n.id()).sort()).toEqual(sorted(traced.nodes.map((n) => n.id)));
    expect(t.controller.view.cy.edges('.path')).toHaveLength(4);
    await t.controller.clearPath();
    expect(t.controller.view.cy.elements('.path')).toHaveLength(0);
  });

  it('a link with a path traces it again on opening', async () => {
    const linked = { ...addEntities(emptyView(), ['person:petr', 'org:fund', 'event:forum', 'org:far']), path: { from: 'person:petr', to: 'org:far' } };
    const t = explorer({ fragment: encodeView(linked) });
    await t.controller.start();
    await vi.waitFor(() => expect(t.controller.view.cy.nodes('.path')).toHaveLength(4));
    expect(heardOf(t.heard, 'pathTraced')).toHaveLength(1);
  });

  it('when two entities are not connected, the path panel says so and the view stays', async () => {
    const graph = new MemoryGraph([...NODES, { id: 'org:alone', type: 'Organization', name: 'Alone', degree: 0 }], EDGES);
    const t = testExplorer(graph);
    await t.controller.openEntity(graph.ref('person:petr'));
    const before = t.controller.state;
    await t.controller.trace(graph.ref('person:petr'), graph.ref('org:alone'));
    expect(heardOf(t.heard, 'pathTraced')).toEqual([[null, graph.ref('person:petr'), graph.ref('org:alone')]]);
    expect(t.controller.state).toBe(before);
  });

  it('partners are listed for an organization, and a chosen one joins the canvas selected', async () => {
    const t = explorer();
    await t.controller.openEntity(t.graph.ref('person:petr'));
    await t.controller.partners(t.graph.ref('org:fund'));
    expect(heardOf(t.heard, 'showPanel').at(-1)).toEqual(['partners']);
    const [forOrg, list] = heardOf(t.heard, 'partnersFound')[0]! as [unknown, Array<{ organization: { id: string } }>];
    expect(forOrg).toEqual(t.graph.ref('org:fund'));
    expect(list.map((p) => p.organization.id)).toEqual(['org:kaznu', 'org:far']);
    await t.controller.showPartner(t.graph.ref('org:kaznu'), t.graph.ref('org:fund'));
    expect(t.controller.state.selected).toBe('org:kaznu');
    expect(drawn(t)).toContain('org:kaznu');
  });
});

describe('failures', () => {
  it('a failed request names the step, leaves the view as it was, and Retry repeats it', async () => {
    const t = explorer();
    await t.controller.openEntity(t.graph.ref('person:petr'));
    const before = t.controller.state;
    t.graph.failNext('neighborhood');
    await t.controller.expand('org:fund');
    expect(t.controller.state).toBe(before);
    const [what, error, retry] = heardOf(t.heard, 'failed')[0]! as [string, Error, () => void];
    expect(what).toBe('Could not expand Investment in the Future');
    expect(error.message).toBe('The server did not answer.');
    retry();
    await vi.waitFor(() => expect(t.controller.state.shown).toContain('event:forum'));
  });

  it('the page is busy while any request runs, and free when the last one ends', async () => {
    const t = explorer();
    await t.controller.start();
    await settled();
    expect(heardOf(t.heard, 'busy').map(([b]) => b)).toEqual([true, false]);
  });

  it('a request the person cancelled is no failure', async () => {
    const t = explorer();
    const { ApiError } = await import('../../explorer/src/api/GraphQLClient.ts');
    t.graph.failNext('neighborhood', new ApiError('The request was cancelled.', 'aborted'));
    await t.controller.openEntity(t.graph.ref('org:fund'));
    expect(heardOf(t.heard, 'failed')).toEqual([]);
  });
});

describe('the URL', () => {
  it('after each step the URL holds the view, so a copied address reopens it', async () => {
    const t = explorer();
    await t.controller.openEntity(t.graph.ref('org:kaznu'));
    await vi.waitFor(() => expect(decodeView(t.url.read())).toEqual(t.controller.state));
    await t.controller.expand('event:rt');
    await vi.waitFor(() => expect(sorted(decodeView(t.url.read()).shown)).toEqual(sorted(t.controller.state.shown)));
  });

  it('steps in quick succession rewrite the URL once', async () => {
    const t = explorer({ limits: { urlDelay: 30 } });
    await t.controller.openEntity(t.graph.ref('org:kaznu'));
    t.controller.select('person:anna');
    t.controller.select('event:rt');
    await settled(60);
    expect(t.url.writes).toHaveLength(1);
    expect(decodeView(t.url.read()).selected).toBe('event:rt');
  });

  it('Copy link writes the view into the URL at once and copies the address', async () => {
    const t = explorer({ limits: { urlDelay: 10_000 } });
    await t.controller.openEntity(t.graph.ref('org:kaznu'));
    await t.controller.copyLink();
    expect(sorted(decodeView(t.url.read()).shown)).toEqual(sorted(t.controller.state.shown));
    expect(t.copied).toEqual([t.url.href()]);
    expect(t.controller.status().note).toBe('Link copied: it reopens this view.');
  });
});

describe('exports', () => {
  it('JSON and CSV hold the entities drawn and not filtered out, and the JSON names the link', async () => {
    const t = explorer();
    await t.controller.openEntity(t.graph.ref('org:kaznu'));
    await t.controller.changeFilters({ types: ['Organization', 'Person'] });
    t.controller.exports.json();
    t.controller.exports.csv('nodes');
    const [json, csv] = t.saved;
    expect(json!.fileName).toMatch(/^edugraph-\d{4}-\d{2}-\d{2}-\d{4}\.json$/);
    const parsed = JSON.parse(await json!.content.text()) as { url: string; nodes: Array<{ id: string }>; edges: unknown[] };
    expect(parsed.nodes.map((n) => n.id)).toEqual(['org:kaznu', 'person:anna']);
    expect(parsed.edges).toHaveLength(1);
    expect(parsed.url).toBe(t.url.href());
    expect(csv!.fileName).toMatch(/-nodes\.csv$/);
    expect((await csv!.content.text()).split('\r\n').filter(Boolean)).toHaveLength(3);
  });

  it('a GraphML export saves what the server wrote and says how much it holds', async () => {
    const t = explorer();
    await t.controller.openEntity(t.graph.ref('org:kaznu'));
    await t.controller.exports.file('GRAPHML');
    expect(t.saved.map((f) => f.fileName)).toEqual(['view.graphml']);
    expect(t.controller.status().note).toBe('Saved view.graphml: 3 entities, 2 relationships.');
  });

  it('exporting an empty view says so without asking the server', async () => {
    const t = explorer();
    await t.controller.exports.file('GEXF');
    expect(t.saved).toEqual([]);
    expect(t.graph.asked).not.toContain('exportView');
    expect(t.controller.status().note).toBe('Nothing to export: the view is empty.');
  });

  it("an entity's neighbourhood exports as the server writes it", async () => {
    const t = explorer();
    await t.controller.exports.neighborhood(t.graph.ref('event:rt'), 'CYTOSCAPE_JSON');
    expect(t.controller.status().note).toBe('Saved event:rt.cytoscape_json: 5 entities, 4 relationships.');
  });
});

describe('keyboard commands', () => {
  it('with a selection, e expands it, p pins it and Delete hides it', async () => {
    const t = explorer();
    await t.controller.openEntity(t.graph.ref('person:petr'));
    t.controller.select('org:fund');
    t.controller.perform('expandSelected');
    await vi.waitFor(() => expect(t.controller.status().note).toBe('Investment in the Future: 2 neighbours added.'));
    expect(t.controller.state.shown).toContain('event:forum');
    t.controller.perform('pinSelected');
    await settled();
    expect(t.controller.state.pinned).toEqual(['org:fund']);
    t.controller.perform('hideSelected');
    await settled();
    expect(t.controller.state.hidden).toEqual(['org:fund']);
    expect(t.controller.state.selected).toBeNull();
  });

  it('without a selection the selection commands do nothing', async () => {
    const t = explorer();
    await t.controller.openEntity(t.graph.ref('person:petr'));
    t.controller.select(null);
    const before = t.controller.state;
    for (const command of ['expandSelected', 'pinSelected', 'hideSelected'] as const) t.controller.perform(command);
    await settled();
    expect(t.controller.state).toBe(before);
  });

  it('undo and redo as commands step through the history', async () => {
    const t = explorer();
    await t.controller.openEntity(t.graph.ref('person:petr'));
    await t.controller.expand('org:fund');
    const expanded = t.controller.state;
    t.controller.perform('undo');
    expect(t.controller.state).not.toBe(expanded);
    t.controller.perform('redo');
    expect(t.controller.state).toBe(expanded);
  });
});

describe('the controller', () => {
  it('never touches the page: no document, window or DOM types in its source', () => {
    const dir = join(import.meta.dirname, '../../explorer/src/controller');
    for (const file of readdirSync(dir)) {
      const source = readFileSync(join(dir, file), 'utf8');
      expect(source, file).not.toMatch(/\b(document|window|navigator|location|HTML\w*Element|KeyboardEvent|MouseEvent)\b/);
    }
  });
});

describe('after a curator’s decision', () => {
  it('takes an entity merged away off the canvas and selects the one that kept it, with no undo step', async () => {
    const t = explorer();
    await t.controller.start();
    t.controller.select('org:far');
    await settled();
    const steps = t.controller.canUndo;
    await t.controller.curated({ removed: ['org:far'], changed: ['org:fund'], added: [] });
    expect(t.controller.state.shown).not.toContain('org:far');
    expect(drawn(t)).not.toContain('org:far');
    expect(t.controller.state.selected).toBe('org:fund');
    expect(t.controller.canUndo).toBe(steps);
  });

  it('puts an entity split back out beside the one it was merged into, and reads the details again', async () => {
    const t = explorer();
    await t.controller.openEntity(t.graph.ref('org:kaznu'));
    await settled();
    const detailsAsked = t.graph.asked.filter((m) => m === 'details').length;
    await t.controller.curated({ removed: [], changed: ['org:kaznu'], added: ['org:far'] });
    await settled();
    expect(t.controller.state.shown).toContain('org:far');
    expect(drawn(t)).toContain('org:far');
    expect(t.controller.state.selected).toBe('org:kaznu');
    expect(t.graph.asked.filter((m) => m === 'details').length).toBe(detailsAsked + 1);
  });

  it('leaves the canvas alone when the decision touched nothing drawn', async () => {
    const t = explorer();
    await t.controller.openEntity(t.graph.ref('person:anna'));
    const before = sorted(t.controller.state.shown);
    await t.controller.curated({ removed: ['org:far'], changed: ['org:fund'], added: ['person:petr'] });
    expect(sorted(t.controller.state.shown)).toEqual(before);
  });
});
