/**
 * The GraphQL documents of adding and removing reports (the Add report page
 * and a report's removal) and the raw shapes they return — aligned with
 * api/schema.graphql. ReportsApi turns them into view shapes.
 */

export const PREVIEW_REPORT = `query ExplorerPreviewReport($text: String!, $title: String, $url: String, $language: String, $publishedAt: Date) {
  previewReport(text: $text, title: $title, url: $url, language: $language, publishedAt: $publishedAt) {
    reportId title url language publishedAt text status
    replaces { id title }
    entities { id type name aliases mentions { start end } identity match { id type name } matchReason reason score }
    relations { type from to evidence confidence roles }
  }
}`;
export interface RawPreviewEntity {
  id: string;
  type: string;
  name: string;
  aliases: string[];
  mentions: Array<{ start: number; end: number }>;
  identity: 'NEW' | 'MATCH' | 'UNCERTAIN';
  match: { id: string; type: string; name: string } | null;
  matchReason: 'SAME_ID' | 'CURATOR_MERGE' | 'RESOLUTION' | null;
  reason: string | null;
  score: number | null;
}
export interface PreviewReportResult {
  previewReport: {
    reportId: string;
    title: string;
    url: string | null;
    language: string;
    publishedAt: string | null;
    text: string;
    status: 'created' | 'unchanged' | 'replaced';
    replaces: Array<{ id: string; title: string }>;
    entities: RawPreviewEntity[];
    relations: Array<{ type: string; from: string; to: string; evidence: string[]; confidence: number; roles: string[] }>;
  };
}

export const INGEST_REPORT = `mutation ExplorerIngestReport($text: String!, $title: String, $url: String, $language: String, $publishedAt: Date) {
  ingestReport(text: $text, title: $title, url: $url, language: $language, publishedAt: $publishedAt) { reportId title status replaced }
}`;
export interface IngestReportResult {
  ingestReport: { reportId: string; title: string; status: 'created' | 'unchanged' | 'replaced'; replaced: string[] };
}

const REMOVAL_ENTITY = 'id name type';
export const REPORT_REMOVAL = `query ExplorerReportRemoval($id: ID!) {
  reportRemoval(id: $id) {
    id title entityCount keptEntityCount relationshipCount
    entities { ${REMOVAL_ENTITY} }
    relationships { type from { ${REMOVAL_ENTITY} } to { ${REMOVAL_ENTITY} } }
  }
}`;
export interface RawRemovalEntity {
  id: string;
  name: string;
  type: string;
}
export interface ReportRemovalResult {
  reportRemoval: {
    id: string;
    title: string;
    entityCount: number;
    keptEntityCount: number;
    relationshipCount: number;
    entities: RawRemovalEntity[];
    relationships: Array<{ type: string; from: RawRemovalEntity; to: RawRemovalEntity }>;
  };
}

export const REMOVE_REPORT = `mutation ExplorerRemoveReport($id: ID!, $reason: String) { removeReport(id: $id, reason: $reason) { reportId status } }`;
export interface RemoveReportResult {
  removeReport: { reportId: string; status: string };
}
