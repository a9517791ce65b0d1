import { curatedData, type CuratedData } from '../data/curated.ts';
import type { Entity, EntityType, Extraction, MergeCandidate, Relation } from '../extraction.ts';
import { firstNameIndex } from '../extract/personExtractor.ts';
import { dedupeRelations } from '../extract/relations/index.ts';
import { gazetteersFor } from '../gazetteer/index.ts';
import { normalizeName } from '../text/normalizeName.ts';
import { stem } from '../text/stem.ts';
import { eventSimilarity, type EventFacts } from './eventSimilarity.ts';
import { fuzzyDice, orgSimilarity, parseOrgName } from './orgName.ts';
import { personMatch } from './personKey.ts';
import { MERGE_THRESHOLD, SUGGEST_THRESHOLD } from './resolveMentions.ts';

/** An entity already in the graph, as the loader found it by full-text search. */
export interface KnownEntity {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  countryCode?: string | null;
  kind?: string | null;
  startDate?: string | null;
  endDate?: string | null;
  /** Events only: ids of organizations that partnered, organized, hosted or took part. */
  participants?: string[];
}

export interface KnownMerge {
  from: string;
  into: string;
  score: number;
  reason: string;
}

export interface ResolveAgainstKnownResult {
  extraction: Extraction;
  merged: KnownMerge[];
  suggestions: MergeCandidate[];
}

export interface ResolveAgainstKnownOptions {
  curated?: CuratedData;
  /** Score from which an entity takes the known id (default 0.85). */
  mergeThreshold?: number;
  /** Score from which an uncertain pair is suggested to a curator (default 0.6). */
  suggestThreshold?: number;
}

const EVENT_ROLES = new Set<Relation['type']>(['PARTNERED', 'ORGANIZED', 'HOSTED', 'PARTICIPATED_IN']);
// Organizations first: event comparison then sees their graph ids among the participants.
const ORDER: EntityType[] = ['Organization', 'Person', 'City', 'Practice', 'Event'];

/**
 * Rewrites the ids of entities that confidently match entities already in the
 * graph (adding names as aliases) and returns the uncertain matches as
 * suggestions. Pure: no database, the input is not modified.
 */
export function resolveAgainstKnown(extraction: Extraction, known: KnownEntity[], options: ResolveAgainstKnownOptions = {}): ResolveAgainstKnownResult {
  const curated = options.curated ?? curatedData();
  const mergeAt = options.mergeThreshold ?? MERGE_THRESHOLD;
  const suggestAt = options.suggestThreshold ?? SUGGEST_THRESHOLD;
  const out: Extraction = structuredClone(extraction);
  const rename = new Map<string, string>();
  const merged: KnownMerge[] = [];
  const suggestions: MergeCandidate[] = [];
  const scorer = makeScorer(curated);
  const curatedIds = new Set(curated.organizations.map((o) => o.id));
  const g = gazetteersFor(curated);

  // A body named only in institutional words ("Ministry of Education", "State
  // University") identifies nothing beyond its report: its id is the report's own.
  for (const e of out.entities) {
    if (e.type !== 'Organization' || curatedIds.has(e.id) || !isGenericOnly(e, g)) continue;
    const scoped = `${e.id}-r${out.report.id.replace(/^report:/, '').slice(0, 8)}`;
    rename.set(e.id, scoped);
    e.id = scoped;
  }
  const knownIds = new Set(known.map((k) => k.id));

  for (const type of ORDER) {
    for (const e of out.entities.filter((x) => x.type === type)) {
      if (knownIds.has(e.id)) continue;
      let best: { k: KnownEntity; score: number; reason: string } | null = null;
      for (const k of known) {
        if (k.type !== e.type) continue;
        const s = scorer(e, k, out, rename);
        if (!best || s.score > best.score) best = { k, ...s };
      }
      if (!best || best.score < suggestAt) continue;
      if (best.score >= mergeAt) {
        for (const [from, to] of rename) if (to === e.id) rename.set(from, best.k.id);
        rename.set(e.id, best.k.id);
        merged.push({ from: e.id, into: best.k.id, score: best.score, reason: best.reason });
        e.aliases = uniq([...e.aliases, best.k.name, e.name].filter((n) => normalizeName(n) !== normalizeName(e.name) || n !== e.name));
        e.id = best.k.id;
      } else {
        suggestions.push({ a: e.id, b: best.k.id, score: best.score, reason: best.reason });
      }
    }
  }
  out.entities = mergeDuplicates(out.entities);
  out.relations = dedupeRelations(out.relations.map((r) => ({ ...r, from: rename.get(r.from) ?? r.from, to: rename.get(r.to) ?? r.to })));
  out.mergeCandidates = (out.mergeCandidates ?? [])
    .map((m) => ({ ...m, a: rename.get(m.a) ?? m.a, b: rename.get(m.b) ?? m.b }))
    .filter((m) => m.a !== m.b);
  return { extraction: out, merged, suggestions };
}

type Scorer = (e: Entity, k: KnownEntity, ex: Extraction, rename: Map<string, string>) => { score: number; reason: string };

// Resolution scores every name of an entity against every name of every
// candidate; parsing each name once (per gazetteer) instead of once per pair
// is most of loading's CPU saved. OrgName values are never modified.
const PARSED_CACHE = new WeakMap<object, Map<string, ReturnType<typeof parseOrgName>>>();
const PARSED_CACHE_MAX = 50_000;

function parsedOrgName(name: string, g: ReturnType<typeof gazetteersFor>): ReturnType<typeof parseOrgName> {
  let cache = PARSED_CACHE.get(g);
  if (!cache) PARSED_CACHE.set(g, (cache = new Map()));
  let parsed = cache.get(name);
  if (!parsed) {
    parsed = parseOrgName(name, g);
    if (cache.size >= PARSED_CACHE_MAX) cache.clear();
    cache.set(name, parsed);
  }
  return parsed;
}

function makeScorer(curated: CuratedData): Scorer {
  const g = gazetteersFor(curated);
  const curatedIds = new Set(curated.organizations.map((o) => o.id));
  const firstNames = firstNameIndex(curated.firstNames);
  return (e, k, ex, rename) => {
    const eNames = uniq([e.name, ...e.aliases], 12);
    const kNames = uniq([k.name, ...k.aliases], 12);
    switch (e.type) {
      case 'Organization': {
        if (e.id !== k.id && curatedIds.has(e.id) && curatedIds.has(k.id)) return { score: 0, reason: 'two curated organizations' };
        if (e.countryCode && k.countryCode && e.countryCode !== k.countryCode) return { score: 0, reason: 'different country' };
        if (e.kind && k.kind && e.kind !== k.kind && e.kind !== 'other' && k.kind !== 'other') return { score: 0, reason: 'different kind' };
        // Acronyms bridge only when one side has nothing else: two full names that disagree are two bodies, whatever letters they share.
        const full = (ns: string[]): string[] => ns.filter((n) => !parsedOrgName(n, g).acronym);
        const [ef, kf] = [full(eNames), full(kNames)];
        const [as, bs] = ef.length > 0 && kf.length > 0 ? [ef, kf] : [eNames, kNames];
        return bestOf(as, bs, (a, b) => orgSimilarity(parsedOrgName(a, g), parsedOrgName(b, g), 'graph'));
      }
      case 'Person':
        return bestOf(eNames, kNames, (a, b) => personMatch(splitPersonName(a, firstNames), splitPersonName(b, firstNames), firstNames));
      case 'City': {
        if (e.countryCode && k.countryCode && e.countryCode !== k.countryCode) return { score: 0, reason: 'different country' };
        const same = eNames.some((a) => kNames.some((b) => normalizeName(a) === normalizeName(b)));
        return same ? { score: 1, reason: 'same city name' } : { score: 0, reason: 'different city' };
      }
      case 'Practice':
        return bestOf(eNames, kNames, (a, b) => {
          const d = fuzzyDice(contentStems(a), contentStems(b));
          return { score: d, reason: `similar practice descriptions (${d.toFixed(2)})` };
        });
      case 'Event': {
        const facts = eventFacts(e, ex, rename);
        return eventSimilarity(facts, {
          name: k.name,
          aliases: k.aliases,
          kind: k.kind ?? null,
          countryCode: k.countryCode ?? null,
          startDate: k.startDate ?? null,
          endDate: k.endDate ?? null,
          participants: k.participants ?? [],
        });
      }
      default:
        return { score: 0, reason: 'matched by id only' };
    }
  };
}

/** Every name of the organization is institutional words only: no place, eponym, country, acronym or quoted name. */
function isGenericOnly(e: Entity, g: ReturnType<typeof gazetteersFor>): boolean {
  const names = uniq([e.name, ...e.aliases], 12).map((n) => parsedOrgName(n, g));
  return names.length > 0 && names.every((n) => n.proper.length === 0 && !n.core && !n.acronym && n.generic.length > 0);
}

function bestOf(as: string[], bs: string[], f: (a: string, b: string) => { score: number; reason: string }): { score: number; reason: string } {
  let best = { score: 0, reason: 'no similar name' };
  for (const a of as) {
    for (const b of bs) {
      const s = f(a, b);
      if (s.score > best.score) best = s;
    }
  }
  return { score: Math.round(best.score * 100) / 100, reason: best.reason };
}

function splitPersonName(name: string, firstNames: ReadonlyMap<string, string>): { given: string | null; surname: string } {
  const words = name.replace(/[.,]/g, ' ').split(/\s+/).filter(Boolean);
  if (words.length === 1) return { given: null, surname: words[0] ?? '' };
  if (!firstNames.has(normalizeName(words[0] ?? '')) && firstNames.has(normalizeName(words[1] ?? ''))) return { given: words[1] ?? null, surname: words[0] ?? '' };
  return { given: words[0] ?? null, surname: words[words.length - 1] ?? '' };
}

const STOP = new Set(['the', 'of', 'and', 'in', 'a', 'an', 'for', 'to', 'with', 'on', 'at', 'и', 'в', 'с', 'со', 'по', 'на', 'для']);

function contentStems(s: string): string[] {
  return normalizeName(s)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 2 && !STOP.has(w))
    .map((w) => stem(w));
}

function eventFacts(e: Entity, ex: Extraction, rename: Map<string, string>): EventFacts {
  const held = ex.relations.filter((r) => r.type === 'HELD_IN' && r.from === e.id).map((r) => ex.entities.find((x) => x.id === r.to));
  const countryCode =
    held.map((p) => (p?.type === 'Country' ? p.code : p?.type === 'City' ? (p.countryCode ?? null) : null)).find(Boolean) ?? null;
  return {
    name: e.name,
    aliases: e.aliases,
    kind: e.type === 'Event' ? (e.kind ?? null) : null,
    countryCode,
    startDate: e.type === 'Event' ? e.startDate : null,
    endDate: e.type === 'Event' ? e.endDate : null,
    participants: ex.relations.filter((r) => EVENT_ROLES.has(r.type) && r.to === e.id).map((r) => rename.get(r.from) ?? r.from),
  };
}

/** The first `limit` names that differ once normalised (a hub entity has hundreds of aliases: stop early). */
function uniq(xs: string[], limit = Infinity): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const x of xs) {
    if (out.length >= limit) break;
    const k = normalizeName(x);
    if (!k || seen.has(k)) continue;
    seen.add(k);
    out.push(x);
  }
  return out;
}

function mergeDuplicates(entities: Entity[]): Entity[] {
  const byId = new Map<string, Entity>();
  for (const e of entities) {
    const prev = byId.get(e.id);
    if (!prev) byId.set(e.id, e);
    else {
      prev.mentions = [...prev.mentions, ...e.mentions].sort((a, b) => a.start - b.start);
      prev.aliases = uniq([...prev.aliases, e.name, ...e.aliases]).filter((n) => n !== prev.name);
    }
  }
  return [...byId.values()];
}

