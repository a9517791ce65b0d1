/**
 * A hub's neighbours before they are fetched: expanding an entity with more
 * neighbours than a picture can read shows them as groups by type and
 * country, counted by the server (`neighborGroups`), each linked to the hub
 * by the number of neighbours it holds; "show all N" is a separate step.
 */
import type { EntityType } from '../model.ts';
import { countOf, countryName, groupLabel, pluralName } from './groupNames.ts';
import type { MetaEdge, MetaNode } from './aggregate.ts';

export const hubDefaults = {
  threshold: 200, // neighbours beyond which an expansion shows groups first
  maxGroups: 24, // groups shown around a hub; the smallest beyond join "Other"
};

export const HUB_GROUP_PREFIX = 'group:hub:';

export interface NeighborCount {
  type: EntityType;
  /** ISO alpha-2; null: no country known */
  countryCode: string | null;
  count: number;
}

export interface HubNeighbors {
  hub: string;
  hubName: string;
  /** distinct neighbours on the canvas's types */
  total: number;
  groups: readonly NeighborCount[];
}

/** A group of a hub's neighbours, not yet fetched: its members are a count. */
export interface HubGroup extends Omit<MetaNode, 'members' | 'level' | 'mode'> {
  hub: string;
  count: number;
  /** what fetching its members asks for; null: the "Other" group, fetched only by "show all" */
  filter: { type: EntityType; countryCode: string | null } | null;
}

/** Whether an id is a hub group's. */
export function isHubGroupId(id: string): boolean {
  return id.startsWith(HUB_GROUP_PREFIX);
}

/** The hub's neighbour groups, largest first, and the meta-edges tying them to `hubItem` (the hub, or the group it is in). */
export function hubGroups(n: HubNeighbors, hubItem: string, maxGroups = hubDefaults.maxGroups): { groups: HubGroup[]; metaEdges: MetaEdge[] } {
  let ranked = [...n.groups].filter((g) => g.count > 0).sort((a, b) => b.count - a.count || (a.type < b.type ? -1 : a.type > b.type ? 1 : (a.countryCode ?? '') < (b.countryCode ?? '') ? -1 : 1));
  let other: { count: number; groups: number } | null = null;
  if (ranked.length > maxGroups) {
    const rest = ranked.slice(maxGroups - 1);
    other = { count: rest.reduce((s, g) => s + g.count, 0), groups: rest.length };
    ranked = ranked.slice(0, maxGroups - 1);
  }
  const groups: HubGroup[] = ranked.map((g) => {
    const key = `${g.type}:${g.countryCode ?? ''}`;
    const country = countryName(g.countryCode ?? '');
    const name = `${country} · ${pluralName(g.type).toLowerCase()}`;
    return {
      id: `${HUB_GROUP_PREFIX}${n.hub}|${key}`,
      hub: n.hub,
      key,
      name,
      label: groupLabel(name, g.count),
      ariaName: `${country}: ${countOf(g.type, g.count)}`,
      type: g.type,
      count: g.count,
      filter: { type: g.type, countryCode: g.countryCode },
    };
  });
  if (other) {
    const name = `Other (${other.groups} groups)`;
    groups.push({
      id: `${HUB_GROUP_PREFIX}${n.hub}|~other`,
      hub: n.hub,
      key: '~other',
      name,
      label: groupLabel(name, other.count),
      ariaName: `${name}: ${other.count.toLocaleString('en')} entities`,
      type: ranked[0]?.type ?? 'Organization',
      count: other.count,
      filter: null,
    });
  }
  const metaEdges = groups.map((g) => ({ id: `meta:${hubItem}|${g.id}`, source: hubItem, target: g.id, count: g.count }));
  return { groups, metaEdges };
}
