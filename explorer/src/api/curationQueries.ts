/**
 * The GraphQL documents of the curation workbench (sign-in, the curation
 * log, merge review) and the raw shapes they return — aligned with
 * api/schema.graphql. CurationApi turns them into view shapes.
 */
import type { NodeFields } from './queries.ts';

export const VIEWER = `query ExplorerViewer { viewer { name role } }`;
export interface ViewerResult {
  viewer: { name: string; role: 'READER' | 'CURATOR' | 'ADMIN' } | null;
}

const REF = `__typename id name`;

export const MERGE_SUGGESTIONS = `query ExplorerMergeSuggestions($first: Int) {
  mergeSuggestions(status: OPEN, first: $first) { id aId bId score reason a { ${REF} } b { ${REF} } suggestedBy { id title url publishedAt } }
}`;
export interface RawSuggestion {
  id: string;
  aId: string;
  bId: string;
  score: number;
  reason: string;
  a: NodeFields | null;
  b: NodeFields | null;
  suggestedBy: Array<{ id: string; title: string; url: string | null; publishedAt: string | null }>;
}
export interface MergeSuggestionsResult {
  mergeSuggestions: RawSuggestion[];
}

export const CURATION_LOG = `query ExplorerCurationLog($first: Int, $after: String, $entity: ID, $curator: String) {
  curationLog(first: $first, after: $after, entity: $entity, curator: $curator) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { sequence at curator action reason before after detail } }
  }
}`;
export interface RawLogEntry {
  sequence: number;
  at: string;
  curator: string;
  action: string;
  reason: string | null;
  before: string[];
  after: string[];
  detail: string | null;
}
export interface CurationLogResult {
  curationLog: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: Array<{ node: RawLogEntry }> };
}

export const MERGE_ENTITIES = `mutation ExplorerMerge($keep: ID!, $merge: ID!, $reason: String) {
  mergeEntities(keep: $keep, merge: $merge, reason: $reason) { ${REF} }
}`;
export interface MergeEntitiesResult {
  mergeEntities: NodeFields;
}

export const SPLIT_ENTITY = `mutation ExplorerSplit($id: ID!, $mergedId: ID!, $reason: String) {
  splitEntity(id: $id, mergedId: $mergedId, reason: $reason) { ${REF} }
}`;
export interface SplitEntityResult {
  splitEntity: NodeFields | null;
}

export const ACCEPT_SUGGESTION = `mutation ExplorerAcceptSuggestion($id: ID!, $reason: String) {
  acceptMergeSuggestion(id: $id, reason: $reason) { id status }
}`;
export interface AcceptSuggestionResult {
  acceptMergeSuggestion: { id: string; status: string };
}

export const REJECT_SUGGESTION = `mutation ExplorerRejectSuggestion($id: ID!, $reason: String) {
  rejectMergeSuggestion(id: $id, reason: $reason) { id status }
}`;
export interface RejectSuggestionResult {
  rejectMergeSuggestion: { id: string; status: string };
}
