/**
 * A grouped drawing as what the canvas draws: a view state of its own whose
 * "entities" are the groups and the entities drawn as themselves, and a
 * store holding them — each group a node in its members' main type (its
 * colour and shape), with its member count as degree — plus the meta-edges,
 * each counting the relationships it stands for. Groups come first, so the
 * canvas' cap never leaves one out.
 */
import type { GroupDatum, GroupDrawing } from '../graph/GraphView.ts';
import { GraphStore } from '../state/GraphStore.ts';
import type { ViewState } from '../state/ViewState.ts';
import type { Drawing, MetaEdge } from './aggregate.ts';
import type { HubGroup } from './hubGroups.ts';

/** What one draw puts on the canvas. */
export interface Picture {
  state: ViewState;
  store: GraphStore;
  visible: ReadonlySet<string>;
  groups: GroupDrawing | null;
}

/** The picture of a grouped drawing and a hub's groups; null when there is nothing grouped (draw the view itself). */
export function groupedPicture(view: Omit<Picture, 'groups'>, drawing: Drawing, hub: { groups: readonly HubGroup[]; metaEdges: readonly MetaEdge[] }): Picture | null {
  if (!drawing.grouped && hub.groups.length === 0) return null;
  const { state, visible } = view;
  const store = new GraphStore();
  const groups = new Map<string, GroupDatum>();
  const counts = new Map<string, number>();
  const visibleHere = new Set<string>();
  for (const g of drawing.groups) {
    store.mergeNode({ id: g.id, type: g.type, name: g.name, degree: g.members.length });
    groups.set(g.id, { label: g.label, ariaName: g.ariaName, members: g.members.length });
    // a group whose members the filters all hide is hidden with them
    if (g.members.some((m) => visible.has(m))) visibleHere.add(g.id);
  }
  for (const g of hub.groups) {
    store.mergeNode({ id: g.id, type: g.type, name: g.name, degree: g.count });
    groups.set(g.id, { label: g.label, ariaName: g.ariaName, members: g.count });
    visibleHere.add(g.id);
  }
  for (const id of drawing.entities) {
    store.mergeNode(view.store.nodes.get(id)!);
    if (visible.has(id)) visibleHere.add(id);
  }
  const metaEdges = [...drawing.metaEdges, ...hub.metaEdges];
  store.merge({ nodes: [], edges: [...drawing.edges, ...metaEdges.map((m) => ({ id: m.id, source: m.source, target: m.target, type: 'GROUPED' }))] });
  for (const m of metaEdges) counts.set(m.id, m.count);
  const drawn = [...drawing.groups.map((g) => g.id), ...hub.groups.map((g) => g.id), ...drawing.entities];
  const selected = state.selected && store.nodes.has(state.selected) ? state.selected : null;
  return {
    state: { ...state, shown: drawn, pinned: state.pinned.filter((id) => store.nodes.has(id)), selected },
    store,
    visible: visibleHere,
    groups: { groups, counts },
  };
}
