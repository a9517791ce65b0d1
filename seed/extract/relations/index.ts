import type { Entity, Relation } from '../../extraction.ts';
import { ONLINE } from '../lexicon.ts';
import { affiliationRule } from './affiliationRule.ts';
import { eventRoleRule } from './eventRoleRule.ts';
import { eventPartOfRule, partOfRule } from './partOfRule.ts';
import { knownParentRule } from './knownParentRule.ts';
import { listRoleRule } from './listRoleRule.ts';
import { placeRule } from './placeRule.ts';
import { practiceRule } from './practiceRule.ts';
import type { RelationContext, RelationRule } from './RelationRule.ts';
import { speakerRule } from './speakerRule.ts';

export { templateSentences } from './templateSentences.ts';
export type { RelationContext, RelationRule, TemplatedSentence } from './RelationRule.ts';

export const RELATION_RULES: readonly RelationRule[] = [affiliationRule, partOfRule, eventPartOfRule, eventRoleRule, listRoleRule, speakerRule, placeRule, practiceRule, knownParentRule];

/**
 * Runs the rules and keeps one relation per (type, from, to): the most
 * confident, with the first evidence sentence and all roles seen.
 */
export function extractRelations(ctx: RelationContext, rules: readonly RelationRule[] = RELATION_RULES): Relation[] {
  const found = dedupeRelations(rules.flatMap((rule) => rule.apply(ctx)));
  return dedupeRelations([...found, ...inheritedVenues(ctx, found)]);
}

/**
 * Where an event with no stated city took place, from what the report does
 * state: a session or track is where the one event it belongs to is held
 * (when that is one city), and an event hosted by a body is in the one city
 * that body is based in. Weaker than a stated place, so only for events
 * without one.
 */
function inheritedVenues(ctx: RelationContext, found: Relation[]): Relation[] {
  const isCity = (id: string): boolean => ctx.entities.get(id)?.type === 'City';
  const cities = (type: Relation['type'], from: string): string[] => [...new Set(found.filter((r) => r.type === type && r.from === from && isCity(r.to)).map((r) => r.to))];
  const out: Relation[] = [];
  for (const e of ctx.entities.values()) {
    if (e.type !== 'Event' || cities('HELD_IN', e.id).length > 0 || ONLINE.test(e.name)) continue;
    // "a field visit to ⟦School No. 11 of Vanadzor⟧": a visit is where the body it went to is.
    const visited = e.kind === 'study visit' ? visitedBody(ctx, e) : null;
    const there = visited ? cities('BASED_IN', visited) : [];
    const based = found.find((r) => r.type === 'BASED_IN' && r.from === visited && isCity(r.to));
    if (there.length === 1 && there[0] && based) {
      out.push({ ...based, type: 'HELD_IN', from: e.id, to: there[0], confidence: 0.6 });
      continue;
    }
    if (visited) continue;
    const parents = found.filter((r) => r.type === 'PART_OF' && r.from === e.id && ctx.entities.get(r.to)?.type === 'Event');
    const hosts = found.filter((r) => r.type === 'HOSTED' && r.to === e.id);
    const via = parents.length === 1 ? parents : hosts.length === 1 ? hosts : [];
    const r = via[0];
    if (!r) continue;
    const places = r.type === 'PART_OF' ? cities('HELD_IN', r.to) : cities('BASED_IN', r.from);
    if (places.length === 1 && places[0]) out.push({ ...r, type: 'HELD_IN', from: e.id, to: places[0], confidence: Math.min(r.confidence, 0.55) });
  }
  return out;
}


/** The body a visit's own name ends with ("… visit to ⟦Body⟧"). */
function visitedBody(ctx: RelationContext, e: Entity): string | null {
  const m = e.mentions[0];
  if (!m) return null;
  const body = ctx.candidates.find((c) => c.type === 'Organization' && c.entityId && c.start > m.start && c.end === m.end);
  return body?.entityId ?? null;
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
