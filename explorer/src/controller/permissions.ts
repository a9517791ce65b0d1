/**
 * What the signed-in role may do in the explorer. The server enforces every
 * rule on its own; this only decides which controls the page offers, so a
 * person is not shown a button that would be refused.
 */
import type { Role, ViewerView } from '../api/CurationApi.ts';

/** The workbench's actions, each needing a role (api/schema.graphql: `curationLog` and the merge mutations need a curator). */
export type Capability = 'review' | 'merge' | 'history' | 'addReport' | 'removeReport' | 'log';

const RANK: Record<Role, number> = { reader: 0, curator: 1, admin: 2 };

const NEEDS: Record<Capability, Role> = {
  review: 'curator', // walk the merge suggestions
  merge: 'curator', // merge, split, decide suggestions
  history: 'curator', // an entity's curation log
  addReport: 'curator', // preview and load a report (previewReport, ingestReport)
  removeReport: 'admin', // remove a report and what only it said
  log: 'admin', // the whole log, every curator
};

export function may(viewer: ViewerView | null, what: Capability): boolean {
  return !!viewer && RANK[viewer.role] >= RANK[NEEDS[what]];
}

/** What the role allows, in words, for the signed-in line. */
export function roleAllows(role: Role): string {
  if (role === 'admin') return 'review merges, add and remove reports, read the whole log, manage accounts';
  if (role === 'curator') return 'review and undo merges, add reports, read entity histories';
  return 'read the graph';
}
