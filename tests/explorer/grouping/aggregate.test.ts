/**
 * Grouping a picture over the budget (explorer/src/grouping/aggregate.ts),
 * in Node: which groups, what they are called, how relationships between
 * them are counted, and what opening one draws.
 */
import { describe, expect, it } from 'vitest';
import { aggregate, drawingSize, isGroupId } from '../../../explorer/src/grouping/aggregate.ts';
import { TOP, openGroup, type GroupPath } from '../../../explorer/src/grouping/groupPath.ts';
import type { EntityType, GEdge, GNode } from '../../../explorer/src/model.ts';

const node = (id: string, type: EntityType, countryCode: string | null, degree = 1): GNode => ({ id, type, name: id, degree, countryCode });
const edge = (source: string, target: string, type = 'PARTNERED'): GEdge => ({ id: `${source}|${type}|${target}`, source, target, type });

/** 30 organizations in Kazakhstan, 20 in Uzbekistan, 10 people without a country; each country's organizations in a chain, 3 links across. */
function world(): { nodes: GNode[]; edges: GEdge[] } {
  const kz = Array.from({ length: 30 }, (_, i) => node(`org:kz${i}`, 'Organization', 'KZ'));
  const uz = Array.from({ length: 20 }, (_, i) => node(`org:uz${i}`, 'Organization', 'UZ'));
  const people = Array.from({ length: 10 }, (_, i) => node(`person:p${i}`, 'Person', null));
  const edges: GEdge[] = [];
  for (let i = 1; i < kz.length; i++) edges.push(edge(kz[i - 1]!.id, kz[i]!.id));
  for (let i = 1; i < uz.length; i++) edges.push(edge(uz[i - 1]!.id, uz[i]!.id));
  edges.push(edge('org:kz0', 'org:uz0'), edge('org:kz1', 'org:uz1'), edge('org:uz2', 'org:kz2'));
  for (let i = 0; i < people.length; i++) edges.push(edge(people[i]!.id, `org:kz${i}`, 'AFFILIATED_WITH'));
  return { nodes: [...kz, ...uz, ...people], edges };
}

describe('aggregate', () => {
  it('draws a picture within the budget as it is', () => {
    const { nodes, edges } = world();
    const d = aggregate(nodes, edges, TOP, { budget: 1000 });
    expect(d.grouped).toBe(false);
    expect(d.entities).toHaveLength(nodes.length);
    expect(d.edges).toHaveLength(edges.length);
    expect(d.groups).toEqual([]);
    expect(d.crumbs).toEqual([]);
  });

  it('never groups when grouping is off, whatever the size', () => {
    const { nodes, edges } = world();
    const d = aggregate(nodes, edges, { grouping: 'off', opened: [] }, { budget: 10 });
    expect(d.grouped).toBe(false);
    expect(d.entities).toHaveLength(60);
  });

  it('groups a picture over the budget by country, named and counted, linked by the number of relationships between them', () => {
    const { nodes, edges } = world();
    const d = aggregate(nodes, edges, TOP, { budget: 100 });
    expect(d.grouped).toBe(true);
    expect(d.entities).toEqual([]);
    expect(d.edges).toEqual([]);
    expect(d.groups.map((g) => [g.name, g.members.length, g.type])).toEqual([
      ['Kazakhstan', 30, 'Organization'],
      ['Uzbekistan', 20, 'Organization'],
      ['No country', 10, 'Person'],
    ]);
    const kz = d.groups[0]!;
    expect(kz.ariaName).toBe('Kazakhstan: 30 organizations');
    expect(kz.label).toBe('Kazakhstan (30)');
    expect(isGroupId(kz.id)).toBe(true);
    // relationships inside a group vanish; between groups they are counted, once per pair whatever the direction
    const between = Object.fromEntries(d.metaEdges.map((m) => [[m.source, m.target].map((id) => d.groups.find((g) => g.id === id)!.name).sort().join(' – '), m.count]));
    expect(between).toEqual({ 'Kazakhstan – Uzbekistan': 3, 'Kazakhstan – No country': 10 });
    expect(d.crumbs).toEqual([{ depth: 0, name: 'All 60 entities' }]);
    expect(drawingSize(d)).toBe(5);
  });

  it('groups by type when asked', () => {
    const { nodes, edges } = world();
    const d = aggregate(nodes, edges, { grouping: 'type', opened: [] }, { budget: 100 });
    expect(d.groups.map((g) => [g.name, g.ariaName])).toEqual([
      ['Organizations', '50 organizations'],
      ['People', '10 people'],
    ]);
    expect(d.metaEdges).toEqual([expect.objectContaining({ count: 10 })]);
  });

  it('groups by community with Louvain: each dense cluster one community, named after its most connected member', () => {
    const clique = (prefix: string, cc: string) => Array.from({ length: 8 }, (_, i) => node(`org:${prefix}${i}`, 'Organization', cc, i === 3 ? 20 : 7));
    const nodes = [...clique('a', 'KZ'), ...clique('b', 'UZ')];
    const edges: GEdge[] = [edge('org:a0', 'org:b0')];
    for (const p of ['a', 'b']) for (let i = 0; i < 8; i++) for (let j = i + 1; j < 8; j++) edges.push(edge(`org:${p}${i}`, `org:${p}${j}`));
    const d = aggregate(nodes, edges, { grouping: 'community', opened: [] }, { budget: 20 });
    expect(d.groups.map((g) => [g.name, g.members.length])).toEqual([
      ['Around org:a3', 8],
      ['Around org:b3', 8],
    ]);
    expect(d.groups[0]!.ariaName).toBe('Around org:a3: 8 organizations');
    expect(d.metaEdges).toEqual([expect.objectContaining({ count: 1 })]);
    // the same picture always falls into the same communities
    expect(aggregate(nodes, edges, { grouping: 'community', opened: [] }, { budget: 20 }).groups.map((g) => g.members)).toEqual(d.groups.map((g) => g.members));
  });

  it('opens a group in place: its members drawn, the other groups around them, relationships to them counted', () => {
    const { nodes, edges } = world();
    const top = aggregate(nodes, edges, TOP, { budget: 100 });
    const uz = top.groups.find((g) => g.name === 'Uzbekistan')!;
    const path = openGroup(TOP, uz.level, { id: uz.id, name: uz.name });
    const d = aggregate(nodes, edges, path, { budget: 100 });
    expect(d.entities.sort()).toEqual(uz.members.slice().sort());
    expect(d.edges).toHaveLength(19); // the chain among Uzbekistan's organizations
    expect(d.groups.map((g) => g.name)).toEqual(['Kazakhstan', 'No country']);
    const kz = d.groups[0]!;
    // each of the three links across is now one meta-edge from an Uzbek organization to Kazakhstan
    const fromUz = d.metaEdges.filter((m) => m.source.startsWith('org:uz') || m.target.startsWith('org:uz'));
    expect(fromUz.map((m) => [m.source === kz.id ? m.target : m.source, m.count]).sort()).toEqual([
      ['org:uz0', 1],
      ['org:uz1', 1],
      ['org:uz2', 1],
    ]);
    expect(d.crumbs).toEqual([
      { depth: 0, name: 'All 60 entities' },
      { depth: 1, name: 'Uzbekistan' },
    ]);
    expect(d.groupOf.get('org:kz3')).toBe(kz.id);
    expect(drawingSize(d)).toBeLessThanOrEqual(100);
  });

  it('groups an opened group again when its members alone exceed the budget, by the next grouping that splits them', () => {
    const { nodes, edges } = world();
    const mixed = nodes.map((n) => (n.id.startsWith('org:kz') && Number(n.id.slice(6)) % 3 === 0 ? { ...n, type: 'Event' as const } : n));
    const top = aggregate(mixed, edges, TOP, { budget: 70 });
    const kz = top.groups.find((g) => g.name === 'Kazakhstan')!;
    const d = aggregate(mixed, edges, openGroup(TOP, 0, { id: kz.id, name: kz.name }), { budget: 70 });
    // Kazakhstan's 30 members and 29 links do not fit in 70: within one country, grouping by country again would not split them
    expect(d.groups.map((g) => [g.name, g.level])).toEqual([
      ['Uzbekistan', 0],
      ['No country', 0],
      ['Organizations', 1],
      ['Events', 1],
    ]);
    const orgs = d.groups[2]!;
    const deeper = aggregate(mixed, edges, { grouping: 'country', opened: [...d.path.opened, { id: orgs.id, name: orgs.name }] }, { budget: 70 });
    expect(deeper.entities).toHaveLength(20);
    expect(deeper.crumbs.map((c) => c.name)).toEqual(['All 60 entities', 'Kazakhstan', 'Organizations']);
  });

  it('forgets an opened group that no longer exists in the picture', () => {
    const { nodes, edges } = world();
    const path: GroupPath = { grouping: 'country', opened: [{ id: 'group:0:country:FR', name: 'France' }] };
    const d = aggregate(nodes, edges, path, { budget: 100 });
    expect(d.path.opened).toEqual([]);
    expect(d.groups).toHaveLength(3);
  });

  it('puts the smallest groups beyond the limit into one "Other" group', () => {
    const nodes = Array.from({ length: 40 }, (_, i) => node(`org:${i}`, 'Organization', ['KZ', 'UZ', 'KG', 'TJ', 'TM', 'AF', 'MN', 'CN'][i % 8]!));
    const d = aggregate(nodes, [], TOP, { budget: 10, maxGroups: 4 });
    expect(d.groups).toHaveLength(4);
    expect(d.groups[3]!.name).toBe('Other (5 groups)');
    expect(d.groups[3]!.members).toHaveLength(25);
    expect(d.groups.reduce((s, g) => s + g.members.length, 0)).toBe(40);
  });
});
