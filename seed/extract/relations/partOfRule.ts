import type { EventEntity, Relation } from '../../extraction.ts';
import { parseRu } from '../../text/russianMorphology.ts';
import { relation, slotAt, type RelationContext, type RelationRule, type TemplatedSentence } from './RelationRule.ts';

const EN_PARENT = /⟦(\d+)⟧\s+(?:of|at|under|within)\s+(?:the\s+)?⟦(\d+)⟧/gu;
const RU_PARENT = /⟦(\d+)⟧\s+(?:при\s+)?⟦(\d+)⟧/gu;

/**
 * PART_OF: "X of the Ministry …", "Institute … at … University", «Институт
 * педагогики СПбГУ», and a known parent named inside a name ("UNESCO Regional Office").
 */
export const partOfRule: RelationRule = {
  name: 'part-of',
  apply(ctx: RelationContext): Relation[] {
    const out: Relation[] = [];
    for (const ts of ctx.sentences) {
      for (const re of [EN_PARENT, RU_PARENT]) {
        for (const m of ts.template.matchAll(re)) {
          const child = slotAt(ts, m[1]);
          const parent = slotAt(ts, m[2]);
          if (child?.type !== 'Organization' || parent?.type !== 'Organization' || child.reference || parent.reference) continue;
          if (!child.entityId || !parent.entityId || child.entityId === parent.entityId) continue;
          // Russian puts the parent after the child in the genitive («Институт педагогики СПбГУ»).
          if (re === RU_PARENT && !/^(?:\p{Lu}{2,}\p{L}*|\S*(?:ого|его|ой|ей|ых|их|а|я|и|ы))(?:\s|$)/u.test(parent.text)) continue;
          out.push(relation('PART_OF', child.entityId, parent.entityId, ts.sentence, 0.85));
        }
      }
      out.push(...unitsNamedAsSuch(ts));
      for (const c of ts.inner) {
        if (c.type !== 'Organization' || !c.parentOf?.entityId || !c.entityId || c.entityId === c.parentOf.entityId) continue;
        out.push(relation('PART_OF', c.parentOf.entityId, c.entityId, ts.sentence, 0.8));
      }
    }
    return out;
  },
};

/**
 * A body said to be a unit of another, in apposition: "⟦A⟧ — a branch of
 * ⟦B⟧", «⟦A⟧ (представительство ⟦B⟧ в …)», «⟦A⟧ — филиал ⟦B⟧», and
 * subordination after a comma: «⟦A⟧, подведомственный ⟦B⟧», «входящий в
 * состав ⟦B⟧». The unit is the body named just before the cue.
 */
const UNIT_NOUN = /(?:[—–(]\s*(?:(?:an?|the)\s+)?(?:(\p{Ll}+)\s+)?(?:branch(?:es)?\s+of|subsidiary\s+of|division\s+of|unit\s+of|part\s+of|филиал\p{L}*|подразделени\p{L}*|представительств\p{L}*|отделени\p{L}*)|,\s*(?:(?:an?|the)\s+(?:branch|subsidiary|division|unit|part)\s+of|subordinate\s+to|подведомственн\p{L}*|входящ\p{L}*\s+в\s+(?:состав|структуру)))\s+(?:(?:\p{Lu}{2,}|the)\s+)?[«"“]?⟦(\d+)⟧/gu;
const JUST_BEFORE = /⟦(\d+)⟧(?:\s*\([^()⟦⟧]{0,40}\))?\s*$/u;

function unitsNamedAsSuch(ts: TemplatedSentence): Relation[] {
  const out: Relation[] = [];
  for (const m of ts.template.matchAll(UNIT_NOUN)) {
    // One describing word may precede the unit noun («региональный филиал»), not a phrase like «при поддержке».
    if (m[1] && !parseRu(m[1]).some((p) => p.pos === 'ADJF')) continue;
    const child = slotAt(ts, JUST_BEFORE.exec(ts.template.slice(0, m.index ?? 0))?.[1]);
    const parent = slotAt(ts, m[2]);
    if (child?.type !== 'Organization' || parent?.type !== 'Organization' || child.reference || !child.entityId || !parent.entityId) continue;
    out.push(relation('PART_OF', child.entityId, parent.entityId, ts.sentence, 0.75));
  }
  return out;
}

/** Slot numbers of organizations that are the parent in "X of the Y" (not themselves actors in the sentence). */
export function parentSlots(template: string): Set<number> {
  const out = new Set<number>();
  for (const re of [EN_PARENT, RU_PARENT]) for (const m of template.matchAll(re)) out.add(Number(m[2]));
  // «Дом дружбы (представительство ⟦B⟧)»: the parent is named to place the unit, whether or not the unit was found.
  for (const m of template.matchAll(UNIT_NOUN)) out.add(Number(m[2]));
  return out;
}

/** Cues that put one event inside another: "as part of ⟦1⟧", «в рамках ⟦1⟧». */
const WITHIN_EVENT = /(?:\bas part of|\bwithin|\bin the framework of|\bon the sidelines of|\bduring|\bat|\bof|в рамках|в ходе|на полях|во время|на|программ\p{L}*)\s+(?:the\s+)?(?:\p{L}+\s+){0,2}⟦(\d+)⟧/giu;
/** Kinds that happen inside a larger event rather than on their own. */
const PART_KINDS = new Set(['session', 'section', 'panel discussion', 'workshop', 'master class', 'round table', 'lecture', 'round', 'open lesson', 'study visit', 'strategic session', 'meeting', 'training', 'hackathon', 'competition', 'exhibition']);
/** Kinds that hold smaller events. */
const WHOLE_KINDS = new Set(['forum', 'conference', 'congress', 'summer school', 'winter school', 'olympiad', 'roadshow', 'festival', 'summit', 'symposium', 'seminar', 'consultation', 'study visit']);

/**
 * PART_OF between events: one said to be within another ("a panel within
 * ⟦1⟧", «в рамках ⟦1⟧»), and the sessions, workshops and round tables of a
 * report whose main event is a forum, conference or school, dated inside it.
 */
export const eventPartOfRule: RelationRule = {
  name: 'event-part-of',
  apply(ctx: RelationContext): Relation[] {
    const out: Relation[] = [];
    for (const ts of ctx.sentences) {
      if (ts.slots.filter((c) => c.type === 'Event' && c.entityId).length < 2) continue;
      for (const m of ts.template.matchAll(WITHIN_EVENT)) {
        const parent = slotAt(ts, m[1]);
        if (parent?.type !== 'Event' || !parent.entityId) continue;
        // The part is the named event nearest the cue: before it ("a panel within ⟦1⟧") or after ("Within ⟦1⟧, the panel ⟦2⟧").
        const isPart = (c: ReturnType<typeof slotAt>): boolean => c?.type === 'Event' && !!c.entityId && !c.reference && c.entityId !== parent.entityId;
        const before = [...ts.template.slice(0, m.index ?? 0).matchAll(/⟦(\d+)⟧/gu)].map((x) => slotAt(ts, x[1])).filter(isPart).pop();
        const after = [...ts.template.slice((m.index ?? 0) + m[0].length).matchAll(/⟦(\d+)⟧/gu)].map((x) => slotAt(ts, x[1])).find(isPart);
        const child = before ?? after;
        if (child?.entityId) out.push(relation('PART_OF', child.entityId, parent.entityId, ts.sentence, 0.75));
      }
    }
    const main = ctx.mainEventId ? ctx.entities.get(ctx.mainEventId) : undefined;
    if (main?.type !== 'Event' || !WHOLE_KINDS.has(main.kind ?? '')) return out;
    for (const e of ctx.entities.values()) {
      if (e.type !== 'Event' || e.id === main.id || !PART_KINDS.has(e.kind ?? '') || !within(e, main)) continue;
      const first = e.mentions[0];
      const ts = first && ctx.sentences.find((x) => first.start >= x.sentence.start && first.start < x.sentence.end);
      if (ts && e.kind !== main.kind) out.push(relation('PART_OF', e.id, main.id, ts.sentence, 0.6));
    }
    return out;
  },
};

/** Dated inside the other's dates; an undated part counts only when the whole is undated too. */
function within(part: EventEntity, whole: EventEntity): boolean {
  if (!part.startDate) return !whole.startDate;
  if (!whole.startDate) return false;
  return part.startDate >= whole.startDate && part.startDate <= (whole.endDate ?? whole.startDate);
}
