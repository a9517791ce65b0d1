import { z } from 'zod';
import { ENTITY_TYPES, RELATION_TYPES, type Entity, type EntityType, type Extraction, type RelationType } from '../extraction.ts';
import { fuzzyDice } from '../resolve/orgName.ts';
import { normalizeName } from '../text/normalizeName.ts';
import { stem } from '../text/stem.ts';

/** A hand annotation of one report (tests/fixtures/gold-*.json). */
export const GoldReportSchema = z.object({
  report: z.string(),
  note: z.string().optional(),
  entities: z.array(
    z.object({
      key: z.string(),
      type: z.enum(ENTITY_TYPES as [EntityType, ...EntityType[]]),
      names: z.array(z.string()),
      id: z.string().optional(),
    }),
  ),
  relations: z.array(z.object({ type: z.enum(RELATION_TYPES as [RelationType, ...RelationType[]]), from: z.string(), to: z.string() })),
});
export type GoldReport = z.infer<typeof GoldReportSchema>;

export interface Prf {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export type ScoreKey = EntityType | 'relations';
export type Scores = Record<ScoreKey, Prf>;

/** Not annotated by hand: derived mechanically from keyword overlap, so left out of relation scores. */
export const UNSCORED_RELATIONS = new Set<RelationType>(['ADDRESSES']);

/** Practices are descriptions: they count as found when their content words mostly agree. */
const PRACTICE_MATCH = 0.6;

export function prf(tp: number, fp: number, fn: number): Prf {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

function words(s: string): string[] {
  return normalizeName(s)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 2 && !['the', 'and', 'for', 'with'].includes(w))
    .map((w) => stem(w));
}

function matches(g: GoldReport['entities'][number], e: Entity): boolean {
  if (g.type !== e.type) return false;
  if (g.id) return g.id === e.id;
  const names = [e.name, ...e.aliases];
  if (e.type === 'Practice') return g.names.some((n) => names.some((m) => fuzzyDice(words(n), words(m)) >= PRACTICE_MATCH));
  const gold = new Set(g.names.map(normalizeName));
  return names.some((n) => gold.has(normalizeName(n)));
}

/** Precision, recall and F1 per entity type and for relations, matching entities by name and relations by their matched ends. */
export function scoreExtraction(pred: Extraction, gold: GoldReport): Scores {
  const keyToId = new Map<string, string>();
  const scores = {} as Scores;
  for (const type of ENTITY_TYPES) {
    const golds = gold.entities.filter((g) => g.type === type);
    const preds = pred.entities.filter((e) => e.type === type);
    const used = new Set<string>();
    for (const g of golds) {
      const hit = preds.find((e) => !used.has(e.id) && matches(g, e));
      if (hit) {
        used.add(hit.id);
        keyToId.set(g.key, hit.id);
      }
    }
    scores[type] = prf(used.size, preds.length - used.size, golds.length - used.size);
  }
  const predicted = pred.relations.filter((r) => !UNSCORED_RELATIONS.has(r.type));
  const wanted = gold.relations.filter((r) => !UNSCORED_RELATIONS.has(r.type));
  const found = new Set<number>();
  let tp = 0;
  for (const g of wanted) {
    const from = keyToId.get(g.from);
    const to = keyToId.get(g.to);
    const i = predicted.findIndex((r, k) => !found.has(k) && r.type === g.type && r.from === from && r.to === to);
    if (i >= 0) {
      found.add(i);
      tp++;
    }
  }
  scores.relations = prf(tp, predicted.length - tp, wanted.length - tp);
  return scores;
}

/** Micro-average over reports. */
export function sumScores(all: Scores[]): Scores {
  const out = {} as Scores;
  for (const key of [...ENTITY_TYPES, 'relations'] as ScoreKey[]) {
    const tp = all.reduce((s, x) => s + x[key].tp, 0);
    const fp = all.reduce((s, x) => s + x[key].fp, 0);
    const fn = all.reduce((s, x) => s + x[key].fn, 0);
    out[key] = prf(tp, fp, fn);
  }
  return out;
}
