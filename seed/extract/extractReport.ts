import { curatedData, type CuratedData } from '../data/curated.ts';
import type { Entity, EventEntity, Extraction, Relation } from '../extraction.ts';
import { gazetteersFor } from '../gazetteer/index.ts';
import { parseReport, type ParsedReport } from '../read/parseReport.ts';
import { eventId } from '../resolve/ids.ts';
import { resolveMentions } from '../resolve/resolveMentions.ts';
import { NAME_FUNCTION_WORDS } from './lexicon.ts';
import { findQuotedSpans } from '../text/quotes.ts';
import { splitSentences } from '../text/sentences.ts';
import { toLatin } from '../text/transliterate.ts';
import { referenceDate } from './referenceDate.ts';
import { dayOfWhole, datesFromParts, fillMissingEventDates, leadDateForMainEvent } from './eventDates.ts';
import { eventExtractor, seriesStops } from './eventExtractor.ts';
import type { ExtractionContext, Extractor } from './Extractor.ts';
import { organizationExtractor } from './organizationExtractor.ts';
import { personExtractor } from './personExtractor.ts';
import { placeExtractor } from './placeExtractor.ts';
import { practiceExtractor } from './practiceExtractor.ts';
import { extractRelations, templateSentences } from './relations/index.ts';
import { topicExtractor } from './topicExtractor.ts';

/** The pipeline in order: later extractors see (and avoid) what earlier ones found. */
export const DEFAULT_EXTRACTORS: readonly Extractor[] = [
  organizationExtractor,
  eventExtractor,
  placeExtractor,
  personExtractor,
  practiceExtractor,
  topicExtractor,
];

export interface ExtractOptions {
  /** Curated organizations, places, names and taxonomy (default: seed/data). */
  curated?: CuratedData;
  extractors?: readonly Extractor[];
}

/** Text → Extraction: entities with mentions, relations with evidence, merge candidates. */
export function extractReport(report: ParsedReport | string, options: ExtractOptions = {}): Extraction {
  const parsed = typeof report === 'string' ? parseReport(report) : report;
  const curated = options.curated ?? curatedData();
  const ctx: ExtractionContext = {
    text: parsed.text,
    language: parsed.meta.language,
    sentences: splitSentences(parsed.text),
    quotes: findQuotedSpans(parsed.text),
    curated,
    gazetteers: gazetteersFor(curated),
    referenceDate: referenceDate(parsed),
    found: [],
  };
  const extractors = options.extractors ?? DEFAULT_EXTRACTORS;
  for (const ex of extractors) ctx.found.push(...ex.extract(ctx));
  // The stops of a series are known by their cities, so they are named once places are found.
  if (extractors.includes(eventExtractor)) ctx.found.push(...seriesStops(ctx));

  const resolved = resolveMentions(ctx.found, ctx);
  const entities = new Map<string, Entity>(resolved.entities.map((e) => [e.id, e]));
  const templated = templateSentences(ctx.text, ctx.sentences, ctx.found);
  fillMissingEventDates(entities, ctx);
  leadDateForMainEvent(entities, resolved.mainEventId, ctx);
  let relations = extractRelations({ text: ctx.text, sentences: templated, candidates: ctx.found, entities, mainEventId: resolved.mainEventId, knownParents: knownParentsOf(curated) });
  datesFromParts(entities, relations, ctx);
  dayOfWhole(entities, relations, resolved.mainEventId, ctx);
  inheritCountryFromPlace(entities, relations);
  const renamed = finalEventIds(entities, relations);
  relations = relations.map((r) => ({ ...r, from: renamed.get(r.from) ?? r.from, to: renamed.get(r.to) ?? r.to }));

  return {
    report: parsed.meta,
    entities: [...entities.values()].map((e) => ({ ...e, id: renamed.get(e.id) ?? e.id })),
    relations,
    mergeCandidates: resolved.mergeCandidates,
    text: parsed.text,
  };
}

const parentsByData = new WeakMap<CuratedData, Map<string, string>>();

/** Child id → parent id of the curated organizations that name a parent. */
function knownParentsOf(curated: CuratedData): Map<string, string> {
  let m = parentsByData.get(curated);
  if (!m) {
    m = new Map(curated.organizations.flatMap((o) => (o.partOf ? [[o.id, o.partOf] as [string, string]] : [])));
    parentsByData.set(curated, m);
  }
  return m;
}

/** An organization based in a city or country takes that country when its name did not state one. */
function inheritCountryFromPlace(entities: Map<string, Entity>, relations: Relation[]): void {
  for (const r of relations) {
    if (r.type !== 'BASED_IN') continue;
    const org = entities.get(r.from);
    const place = entities.get(r.to);
    if (org?.type !== 'Organization' || org.countryCode) continue;
    org.countryCode = place?.type === 'City' ? (place.countryCode ?? null) : place?.type === 'Country' ? place.code : null;
  }
}

/** Event ids from year, country, kind and first title word, once HELD_IN is known. */
function finalEventIds(entities: Map<string, Entity>, relations: Relation[]): Map<string, string> {
  const renamed = new Map<string, string>();
  const used = new Set<string>();
  for (const e of entities.values()) {
    if (e.type !== 'Event') continue;
    const places = relations.filter((r) => r.type === 'HELD_IN' && r.from === e.id).map((r) => entities.get(r.to));
    const country =
      places.find((p) => p?.type === 'Country')?.id.slice('country:'.length) ??
      places.map((p) => (p?.type === 'City' ? p.countryCode : null)).find(Boolean) ??
      null;
    const city = places.find((p) => p?.type === 'City')?.name ?? null;
    const id = eventId({ year: e.startDate?.slice(0, 4) ?? null, countryCode: country, kind: e.kind ?? 'event', titleWord: titleWord(e) ?? city });
    const unique = used.has(id) ? `${id}-${used.size + 1}` : id;
    used.add(unique);
    if (unique !== e.id) renamed.set(e.id, unique);
  }
  return renamed;
}

const TITLE_STOP = new Set([...NAME_FUNCTION_WORDS, 'from', 'international', 'regional', 'national', 'annual', 'от', 'к', 'из']);

function titleWord(e: EventEntity): string | null {
  if (!e.name || e.name.toLowerCase() === (e.kind ?? '').toLowerCase()) return null;
  const words = e.name.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 2 && !TITLE_STOP.has(w.toLowerCase()));
  const kindWords = new Set((e.kind ?? '').split(' '));
  const w = words.find((x) => !kindWords.has(x.toLowerCase()));
  return w ? toLatin(w).toLowerCase() : null;
}
