import type { Graph } from '../connection.ts';
import type { Entity, Extraction, Mention } from '../schema/extraction.ts';
import type { EntityLabel } from '../schema/model.ts';
import type { BatchState } from './batchState.ts';
import type { LoadOptions } from './loadExtractions.ts';
import { noResolution, redirectsOf, type KnownEntity, type Resolver } from './nameQueries.ts';
import type { PreparedExtraction } from './prepareExtraction.ts';
import { readAndPlan } from './readAndPlan.ts';

/** How an entity of a previewed report stands against the graph. */
export type PreviewIdentity = 'new' | 'match' | 'uncertain';

/** Why an entity takes the id of one already in the graph. */
export type MatchReason = 'same-id' | 'curator-merge' | 'resolution';

export interface PreviewEntity {
  /** the id it would have in the graph */
  id: string;
  /** the id extraction gave it, before identity resolution */
  extractedId: string;
  type: EntityLabel;
  name: string;
  aliases: string[];
  /** where the report names it, in `text` */
  mentions: Mention[];
  identity: PreviewIdentity;
  /** the entity of the graph it matches (match), or the likeliest one (uncertain) */
  match: { id: string; type: EntityLabel; name: string } | null;
  matchReason: MatchReason | null;
  /** the resolution's reason for an uncertain pair */
  reason: string | null;
  /** the resolution's score for an uncertain pair */
  score: number | null;
}

export interface PreviewRelation {
  type: string;
  from: string;
  to: string;
  evidence: string[];
  confidence: number;
  roles: string[];
}

export interface ReportPreview {
  reportId: string;
  title: string;
  url: string | null;
  language: string;
  publishedAt: string | null;
  /** what loading it would do: nothing (unchanged), replace earlier versions, or add it */
  status: 'created' | 'unchanged' | 'replaced';
  /** the earlier versions it would replace */
  replaces: Array<{ id: string; title: string }>;
  entities: PreviewEntity[];
  relations: PreviewRelation[];
}

/** What resolution was given and gave back, for the preview to say why each entity got its id. */
interface Resolution {
  input: Extraction;
  output: Extraction;
  known: readonly KnownEntity[];
}

/**
 * What loading `extraction` would do, worked out by the loader's own reads
 * and planning pass (readAndPlan) with the same identity resolution, in a
 * read transaction: nothing is written. A report loaded already is planned
 * as if it were not, so its entities still say who they are.
 */
export async function previewExtraction(
  graph: Graph,
  extraction: Extraction,
  opts: Pick<LoadOptions, 'resolve' | 'searchKeys'> & { timeoutMs?: number } = {},
): Promise<ReportPreview> {
  let seen: Resolution | null = null;
  const resolve: Resolver = (input, known) => {
    const output = (opts.resolve ?? noResolution)(input, known);
    seen = { input, output, known };
    return output;
  };
  const plan = await graph.read((tx) => readAndPlan(tx, [extraction], { resolve, searchKeys: opts.searchKeys, planLoaded: true }), opts.timeoutMs);
  const planned = plan.planned[0]!;
  if ('error' in planned) throw planned.error;
  const resolution = seen as Resolution | null;
  if (!planned.prepared || !resolution) throw new Error(`report ${extraction.report.id} was not planned`);
  const r = extraction.report;
  return {
    reportId: r.id,
    title: planned.result.title,
    url: r.url ?? null,
    language: r.language,
    publishedAt: r.publishedAt ?? null,
    status: plan.loaded.has(r.id) ? 'unchanged' : planned.result.status,
    replaces: plan.loaded.has(r.id) ? [] : plan.versions.filter((v) => planned.result.replaced.includes(v.id)).map((v) => ({ id: v.id, title: v.title })),
    entities: previewEntities(extraction, resolution, planned.prepared, plan.state),
    relations: planned.prepared.relations.map((x) => ({ type: x.type, from: x.from, to: x.to, evidence: x.entry.evidence, confidence: x.entry.confidence, roles: x.entry.roles })),
  };
}

/** One entry per id the report's entities end with, in the order the report names them first. */
function previewEntities(extraction: Extraction, resolution: Resolution, prepared: PreparedExtraction, state: BatchState): PreviewEntity[] {
  const redirect = redirectsOf(resolution.known);
  const finalId = (id: string): string => redirect.get(id) ?? id;
  const byId = new Map<string, PreviewEntity>();
  for (const out of resolution.output.entities) {
    const original = originalOf(out, resolution, extraction);
    const id = finalId(out.id);
    const seen = byId.get(id);
    if (seen) {
      seen.mentions.push(...out.mentions);
      for (const n of [out.name, ...out.aliases]) if (n !== seen.name && !seen.aliases.includes(n)) seen.aliases.push(n);
      continue;
    }
    const stored = state.hasDbEntity(id) ? state.entity(id) : null;
    const entity: PreviewEntity = {
      id,
      extractedId: original?.id ?? out.id,
      type: out.type,
      name: out.name,
      aliases: out.aliases.filter((a) => a !== out.name),
      mentions: [...out.mentions],
      identity: stored ? 'match' : 'new',
      match: stored ? { id, type: stored.label, name: String(stored.props.name ?? id) } : null,
      matchReason: stored ? (original?.id === id ? 'same-id' : redirect.has(original?.id ?? '') || redirect.has(out.id) ? 'curator-merge' : 'resolution') : null,
      reason: null,
      score: null,
    };
    byId.set(id, entity);
  }
  // A pair the resolution was not sure of: the entity is uncertain, with the likeliest other one.
  for (const s of [...prepared.suggestions].sort((a, b) => b.score - a.score)) {
    for (const [mine, other] of [[s.a, s.b], [s.b, s.a]] as const) {
      const e = byId.get(mine);
      if (!e || e.identity === 'uncertain') continue;
      const stored = state.hasDbEntity(other) ? state.entity(other) : null;
      const name = stored ? String(stored.props.name ?? other) : (byId.get(other)?.name ?? other);
      Object.assign(e, { identity: 'uncertain', match: { id: other, type: e.type, name }, matchReason: null, reason: s.reason, score: s.score });
    }
  }
  for (const e of byId.values()) e.mentions.sort((a, b) => a.start - b.start);
  return [...byId.values()].sort((a, b) => (a.mentions[0]?.start ?? Infinity) - (b.mentions[0]?.start ?? Infinity));
}

/**
 * The entity of the extraction an entity the resolution gave back came from.
 * Redirecting curator merges keeps the order, so the resolution's input is
 * the extraction entity for entity; its output is matched by where the
 * entity is first named, then by its type and name.
 */
function originalOf(out: Entity, resolution: Resolution, extraction: Extraction): Entity | null {
  const { input, output } = resolution;
  const at = (i: number): Entity | null => (i >= 0 && input.entities.length === extraction.entities.length ? extraction.entities[i]! : null);
  if (input.entities.length === output.entities.length) return at(output.entities.indexOf(out));
  const first = out.mentions[0]?.start;
  const i = input.entities.findIndex((e) => e.type === out.type && (first !== undefined ? e.mentions.some((m) => m.start === first) : e.name === out.name));
  return at(i);
}
