/**
 * What a grouped picture exports (explorer/src/grouping/exportScope.ts), in
 * Node: every entity the picture stands for — the members of each group
 * with the group's name, those drawn as themselves without one — and every
 * relationship among them, so the file has the view's true node and edge
 * counts.
 */
import { describe, expect, it } from 'vitest';
import { aggregate } from '../../../explorer/src/grouping/aggregate.ts';
import { exportScope } from '../../../explorer/src/grouping/exportScope.ts';
import { openGroup, TOP } from '../../../explorer/src/grouping/groupPath.ts';
import type { EntityType, GEdge, GNode } from '../../../explorer/src/model.ts';
import { GraphStore } from '../../../explorer/src/state/GraphStore.ts';

const node = (id: string, type: EntityType, countryCode: string | null): GNode => ({ id, type, name: id, degree: 1, countryCode });
const edge = (source: string, target: string, type = 'PARTNERED'): GEdge => ({ id: `${source}|${type}|${target}`, source, target, type });

/** 30 organizations in Kazakhstan (every third an event), 20 in Uzbekistan, 10 people without a country: 60 entities, 61 relationships. */
function world() {
  const kz = Array.from({ length: 30 }, (_, i) => node(`org:kz${i}`, i % 3 === 0 ? 'Event' : 'Organization', 'KZ'));
  const uz = Array.from({ length: 20 }, (_, i) => node(`org:uz${i}`, 'Organization', 'UZ'));
  const people = Array.from({ length: 10 }, (_, i) => node(`person:p${i}`, 'Person', null));
  const edges: GEdge[] = [];
  for (let i = 1; i < kz.length; i++) edges.push(edge(kz[i - 1]!.id, kz[i]!.id));
  for (let i = 1; i < uz.length; i++) edges.push(edge(uz[i - 1]!.id, uz[i]!.id));
  edges.push(edge('org:kz0', 'org:uz0'), edge('org:kz1', 'org:uz1'), edge('org:uz2', 'org:kz2'));
  for (let i = 0; i < people.length; i++) edges.push(edge(people[i]!.id, `org:kz${i}`, 'AFFILIATED_WITH'));
  const nodes = [...kz, ...uz, ...people];
  const store = new GraphStore();
  store.merge({ nodes, edges });
  return { nodes, edges, store, all: new Set(nodes.map((n) => n.id)) };
}

describe('exportScope', () => {
  it('holds every entity of a grouped picture, each member named by its group, and every relationship among them', () => {
    const { nodes, edges, store, all } = world();
    const d = aggregate(nodes, edges, TOP, { budget: 70 });
    expect(d.entities).toEqual([]); // everything is inside a group on the canvas
    const scope = exportScope(d, store, all)!;
    expect(scope.nodes.map((n) => n.id).sort()).toEqual([...all].sort());
    expect(scope.edges.map((e) => e.id).sort()).toEqual(edges.map((e) => e.id).sort());
    expect(scope.groupOf.get('org:kz4')).toBe('Kazakhstan');
    expect(scope.groupOf.get('org:uz4')).toBe('Uzbekistan');
    expect(scope.groupOf.get('person:p4')).toBe('No country');
  });

  it('names a group inside an opened one by the breadcrumb, and gives no group to entities drawn as themselves', () => {
    const { nodes, edges, store, all } = world();
    const top = aggregate(nodes, edges, TOP, { budget: 70 });
    const kz = top.groups.find((g) => g.name === 'Kazakhstan')!;
    const inKz = aggregate(nodes, edges, openGroup(TOP, 0, kz), { budget: 70 });
    const scope = exportScope(inKz, store, all)!;
    expect(scope.nodes).toHaveLength(60);
    expect(scope.groupOf.get('org:kz1')).toBe('Kazakhstan › Organizations');
    expect(scope.groupOf.get('org:kz3')).toBe('Kazakhstan › Events');
    expect(scope.groupOf.get('org:uz1')).toBe('Uzbekistan');

    const orgs = inKz.groups.find((g) => g.name === 'Organizations')!;
    const deeper = aggregate(nodes, edges, openGroup(inKz.path, 1, orgs), { budget: 70 });
    const drawnAsThemselves = exportScope(deeper, store, all)!;
    expect(drawnAsThemselves.nodes).toHaveLength(60);
    expect(drawnAsThemselves.edges).toHaveLength(61);
    expect(deeper.entities).toContain('org:kz1');
    expect(drawnAsThemselves.groupOf.has('org:kz1')).toBe(false);
    expect(drawnAsThemselves.groupOf.get('org:kz3')).toBe('Kazakhstan › Events');
  });

  it('leaves out the members the filters hide, with their relationships', () => {
    const { nodes, edges, store, all } = world();
    const visible = new Set([...all].filter((id) => !id.startsWith('person:')));
    const scope = exportScope(aggregate(nodes, edges, TOP, { budget: 70 }), store, visible)!;
    expect(scope.nodes).toHaveLength(50);
    expect(scope.edges).toHaveLength(51); // the ten AFFILIATED_WITH go with the people
    expect(scope.groupOf.has('person:p0')).toBe(false);
  });

  it('is null when the picture is drawn as it is: what is drawn is the whole view', () => {
    const { nodes, edges, store, all } = world();
    expect(exportScope(aggregate(nodes, edges, TOP, { budget: 1000 }), store, all)).toBeNull();
  });
});
