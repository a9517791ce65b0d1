/**
 * Where the person is in a grouped picture: how large pictures are grouped
 * (by country, type or community, or not at all) and the groups opened one
 * inside another — the breadcrumb. Plain values and pure steps, like
 * ViewState.
 */

export const GROUP_MODES = ['country', 'type', 'community'] as const;
export type GroupMode = (typeof GROUP_MODES)[number];
/** 'off': never group, whatever the size (the person asked to see everything) */
export type Grouping = GroupMode | 'off';
export const GROUPINGS: readonly Grouping[] = [...GROUP_MODES, 'off'];

export interface OpenedGroup {
  /** the group's id at its level (aggregate.ts: `group:<level>:<mode>:<key>`) */
  id: string;
  /** what the breadcrumb says */
  name: string;
}

export interface GroupPath {
  grouping: Grouping;
  /** opened groups, outermost first */
  opened: readonly OpenedGroup[];
}

export const TOP: GroupPath = { grouping: 'country', opened: [] };

export function isGrouping(s: string): s is Grouping {
  return (GROUPINGS as readonly string[]).includes(s);
}

/** Another grouping starts again from the top: groups of one grouping mean nothing in another. */
export function setGrouping(path: GroupPath, grouping: Grouping): GroupPath {
  return grouping === path.grouping ? path : { grouping, opened: [] };
}

/** Opens a group drawn at `depth` (0: the outermost level): the groups opened deeper than it are closed. */
export function openGroup(path: GroupPath, depth: number, group: OpenedGroup): GroupPath {
  return { ...path, opened: [...path.opened.slice(0, Math.max(0, depth)), group] };
}

/** The breadcrumb's step back: keeps the first `depth` opened groups (0: back to the top). */
export function backTo(path: GroupPath, depth: number): GroupPath {
  return depth >= path.opened.length ? path : { ...path, opened: path.opened.slice(0, Math.max(0, depth)) };
}

/** Whether two paths open the same groups under the same grouping, named alike (a path read from a link has no names yet). */
export function samePath(a: GroupPath, b: GroupPath): boolean {
  return a.grouping === b.grouping && a.opened.length === b.opened.length && a.opened.every((g, i) => g.id === b.opened[i]!.id && g.name === b.opened[i]!.name);
}
