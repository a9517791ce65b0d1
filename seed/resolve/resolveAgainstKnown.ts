import { curatedData, type CuratedData } from '../data/curated.ts';
import type { Entity, EntityType, Extraction, MergeCandidate, Relation } from '../extraction.ts';
import { firstNameIndex } from '../extract/personExtractor.ts';
import { dedupeRelations } from '../extract/relations/index.ts';
import { gazetteersFor } from '../gazetteer/index.ts';
import { normalizeName } from '../text/normalizeName.ts';
import { stem } from '../text/stem.ts';
import { eventSimilarity, type EventFacts } from './eventSimilarity.ts';
import { fuzzyDice, orgSimilarity, type OrgName } from './orgName.ts';
import { parsedOrgName } from './parsedOrgName.ts';
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
  const scorer = scorerFor(curated);
  const { curatedIds, g } = scorer;

  // A body named only in institutional words ("Ministry of Education", "State
  // University") identifies nothing beyond its report: its id is the report's own.
  for (const e of out.entities) {
    if (e.type !== 'Organization' || curatedIds.has(e.id) || !isGenericOnly(e, g)) continue;
    const scoped = `${e.id}-r${out.report.id.replace(/^report:/, '').slice(0, 8)}`;
    rename.set(e.id, scoped);
    e.id = scoped;
  }
  const knownIds = new Set(known.map((k) => k.id));
  // Each candidate's names are prepared once for the whole report, not once per entity compared with it.
  const candidates = new Map<EntityType, Array<Side<KnownEntity>>>();
  for (const k of known) {
    let list = candidates.get(k.type);
    if (!list) candidates.set(k.type, (list = []));
    list.push(side(k));
  }

  for (const type of ORDER) {
    for (const e of out.entities.filter((x) => x.type === type)) {
      if (knownIds.has(e.id)) continue;
      const ours = side(e);
      let best: { k: KnownEntity; score: number; reason: string } | null = null;
      for (const k of candidates.get(e.type) ?? []) {
        const s = scorer.score(ours, k, out, rename);
        if (!best || s.score > best.score) best = { k: k.entity, ...s };
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

/**
 * One side of a comparison, an entity of the report or a candidate: its first
 * twelve distinct names and, made on first use and kept for every entity it
 * is compared with, each type's comparison form of them. Made for one entity
 * as it stands; the entity is not modified while its side is in use.
 */
interface Side<T extends Entity | KnownEntity> {
  entity: T;
  /** read through namesOf: a candidate ruled out by country or kind never needs them */
  names?: string[];
  parsed?: OrgName[];
  /** the names not written as an acronym, parsed (organizations) */
  full?: OrgName[];
  people?: Array<{ given: string | null; surname: string }>;
  normalized?: string[];
  stems?: string[][];
  event?: EventFacts;
}

function side<T extends Entity | KnownEntity>(entity: T): Side<T> {
  return { entity };
}

function namesOf(s: Side<Entity | KnownEntity>): string[] {
  return (s.names ??= uniq([s.entity.name, ...s.entity.aliases], 12));
}

interface Scorer {
  g: ReturnType<typeof gazetteersFor>;
  curatedIds: ReadonlySet<string>;
  score(e: Side<Entity>, k: Side<KnownEntity>, ex: Extraction, rename: Map<string, string>): { score: number; reason: string };
}

// The same names meet report after report (a hub's names with every report
// naming it), so a pair's score is kept, by the parsed names' identity.
let SIMILARITY = new WeakMap<OrgName, Map<OrgName, { score: number; reason: string }>>();
let SIMILARITY_SIZE = 0;
const SIMILARITY_MAX = 500_000;

function similarOrgNames(a: OrgName, b: OrgName): { score: number; reason: string } {
  let row = SIMILARITY.get(a);
  if (!row) SIMILARITY.set(a, (row = new Map()));
  let s = row.get(b);
  if (!s) {
    s = orgSimilarity(a, b, 'graph');
    if (SIMILARITY_SIZE >= SIMILARITY_MAX) {
      SIMILARITY = new WeakMap();
      SIMILARITY_SIZE = 0;
    }
    row.set(b, s);
    SIMILARITY_SIZE++;
  }
  return s;
}

const SCORERS = new WeakMap<CuratedData, Scorer>();

/** The scorer for one curated table, made once: its gazetteers, curated ids and given names serve every report. */
function scorerFor(curated: CuratedData): Scorer {
  let scorer = SCORERS.get(curated);
  if (!scorer) SCORERS.set(curated, (scorer = makeScorer(curated)));
  return scorer;
}

function makeScorer(curated: CuratedData): Scorer {
  const g = gazetteersFor(curated);
  const curatedIds = new Set(curated.organizations.map((o) => o.id));
  const firstNames = firstNameIndex(curated.firstNames);
  // Acronyms bridge only when one side has nothing else: two full names that disagree are two bodies, whatever letters they share.
  const orgNames = (s: Side<Entity | KnownEntity>): { parsed: OrgName[]; full: OrgName[] } => {
    const parsed = (s.parsed ??= namesOf(s).map((n) => parsedOrgName(n, g)));
    return { parsed, full: (s.full ??= parsed.filter((n) => !n.acronym)) };
  };
  const score = (es: Side<Entity>, ks: Side<KnownEntity>, ex: Extraction, rename: Map<string, string>): { score: number; reason: string } => {
    const [e, k] = [es.entity, ks.entity];
    switch (e.type) {
      case 'Organization': {
        if (e.id !== k.id && curatedIds.has(e.id) && curatedIds.has(k.id)) return { score: 0, reason: 'two curated organizations' };
        if (e.countryCode && k.countryCode && e.countryCode !== k.countryCode) return { score: 0, reason: 'different country' };
        if (e.kind && k.kind && e.kind !== k.kind && e.kind !== 'other' && k.kind !== 'other') return { score: 0, reason: 'different kind' };
        const [en, kn] = [orgNames(es), orgNames(ks)];
        const [as, bs] = en.full.length > 0 && kn.full.length > 0 ? [en.full, kn.full] : [en.parsed, kn.parsed];
        return bestOf(as, bs, similarOrgNames);
      }
      case 'Person': {
        const [as, bs] = [es, ks].map((s) => (s.people ??= namesOf(s).map((n) => splitPersonName(n, firstNames))));
        return bestOf(as!, bs!, (a, b) => personMatch(a, b, firstNames));
      }
      case 'City': {
        if (e.countryCode && k.countryCode && e.countryCode !== k.countryCode) return { score: 0, reason: 'different country' };
        const [as, bs] = [es, ks].map((s) => (s.normalized ??= namesOf(s).map(normalizeName)));
        const same = as!.some((a) => bs!.some((b) => a === b));
        return same ? { score: 1, reason: 'same city name' } : { score: 0, reason: 'different city' };
      }
      case 'Practice': {
        const [as, bs] = [es, ks].map((s) => (s.stems ??= namesOf(s).map(contentStems)));
        return bestOf(as!, bs!, (a, b) => {
          const d = fuzzyDice(a, b);
          return { score: d, reason: `similar practice descriptions (${d.toFixed(2)})` };
        });
      }
      case 'Event': {
        // The report's side is made for one entity and the rename map does not change while it is compared.
        const facts = (es.event ??= eventFacts(e, ex, rename));
        const known = (ks.event ??= {
          name: k.name,
          aliases: k.aliases,
          kind: k.kind ?? null,
          countryCode: k.countryCode ?? null,
          startDate: k.startDate ?? null,
          endDate: k.endDate ?? null,
          participants: k.participants ?? [],
        });
        return eventSimilarity(facts, known);
      }
      default:
        return { score: 0, reason: 'matched by id only' };
    }
  };
  return { g, curatedIds, score };
}

/** Every name of the organization is institutional words only: no place, eponym, country, acronym or quoted name. */
function isGenericOnly(e: Entity, g: ReturnType<typeof gazetteersFor>): boolean {
  const names = uniq([e.name, ...e.aliases], 12).map((n) => parsedOrgName(n, g));
  return names.length > 0 && names.every((n) => n.proper.length === 0 && !n.core && !n.acronym && n.generic.length > 0);
}

function bestOf<A>(as: readonly A[], bs: readonly A[], f: (a: A, b: A) => { score: number; reason: string }): { score: number; reason: string } {
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

