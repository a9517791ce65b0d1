/**
 * Grouped pictures through the controller, in Node: the in-memory graph
 * answers as the server does and the canvas is the real GraphView,
 * headless. What only a browser shows is in grouping.e2e.test.ts.
 */
import { describe, expect, it } from 'vitest';
import type { EntityType, GEdge, GNode } from '../../../explorer/src/model.ts';
import { encodeView } from '../../../explorer/src/state/urlState.ts';
import { addEntities, emptyView } from '../../../explorer/src/state/ViewState.ts';
import { MemoryGraph, settled, testExplorer } from '../support/memoryExplorer.ts';

const node = (id: string, type: EntityType, countryCode: string | null, degree = 2): GNode => ({ id, type, name: `Name of ${id}`, degree, countryCode });
const edge = (source: string, target: string, type = 'PARTNERED'): GEdge => ({ id: `${source}|${type}|${target}`, source, target, type });

/** A hub organization with 150 partners in Kazakhstan, 100 in Uzbekistan and 50 people; partners in each country linked in a chain. */
function hubGraph(): MemoryGraph {
  const kz = Array.from({ length: 150 }, (_, i) => node(`org:kz${String(i).padStart(3, '0')}`, 'Organization', 'KZ'));
  const uz = Array.from({ length: 100 }, (_, i) => node(`org:uz${String(i).padStart(3, '0')}`, 'Organization', 'UZ'));
  const people = Array.from({ length: 50 }, (_, i) => node(`person:p${String(i).padStart(3, '0')}`, 'Person', null));
  const hub = node('org:hub', 'Organization', 'KZ', 300);
  const edges: GEdge[] = [];
  for (const n of [...kz, ...uz, ...people]) edges.push(edge('org:hub', n.id, n.type === 'Person' ? 'EMPLOYS' : 'PARTNERED'));
  for (const list of [kz, uz]) for (let i = 1; i < list.length; i++) edges.push(edge(list[i - 1]!.id, list[i]!.id));
  return new MemoryGraph([hub, ...kz, ...uz, ...people], edges);
}

const limits = { groupBudget: 400, hubThreshold: 100 };
const drawnIds = (t: ReturnType<typeof testExplorer>) => t.controller.view.cy.nodes().map((n) => n.id());
const groupNames = (t: ReturnType<typeof testExplorer>) =>
  t.controller.view.cy
    .nodes('.group')
    .map((n) => String(n.data('aria')))
    .sort();

describe('a picture over the budget', () => {
  it('is drawn as groups by country, named for screen readers, with a breadcrumb', async () => {
    const g = hubGraph();
    const all = g.nodes.map((n) => n.id);
    const t = testExplorer(g, { fragment: encodeView(addEntities(emptyView(), all)), limits });
    await t.controller.start();
    expect(t.controller.state.shown).toHaveLength(301); // the view keeps every entity; only the picture is grouped
    expect(groupNames(t)).toEqual(['Kazakhstan: 151 organizations', 'No country: 50 people', 'Uzbekistan: 100 organizations']);
    expect(drawnIds(t)).toHaveLength(3);
    const meta = t.controller.view.cy.edges('.meta').map((e) => Number(e.data('label')));
    expect(meta.sort((a, b) => a - b)).toEqual([50, 100]); // the hub, in Kazakhstan, to the people and to Uzbekistan
    const s = t.controller.status();
    expect(s.groups).toBe(3);
    expect(s.entities).toBe(0);
    expect(s.crumbs.map((c) => c.name)).toEqual(['All 301 entities']);
  });

  it('opens a group in place and the breadcrumb leads back', async () => {
    const g = hubGraph();
    const t = testExplorer(g, { fragment: encodeView(addEntities(emptyView(), g.nodes.map((n) => n.id))), limits });
    await t.controller.start();
    const uz = t.controller.view.cy.nodes('.group').filter((n) => String(n.data('aria')).startsWith('Uzbekistan'));
    t.controller.select(uz.id());
    await settled(50);
    const ids = drawnIds(t);
    expect(ids.filter((id) => id.startsWith('org:uz'))).toHaveLength(100);
    expect(groupNames(t)).toEqual(['Kazakhstan: 151 organizations', 'No country: 50 people']);
    expect(t.controller.status().crumbs.map((c) => c.name)).toEqual(['All 301 entities', 'Uzbekistan']);
    // the members sit around where the group was, not on one spot
    const spots = new Set(ids.filter((id) => id.startsWith('org:uz')).map((id) => JSON.stringify(t.controller.view.cy.getElementById(id).position())));
    expect(spots.size).toBe(100);
    await t.controller.backTo(0);
    expect(groupNames(t)).toHaveLength(3);
    expect(t.controller.status().crumbs).toHaveLength(1);
  });

  it('groups by type or community when asked, and draws everything when grouping is off', async () => {
    const g = hubGraph();
    const t = testExplorer(g, { fragment: encodeView(addEntities(emptyView(), g.nodes.map((n) => n.id))), limits });
    await t.controller.start();
    await t.controller.setGrouping('type');
    expect(groupNames(t)).toEqual(['251 organizations', '50 people']);
    await t.controller.setGrouping('community');
    expect(groupNames(t).length).toBeGreaterThanOrEqual(2);
    expect(groupNames(t).every((name) => name.startsWith('Around '))).toBe(true);
    await t.controller.setGrouping('off');
    expect(drawnIds(t)).toHaveLength(301);
    expect(t.controller.status().crumbs).toEqual([]);
  });
});

describe('expanding a hub', () => {
  it('shows its neighbours grouped by type and country, and "show all" draws every one', async () => {
    const g = hubGraph();
    const t = testExplorer(g, { limits: { ...limits, groupBudget: 2000 } });
    await t.controller.openEntity({ id: 'org:hub', type: 'Organization', name: 'Name of org:hub' });
    expect(drawnIds(t).filter((id) => !id.startsWith('group:'))).toEqual(['org:hub']);
    expect(groupNames(t)).toEqual(['Kazakhstan: 150 organizations', 'No country: 50 people', 'Uzbekistan: 100 organizations']);
    expect(t.controller.status().showAll).toEqual({ name: 'Name of org:hub', total: 300 });
    expect(t.graph.asked).toContain('neighborGroups');

    // one group opened: its members arrive, the other groups stay
    const people = t.controller.view.cy.nodes('.group').filter((n) => String(n.data('aria')).startsWith('No country'));
    t.controller.select(people.id());
    await settled(50);
    expect(drawnIds(t).filter((id) => id.startsWith('person:'))).toHaveLength(50);
    expect(groupNames(t)).toEqual(['Kazakhstan: 150 organizations', 'Uzbekistan: 100 organizations']);

    await t.controller.showAllNeighbors();
    expect(drawnIds(t)).toHaveLength(301);
    expect(t.controller.status().showAll).toBeNull();
    expect(t.controller.view.cy.nodes('.group')).toHaveLength(0);
  });

  it('turns grouping off when "show all" would be grouped again, and says so', async () => {
    const g = hubGraph();
    const t = testExplorer(g, { limits });
    await t.controller.openEntity({ id: 'org:hub', type: 'Organization', name: 'Name of org:hub' });
    await t.controller.showAllNeighbors();
    expect(drawnIds(t)).toHaveLength(301);
    expect(t.controller.grouping).toBe('off');
    expect(t.controller.status().note).toMatch(/all 300 neighbours shown\. Grouping is off/);
  });

  it('expands an entity with few neighbours as before', async () => {
    const g = hubGraph();
    const t = testExplorer(g, { limits });
    await t.controller.openEntity({ id: 'org:uz050', type: 'Organization', name: 'x' });
    expect(drawnIds(t).sort()).toEqual(['org:hub', 'org:uz049', 'org:uz050', 'org:uz051']);
    expect(t.graph.asked).not.toContain('neighborGroups');
  });
});

const allView = (g: MemoryGraph) => encodeView(addEntities(emptyView(), g.nodes.map((n) => n.id)));
const groupId = (t: ReturnType<typeof testExplorer>, ariaStart: string) =>
  t.controller.view.cy
    .nodes('.group')
    .filter((n) => String(n.data('aria')).startsWith(ariaStart))
    .id();
const crumbNames = (t: ReturnType<typeof testExplorer>) => t.controller.status().crumbs.map((c) => c.name);

describe('opening a group is a step of the view, like any other', () => {
  it('undo closes an opened group and redo opens it again', async () => {
    const g = hubGraph();
    const t = testExplorer(g, { fragment: allView(g), limits });
    await t.controller.start();
    await t.controller.openGroup(groupId(t, 'Uzbekistan'));
    expect(crumbNames(t)).toEqual(['All 301 entities', 'Uzbekistan']);
    t.controller.undo();
    await settled(50);
    expect(groupNames(t)).toEqual(['Kazakhstan: 151 organizations', 'No country: 50 people', 'Uzbekistan: 100 organizations']);
    expect(crumbNames(t)).toEqual(['All 301 entities']);
    t.controller.redo();
    await settled(50);
    expect(crumbNames(t)).toEqual(['All 301 entities', 'Uzbekistan']);
    expect(drawnIds(t).filter((id) => id.startsWith('org:uz'))).toHaveLength(100);
  });

  it('the breadcrumb’s step back is an undo step too', async () => {
    const g = hubGraph();
    const t = testExplorer(g, { fragment: allView(g), limits });
    await t.controller.start();
    await t.controller.openGroup(groupId(t, 'Uzbekistan'));
    await t.controller.backTo(0);
    expect(crumbNames(t)).toEqual(['All 301 entities']);
    t.controller.undo();
    await settled(50);
    expect(crumbNames(t)).toEqual(['All 301 entities', 'Uzbekistan']);
  });

  it('the link holds the opened group: reopening it draws the same groups, the same one open, its members where they were', async () => {
    const g = hubGraph();
    const t = testExplorer(g, { fragment: allView(g), limits });
    await t.controller.start();
    await t.controller.openGroup(groupId(t, 'Uzbekistan'));
    await settled(20);
    expect(t.url.read()).toContain('&o=group%3A0%3Acountry%3AUZ');
    const at = t.controller.view.cy.getElementById('org:uz007').position();

    const reopened = testExplorer(g, { fragment: t.url.read(), limits });
    await reopened.controller.start();
    expect(crumbNames(reopened)).toEqual(['All 301 entities', 'Uzbekistan']);
    expect(groupNames(reopened)).toEqual(['Kazakhstan: 151 organizations', 'No country: 50 people']);
    expect(drawnIds(reopened).filter((id) => id.startsWith('org:uz'))).toHaveLength(100);
    expect(reopened.controller.view.cy.getElementById('org:uz007').position()).toEqual({ x: Math.round(at.x), y: Math.round(at.y) });
  });

  it('a link put in the address bar (Back, Forward, a pasted link) opens its groups, and one without them closes them', async () => {
    const g = hubGraph();
    const t = testExplorer(g, { fragment: allView(g), limits });
    await t.controller.start();
    const closed = t.url.read();
    t.url.navigate(`${closed}&o=group%3A0%3Acountry%3AUZ`);
    await settled(100);
    expect(crumbNames(t)).toEqual(['All 301 entities', 'Uzbekistan']);
    t.url.navigate(closed);
    await settled(100);
    expect(crumbNames(t)).toEqual(['All 301 entities']);
    expect(groupNames(t)).toHaveLength(3);
  });

  it('choosing a grouping is an undo step and in the link', async () => {
    const g = hubGraph();
    const t = testExplorer(g, { fragment: allView(g), limits });
    await t.controller.start();
    await t.controller.setGrouping('type');
    await settled(20);
    expect(t.url.read()).toContain('&g=type');
    t.controller.undo();
    await settled(50);
    expect(t.controller.grouping).toBe('country');
    expect(groupNames(t)).toHaveLength(3);
    await settled(20);
    expect(t.url.read()).not.toContain('&g=');
  });
});

describe('a hub’s groups hold only the neighbours not drawn yet', () => {
  /** The hub with 30 of its Kazakh partners and 10 of its people drawn already. */
  const partlyDrawn = () =>
    encodeView(
      addEntities(emptyView(), [
        'org:hub',
        ...Array.from({ length: 30 }, (_, i) => `org:kz${String(i).padStart(3, '0')}`),
        ...Array.from({ length: 10 }, (_, i) => `person:p${String(i).padStart(3, '0')}`),
      ]),
    );

  it('leaves out the neighbours already drawn from the counts, and opening a group adds only the others', async () => {
    const g = hubGraph();
    const t = testExplorer(g, { fragment: partlyDrawn(), limits: { ...limits, groupBudget: 2000 } });
    await t.controller.start();
    await t.controller.expand('org:hub');
    expect(t.graph.lastExcluded).toHaveLength(40);
    expect(groupNames(t)).toEqual(['Kazakhstan: 120 organizations', 'No country: 40 people', 'Uzbekistan: 100 organizations']);
    expect(t.controller.status().showAll).toEqual({ name: 'Name of org:hub', total: 260 });
    expect(t.controller.view.cy.edges('.meta').map((e) => Number(e.data('count'))).sort((a, b) => a - b)).toEqual([40, 100, 120]);

    await t.controller.openGroup(groupId(t, 'Kazakhstan'));
    const kz = drawnIds(t).filter((id) => id.startsWith('org:kz'));
    expect(kz).toHaveLength(150);
    expect(new Set(kz).size).toBe(150);
    expect(groupNames(t)).toEqual(['No country: 40 people', 'Uzbekistan: 100 organizations']);
    expect(t.controller.status().showAll).toEqual({ name: 'Name of org:hub', total: 140 });
  });

  it('"show all" fetches only the neighbours not drawn, and counts every neighbour now shown', async () => {
    const g = hubGraph();
    const t = testExplorer(g, { fragment: partlyDrawn(), limits: { ...limits, groupBudget: 2000 } });
    await t.controller.start();
    await t.controller.expand('org:hub');
    await t.controller.showAllNeighbors();
    expect(drawnIds(t)).toHaveLength(301);
    expect(t.controller.state.hub).toBeNull();
    expect(t.controller.status().note).toBe('Name of org:hub: all 300 neighbours shown.');
  });

  it('undo after opening a hub’s group brings the group back with its count; redo opens it again', async () => {
    const g = hubGraph();
    const t = testExplorer(g, { fragment: partlyDrawn(), limits: { ...limits, groupBudget: 2000 } });
    await t.controller.start();
    await t.controller.expand('org:hub');
    await t.controller.openGroup(groupId(t, 'Kazakhstan'));
    t.controller.undo();
    await settled(100);
    expect(groupNames(t)).toEqual(['Kazakhstan: 120 organizations', 'No country: 40 people', 'Uzbekistan: 100 organizations']);
    expect(drawnIds(t).filter((id) => id.startsWith('org:kz'))).toHaveLength(30);
    t.controller.redo();
    await settled(100);
    expect(groupNames(t)).toEqual(['No country: 40 people', 'Uzbekistan: 100 organizations']);
    expect(drawnIds(t).filter((id) => id.startsWith('org:kz'))).toHaveLength(150);
  });

  it('a link to a hub’s groups reopens them, counted against what the link draws', async () => {
    const g = hubGraph();
    const t = testExplorer(g, { fragment: partlyDrawn(), limits: { ...limits, groupBudget: 2000 } });
    await t.controller.start();
    await t.controller.expand('org:hub');
    await t.controller.openGroup(groupId(t, 'Uzbekistan'));
    await settled(20);
    expect(t.url.read()).toContain('&hb=org%3Ahub');

    const reopened = testExplorer(g, { fragment: t.url.read(), limits: { ...limits, groupBudget: 2000 } });
    await reopened.controller.start();
    expect(groupNames(reopened)).toEqual(['Kazakhstan: 120 organizations', 'No country: 40 people']);
    expect(drawnIds(reopened).filter((id) => id.startsWith('org:uz'))).toHaveLength(100);
    expect(reopened.controller.status().showAll).toEqual({ name: 'Name of org:hub', total: 160 });
  });
});

describe('exporting a grouped view', () => {
  it('writes every entity in the view, each member of a group with its group, and every relationship among them', async () => {
    const g = hubGraph();
    const t = testExplorer(g, { fragment: allView(g), limits });
    await t.controller.start();
    expect(drawnIds(t)).toHaveLength(3); // three groups, no entity drawn as itself
    await t.controller.exports.file('GRAPHML');
    const sent = t.graph.lastExport!;
    expect(sent.ids).toHaveLength(301);
    expect(sent.edges).toHaveLength(g.edges.length); // 300 to the hub, 149 + 99 in the chains
    expect(sent.groups).toHaveLength(301);
    expect(sent.groups).toContainEqual({ id: 'org:uz042', group: 'Uzbekistan' });
    expect(t.controller.status().note).toBe(`Saved view.graphml: 301 entities, ${g.edges.length} relationships.`);

    // an opened group's members are drawn as themselves: in the file, without a group
    await t.controller.openGroup(groupId(t, 'Uzbekistan'));
    await t.controller.exports.file('GEXF');
    const opened = t.graph.lastExport!;
    expect(opened.ids).toHaveLength(301);
    expect(opened.edges).toHaveLength(g.edges.length);
    expect(opened.groups?.some((x) => x.id.startsWith('org:uz'))).toBe(false);
    expect(opened.groups).toContainEqual({ id: 'person:p001', group: 'No country' });
  });

  it('writes JSON and CSV the same way: every entity with its group, every relationship', async () => {
    const g = hubGraph();
    const t = testExplorer(g, { fragment: allView(g), limits });
    await t.controller.start();
    t.controller.exports.json();
    const json = JSON.parse(await t.saved.at(-1)!.content.text()) as { nodes: Array<{ id: string; group?: string }>; edges: unknown[] };
    expect(json.nodes).toHaveLength(301);
    expect(json.edges).toHaveLength(g.edges.length);
    expect(json.nodes.find((n) => n.id === 'person:p003')?.group).toBe('No country');
    t.controller.exports.csv('nodes');
    const rows = (await t.saved.at(-1)!.content.text()).trimEnd().split('\r\n');
    expect(rows[0]).toBe('id,type,name,degree,countryCode,lat,lon,startDate,endDate,group');
    expect(rows).toHaveLength(302);
    expect(rows.find((r) => r.startsWith('org:uz000,'))).toMatch(/,Uzbekistan$/);
    t.controller.exports.csv('edges');
    expect((await t.saved.at(-1)!.content.text()).trimEnd().split('\r\n')).toHaveLength(g.edges.length + 1);
  });

  it('leaves out the members the filters hide, and their relationships', async () => {
    const g = hubGraph();
    const t = testExplorer(g, { fragment: allView(g), limits });
    await t.controller.start();
    await t.controller.changeFilters({ types: ['Organization'] });
    await t.controller.exports.file('CYTOSCAPE_JSON');
    const sent = t.graph.lastExport!;
    expect(sent.ids).toHaveLength(251);
    expect(sent.ids.some((id) => id.startsWith('person:'))).toBe(false);
    expect(sent.edges).toHaveLength(250 + 149 + 99);
  });
});
