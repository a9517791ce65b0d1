/**
 * What a grouped picture exports: every entity in the view, not only those
 * drawn as themselves. A researcher's file must hold the graph the picture
 * stands for, so each group's members (those the filters leave visible) are
 * exported as entities, named by the group they are inside, with every
 * relationship among all of them — the ones a meta-edge counts and the ones
 * inside a group as well. A hub's groups are left out: their members are
 * only counted, never fetched, until they are opened.
 */
import type { GEdge, GNode } from '../model.ts';
import type { Drawing, MetaNode } from './aggregate.ts';

export interface ExportScope {
  nodes: GNode[];
  edges: GEdge[];
  /** each member of a group → the group's name, inside the groups opened around it ("Kazakhstan › Organizations") */
  groupOf: ReadonlyMap<string, string>;
}

/** Between the names of a group and the opened groups it is inside. */
export const GROUP_NAME_SEPARATOR = ' › ';

/** The entities of a grouped drawing and the relationships among them; null when nothing is grouped (what is drawn is everything). */
export function exportScope(
  drawing: Pick<Drawing, 'grouped' | 'entities' | 'groups' | 'crumbs'>,
  store: { nodes: ReadonlyMap<string, GNode>; edgesAmong(ids: ReadonlySet<string>): GEdge[] },
  visible: ReadonlySet<string>,
): ExportScope | null {
  if (!drawing.grouped) return null;
  const ids = new Set(drawing.entities.filter((id) => visible.has(id)));
  const groupOf = new Map<string, string>();
  for (const g of drawing.groups) {
    const name = fullName(drawing.crumbs, g);
    for (const m of g.members) {
      if (!visible.has(m)) continue;
      ids.add(m);
      groupOf.set(m, name);
    }
  }
  const nodes = [...ids].map((id) => store.nodes.get(id)).filter((n): n is GNode => !!n);
  return { nodes, edges: store.edgesAmong(new Set(nodes.map((n) => n.id))), groupOf };
}

/** A group at level L sits inside the L groups opened before it: crumbs 1…L (crumb 0 is the whole picture). */
function fullName(crumbs: Drawing['crumbs'], g: Pick<MetaNode, 'level' | 'name'>): string {
  return [...crumbs.slice(1, g.level + 1).map((c) => c.name), g.name].join(GROUP_NAME_SEPARATOR);
}
