import { NAMED_TYPES } from './alignedTypes.ts';
import { RELATION_FAMILIES } from './relationFamilies.ts';
import type { Summary } from './summarize.ts';

/**
 * A summary as flat named figures (F1 values, and the share of dated events
 * found with the right dates), the form floors are written in:
 * "entities: Person", "entities", "relations: took part", "relations",
 * "en entities", "ru relations", "event dates".
 */
export function figuresOf(s: Summary): Record<string, number> {
  const out: Record<string, number> = {};
  for (const t of NAMED_TYPES) out[`entities: ${t}`] = s.entities[t].f1;
  out.entities = s.entitiesMicro.f1;
  for (const f of RELATION_FAMILIES) out[`relations: ${f}`] = s.relations[f].f1;
  out.relations = s.relationsMicro.f1;
  for (const [lang, l] of Object.entries(s.byLanguage)) {
    out[`${lang} entities`] = l.entities.f1;
    out[`${lang} relations`] = l.relations.f1;
  }
  if (s.dates.total > 0) out['event dates'] = s.dates.right / s.dates.total;
  return out;
}

export interface FloorBreach {
  figure: string;
  value: number | null;
  floor: number;
}

/** Figures under their floor; a floor whose figure was not computed is a breach too, so a renamed figure cannot pass silently. */
export function belowFloors(figures: Readonly<Record<string, number>>, floors: Readonly<Record<string, number>>): FloorBreach[] {
  return Object.entries(floors)
    .filter(([figure, floor]) => !(figure in figures) || figures[figure]! < floor)
    .map(([figure, floor]) => ({ figure, value: figures[figure] ?? null, floor }));
}
