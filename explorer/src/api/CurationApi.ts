/**
 * What the curation workbench asks the server, in the explorer's shapes:
 * who the token signs in as, the open merge suggestions, the curation log,
 * and the curators' writes (merge, split, accept or reject a suggestion).
 * The token travels in the client's Authorization header (GraphQLClient).
 */
import { normalizeType } from '../model.ts';
import * as C from './curationQueries.ts';
import type { EntityRef, ReportRef } from './ExplorerApi.ts';
import { ApiError, GraphQLClient } from './GraphQLClient.ts';
import type { NodeFields } from './queries.ts';

/** What an account may do; each role may do everything of the roles before it. */
export type Role = 'reader' | 'curator' | 'admin';

/** Who is signed in. */
export interface ViewerView {
  name: string;
  role: Role;
}

/** An open merge suggestion: `b` would be merged into `a`. */
export interface SuggestionView {
  id: string;
  a: EntityRef | null;
  b: EntityRef | null;
  aId: string;
  bId: string;
  /** similarity, 0–1 */
  score: number;
  /** why the loader thought they may be one */
  reason: string;
  /** the reports whose loading made the suggestion */
  reports: ReportRef[];
}

/** One write of the curation log. */
export interface LogEntryView {
  sequence: number;
  /** ISO timestamp */
  at: string;
  curator: string;
  /** MERGE_ENTITIES, SPLIT_ENTITY, ACCEPT_MERGE_SUGGESTION… */
  action: string;
  reason: string | null;
  before: string[];
  after: string[];
  detail: string | null;
}

export interface LogPage {
  entries: LogEntryView[];
  totalCount: number;
  /** pass as `after` for the next (older) page; null on the last */
  next: string | null;
}

export interface LogQuery {
  first?: number;
  after?: string | null;
  /** only entries naming this id before or after */
  entity?: string | null;
  /** only entries by this account */
  curator?: string | null;
}

export class CurationApi {
  constructor(readonly client: GraphQLClient = new GraphQLClient()) {}

  /** Who the client's token signs in as; null when it is nobody's (or there is none). */
  async viewer(): Promise<ViewerView | null> {
    const { viewer } = await this.client.request<C.ViewerResult>(C.VIEWER);
    return viewer ? { name: viewer.name, role: viewer.role.toLowerCase() as Role } : null;
  }

  /** Open merge suggestions, most certain first. */
  async suggestions(first = 100): Promise<SuggestionView[]> {
    const data = await this.client.request<C.MergeSuggestionsResult>(C.MERGE_SUGGESTIONS, { first });
    return data.mergeSuggestions.map((s) => ({ id: s.id, aId: s.aId, bId: s.bId, score: s.score, reason: s.reason, reports: s.suggestedBy, a: toRef(s.a), b: toRef(s.b) }));
  }

  async log(q: LogQuery = {}): Promise<LogPage> {
    const data = await this.client.request<C.CurationLogResult>(C.CURATION_LOG, {
      first: q.first ?? 20,
      after: q.after ?? null,
      entity: q.entity ?? null,
      curator: q.curator ?? null,
    });
    const page = data.curationLog;
    return { entries: page.edges.map((e) => e.node), totalCount: page.totalCount, next: page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null };
  }

  /** Merges `merge` into `keep`; returns the entity kept. */
  async merge(keep: string, merge: string, reason?: string): Promise<EntityRef> {
    const data = await this.client.request<C.MergeEntitiesResult>(C.MERGE_ENTITIES, { keep, merge, reason: reason ?? null });
    const kept = toRef(data.mergeEntities);
    if (!kept) throw new ApiError('The server answered the merge with something that is not an entity.', 'graphql');
    return kept;
  }

  /** Takes `mergedId` back out of `id`; returns the restored entity (null when no report mentions it any more). */
  async split(id: string, mergedId: string, reason?: string): Promise<EntityRef | null> {
    const data = await this.client.request<C.SplitEntityResult>(C.SPLIT_ENTITY, { id, mergedId, reason: reason ?? null });
    return toRef(data.splitEntity);
  }

  async acceptSuggestion(id: string, reason?: string): Promise<void> {
    await this.client.request<C.AcceptSuggestionResult>(C.ACCEPT_SUGGESTION, { id, reason: reason ?? null });
  }

  async rejectSuggestion(id: string, reason?: string): Promise<void> {
    await this.client.request<C.RejectSuggestionResult>(C.REJECT_SUGGESTION, { id, reason: reason ?? null });
  }
}

function toRef(n: NodeFields | null | undefined): EntityRef | null {
  const type = n ? normalizeType(n.__typename) : null;
  return n && type ? { id: n.id, type, name: n.name } : null;
}
