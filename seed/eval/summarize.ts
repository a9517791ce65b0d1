import type { Language } from '../extraction.ts';
import { ALIGNED_TYPES, NAMED_TYPES, type AlignedType } from './alignedTypes.ts';
import { sumCounts, type Prf } from './prf.ts';
import { CORE_FAMILIES, RELATION_FAMILIES, type RelationFamily } from './relationFamilies.ts';
import type { DateScore, RelationView, ReportScore } from './scoreReport.ts';

/** One report's score, with what it is grouped by. */
export interface ScoredReport {
  name: string;
  language: Language;
  score: ReportScore;
}

export interface LanguageSummary {
  reports: number;
  /** micro-average over the named entity types */
  entities: Prf;
  /** micro-average over the five core relation families */
  relations: Prf;
}

export interface Summary {
  reports: number;
  /** the entity types the annotation lists exhaustively (rows to show) */
  types: readonly AlignedType[];
  entities: Record<AlignedType, Prf>;
  /** micro-average over the named types (Organization, Person, Country, City, Event) */
  entitiesMicro: Prf;
  relations: Record<RelationFamily, Prf>;
  /** micro-average over the five core families (took part, spoke at, affiliation, located, part of) */
  relationsMicro: Prf;
  dates: DateScore;
  byLanguage: Partial<Record<Language, LanguageSummary>>;
}

function entityMicro(reports: readonly ScoredReport[]): Prf {
  return sumCounts(reports.flatMap((r) => NAMED_TYPES.map((t) => r.score.entities[t])));
}

function relationMicro(reports: readonly ScoredReport[]): Prf {
  return sumCounts(reports.flatMap((r) => CORE_FAMILIES.map((f) => r.score.relations[f])));
}

/** Micro-averages over a set of reports: per type, per family, per language, and the dates. */
export function summarize(reports: readonly ScoredReport[], types: readonly AlignedType[] = NAMED_TYPES): Summary {
  const entities = Object.fromEntries(ALIGNED_TYPES.map((t) => [t, sumCounts(reports.map((r) => r.score.entities[t]))])) as Record<AlignedType, Prf>;
  const relations = Object.fromEntries(RELATION_FAMILIES.map((f) => [f, sumCounts(reports.map((r) => r.score.relations[f]))])) as Record<RelationFamily, Prf>;
  const byLanguage: Summary['byLanguage'] = {};
  for (const language of ['en', 'ru'] as const) {
    const of = reports.filter((r) => r.language === language);
    if (of.length > 0) byLanguage[language] = { reports: of.length, entities: entityMicro(of), relations: relationMicro(of) };
  }
  return {
    reports: reports.length,
    types,
    entities,
    entitiesMicro: entityMicro(reports),
    relations,
    relationsMicro: relationMicro(reports),
    dates: {
      total: reports.reduce((s, r) => s + r.score.dates.total, 0),
      right: reports.reduce((s, r) => s + r.score.dates.right, 0),
    },
    byLanguage,
  };
}

export interface Tally {
  name: string;
  count: number;
}

export interface WorstMisses {
  /** per entity type: the gold names most often not found, and the extracted names most often wrong */
  entities: Partial<Record<AlignedType, { missed: Tally[]; spurious: Tally[] }>>;
  /** relation families, most missed first, each with a few missed and wrong relations */
  relations: Array<{ family: RelationFamily; missed: number; spurious: number; examplesMissed: Tally[]; examplesSpurious: Tally[] }>;
}

function top(names: readonly string[], n: number): Tally[] {
  const counts = new Map<string, number>();
  for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  return [...counts]
    .map(([name, count]) => ({ name, count }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name))
    .slice(0, n);
}

const arrow = (r: RelationView): string => `${r.from} → ${r.to}`;

/** The most frequent misses over a set of reports, `n` per type and family. */
export function worstMisses(reports: readonly ScoredReport[], types: readonly AlignedType[] = NAMED_TYPES, n = 5): WorstMisses {
  const entities: WorstMisses['entities'] = {};
  for (const t of types) {
    entities[t] = {
      missed: top(reports.flatMap((r) => r.score.entities[t].missed), n),
      spurious: top(reports.flatMap((r) => r.score.entities[t].spurious), n),
    };
  }
  const relations = RELATION_FAMILIES.map((family) => ({
    family,
    missed: reports.reduce((s, r) => s + r.score.relations[family].fn, 0),
    spurious: reports.reduce((s, r) => s + r.score.relations[family].fp, 0),
    examplesMissed: top(reports.flatMap((r) => r.score.relations[family].missed.map(arrow)), n),
    examplesSpurious: top(reports.flatMap((r) => r.score.relations[family].spurious.map(arrow)), n),
  })).sort((a, b) => b.missed - a.missed);
  return { entities, relations };
}

