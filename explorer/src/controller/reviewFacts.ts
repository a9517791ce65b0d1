/**
 * What the Review tab shows of each entity, drawn from its details: the
 * sentences of reports that name it (each once, with its report) and its
 * relationships in one line each. Plain functions, so what a curator
 * compares is decided and tested without a page.
 */
import type { EntityDetails, ReportRef } from '../api/ExplorerApi.ts';
import { relationLabel } from '../model.ts';

export interface MentionSentence {
  sentence: string;
  report: ReportRef;
}

/** Each sentence that states a fact about the entity, once, in the order of its relationships; at most `max`. */
export function mentionSentences(d: EntityDetails, max = 8): MentionSentence[] {
  const seen = new Set<string>();
  const out: MentionSentence[] = [];
  for (const r of d.relationships) {
    for (const s of r.sources) {
      if (!s.evidence) continue;
      const key = `${s.report.id}|${s.evidence}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ sentence: s.evidence, report: s.report });
      if (out.length >= max) return out;
    }
  }
  return out;
}

/** "Partner of → Round table", one per relationship, sorted so two entities' lists line up. */
export function relationshipLines(d: EntityDetails): string[] {
  return d.relationships
    .map((r) => (r.direction === 'out' ? `${relationLabel(r.type)} → ${r.other.name}` : `${r.other.name} → ${relationLabel(r.type)}`))
    .sort((x, y) => x.localeCompare(y));
}

/** The property a curator compares first (kind, country…), or null. */
export function property(d: EntityDetails, label: string): string | null {
  return d.properties.find(([k]) => k === label)?.[1] ?? null;
}
