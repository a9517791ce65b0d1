import type { Relation } from '../../extraction.ts';
import type { Candidate } from '../Extractor.ts';
import { lemmaRu } from '../../text/russianMorphology.ts';
import { relation, slotAt, type RelationContext, type RelationRule, type TemplatedSentence } from './RelationRule.ts';

/**
 * "⟦Body⟧ in ⟦City⟧", also across its bracketed short name or an apposition:
 * "⟦Body⟧ (⟦ACR⟧) in ⟦City⟧", "⟦Body⟧ (⟦ACR⟧), based in ⟦City⟧",
 * "⟦Body⟧, the agency based in ⟦City⟧", "⟦Body⟧, a university in ⟦City⟧", «⟦Вуз⟧ (⟦АКР⟧) в ⟦Город⟧».
 */
const LOCATED = /⟦(\d+)⟧(?:\s*\((?:⟦\d+⟧|[^()⟦⟧]{1,20})\))?(?:\s+(?:in|from|из|в|во)|,?\s+(?:located|based|headquartered)\s+in|,\s+(?:the|an?)\s+[^,;:.⟦⟧]{1,40}?\s+(?:located|based|headquartered)\s+in|,\s+(?:the|an?)\s+(?:[\p{Ll}-]+\s+){0,3}?(?:university|institute|school|college|lyceum|centre|center|foundation|organi[sz]ation|association|academy|agency|NGO)\s+in)\s+⟦(\d+)⟧/gu;
/** "the ⟦City⟧ ⟦NGO "…"⟧", "the ⟦City⟧-based ⟦Foundation⟧": a city named as a body's attribute. */
const CITY_BEFORE_BODY = /(?<!\p{L})(?:the|a|an)\s+⟦(\d+)⟧(?:-based)?\s+⟦(\d+)⟧/giu;
/** "head of the ⟦Information Centre⟧ ⟦City⟧,": an office's name ending in its city, as bodies' local offices are named. */
const BODY_THEN_CITY = /⟦(\d+)⟧\s⟦(\d+)⟧(?=\s*(?:[,.;:)]|$))/gu;
/** "⟦Body⟧ welcomed … to its main campus in ⟦City⟧": a body's own premises are where it is. */
const ITS_PREMISES = /⟦(\d+)⟧[^.;⟦⟧]{0,80}?(?:⟦\d+⟧[^.;⟦⟧]{0,40}?)?\bits\s+(?:[\p{L}⟦⟧\d-]+\s+){0,3}?(?:campus|campuses|cent(?:re|er)|headquarters|offices?|premises|building|facilit(?:y|ies))\s+in\s+⟦(\d+)⟧/gu;
/** «В ⟦Асунсьоне⟧ обсудили …», "Summit in ⟦Kathmandu⟧ urges …": a headline's city is where the report's event is. */
/** "the Regional Institute of Education, Bhopal, …": a town set off by commas after a body is its seat (not the start of a list of towns). */
const BODY_COMMA_CITY = /⟦(\d+)⟧,\s+⟦(\d+)⟧(?=\s*(?:,(?!\s*(?:and\s+|и\s+)?⟦\d+⟧)|[.;:)]|$))/gu;
const LOCATIVE_CITY = /(?<!\p{L})(?:in|в|во)\s+⟦(\d+)⟧/giu;
/** "⟦University⟧ (⟦City⟧, ⟦Country⟧)", «⟦Центр⟧ (⟦ЦИОСК⟧, ⟦Город⟧)»: brackets right after a body. */
const BRACKETS_AFTER_BODY = /⟦(\d+)⟧\s*\(([^()]{1,80})\)/gu;
/** "Ana Torres (⟦Pacific University⟧, ⟦Lima⟧)", «(⟦Приморский университет⟧, г. ⟦Владивосток⟧)»: a body and its town in one bracket. */
const BODY_AND_CITY_IN_BRACKETS = /\(\s*⟦(\d+)⟧\s*,\s*(?:г\.\s*|город\s+|city\s+of\s+)?⟦(\d+)⟧\s*\)/giu;
/** One part of such brackets naming a city: «г. ⟦1⟧», "city of ⟦1⟧", "⟦1⟧". */
const CITY_PART = /^(?:г\.\s*|город\s+|city\s+of\s+)?⟦(\d+)⟧$/iu;
/** «администрации города ⟦Тверь⟧»: a body's name ending in "city" continues with the city, though its mention stopped before it. */
/** "travelled to ⟦Izmir⟧ to visit the ⟦College⟧", «приехали в ⟦Казань⟧, чтобы посетить ⟦школу⟧»: the body visited is in the town gone to. */
const TRAVELLED_TO_VISIT = /(?:\b(?:travel(?:l)?ed|went|came|headed)\s+(?:on\s+)?to|(?<!\p{L})(?:приехал\p{L}*|отправил\p{L}*|прибыл\p{L}*)\s+в)\s+⟦(\d+)⟧,?\s+(?:to\s+visit|where\s+(?:they|participants|the\s+\p{L}+)\s+visited|чтобы\s+посетить|где\s+посетил\p{L}*)\s+(?:the\s+)?⟦(\d+)⟧/giu;
const CITY_WORD_THEN_CITY = /⟦(\d+)⟧\s+⟦(\d+)⟧/gu;
/** Verbs of arriving right after "⟦Body⟧ в ⟦City⟧". */
const TRAVELLED = /^\s*(?:прибыл\p{L}*|приехал\p{L}*|прилетел\p{L}*|arrived|travel(?:l)?ed)(?!\p{L})/u;
/** Words after a place adjective that make it a region («Ярославской области»), not the city it is named after. */
const REGION_LEMMAS = new Set(['область', 'район', 'регион', 'край', 'округ', 'region', 'province', 'oblast', 'district']);

/**
 * BASED_IN from a place inside an organization's name ("Kostanay Regional
 * University", "…of the Republic of Kazakhstan") or right after it ("X in
 * Almaty"); IN_COUNTRY for every city whose country the report names.
 */
export const placeRule: RelationRule = {
  name: 'place',
  apply(ctx: RelationContext): Relation[] {
    const out: Relation[] = [];
    for (const ts of ctx.sentences) {
      for (const c of ts.inner) {
        if ((c.type !== 'City' && c.type !== 'Country') || !c.entityId || (c.type === 'City' && namesRegion(ctx.text, c.end))) continue;
        // «Филиал Томского университета в Ташкенте»: the town inside the parent's name is the parent's seat; the branch's is
        // the place its own name ends with.
        const bodies = [...ts.slots, ...ts.inner].filter((o) => o.type === 'Organization' && !o.reference && o.entityId && o.start <= c.start && o.end >= c.end);
        const ownSeat = (o: Candidate): boolean => !ts.inner.some((p) => p !== c && p.type === c.type && p.start >= c.end && p.end <= o.end);
        for (const org of bodies) if (org.entityId && ownSeat(org)) out.push(relation('BASED_IN', org.entityId, c.entityId, ts.sentence, 0.8));
      }
      for (const m of ts.template.matchAll(LOCATED)) {
        const o = slotAt(ts, m[1]);
        const p = slotAt(ts, m[2]);
        // «делегация ⟦Вуза⟧ в ⟦Душанбе⟧ прибыла», "⟦University⟧ staff in ⟦City⟧ arrived": a place the body travelled to is no seat.
        const travelled = TRAVELLED.test(ts.template.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 40));
        if (o?.type === 'Organization' && !o.reference && !travelled && (p?.type === 'City' || p?.type === 'Country') && o.entityId && p.entityId) {
          out.push(relation('BASED_IN', o.entityId, p.entityId, ts.sentence, 0.7));
        }
        // "the ⟦forum⟧ in ⟦City⟧": an event placed by its own phrase, not one coming "from" somewhere.
        if (o?.type === 'Event' && p?.type === 'City' && o.entityId && p.entityId && /^⟦\d+⟧\s+(?:in|в|во)\s+⟦/iu.test(m[0])) {
          out.push(relation('HELD_IN', o.entityId, p.entityId, ts.sentence, 0.7));
        }
      }
      out.push(...citiesBesideBodies(ts), ...premisesOfBodies(ts), ...citiesInEventNames(ctx, ts));
    }
    out.push(...headlineVenue(ctx));
    for (const e of ctx.entities.values()) {
      if (e.type !== 'City' || !e.countryCode) continue;
      const country = `country:${e.countryCode}`;
      const first = e.mentions[0];
      const ts = first && ctx.sentences.find((s) => first.start >= s.sentence.start && first.start < s.sentence.end);
      if (ctx.entities.has(country) && ts) out.push(relation('IN_COUNTRY', e.id, country, ts.sentence, 0.95));
    }
    return out;
  },
};

function namesRegion(text: string, end: number): boolean {
  const next = /^\s+([\p{L}]+)/u.exec(text.slice(end, end + 30))?.[1] ?? '';
  return REGION_LEMMAS.has((lemmaRu(next) ?? next).toLowerCase());
}

/** BASED_IN from a city in brackets after a body («(г. ⟦City⟧)» too), or right after a body whose mention ends in «города»/«г.». */
function citiesBesideBodies(ts: TemplatedSentence): Relation[] {
  const out: Relation[] = [];
  const pairs: Array<readonly [string | undefined, string | undefined]> = [];
  for (const m of ts.template.matchAll(BRACKETS_AFTER_BODY)) {
    const city = cityInBrackets(ts, m[2] ?? '');
    if (city !== null) pairs.push([m[1], city]);
  }
  for (const m of ts.template.matchAll(CITY_WORD_THEN_CITY)) {
    if (/(?:^|\s)(?:города|г\.?|city\s+of)$/iu.test(slotAt(ts, m[1])?.text ?? '')) pairs.push([m[1], m[2]]);
  }
  for (const m of ts.template.matchAll(BODY_AND_CITY_IN_BRACKETS)) pairs.push([m[1], m[2]]);
  for (const m of ts.template.matchAll(CITY_BEFORE_BODY)) pairs.push([m[2], m[1]]);
  for (const m of ts.template.matchAll(TRAVELLED_TO_VISIT)) pairs.push([m[2], m[1]]);
  for (const m of ts.template.matchAll(BODY_THEN_CITY)) pairs.push([m[1], m[2]]);
  for (const m of ts.template.matchAll(BODY_COMMA_CITY)) pairs.push([m[1], m[2]]);
  for (const [orgMarker, cityMarker] of pairs) {
    const o = slotAt(ts, orgMarker);
    const c = slotAt(ts, cityMarker);
    if (o?.type === 'Organization' && !o.reference && c?.type === 'City' && o.entityId && c.entityId) out.push(relation('BASED_IN', o.entityId, c.entityId, ts.sentence, 0.7));
  }
  return out;
}

/** BASED_IN from "⟦Body⟧ … at its campus in ⟦City⟧": the nearest body before "its". */
function premisesOfBodies(ts: TemplatedSentence): Relation[] {
  const out: Relation[] = [];
  for (const m of ts.template.matchAll(ITS_PREMISES)) {
    const o = slotAt(ts, m[1]);
    const c = slotAt(ts, m[2]);
    if (o?.type === 'Organization' && !o.reference && c?.type === 'City' && o.entityId && c.entityId) out.push(relation('BASED_IN', o.entityId, c.entityId, ts.sentence, 0.65));
  }
  return out;
}

/**
 * HELD_IN from a city inside an event's own name ("Workshop in ⟦City⟧",
 * «Конференция … в ⟦Городе⟧»): the name says where it is, unless the city
 * only names a body or a region inside it.
 */
function citiesInEventNames(ctx: RelationContext, ts: TemplatedSentence): Relation[] {
  const out: Relation[] = [];
  for (const c of ts.inner) {
    if (c.type !== 'City' || !c.entityId || namesRegion(ctx.text, c.end)) continue;
    const event = ts.slots.find((e) => e.type === 'Event' && e.start <= c.start && e.end >= c.end);
    if (!event?.entityId) continue;
    if (ts.inner.some((o) => o.type === 'Organization' && o.start <= c.start && o.end >= c.end)) continue;
    const before = ctx.text.slice(Math.max(event.start, c.start - 6), c.start);
    if (/(?<!\p{L})(?:in|в|во)\s+$/iu.test(before)) out.push(relation('HELD_IN', event.entityId, c.entityId, ts.sentence, 0.75));
  }
  return out;
}

/**
 * HELD_IN for the report's main event from a headline that places it
 * ("… forum in ⟦City⟧ calls for …", «В ⟦Городе⟧ обсудили …»): a headline
 * naming one city after a locative word says where the news happened.
 */
function headlineVenue(ctx: RelationContext): Relation[] {
  const main = ctx.mainEventId;
  const head = ctx.sentences[0];
  if (!main || !head || /\n/.test(head.sentence.text.trim())) return [];
  const cities = [...head.template.matchAll(LOCATIVE_CITY)].map((m) => slotAt(head, m[1])).filter((c) => c?.type === 'City' && c.entityId);
  const placed = [...head.template.matchAll(LOCATED)].some((m) => slotAt(head, m[1])?.type === 'Organization');
  const city = cities[0];
  if (cities.length !== 1 || placed || !city?.entityId) return [];
  return [relation('HELD_IN', main, city.entityId, head.sentence, 0.6)];
}

/**
 * The city marker in a body's brackets: the first part that is a city, after
 * nothing but the body's short name ("(⟦ACR⟧, ⟦City⟧)", "(ACR, ⟦City⟧)").
 */
function cityInBrackets(ts: TemplatedSentence, inside: string): string | null {
  for (const part of inside.split(',').map((p) => p.trim())) {
    const m = CITY_PART.exec(part);
    const slot = m ? slotAt(ts, m[1]) : undefined;
    if (m && slot?.type === 'City') return m[1] ?? null;
    const acronym = /^[\p{Lu}\p{N}-]{2,12}$/u.test(part) || (m && slot?.type === 'Organization');
    if (!acronym) return null;
  }
  return null;
}
