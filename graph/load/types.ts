import type { EntityLabel } from '../schema/model.ts';

/** What one load did to the nodes of one label. */
export interface LabelCounts {
  /** nodes that did not exist before */
  created: number;
  /** existing nodes that got new names, claims, properties or links */
  merged: number;
  /** existing nodes this report names but leaves as they were */
  unchanged: number;
  /** nodes deleted because no report mentions them any more */
  removed: number;
}

export interface RelationshipCounts {
  created: number;
  /** existing relationships that gained or lost a source, evidence or role */
  updated: number;
  unchanged: number;
  /** relationships deleted because no source asserts them any more */
  deleted: number;
}

export type LoadStatus = 'created' | 'unchanged' | 'replaced';

/** The summary of one report load. */
export interface LoadResult {
  reportId: string;
  title: string;
  status: LoadStatus;
  /** ids of the earlier versions this load replaced (same url, or same title when there is no url) */
  replaced: string[];
  labels: Partial<Record<EntityLabel, LabelCounts>>;
  relationships: RelationshipCounts;
  /** merge suggestions recorded or re-asserted by this load */
  mergeSuggestions: number;
}

/** The summary of one report removal. */
export interface RemoveResult {
  reportId: string;
  title: string;
  /** removed: no report mentions them any more; updated: lost this report's claims, kept others' */
  labels: Partial<Record<EntityLabel, { removed: number; updated: number }>>;
  relationships: RelationshipCounts;
}

export function emptyLabelCounts(): LabelCounts {
  return { created: 0, merged: 0, unchanged: 0, removed: 0 };
}

export function emptyRelationshipCounts(): RelationshipCounts {
  return { created: 0, updated: 0, unchanged: 0, deleted: 0 };
}
