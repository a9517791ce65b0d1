import type { Extraction } from '../schema/extraction.ts';
import { RELATION_TYPES, type RelationType } from '../schema/extraction.ts';
import { InvalidExtractionError } from '../errors.ts';
import { ENTITY_LABELS, labelOfId, type EntityLabel } from '../schema/model.ts';
import { claimOf, distinctNames, type Props } from './claims.ts';
import type { SourceEntry } from './relationshipClaims.ts';

export interface PreparedEntity {
  id: string;
  label: EntityLabel;
  /** the MENTIONS properties */
  claim: Props;
}

export interface PreparedRelation {
  type: RelationType;
  from: string;
  to: string;
  entry: SourceEntry;
}

export interface PreparedSuggestion {
  id: string;
  a: string;
  b: string;
  score: number;
  reason: string;
}

export interface PreparedReport {
  id: string;
  title: string;
  url: string | null;
  publishedAt: string | null;
  /** the Report node's properties (no nulls) */
  props: Props;
}

/** An Extraction checked, with ids redirected and duplicates folded: ready to plan writes from. */
export interface PreparedExtraction {
  report: PreparedReport;
  entities: PreparedEntity[];
  relations: PreparedRelation[];
  suggestions: PreparedSuggestion[];
}

/** The id of the merge suggestion for a pair, the same whichever way round it is named. */
export function suggestionId(a: string, b: string): string {
  return a < b ? `suggestion:${a}+${b}` : `suggestion:${b}+${a}`;
}

/**
 * Checks the contract and folds the extraction into one claim per entity id
 * and one entry per relationship (type, from, to). `redirect` maps ids a
 * curator merged away to the id that kept them.
 */
export function prepareExtraction(
  extraction: Extraction,
  ingestedAt: string,
  redirect: ReadonlyMap<string, string> = new Map(),
): PreparedExtraction {
  const { report } = extraction;
  if (!/^report:\S+$/.test(report.id)) throw new InvalidExtractionError(`Report id '${report.id}' is not of the form report:<hash>`);
  if (!report.title.trim()) throw new InvalidExtractionError(`Report ${report.id} has an empty title`);
  const to = (id: string): string => redirect.get(id) ?? id;

  const entities = new Map<string, PreparedEntity>();
  for (const e of extraction.entities) {
    const label = labelOfId(e.id);
    if (!(ENTITY_LABELS as readonly string[]).includes(e.type)) {
      throw new InvalidExtractionError(`Entity ${e.id} has unknown type '${e.type}'`);
    }
    if (label !== e.type) throw new InvalidExtractionError(`Entity id ${e.id} does not name a ${e.type}`);
    if (!e.name.trim()) throw new InvalidExtractionError(`Entity ${e.id} has an empty name`);
    const id = to(e.id);
    const claim = claimOf(e);
    if (id !== e.id) claim.aliases = distinctNames([...(claim.aliases as string[]), e.name]);
    const seen = entities.get(id);
    if (!seen) {
      entities.set(id, { id, label: e.type, claim });
    } else if (seen.label !== e.type) {
      throw new InvalidExtractionError(`Entity ${id} is both a ${seen.label} and a ${e.type}`);
    } else {
      seen.claim = foldClaims(seen.claim, claim);
    }
  }

  const relations = new Map<string, PreparedRelation>();
  for (const r of extraction.relations) {
    if (!RELATION_TYPES.includes(r.type)) throw new InvalidExtractionError(`Relation type '${r.type}' is not in the model`);
    const from = to(r.from);
    const target = to(r.to);
    for (const end of [from, target]) {
      if (!entities.has(end)) throw new InvalidExtractionError(`Relation ${r.type} ${r.from} → ${r.to} names ${end}, which is not among the entities`);
    }
    // Two names resolved to one entity: a relation between them says nothing.
    if (from === target) continue;
    const key = `${r.type} ${from} ${target}`;
    const seen = relations.get(key);
    const evidence = r.evidence.trim() ? [r.evidence.trim()] : [];
    const roles = distinctNames(r.roles ?? []);
    const confidence = Number.isFinite(r.confidence) ? Math.min(1, Math.max(0, r.confidence)) : 0;
    if (!seen) {
      relations.set(key, { type: r.type, from, to: target, entry: { source: report.id, confidence, evidence, roles } });
    } else {
      seen.entry.confidence = Math.max(seen.entry.confidence, confidence);
      seen.entry.evidence = [...new Set([...seen.entry.evidence, ...evidence])];
      seen.entry.roles = distinctNames([...seen.entry.roles, ...roles]);
    }
  }

  const suggestions = new Map<string, PreparedSuggestion>();
  for (const c of extraction.mergeCandidates ?? []) {
    const a = to(c.a);
    const b = to(c.b);
    if (a === b || labelOfId(a) !== labelOfId(b)) continue;
    const id = suggestionId(a, b);
    const seen = suggestions.get(id);
    if (!seen || seen.score < c.score) suggestions.set(id, { id, a, b, score: c.score, reason: c.reason });
  }

  const props: Props = { id: report.id, title: report.title.trim(), language: report.language, ingestedAt };
  if (report.url) props.url = report.url;
  if (report.publishedAt) props.publishedAt = report.publishedAt;
  if (report.publisher) props.publisher = report.publisher;
  if (extraction.text !== undefined) props.text = extraction.text;
  return {
    report: { id: report.id, title: props.title as string, url: report.url ?? null, publishedAt: report.publishedAt ?? null, props },
    entities: [...entities.values()],
    relations: [...relations.values()],
    suggestions: [...suggestions.values()],
  };
}

/** Two entities of one report that resolved to one id: one claim with every name and mention. */
function foldClaims(a: Props, b: Props): Props {
  const out: Props = { ...b, ...a };
  out.aliases = distinctNames([...(a.aliases as string[]), b.name as string, ...(b.aliases as string[])]).filter(
    (n) => n.toLowerCase() !== String(a.name).toLowerCase(),
  );
  if (Array.isArray(a.titles) || Array.isArray(b.titles)) {
    out.titles = distinctNames([...((a.titles as string[] | undefined) ?? []), ...((b.titles as string[] | undefined) ?? [])]);
  }
  out.starts = [...((a.starts as number[] | undefined) ?? []), ...((b.starts as number[] | undefined) ?? [])];
  out.ends = [...((a.ends as number[] | undefined) ?? []), ...((b.ends as number[] | undefined) ?? [])];
  return out;
}
