import type { Entity, Relation } from '../../extraction.ts';
import type { Sentence } from '../../text/sentences.ts';
import type { Candidate } from '../Extractor.ts';
import { EVENT_KINDS } from '../lexicon.ts';

const OTHER_EVENT = new RegExp(
  `(?:\\b(?:another|next|upcoming|future|follow-up)|(?<!\\p{L})(?:следующ|будущ|последующ)\\p{L}*)\\s+(?:[\\p{L}-]+\\s+){0,2}(?:${EVENT_KINDS.map((k) => `${k.en}|${k.ru}`).join('|')})`,
  'iu',
);

/** A sentence with its entity mentions replaced by ⟦n⟧ markers, so rules read like patterns over roles. */
export interface TemplatedSentence {
  sentence: Sentence;
  template: string;
  /** marker number → the outermost mention it stands for */
  slots: Candidate[];
  /** mentions nested inside another (a city inside an organization's name) */
  inner: Candidate[];
}

export interface RelationContext {
  text: string;
  sentences: TemplatedSentence[];
  candidates: Candidate[];
  entities: Map<string, Entity>;
  mainEventId: string | null;
  /** well-known bodies' parents from the curated table (child id → parent id) */
  knownParents?: ReadonlyMap<string, string>;
}

/** One small rule: reads the templated sentences, returns the relations it is sure enough of. */
export interface RelationRule {
  readonly name: string;
  apply(ctx: RelationContext): Relation[];
}

export function relation(type: Relation['type'], from: string, to: string, s: Sentence, confidence: number, roles?: string[]): Relation {
  return {
    type,
    from,
    to,
    evidence: s.text,
    evidenceStart: s.start,
    evidenceEnd: s.end,
    confidence,
    ...(roles && roles.length ? { roles } : {}),
  };
}

/** Marker numbers in a template match, e.g. "⟦3⟧" → 3. */
export function slotAt(ts: TemplatedSentence, marker: string | undefined): Candidate | undefined {
  if (marker === undefined) return undefined;
  return ts.slots[Number(marker)];
}

/**
 * The event a sentence is about: the one it names, else the last one named
 * earlier in its paragraph (reports describe an event over a few sentences),
 * else the report's main event.
 */
export function focusEvent(ctx: RelationContext, ts: TemplatedSentence): { id: string; explicit: boolean } | null {
  // "A follow-up webinar will be held in Lima", «следующий форум пройдёт в Кито»: a sentence about another, unnamed event
  // says nothing of the ones the report names.
  if (OTHER_EVENT.test(ts.sentence.text) && !ts.slots.some((c) => c.type === 'Event' && c.entityId && !c.reference)) return null;
  // "… students who had qualified in the online round on 10 February": a dated part named in passing is not what the sentence reports on.
  const events = ts.slots.filter((c) => c.type === 'Event' && c.entityId && !c.part);
  const own = events.find((c) => !c.reference)?.entityId ?? events[0]?.entityId;
  if (own) return { id: own, explicit: true };
  // The last event named earlier in the same paragraph: a panel's speakers follow the sentence that names the panel.
  for (let i = ctx.sentences.indexOf(ts) - 1; i >= 0; i--) {
    const prev = ctx.sentences[i];
    const next = ctx.sentences[i + 1];
    if (!prev || !next || /\n\s*\n/.test(ctx.text.slice(prev.sentence.end, next.sentence.start))) break;
    const named = prev.slots.filter((c) => c.type === 'Event' && c.entityId && !c.reference && !c.part).pop()?.entityId;
    if (named) return { id: named, explicit: false };
  }
  return ctx.mainEventId ? { id: ctx.mainEventId, explicit: false } : null;
}

const CLAUSE_BREAK = /,\s+(?:and|while|whereas|but)\s+|;\s+|,\s+(?:а|но|тогда\s+как)\s+/giu;

/**
 * The event a mention at `pos` is about. "⟦P1⟧ gave a keynote, and ⟦P2⟧ led
 * ⟦a workshop⟧": an event first named in a later clause is that clause's, so
 * the earlier clause falls back to the event of the paragraph or report. An
 * event named in an earlier clause frames the later ones and is kept.
 */
export function focusEventAt(ctx: RelationContext, ts: TemplatedSentence, pos: number): { id: string; explicit: boolean } | null {
  const focus = focusEvent(ctx, ts);
  if (!focus?.explicit) return focus;
  const breaks = [...ts.template.matchAll(CLAUSE_BREAK)].map((m) => m.index ?? 0).filter((b) => b > pos);
  const clauseEnd = breaks[0];
  if (clauseEnd === undefined) return focus;
  const eventsBefore = ts.slots.some((c, i) => c.type === 'Event' && c.entityId && ts.template.indexOf(`⟦${i}⟧`) < clauseEnd);
  if (eventsBefore) return focus;
  return focusEvent(ctx, { ...ts, slots: ts.slots.map((c) => (c.type === 'Event' ? { ...c, entityId: undefined } : c)) });
}
