/**
 * GraphQL documents the explorer sends, and the raw shapes they return —
 * aligned with api/schema.graphql. ExplorerApi turns them into view shapes.
 * The details query is chosen per entity type, so each request stays well
 * inside the server's depth and cost limits.
 */
import type { EntityType, GNode } from '../model.ts';
import { normalizeType } from '../model.ts';
import type { ConflictView, EntityDetails, EntityRef, PathView, RelationshipView, SourceView, StatsView } from './ExplorerApi.ts';

/** EntityType → the schema's EntityType enum value (the type names themselves). */
export function typeArg(t: EntityType): string {
  return t;
}

const NODE_FIELDS = `
  __typename id name
  ... on Organization { kind acronym countryCode country { name } }
  ... on City { countryCode lat lon country { name } }
  ... on Country { code }
  ... on Event { kind startDate endDate countryCodes }
`;

export interface NodeFields {
  __typename: string;
  id: string;
  name: string;
  kind?: string | null;
  acronym?: string | null;
  countryCode?: string | null;
  code?: string | null;
  lat?: number | null;
  lon?: number | null;
  startDate?: string | null;
  endDate?: string | null;
  countryCodes?: string[] | null;
  country?: { name: string } | null;
}

export function countryOf(n: NodeFields): string | null {
  return n.countryCode ?? (n.__typename === 'Country' ? (n.code ?? null) : (n.countryCodes?.[0] ?? null));
}

export function countryNameOf(n: NodeFields): string | null {
  return n.country?.name ?? (n.__typename === 'Country' ? null : countryOf(n));
}

export const SEARCH = `query ExplorerSearch($text: String!, $first: Int, $types: [EntityType!]) {
  search(text: $text, first: $first, types: $types) { score node { ${NODE_FIELDS} } }
}`;
export interface SearchResult {
  search: Array<{ score: number; node: NodeFields }>;
}

export interface SliceNodeFields {
  id: string;
  type: string;
  name: string;
  degree: number;
  countryCode?: string | null;
  countryCodes?: string[] | null;
  lat?: number | null;
  lon?: number | null;
  startDate?: string | null;
  endDate?: string | null;
}
export interface SliceFields {
  nodes: SliceNodeFields[];
  edges: Array<{ id: string; source: string; target: string; type: string }>;
  truncated: boolean;
}

const SLICE_FIELDS = `nodes { id type name degree countryCode countryCodes lat lon startDate endDate }
    edges { id source target type }
    truncated`;

export const NEIGHBORHOOD = `query ExplorerNeighborhood($ids: [ID!]!, $depth: Int, $limit: Int, $types: [EntityType!]) {
  neighborhood(ids: $ids, depth: $depth, limit: $limit, types: $types) {
    ${SLICE_FIELDS}
  }
}`;
export interface NeighborhoodResult {
  neighborhood: SliceFields;
}

/** The opening picture of a large graph: the most connected entities around the most mentioned events and organizations, in one request. */
export const OVERVIEW = `query ExplorerOverviewSlice($seeds: Int, $candidates: Int, $first: Int, $types: [EntityType!]) {
  overview(seeds: $seeds, candidates: $candidates, first: $first, types: $types) {
    ${SLICE_FIELDS}
  }
}`;
export interface OverviewSliceResult {
  overview: SliceFields;
}

export const SUBGRAPH = `query ExplorerSubgraph($ids: [ID!]!, $among: [ID!]) {
  subgraph(ids: $ids, among: $among) {
    ${SLICE_FIELDS}
  }
}`;
export const NEIGHBOR_GROUPS = `query ExplorerNeighborGroups($id: ID!, $exclude: [ID!]) {
  neighborGroups(id: $id, exclude: $exclude) { total groups { type countryCode count } }
}`;
export interface NeighborGroupsResult {
  neighborGroups: { total: number; groups: Array<{ type: string; countryCode: string | null; count: number }> };
}

export const NEIGHBOR_IDS = `query ExplorerNeighborIds($id: ID!, $type: EntityType, $countryCode: String, $first: Int, $exclude: [ID!]) {
  neighborIds(id: $id, type: $type, countryCode: $countryCode, first: $first, exclude: $exclude)
}`;
export interface NeighborIdsResult {
  neighborIds: string[];
}

export interface SubgraphResult {
  subgraph: SliceFields;
}

/** Filterable attributes of a slice node. */
export function sliceAttributes(n: SliceNodeFields): Partial<Pick<GNode, 'countryCode' | 'countryCodes' | 'lat' | 'lon' | 'startDate' | 'endDate'>> {
  return {
    countryCode: n.countryCode ?? null,
    countryCodes: n.countryCodes ?? null,
    lat: n.lat ?? null,
    lon: n.lon ?? null,
    startDate: n.startDate ?? null,
    endDate: n.endDate ?? null,
  };
}

// ---------------------------------------------------------------- details

const REF = `__typename id name`;
const SOURCES = `sources { evidence report { id title url publishedAt } }`;

/**
 * Relationship fields per type: [field, the object field naming the other
 * end, direction seen from the entity, extra fields]. The relationship type
 * itself comes from each item's `type` (Involvement carries its role there).
 */
type RelField = readonly [field: string, other: string, direction: 'out' | 'in', extra?: string];
const REL_FIELDS: Readonly<Record<Exclude<EntityType, 'Report'>, readonly RelField[]>> = {
  Organization: [
    ['basedIn', 'place', 'out'],
    ['partOf', 'parent', 'out'],
    ['parts', 'part', 'in'],
    ['people', 'person', 'in', 'roles'],
    ['events', 'event', 'out'],
    ['practices', 'practice', 'out'],
  ],
  Person: [
    ['affiliations', 'organization', 'out', 'roles'],
    ['spokeAt', 'event', 'out'],
  ],
  Country: [
    ['located', 'subject', 'in'],
    ['participatedIn', 'event', 'out'],
  ],
  City: [['located', 'subject', 'in']],
  Event: [
    ['organizations', 'organization', 'in'],
    ['countries', 'country', 'in'],
    ['speakers', 'person', 'in'],
    ['practices', 'practice', 'in'],
    ['topics', 'topic', 'out'],
    ['heldIn', 'place', 'out'],
  ],
  Practice: [
    ['presentedBy', 'organization', 'in'],
    ['events', 'event', 'out'],
    ['topics', 'topic', 'out'],
  ],
  Topic: [
    ['events', 'event', 'in'],
    ['practices', 'practice', 'in'],
  ],
};

const OWN_FIELDS: Readonly<Record<EntityType, string>> = {
  Organization: 'aliases kind acronym countryCode country { name }',
  Person: 'aliases titles',
  Country: 'aliases code nameEn nameRu',
  City: 'aliases countryCode lat lon country { name }',
  Event: 'aliases kind startDate endDate countryCodes reports { id title url publishedAt }',
  Practice: 'aliases description audience',
  Topic: 'aliases labelEn labelRu',
  Report: 'title url language publishedAt',
};

/** The details query for one entity type. */
export function detailsQuery(type: EntityType): string {
  const rels = type === 'Report' ? [] : REL_FIELDS[type];
  const relText = rels
    .map(([field, other, , extra]) => {
      // Place is a union: its members are reached through the Node interface
      const otherSel = other === 'place' ? `${other} { ... on Node { ${REF} } }` : `${other} { ${REF} }`;
      return `${field} { type ${extra ?? ''} ${otherSel} ${SOURCES} }`;
    })
    .join('\n      ');
  const mentions = type === 'Report' ? '' : 'mentionedIn { nameAsWritten report { id title url publishedAt } }';
  // where the reports disagree about it: asked alongside, so the panel needs one request
  const conflicts = type === 'Report' ? '' : 'conflicts(id: $id) { property shown claims { value report { id title url publishedAt } } }';
  return `query ExplorerDetails${type}($id: ID!) {
  node(id: $id) {
    __typename id name
    ... on ${type} {
      ${OWN_FIELDS[type]}
      ${relText}
      ${mentions}
    }
  }
  ${conflicts}
}`;
}

interface RawReport {
  id: string;
  title: string;
  url: string | null;
  publishedAt: string | null;
}
interface RawSource {
  evidence: string | null;
  report: RawReport;
}
interface RawRel {
  type: string;
  roles?: string[];
  sources: RawSource[];
  [other: string]: unknown;
}
type RawDetails = NodeFields & {
  aliases?: string[];
  titles?: string[];
  nameEn?: string | null;
  nameRu?: string | null;
  labelEn?: string | null;
  labelRu?: string | null;
  description?: string | null;
  audience?: string | null;
  reports?: RawReport[];
  mentionedIn?: Array<{ nameAsWritten: string | null; report: RawReport }>;
  [field: string]: unknown;
};
export interface DetailsResult {
  node: RawDetails | null;
  conflicts?: RawConflict[];
}

export function toDetails(n: RawDetails, conflicts: readonly RawConflict[] = []): EntityDetails | null {
  const type = normalizeType(n.__typename);
  if (!type) return null;
  const properties: [string, string][] = [];
  const add = (label: string, v: string | number | null | undefined) => {
    if (v !== null && v !== undefined && v !== '') properties.push([label, String(v)]);
  };
  add('Kind', n.kind);
  add('Acronym', n.acronym);
  if (n.countryCodes && n.countryCodes.length > 1) add('Countries', n.countryCodes.join(', '));
  else add('Country', countryNameOf(n) ?? undefined);
  add('Code', n.code);
  if (n.startDate || n.endDate) add('Dates', !n.endDate || n.startDate === n.endDate ? n.startDate : `${n.startDate ?? '?'} – ${n.endDate}`);
  if (n.titles?.length) add('Titles', n.titles.join('; '));
  add('Description', n.description);
  add('Audience', n.audience);
  add('Name (en)', n.nameEn ?? n.labelEn);
  add('Name (ru)', n.nameRu ?? n.labelRu);
  if (typeof n.lat === 'number' && typeof n.lon === 'number') add('Coordinates', `${n.lat.toFixed(3)}, ${n.lon.toFixed(3)}`);

  const relationships: RelationshipView[] = [];
  const rels = type === 'Report' ? [] : REL_FIELDS[type];
  for (const [field, otherKey, direction] of rels) {
    const items = n[field];
    if (!Array.isArray(items)) continue;
    for (const item of items as RawRel[]) {
      const other = toRef(item[otherKey] as NodeFields | undefined);
      if (!other) continue;
      relationships.push({ type: item.type, direction, other, roles: item.roles ?? [], sources: item.sources.map(toSource) });
    }
  }
  // an event's reports (REPORTS_ON): listed as relationships so their titles are a click away
  const reportMap = new Map<string, RawReport>();
  for (const m of n.mentionedIn ?? []) reportMap.set(m.report.id, m.report);
  for (const r of n.reports ?? []) reportMap.set(r.id, r);
  const aliases = [...new Set([...(n.aliases ?? []), ...(n.mentionedIn ?? []).map((m) => m.nameAsWritten ?? '')])].filter((a) => a && a !== n.name);
  return {
    id: n.id,
    type,
    name: n.name,
    countryCode: countryOf(n),
    countryCodes: n.countryCodes ?? null,
    aliases,
    properties,
    relationships,
    reports: [...reportMap.values()].map((r) => ({ id: r.id, title: r.title, url: r.url, publishedAt: r.publishedAt })),
    conflicts: conflicts.map(toConflict),
    lat: n.lat ?? null,
    lon: n.lon ?? null,
    startDate: n.startDate ?? null,
    endDate: n.endDate ?? null,
  };
}

function toRef(n: NodeFields | null | undefined): EntityRef | null {
  if (!n) return null;
  const type = normalizeType(n.__typename);
  return type ? { id: n.id, type, name: n.name } : null;
}

function toSource(s: RawSource): SourceView {
  return { evidence: s.evidence, report: { id: s.report.id, title: s.report.title, url: s.report.url, publishedAt: s.report.publishedAt } };
}

type RawConflict = { property: string; shown: string | null; claims: Array<{ value: string; report: RawReport }> };

function toConflict(c: RawConflict): ConflictView {
  return {
    property: c.property,
    shown: c.shown,
    claims: c.claims.map((claim) => ({ value: claim.value, report: { id: claim.report.id, title: claim.report.title, url: claim.report.url, publishedAt: claim.report.publishedAt } })),
  };
}

export const REPORT_TEXT = `query ExplorerReportText($id: ID!) {
  node(id: $id) { id ... on Report { text } }
}`;
export interface ReportTextResult {
  node: { id: string; text?: string | null } | null;
}

// ---------------------------------------------------------------- analysis

export const PATH = `query ExplorerPath($from: ID!, $to: ID!, $maxHops: Int) {
  collaborationPath(from: $from, to: $to, maxHops: $maxHops) {
    nodes { ${REF} }
    edges { type source target ${SOURCES} }
  }
}`;
export interface PathResult {
  collaborationPath: {
    nodes: NodeFields[];
    edges: Array<{ type: string; source: string; target: string; sources: RawSource[] }>;
  } | null;
}

export function toPath(p: NonNullable<PathResult['collaborationPath']>): PathView {
  return {
    nodes: p.nodes.map(toRef).filter((r): r is EntityRef => r !== null),
    steps: p.edges.map((e) => ({ type: e.type, source: e.source, target: e.target, sources: e.sources.map(toSource) })),
  };
}

export const PARTNERS = `query ExplorerPartners($for: ID!, $first: Int) {
  partnerSuggestions(for: $for, first: $first) {
    score reasons
    why { summary topics { topic { name } } }
    organization { __typename id name kind countryCode country { name } }
  }
}`;
export interface PartnersResult {
  partnerSuggestions: Array<{ score: number; reasons: string[]; why: { summary: string[]; topics: Array<{ topic: { name: string } }> }; organization: NodeFields }>;
}

const EXPORT_FIELDS = 'format fileName mediaType content nodeCount edgeCount truncated';

/** The view as a file: exactly its entities, the relationships it shows, where it drew them. */
export const EXPORT_SUBGRAPH = `query ExplorerExportView($ids: [ID!]!, $edges: [ID!], $positions: [NodePositionInput!], $groups: [NodeGroupInput!], $format: ExportFormat!) {
  exportSubgraph(ids: $ids, edges: $edges, positions: $positions, groups: $groups, format: $format) { ${EXPORT_FIELDS} }
}`;
export interface ExportSubgraphResult {
  exportSubgraph: GraphExportFields;
}

/** An entity's neighbourhood as a file. */
export const EXPORT_NEIGHBORHOOD = `query ExplorerExportNeighborhood($ids: [ID!]!, $depth: Int, $limit: Int, $types: [EntityType!], $format: ExportFormat!) {
  exportNeighborhood(ids: $ids, depth: $depth, limit: $limit, types: $types, format: $format) { ${EXPORT_FIELDS} }
}`;
export interface ExportNeighborhoodResult {
  exportNeighborhood: GraphExportFields;
}

export interface GraphExportFields {
  format: string;
  fileName: string;
  mediaType: string;
  content: string;
  nodeCount: number;
  edgeCount: number;
  truncated: boolean;
}

export const STATS = `query ExplorerStats { stats { byType { type count } } }`;
export interface StatsResult {
  stats: { byType: Array<{ type: string; count: number }> };
}

export function toStats(s: StatsResult['stats']): StatsView {
  const byType: StatsView['byType'] = {};
  let total = 0;
  for (const row of s.byType) {
    const t = normalizeType(row.type);
    if (!t) continue;
    byType[t] = row.count;
    if (t !== 'Report') total += row.count;
  }
  return { total, byType };
}

export const TOPICS = `query ExplorerTopics($first: Int) { topics(first: $first) { edges { node { id name } } } }`;
export interface TopicsResult {
  topics: { edges: Array<{ node: { id: string; name: string } }> };
}

/** Seeds of the opening view: events (they tie everything together) and the most mentioned organizations. */
export const OVERVIEW_SEEDS = `query ExplorerOverview($first: Int) {
  events(first: $first, orderBy: { field: MENTIONS, direction: DESC }) { edges { node { id } } }
  organizations(first: $first, orderBy: { field: MENTIONS, direction: DESC }) { edges { node { id } } }
}`;
export interface OverviewResult {
  events: { edges: Array<{ node: { id: string } }> };
  organizations: { edges: Array<{ node: { id: string } }> };
}
