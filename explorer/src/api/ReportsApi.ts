/**
 * What the explorer asks about adding and removing reports, in its own
 * shapes: the preview of a report (nothing written), loading it, and what
 * removing one would take before removing it.
 */
import { normalizeType, typeOfId } from '../model.ts';
import type { EntityRef } from './ExplorerApi.ts';
import { GraphQLClient } from './GraphQLClient.ts';
import * as R from './reportQueries.ts';

/** A report as a curator fills it in; empty fields are left to the text (front matter, first line, detection). */
export interface ReportInput {
  text: string;
  title?: string | null;
  url?: string | null;
  /** 'en' | 'ru'; null: detected */
  language?: string | null;
  /** YYYY-MM-DD */
  publishedAt?: string | null;
}

export type PreviewIdentity = 'new' | 'match' | 'uncertain';

export interface PreviewEntityView extends EntityRef {
  aliases: string[];
  /** offsets into the preview's text */
  mentions: Array<{ start: number; end: number }>;
  identity: PreviewIdentity;
  /** the graph entity it is (match) or may be (uncertain) */
  match: EntityRef | null;
  /** why it matches, in words; the resolution's reason for an uncertain one */
  why: string | null;
  score: number | null;
}

export interface PreviewRelationView {
  type: string;
  from: EntityRef;
  to: EntityRef;
  evidence: string[];
  confidence: number;
  roles: string[];
}

/** The server's preview with each entity and relation end made ready to draw. */
export interface ReportPreviewView extends Omit<R.PreviewReportResult['previewReport'], 'entities' | 'relations'> {
  entities: PreviewEntityView[];
  relations: PreviewRelationView[];
}

export interface LoadedReportView {
  reportId: string;
  title: string;
  status: 'created' | 'unchanged' | 'replaced';
  replaced: string[];
}

export interface RemovalView {
  id: string;
  title: string;
  entities: EntityRef[];
  entityCount: number;
  keptEntityCount: number;
  relationships: Array<{ type: string; from: EntityRef; to: EntityRef }>;
  relationshipCount: number;
}

const WHY: Record<NonNullable<R.RawPreviewEntity['matchReason']>, string> = {
  SAME_ID: 'the graph knows it by this name',
  CURATOR_MERGE: 'a curator merged this name into it',
  RESOLUTION: 'identity rules read the names as one (translation, spelling or longer form)',
};

export class ReportsApi {
  constructor(readonly client: GraphQLClient = new GraphQLClient()) {}

  /** What loading the report would do; the server writes nothing. */
  async preview(input: ReportInput): Promise<ReportPreviewView> {
    const p = (await this.client.request<R.PreviewReportResult>(R.PREVIEW_REPORT, variables(input))).previewReport;
    const entities = p.entities.map((e) => toEntity(e));
    const byId = new Map(entities.map((e) => [e.id, e as EntityRef]));
    const ref = (id: string): EntityRef => byId.get(id) ?? { id, type: typeOfId(id) ?? 'Organization', name: id };
    return {
      ...p,
      entities,
      relations: p.relations.map((r) => ({ type: r.type, from: ref(r.from), to: ref(r.to), evidence: r.evidence, confidence: r.confidence, roles: r.roles })),
    };
  }

  async load(input: ReportInput, reason?: string): Promise<LoadedReportView> {
    return (await this.client.request<R.IngestReportResult>(R.INGEST_REPORT, { ...variables(input), reason: reason ?? null })).ingestReport;
  }

  /** What removing the report would take out (admins). */
  async removal(id: string): Promise<RemovalView> {
    const r = (await this.client.request<R.ReportRemovalResult>(R.REPORT_REMOVAL, { id })).reportRemoval;
    return { ...r, entities: r.entities.map(toRef), relationships: r.relationships.map((x) => ({ type: x.type, from: toRef(x.from), to: toRef(x.to) })) };
  }

  async remove(id: string, reason?: string): Promise<void> {
    await this.client.request<R.RemoveReportResult>(R.REMOVE_REPORT, { id, reason: reason ?? null });
  }
}

function variables(input: ReportInput): Record<string, unknown> {
  const blank = (s: string | null | undefined) => (s?.trim() ? s.trim() : null);
  return { text: input.text, title: blank(input.title), url: blank(input.url), language: blank(input.language), publishedAt: blank(input.publishedAt) };
}

function toRef(e: { id: string; name: string; type: string }): EntityRef {
  return { id: e.id, name: e.name, type: normalizeType(e.type) ?? typeOfId(e.id) ?? 'Organization' };
}

function toEntity(e: R.RawPreviewEntity): PreviewEntityView {
  return {
    ...toRef(e),
    aliases: e.aliases,
    mentions: e.mentions,
    identity: e.identity.toLowerCase() as PreviewIdentity,
    match: e.match ? toRef(e.match) : null,
    why: e.identity === 'MATCH' && e.matchReason ? WHY[e.matchReason] : e.reason,
    score: e.score,
  };
}
