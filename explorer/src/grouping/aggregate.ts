/**
 * Grouping a picture too large to read: when the entities and relationships
 * to draw exceed a budget, they are drawn as groups — by country, by type or
 * by community — each a meta-node sized by its members, joined by
 * meta-relationships that count the relationships between them. Opening a
 * group draws its members in its place (the other groups stay around them),
 * grouped again when they alone exceed what is left of the budget. Plain
 * data in, plain data out: the canvas draws the result (GraphView) and the
 * controller keeps the path (groupPath.ts).
 */
import type { EntityType, GEdge, GNode } from '../model.ts';
import { communitiesOf } from './communities.ts';
import { countryName, groupLabel, membersPhrase, pluralName } from './groupNames.ts';
import { GROUP_MODES, type GroupMode, type GroupPath, type OpenedGroup } from './groupPath.ts';

export const groupingDefaults = {
  budget: 2000, // entities + relationships drawn as they are; beyond, the picture is grouped
  maxGroups: 24, // groups one level shows; the smallest beyond join one "Other" group
};

export const GROUP_PREFIX = 'group:';
const OTHER_KEY = '~other';

/** A group drawn as one node. */
export interface MetaNode {
  /** `group:<level>:<mode>:<key>` — unique in a drawing, the same for the same group in the next one */
  id: string;
  /** how deep it sits: 0 outermost; opening it makes the breadcrumb this long plus one */
  level: number;
  mode: GroupMode;
  key: string;
  /** "Kazakhstan", "Organizations", "Around UNESCO" */
  name: string;
  /** on the canvas: "Kazakhstan (312)" */
  label: string;
  /** for screen readers: "Kazakhstan: 312 organizations" */
  ariaName: string;
  /** the type most members have: the group is drawn in its colour and shape */
  type: EntityType;
  members: readonly string[];
}

/** Relationships between two drawn items (groups, or a group and an entity), counted. */
export interface MetaEdge {
  id: string;
  source: string;
  target: string;
  count: number;
}

export interface Crumb {
  /** backTo(path, depth) returns here */
  depth: number;
  name: string;
}

export interface Drawing {
  /** false: everything is drawn as it is (within the budget, or grouping is off) */
  grouped: boolean;
  /** entities drawn as themselves */
  entities: string[];
  /** relationships between two entities drawn as themselves */
  edges: GEdge[];
  groups: MetaNode[];
  metaEdges: MetaEdge[];
  /** the breadcrumb: the top, then each opened group (empty when not grouped) */
  crumbs: Crumb[];
  /** the path as far as its groups still exist (an opened group may be gone after the view changed) */
  path: GroupPath;
  /** the drawn item standing for each entity that is inside a group */
  groupOf: ReadonlyMap<string, string>;
}

export interface AggregateOptions {
  budget?: number;
  maxGroups?: number;
}

/** Whether an id is a group's (groups share the canvas with entities). */
export function isGroupId(id: string): boolean {
  return id.startsWith(GROUP_PREFIX);
}

/** Elements a drawing puts on the canvas. */
export function drawingSize(d: Pick<Drawing, 'entities' | 'edges' | 'groups' | 'metaEdges'>): number {
  return d.entities.length + d.edges.length + d.groups.length + d.metaEdges.length;
}

/**
 * What to draw of `nodes` and the relationships among them (`edges`), for a
 * grouping path. Within the budget, or with grouping off, everything as it
 * is; otherwise the outermost level in groups, each opened group replaced by
 * its members or, when they do not fit, by its own groups.
 */
export function aggregate(nodes: readonly GNode[], edges: readonly GEdge[], path: GroupPath, opts: AggregateOptions = {}): Drawing {
  const budget = opts.budget ?? groupingDefaults.budget;
  const maxGroups = opts.maxGroups ?? groupingDefaults.maxGroups;
  if (path.grouping === 'off' || nodes.length + edges.length <= budget) {
    return { grouped: false, entities: nodes.map((n) => n.id), edges: [...edges], groups: [], metaEdges: [], crumbs: [], path: { ...path, opened: [] }, groupOf: new Map() };
  }
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const groupOf = new Map<string, string>();
  const groups: MetaNode[] = [];
  const opened: OpenedGroup[] = [];
  const crumbs: Crumb[] = [{ depth: 0, name: `All ${nodes.length.toLocaleString('en')} entities` }];
  const addGroups = (gs: readonly MetaNode[]) => {
    for (const g of gs) {
      groups.push(g);
      for (const m of g.members) groupOf.set(m, g.id);
    }
  };
  let scope: readonly GNode[] = nodes;
  for (let level = 0; ; level++) {
    const parts = split(scope, edgesWithin(scope, edges), path.grouping, level, maxGroups);
    const want = path.opened[level];
    const open = want && parts ? parts.find((g) => g.id === want.id) : undefined;
    if (open && parts) {
      addGroups(parts.filter((g) => g !== open));
      opened.push({ id: open.id, name: open.name });
      crumbs.push({ depth: level + 1, name: open.name });
      scope = open.members.map((id) => byId.get(id)!);
      continue;
    }
    const scopeIds = new Set(scope.map((n) => n.id));
    const asEntities = draw(edges, groupOf, groups, scopeIds);
    // a scope that no grouping splits is drawn as it is, whatever its size (the canvas caps it)
    if (!parts || drawingSize(asEntities) <= budget) return finish(asEntities);
    addGroups(parts);
    return finish(draw(edges, groupOf, groups, new Set()));
  }

  function finish(d: Pick<Drawing, 'entities' | 'edges' | 'groups' | 'metaEdges'>): Drawing {
    return { grouped: true, ...d, crumbs, path: { grouping: path.grouping, opened }, groupOf };
  }
}

function edgesWithin(scope: readonly GNode[], edges: readonly GEdge[]): GEdge[] {
  const ids = new Set(scope.map((n) => n.id));
  return edges.filter((e) => ids.has(e.source) && ids.has(e.target));
}

/** The drawing once each entity outside `entityIds` is in a group: edges inside a group vanish, the rest are counted between items. */
function draw(edges: readonly GEdge[], groupOf: ReadonlyMap<string, string>, groups: readonly MetaNode[], entityIds: ReadonlySet<string>) {
  const plain: GEdge[] = [];
  const counts = new Map<string, MetaEdge>();
  for (const e of edges) {
    const a = groupOf.get(e.source) ?? (entityIds.has(e.source) ? e.source : null);
    const b = groupOf.get(e.target) ?? (entityIds.has(e.target) ? e.target : null);
    if (a === null || b === null || a === b) continue;
    if (a === e.source && b === e.target) {
      plain.push(e);
      continue;
    }
    const [s, t] = a < b ? [a, b] : [b, a];
    const id = `meta:${s}|${t}`;
    const m = counts.get(id);
    if (m) m.count++;
    else counts.set(id, { id, source: s, target: t, count: 1 });
  }
  return { entities: [...entityIds], edges: plain, groups: [...groups], metaEdges: [...counts.values()] };
}

/**
 * The scope's groups at `level`: by the chosen mode, or — when that puts
 * everything in one group (the members of one country, grouped by country
 * again) — by the next mode that splits it. Null when none does.
 */
function split(scope: readonly GNode[], edges: readonly GEdge[], first: GroupMode | 'off', level: number, maxGroups: number): MetaNode[] | null {
  const order = first === 'off' ? [...GROUP_MODES] : [first, ...GROUP_MODES.filter((m) => m !== first)];
  for (const mode of order) {
    const keyOf = keysBy(mode, scope, edges);
    const members = new Map<string, GNode[]>();
    for (const n of scope) {
      const k = keyOf(n);
      if (!members.has(k)) members.set(k, []);
      members.get(k)!.push(n);
    }
    if (members.size < 2) continue;
    let ranked = [...members].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1));
    if (ranked.length > maxGroups) {
      const rest = ranked.slice(maxGroups - 1);
      ranked = [...ranked.slice(0, maxGroups - 1), [OTHER_KEY, rest.flatMap(([, m]) => m)]];
    }
    const others = members.size - (maxGroups - 1);
    return ranked.map(([key, m]) => metaNode(level, mode, key, m, key === OTHER_KEY ? `Other (${others} groups)` : null));
  }
  return null;
}

function keysBy(mode: GroupMode, scope: readonly GNode[], edges: readonly GEdge[]): (n: GNode) => string {
  if (mode === 'type') return (n) => n.type;
  if (mode === 'country') return (n) => n.countryCode ?? n.countryCodes?.[0] ?? '';
  const community = communitiesOf(
    scope.map((n) => n.id),
    edges,
  );
  return (n) => `c${community.get(n.id) ?? 0}`;
}

function metaNode(level: number, mode: GroupMode, key: string, members: readonly GNode[], fixedName: string | null): MetaNode {
  const byType = new Map<EntityType, number>();
  for (const n of members) byType.set(n.type, (byType.get(n.type) ?? 0) + 1);
  const type = [...byType].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
  const name = fixedName ?? nameOf(mode, key, members);
  const phrase = membersPhrase(byType);
  return {
    id: `${GROUP_PREFIX}${level}:${mode}:${key}`,
    level,
    mode,
    key,
    name,
    label: groupLabel(name, members.length),
    // a type group's name is its members' type: "312 organizations" says it all
    ariaName: mode === 'type' && !fixedName ? phrase.charAt(0).toUpperCase() + phrase.slice(1) : `${name}: ${phrase}`,
    type,
    members: members.map((n) => n.id),
  };
}

function nameOf(mode: GroupMode, key: string, members: readonly GNode[]): string {
  if (mode === 'country') return countryName(key);
  if (mode === 'type') return pluralName(members[0]!.type);
  // a community is named after its most connected member
  const hub = members.reduce((best, n) => (n.degree > best.degree || (n.degree === best.degree && n.id < best.id) ? n : best));
  return `Around ${hub.name}`;
}
