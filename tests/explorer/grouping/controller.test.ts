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
