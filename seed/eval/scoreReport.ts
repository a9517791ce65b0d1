import type { Entity, Extraction } from '../extraction.ts';
import { ALIGNED_TYPES, type AlignedType } from './alignedTypes.ts';
import { emptyEntities, type EntityRef, type GoldDocument, type GoldEntity } from './goldDocument.ts';
import { descriptionOverlap, nameSimilarity } from './nameSimilarity.ts';
import type { Counts } from './prf.ts';
import { familyOf, isScoredRelation, RELATION_FAMILIES, type RelationFamily } from './relationFamilies.ts';

/**
 * How alike two entities must be to count as the same, per type (the
 * reference scorer's thresholds). Events are named loosely ("the forum" for
 * "the 5th Regional Forum on …"), people and cities strictly.
 */
export const MATCH_THRESHOLDS: Record<AlignedType, number> = {
  Organization: 0.75,
  Person: 0.8,
  Country: 1,
  City: 0.85,
  Event: 0.5,
  Practice: 0.5,
  Topic: 0.5,
};

/** An entity as scoring sees it: its names, and what some types are matched or checked by. */
export interface ScoredEntity {
  names: string[];
  code?: string;
  id?: string;
  startDate?: string | null;
  endDate?: string | null;
}

export interface TypeScore extends Counts {
  /** first name of each gold entity nothing was aligned to */
  missed: string[];
  /** first name of each extracted entity aligned to no gold entity */
  spurious: string[];
}

/** A relation shown by the first names of its ends. */
export interface RelationView {
  from: string;
  to: string;
}

export interface FamilyScore extends Counts {
  missed: RelationView[];
  spurious: RelationView[];
}

export interface DateScore {
  /** gold events with a day-precise start */
  total: number;
  /** of those, found with the same start and end */
  right: number;
}

export interface ReportScore {
  entities: Record<AlignedType, TypeScore>;
  relations: Record<RelationFamily, FamilyScore>;
  dates: DateScore;
}

/** Extraction entities of the aligned types, in the order the extraction lists them. */
export function predictedEntities(pred: Extraction): Record<AlignedType, Array<ScoredEntity & { extractionId: string }>> {
  const out = emptyEntities<ScoredEntity & { extractionId: string }>();
  for (const e of pred.entities) {
    if (!(ALIGNED_TYPES as readonly string[]).includes(e.type)) continue;
    out[e.type as AlignedType].push({ extractionId: e.id, names: [e.name, ...e.aliases].filter(Boolean), ...extras(e) });
  }
  return out;
}

function extras(e: Entity): Partial<ScoredEntity> {
  if (e.type === 'Country') return { code: e.code.toUpperCase() };
  if (e.type === 'Event') return { startDate: e.startDate ?? null, endDate: e.endDate ?? null, id: e.id };
  return { id: e.id };
}

function similarity(type: AlignedType, gold: GoldEntity, pred: ScoredEntity): number {
  if (type === 'Country') return gold.code !== undefined && gold.code === pred.code ? 1 : 0;
  if (gold.id !== undefined) return gold.id === pred.id ? 1 : 0;
  if (type === 'Practice' || type === 'Topic') return Math.max(nameSimilarity(gold.names, pred.names), descriptionOverlap(gold.names, pred.names));
  return nameSimilarity(gold.names, pred.names);
}

/**
 * One-to-one alignment of gold and extracted entities of one type: every
 * pair at or over the type's threshold, most similar first, each entity used
 * once. Returns [gold index, extracted index] pairs.
 */
export function alignEntities(type: AlignedType, gold: readonly GoldEntity[], pred: readonly ScoredEntity[]): Array<[number, number]> {
  const pairs: Array<[number, number, number]> = [];
  gold.forEach((g, i) =>
    pred.forEach((p, j) => {
      const s = similarity(type, g, p);
      if (s >= MATCH_THRESHOLDS[type]) pairs.push([s, i, j]);
    }),
  );
  // Stable sort: equally similar pairs keep gold-then-extraction order, as in the reference scorer.
  pairs.sort((x, y) => y[0] - x[0]);
  const usedGold = new Set<number>();
  const usedPred = new Set<number>();
  const aligned: Array<[number, number]> = [];
  for (const [, i, j] of pairs) {
    if (usedGold.has(i) || usedPred.has(j)) continue;
    usedGold.add(i);
    usedPred.add(j);
    aligned.push([i, j]);
  }
  return aligned;
}

/** How misses show an entity: its first name, or its id when the gold names it by id alone. */
const displayName = (e: ScoredEntity | undefined): string => e?.names[0] ?? e?.id ?? '?';

const refKey = (r: EntityRef): string => `${r.type}#${r.index}`;

/**
 * Scores one extraction against one annotation: entities aligned one to one
 * per type, then relations counted by family on the aligned ends (a relation
 * is found when its family and both aligned ends agree; duplicates count
 * once), then the dates of the aligned events.
 */
export function scoreReport(gold: GoldDocument, pred: Extraction): ReportScore {
  const predicted = predictedEntities(pred);
  const entities = {} as Record<AlignedType, TypeScore>;
  // extraction id → the key of its gold counterpart, or a key of its own
  const endpointOf = new Map<string, { key: string; type: AlignedType; name: string }>();
  const goldName = (r: EntityRef): string => displayName(gold.entities[r.type][r.index]);
  let dates: DateScore = { total: 0, right: 0 };

  for (const type of ALIGNED_TYPES) {
    const g = gold.entities[type];
    const p = predicted[type];
    const aligned = alignEntities(type, g, p);
    const predToGold = new Map(aligned.map(([i, j]) => [j, i]));
    p.forEach((e, j) => {
      const i = predToGold.get(j);
      const key = i === undefined ? `pred:${type}#${j}` : refKey({ type, index: i });
      endpointOf.set(e.extractionId, { key, type, name: displayName(e) });
    });
    const goldAligned = new Set(aligned.map(([i]) => i));
    entities[type] = {
      tp: aligned.length,
      fp: p.length - aligned.length,
      fn: g.length - aligned.length,
      missed: g.filter((_, i) => !goldAligned.has(i)).map(displayName),
      spurious: p.filter((_, j) => !predToGold.has(j)).map(displayName),
    };
    if (type === 'Event') dates = scoreDates(g, p, aligned);
  }

  const goldKeys = new Map<string, RelationView>();
  for (const r of gold.relations) goldKeys.set(`${r.family}|${refKey(r.from)}|${refKey(r.to)}`, { from: goldName(r.from), to: goldName(r.to) });
  const predKeys = new Map<string, RelationView>();
  for (const r of pred.relations) {
    const from = endpointOf.get(r.from);
    const to = endpointOf.get(r.to);
    if (!from || !to) continue;
    const family = familyOf(r.type, from.type);
    if (!family || !isScoredRelation(family, from.type, to.type)) continue;
    predKeys.set(`${family}|${from.key}|${to.key}`, { from: from.name, to: to.name });
  }

  const relations = Object.fromEntries(
    RELATION_FAMILIES.map((f) => [f, { tp: 0, fp: 0, fn: 0, missed: [], spurious: [] } as FamilyScore]),
  ) as Record<RelationFamily, FamilyScore>;
  for (const [key, view] of goldKeys) {
    const s = relations[key.split('|')[0] as RelationFamily];
    if (predKeys.has(key)) s.tp++;
    else {
      s.fn++;
      s.missed.push(view);
    }
  }
  for (const [key, view] of predKeys) {
    if (goldKeys.has(key)) continue;
    const s = relations[key.split('|')[0] as RelationFamily];
    s.fp++;
    s.spurious.push(view);
  }
  return { entities, relations, dates };
}

/** Of the gold events with a day-precise start, those aligned to an extracted event with the same start and end (no end = one day). */
function scoreDates(gold: readonly GoldEntity[], pred: readonly ScoredEntity[], aligned: ReadonlyArray<[number, number]>): DateScore {
  const predOf = new Map(aligned);
  let total = 0;
  let right = 0;
  gold.forEach((g, i) => {
    if (!g.startDate) return;
    total++;
    const j = predOf.get(i);
    const p = j === undefined ? undefined : pred[j];
    if (p && p.startDate === g.startDate && (p.endDate ?? g.startDate) === (g.endDate ?? g.startDate)) right++;
  });
  return { total, right };
}
