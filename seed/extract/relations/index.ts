import type { Relation } from '../../extraction.ts';
import { affiliationRule } from './affiliationRule.ts';
import { eventRoleRule } from './eventRoleRule.ts';
import { eventPartOfRule, partOfRule } from './partOfRule.ts';
import { placeRule } from './placeRule.ts';
import { practiceRule } from './practiceRule.ts';
import type { RelationContext, RelationRule } from './RelationRule.ts';
import { speakerRule } from './speakerRule.ts';

export { templateSentences } from './templateSentences.ts';
export type { RelationContext, RelationRule, TemplatedSentence } from './RelationRule.ts';

export const RELATION_RULES: readonly RelationRule[] = [affiliationRule, partOfRule, eventPartOfRule, eventRoleRule, speakerRule, placeRule, practiceRule];

/**
 * Runs the rules and keeps one relation per (type, from, to): the most
 * confident, with the first evidence sentence and all roles seen.
 */
export function extractRelations(ctx: RelationContext, rules: readonly RelationRule[] = RELATION_RULES): Relation[] {
  return dedupeRelations(rules.flatMap((rule) => rule.apply(ctx)));
}

/** One relation per (type, from, to), dropping self-loops; the first keeps its evidence, confidence and roles are pooled. */
export function dedupeRelations(rs: Iterable<Relation>): Relation[] {
  const byKey = new Map<string, Relation>();
  for (const r of rs) {
    if (r.from === r.to) continue;
    const key = `${r.type}|${r.from}|${r.to}`;
    const prev = byKey.get(key);
    if (!prev) byKey.set(key, r);
    else {
      prev.confidence = Math.max(prev.confidence, r.confidence);
      if (r.roles) prev.roles = [...new Set([...(prev.roles ?? []), ...r.roles])];
    }
  }
  return [...byKey.values()];
}
