/**
 * What the person sees, as one immutable value: the entities on the canvas,
 * which are hidden or pinned, where they sit, the filters, the layout, the
 * selection, how a large picture is grouped (and which groups are open) and
 * which hub's neighbours are shown as groups. Every user step is a pure
 * function `ViewState → ViewState`, so undo/redo is a stack of values and
 * the URL is a serialisation of one.
 */
import { TOP, type GroupPath } from '../grouping/groupPath.ts';
import type { EntityType, GEdge } from '../model.ts';

export const LAYOUT_NAMES = ['fcose', 'concentric', 'breadthfirst', 'geo'] as const;
export type LayoutName = (typeof LAYOUT_NAMES)[number];

export interface Point {
  x: number;
  y: number;
}

export interface Filters {
  /** entity types to show; null: all */
  types: readonly EntityType[] | null;
  /** ISO alpha-2 codes; empty: any country (entities without a known country always stay) */
  countries: readonly string[];
  /** a topic id: show only entities within two steps of it */
  topic: string | null;
  /** ISO date bounds for events (inclusive), null: open */
  from: string | null;
  to: string | null;
}

export interface ViewState {
  /** entity ids on the canvas, in the order they arrived */
  shown: readonly string[];
  /** ids the person hid; expanding does not bring them back */
  hidden: readonly string[];
  /** ids whose position the layout must not change */
  pinned: readonly string[];
  /** last known positions (model coordinates) */
  positions: Readonly<Record<string, Point>>;
  filters: Filters;
  layout: LayoutName;
  selected: string | null;
  /** a traced collaboration path between two entities */
  path: { from: string; to: string } | null;
  /** how a picture over the budget is grouped and the groups opened in it, outermost first (grouping/groupPath.ts) */
  groups: GroupPath;
  /** an entity on the canvas whose neighbours not drawn yet are shown as groups counted by the server (grouping/hubGroups.ts) */
  hub: string | null;
}

export const NO_FILTERS: Filters = { types: null, countries: [], topic: null, from: null, to: null };

export function emptyView(layout: LayoutName = 'fcose'): ViewState {
  return { shown: [], hidden: [], pinned: [], positions: {}, filters: NO_FILTERS, layout, selected: null, path: null, groups: TOP, hub: null };
}

/** Adds entities to the canvas (skipping hidden ones unless `reveal`), keeping order and uniqueness. */
export function addEntities(state: ViewState, ids: readonly string[], opts: { reveal?: boolean } = {}): ViewState {
  const hidden = new Set(state.hidden);
  const shown = new Set(state.shown);
  const added: string[] = [];
  const revealed = new Set<string>();
  for (const id of ids) {
    if (hidden.has(id)) {
      if (!opts.reveal) continue;
      revealed.add(id);
    }
    if (!shown.has(id)) {
      shown.add(id);
      added.push(id);
    }
  }
  if (added.length === 0 && revealed.size === 0) return state;
  return {
    ...state,
    shown: [...state.shown, ...added],
    hidden: revealed.size ? state.hidden.filter((id) => !revealed.has(id)) : state.hidden,
  };
}

/** Hides entities: off the canvas and remembered, so expansions skip them. */
export function hideEntities(state: ViewState, ids: readonly string[]): ViewState {
  const drop = new Set(ids.filter((id) => state.shown.includes(id)));
  if (drop.size === 0) return state;
  return {
    ...state,
    shown: state.shown.filter((id) => !drop.has(id)),
    hidden: [...state.hidden, ...[...drop].filter((id) => !state.hidden.includes(id))],
    pinned: state.pinned.filter((id) => !drop.has(id)),
    selected: state.selected && drop.has(state.selected) ? null : state.selected,
    hub: state.hub && drop.has(state.hub) ? null : state.hub,
  };
}

/** Brings every hidden entity back. */
export function showHidden(state: ViewState): ViewState {
  if (state.hidden.length === 0) return state;
  return { ...state, shown: [...state.shown, ...state.hidden.filter((id) => !state.shown.includes(id))], hidden: [] };
}

/** Removes entities from the canvas without remembering them (clear, collapse). */
export function removeEntities(state: ViewState, ids: readonly string[]): ViewState {
  const drop = new Set(ids);
  if (!state.shown.some((id) => drop.has(id))) return state;
  const positions = Object.fromEntries(Object.entries(state.positions).filter(([id]) => !drop.has(id)));
  return {
    ...state,
    shown: state.shown.filter((id) => !drop.has(id)),
    pinned: state.pinned.filter((id) => !drop.has(id)),
    positions,
    selected: state.selected && drop.has(state.selected) ? null : state.selected,
    path: state.path && (drop.has(state.path.from) || drop.has(state.path.to)) ? null : state.path,
    hub: state.hub && drop.has(state.hub) ? null : state.hub,
  };
}

/**
 * Collapse: removes the neighbours of `id` that hang only on it — connected
 * to nothing else on the canvas — unless they are pinned or selected.
 */
export function collapse(state: ViewState, id: string, edges: readonly GEdge[]): ViewState {
  const shown = new Set(state.shown);
  const links = new Map<string, Set<string>>();
  for (const e of edges) {
    if (!shown.has(e.source) || !shown.has(e.target) || e.source === e.target) continue;
    if (!links.has(e.source)) links.set(e.source, new Set());
    if (!links.has(e.target)) links.set(e.target, new Set());
    links.get(e.source)!.add(e.target);
    links.get(e.target)!.add(e.source);
  }
  const pinned = new Set(state.pinned);
  const leaves = [...(links.get(id) ?? [])].filter((n) => {
    const others = links.get(n)!;
    return others.size === 1 && !pinned.has(n) && n !== state.selected;
  });
  return removeEntities(state, leaves);
}

export function setPinned(state: ViewState, ids: readonly string[], pinned: boolean): ViewState {
  const set = new Set(state.pinned);
  for (const id of ids) {
    if (!state.shown.includes(id)) continue;
    if (pinned) set.add(id);
    else set.delete(id);
  }
  if (set.size === state.pinned.length && state.pinned.every((id) => set.has(id))) return state;
  return { ...state, pinned: state.shown.filter((id) => set.has(id)) };
}

export function select(state: ViewState, id: string | null): ViewState {
  return state.selected === id ? state : { ...state, selected: id };
}

export function setFilters(state: ViewState, patch: Partial<Filters>): ViewState {
  return { ...state, filters: { ...state.filters, ...patch } };
}

export function setLayout(state: ViewState, layout: LayoutName): ViewState {
  return state.layout === layout ? state : { ...state, layout };
}

/** Records positions (after a layout or a drag); rounds to whole pixels so URLs stay short. */
export function withPositions(state: ViewState, positions: Readonly<Record<string, Point>>): ViewState {
  const next: Record<string, Point> = {};
  const shown = new Set(state.shown);
  for (const [id, p] of Object.entries({ ...state.positions, ...positions })) {
    if (shown.has(id) && Number.isFinite(p.x) && Number.isFinite(p.y)) next[id] = { x: Math.round(p.x), y: Math.round(p.y) };
  }
  return { ...state, positions: next };
}

export function setPath(state: ViewState, path: { from: string; to: string } | null): ViewState {
  return { ...state, path };
}

/** How large pictures are grouped and which groups are open (grouping/groupPath.ts makes the path). */
export function setGroups(state: ViewState, groups: GroupPath): ViewState {
  return state.groups === groups ? state : { ...state, groups };
}

/** The entity whose neighbours are shown as groups around it; null: none. */
export function setHub(state: ViewState, hub: string | null): ViewState {
  return state.hub === hub ? state : { ...state, hub };
}

/** True when at least one filter narrows the view. */
export function filtersActive(f: Filters): boolean {
  return f.types !== null || f.countries.length > 0 || f.topic !== null || f.from !== null || f.to !== null;
}
