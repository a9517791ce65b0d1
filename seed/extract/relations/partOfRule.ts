import type { EventEntity, Relation } from '../../extraction.ts';
import { parseRu } from '../../text/russianMorphology.ts';
import { POST_WORD } from '../lexicon.ts';
import { relation, slotAt, type RelationContext, type RelationRule, type TemplatedSentence } from './RelationRule.ts';

const EN_PARENT = /⟦(\d+)⟧(?:\s*\((?:[^()⟦⟧]{1,20}|⟦\d+⟧)\))?\s+(?:of|at|under|within)\s+(?:the\s+)?⟦(\d+)⟧/gu;
const RU_PARENT = /⟦(\d+)⟧(?:\s+|\s*\((?:[^()⟦⟧]{1,20}|⟦\d+⟧)\)\s+(?=при\s))(?:при\s+)?⟦(\d+)⟧/gu;
const OWNER_POSSESSIVE = /⟦(\d+)⟧(['’]s)?\s+⟦(\d+)⟧/gu;

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
          // Two English names side by side ("the Tampere University LUMO Centre") are the owner first, then its unit.
          if (re === RU_PARENT && !/\p{Script=Cyrillic}/u.test(child.text + parent.text)) continue;
          // Russian puts the parent after the child in the genitive («Институт педагогики СПбГУ»).
          // «при» takes the prepositional («при Министерстве»), which says the same.
          if (re === RU_PARENT && !/\sпри\s/u.test(m[0]) && !/^(?:\p{Lu}{2,}\p{L}*|\S*(?:ого|его|ой|ей|ых|их|а|я|и|ы))(?:\s|$)/u.test(parent.text)) continue;
          out.push(relation('PART_OF', child.entityId, parent.entityId, ts.sentence, 0.85));
        }
      }
      // "the ⟦Pacific University⟧'s ⟦Faculty of Education⟧": a body's possessive before its unit.
      for (const m of ts.template.matchAll(OWNER_POSSESSIVE)) {
        const owner = slotAt(ts, m[1]);
        const unit = slotAt(ts, m[3]);
        if (!m[2] && !/['’]s$/u.test(owner?.text ?? '')) continue;
        if (owner?.type !== 'Organization' || unit?.type !== 'Organization' || owner.reference || unit.reference || !owner.entityId || !unit.entityId || owner.entityId === unit.entityId) continue;
        // "Faculty of Law" or "Narva College": the unit's head opens or closes its name, or ends its first part ("Graduate School of Education").
        const words = unit.text.split(/\s+/).filter((w) => !/^(?:the|\p{Lu}{2,})$/u.test(w));
        const beforeOf = words[words.findIndex((w) => /^(?:of|for)$/u.test(w)) - 1] ?? '';
        if (UNIT_HEAD.test(words[0] ?? '') || UNIT_HEAD.test(words[words.length - 1] ?? '') || UNIT_HEAD.test(beforeOf)) out.push(relation('PART_OF', unit.entityId, owner.entityId, ts.sentence, 0.8));
      }
      // "the ⟦Ministry of National Education⟧ (⟦MoNE⟧) ⟦General Directorate of Lifelong Learning⟧": a ministry's directorate
      // or department named right after it, possessive or not, is its own.
      for (const m of ts.template.matchAll(OWNER_THEN_DIRECTORATE)) {
        const owner = slotAt(ts, m[1]);
        const unit = slotAt(ts, m[2]);
        if (owner?.type !== 'Organization' || unit?.type !== 'Organization' || owner.reference || unit.reference || !owner.entityId || !unit.entityId || owner.entityId === unit.entityId) continue;
        if (DIRECTORATE_NAME.test(unit.text) && /(?:^|\s)(?:ministry|министерств)/iu.test(owner.text)) out.push(relation('PART_OF', unit.entityId, owner.entityId, ts.sentence, 0.75));
      }
      // "the ⟦Department of Pedagogy⟧, ⟦Amur State University⟧": a unit named only by its field, then a university after a comma.
      for (const m of ts.template.matchAll(UNIT_THEN_OWNER)) {
        const unit = slotAt(ts, m[1]);
        const owner = slotAt(ts, m[2]);
        if (unit?.type !== 'Organization' || owner?.type !== 'Organization' || unit.reference || owner.reference || !unit.entityId || !owner.entityId || unit.entityId === owner.entityId) continue;
        if (FIELD_UNIT.test(unit.text) && OWNER_NAME.test(owner.text) && !FIELD_UNIT.test(owner.text)) out.push(relation('PART_OF', unit.entityId, owner.entityId, ts.sentence, 0.7));
      }
      out.push(...unitsNamedAsSuch(ts));
      // A parent named inside its unit's name, or in brackets after it ("the Faculty of Education (Nordvik University)").
      for (const c of [...ts.inner, ...ts.slots]) {
        if (c.type !== 'Organization' || !c.parentOf?.entityId || !c.entityId || c.entityId === c.parentOf.entityId) continue;
        // An office's body counts as an entity of its own only when the report names it on its own, not in a title ("UNICEF Representative in …").
        out.push(relation('PART_OF', c.parentOf.entityId, c.entityId, ts.sentence, 0.8));
      }
      out.push(...unitsOfPossessor(ctx, ts));
    }
    out.push(...unitsByName(ctx));
    return officesOfBodiesKnownByOneOffice(ctx, out);
  },
};

const OFFICE_NAME = /(?:^|\s)(?:office|representation|представительств\p{L}*|офис\p{L}*)(?:\s|$)|^\S+(?:\s+\S+){0,5}\s+(?:in|в)\s+\p{Lu}/iu;

/**
 * "UNICEF Country Office in Chile … said the UNICEF Representative in
 * Chile": a body the report names only inside one office's name and in its
 * staff's titles may be that office under a short name, so the office's
 * PART_OF that body is less sure. A body named on its own, or holding two
 * units, keeps its confidence.
 */
function officesOfBodiesKnownByOneOffice(ctx: RelationContext, rs: Relation[]): Relation[] {
  const children = new Map<string, Set<string>>();
  for (const r of rs) if (ctx.entities.get(r.from)?.type === 'Organization') children.set(r.to, (children.get(r.to) ?? new Set()).add(r.from));
  return rs.map((r) => {
    const child = ctx.entities.get(r.from);
    if (child?.type !== 'Organization' || !OFFICE_NAME.test(child.name)) return r;
    return (children.get(r.to)?.size ?? 0) > 1 || namedOnItsOwn(ctx, r.to) ? r : { ...r, confidence: Math.min(r.confidence, 0.45) };
  });
}

const TITLE_AFTER = /^\s+(?:(?:senior|chief|deputy|country|resident|regional|programme|program|education)\s+)*(?:representative|officer|specialist|director|coordinator|consultant|expert|adviser|advisor|head|chief|manager|analyst|по\s)/iu;

/**
 * Whether an organization has a mention of its own: not inside another
 * body's name, not the employer in a staff title ("UNICEF Representative",
 * «специалиста ЮНИСЕФ», «руководитель программы образования ЮНИСЕФ»).
 */
function namedOnItsOwn(ctx: RelationContext, id: string): boolean {
  const orgs = ctx.candidates.filter((c) => c.type === 'Organization');
  return orgs.some((c) => {
    if (c.entityId !== id) return false;
    // "UNESCO's Institute for …" names the body as the owner, apart from the unit.
    if (orgs.some((o) => o !== c && o.entityId !== id && o.start <= c.start && o.end >= c.end) && !/^['’]s\s/u.test(ctx.text.slice(c.end, c.end + 3))) return false;
    if (TITLE_AFTER.test(ctx.text.slice(c.end, c.end + 40))) return false;
    const before = /((?:[\p{Ll}-]+\s+){1,4})$/u.exec(ctx.text.slice(Math.max(0, c.start - 60), c.start))?.[1] ?? '';
    return !(/\p{Script=Cyrillic}/u.test(before) && before.trim().split(/\s+/).some((w) => POST_WORD.test(w)));
  });
}

const UNIT_THEN_OWNER = /⟦(\d+)⟧,\s+(?:the\s+)?⟦(\d+)⟧/gu;
/** A unit named by its head and field alone ("Department of Pedagogy", "Centre for Inclusive Education"), which any university may have. */
const FIELD_UNIT = /^(?:the\s+)?(?:Faculty|Department|School|Institute|Centre|Center|Laboratory|Chair|Division)\s+(?:of|for)\s/u;
const OWNER_NAME = /\b(?:University|Academy|Institute|College)\b/u;

/** Unit nouns that name a part of a university, academy or body. */
const OWNER_THEN_DIRECTORATE = /⟦(\d+)⟧(?:['’]s)?(?:\s*\(⟦\d+⟧\))?\s+⟦(\d+)⟧/gu;
const DIRECTORATE_NAME = /^(?:the\s+)?(?:General\s+)?(?:Directorate|Department|Division|Agency|Committee|Inspectorate)\b/u;
const UNIT_HEAD = /^(?:faculty|department|school|centre|center|institute|chair|laboratory|lab|branch|office|division|college|delegation|mission|кафедр\p{L}*|факультет\p{L}*|институт\p{L}*|центр\p{L}*|лаборатори\p{L}*|филиал\p{L}*|отделени\p{L}*|представительств\p{L}*)$/iu;
/** "the university's ⟦Unit⟧", «кафедра … университета» said by a possessive standing for a body named earlier. */
const POSSESSOR = /(?:\bthe\s+(university|academy|institute|college|foundation|ministry|organi[sz]ation)['’]s|\b(?:its|their))\s+⟦(\d+)⟧/giu;

/**
 * "together with the university's Centre for …": the unit belongs to the
 * latest body of that kind named before it (with "its", to the body the
 * sentence opened with).
 */
function unitsOfPossessor(ctx: RelationContext, ts: TemplatedSentence): Relation[] {
  const out: Relation[] = [];
  for (const m of ts.template.matchAll(POSSESSOR)) {
    const unit = slotAt(ts, m[2]);
    if (unit?.type !== 'Organization' || !unit.entityId || unit.reference) continue;
    if (!UNIT_HEAD.test(unit.text.split(/\s+/).find((w) => !/^(?:the|\p{Lu}{2,})$/u.test(w)) ?? '')) continue;
    const kind = (m[1] ?? '').toLowerCase();
    const earlier = ctx.candidates
      .filter((c) => c.type === 'Organization' && c.entityId && c.entityId !== unit.entityId && c.end <= unit.start)
      .filter((c) => {
        const e = ctx.entities.get(c.entityId ?? '');
        const names = e ? [e.name, ...e.aliases].join(' ') : c.text;
        return kind ? new RegExp(`\\b${kind.slice(0, 6)}`, 'iu').test(names) : true;
      })
      .sort((a, b) => a.start - b.start);
    const body = kind ? earlier.pop() : earlier.find((c) => c.sentence === ts.sentence.index);
    if (body?.entityId) out.push(relation('PART_OF', unit.entityId, body.entityId, ts.sentence, 0.75));
  }
  return out;
}

const nameKey = (s: string): string => s.toLowerCase().replace(/[«»"“”'’.,()]/g, '').replace(/\s+/g, ' ').trim();

/**
 * Units whose names say whose they are: "⟦B⟧ Department of …" or "⟦B⟧
 * School of …" (B an acronym or name of another body, or the first word of a
 * university's name: "UMSA School of Education" of "UMSA University"),
 * "… Branch of ⟦B⟧", "⟦B⟧ in ⟦Country⟧" and "… under the ⟦B⟧".
 */
function unitsByName(ctx: RelationContext): Relation[] {
  const out: Relation[] = [];
  const orgs = [...ctx.entities.values()].filter((e) => e.type === 'Organization');
  const keysOf = (e: (typeof orgs)[number]): string[] => [e.name, ...e.aliases, ...(e.type === 'Organization' && e.acronym ? [e.acronym] : [])].map(nameKey).filter((k) => k.length >= 2);
  const byKey = new Map<string, string>();
  for (const e of orgs) for (const k of keysOf(e)) if (!byKey.has(k)) byKey.set(k, e.id);
  for (const unit of orgs) {
    for (const name of [unit.name, ...unit.aliases]) {
      const ts = evidenceOf(ctx, unit.id);
      if (!ts) break;
      const key = nameKey(name);
      const words = key.split(' ');
      let parent: string | undefined;
      let confidence = 0.7;
      // "B Department of …": the words before the unit noun name the body.
      const head = words.findIndex((w, i) => i > 0 && UNIT_HEAD.test(w) && ['of', 'for'].includes(words[i + 1] ?? ''));
      if (head > 0) {
        const prefix = words.slice(0, head).join(' ');
        parent = byKey.get(prefix) ?? orgs.find((o) => o.id !== unit.id && /\b(?:university|academy|университет|академия)\b/iu.test(o.name) && nameKey(o.name).startsWith(`${prefix} `))?.id;
        confidence = 0.65;
      }
      // "… Branch of B", "… under the B", «… при B».
      const tail = /\b(?:branch|filial|division|under|при)\s+(?:of\s+)?(?:the\s+)?(.+)$/iu.exec(key);
      if (!parent && tail?.[1]) parent = byKey.get(tail[1]);
      // "B in Country", "B Country Office in Country".
      // "B Delegation to Country", "B Mission to Country": a body's representation abroad.
      const office = /^(.+?)\s+(?:(?:(?:country|regional|national|liaison|representative|project)\s+)*(?:office\s+)?in|(?:delegation|mission|representation)\s+to)\s+(?:the\s+)?\p{L}/iu.exec(key);
      if (!parent && office?.[1]) {
        const body = byKey.get(office[1]);
        if (body && namedOnItsOwn(ctx, body)) parent = body;
      }
      if (parent && parent !== unit.id) {
        out.push(relation('PART_OF', unit.id, parent, ts.sentence, confidence));
        break;
      }
    }
  }
  return out;
}

function evidenceOf(ctx: RelationContext, id: string): TemplatedSentence | undefined {
  const first = ctx.entities.get(id)?.mentions[0];
  return first && ctx.sentences.find((x) => first.start >= x.sentence.start && first.start < x.sentence.end);
}

/**
 * A body said to be a unit of another, in apposition: "⟦A⟧ — a branch of
 * ⟦B⟧", «⟦A⟧ (представительство ⟦B⟧ в …)», «⟦A⟧ — филиал ⟦B⟧», and
 * subordination after a comma: «⟦A⟧, подведомственный ⟦B⟧», «входящий в
 * состав ⟦B⟧». The unit is the body named just before the cue.
 */
const UNIT_NOUN = /(?:[—–(]\s*(?:(?:an?|the)\s+)?(?:(\p{Ll}+)\s+)?(?:branch(?:es)?\s+of|subsidiary\s+of|division\s+of|unit\s+of|part\s+of|филиал\p{L}*|подразделени\p{L}*|представительств\p{L}*|отделени\p{L}*)|,\s*(?:(?:(?:an?|the)\s+)?(?:branch|subsidiary|division|unit|part|member)\s+of|subordinate\s+to|(?:which|that)\s+(?:belongs\s+to|is\s+(?:a\s+)?(?:part|unit|branch|division)\s+of)|belonging\s+to|подведомственн\p{L}*|входящ\p{L}*\s+в\s+(?:состав|структуру)|являющ\p{L}*\s+(?:структурн\p{L}*\s+)?(?:подразделени|филиал|частью)\p{L}*))\s+(?:(?:\p{Lu}{2,}|the)\s+)?[«"“]?⟦(\d+)⟧/gu;
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
export function parentSlots(ts: TemplatedSentence): Set<number> {
  const template = ts.template;
  const out = new Set<number>();
  // "the ⟦Tbilisi⟧-based ⟦Centre⟧": only a body names another body's parent.
  for (const re of [EN_PARENT, RU_PARENT]) for (const m of template.matchAll(re)) if (slotAt(ts, m[1])?.type !== 'City') out.add(Number(m[2]));
  // «Дом дружбы (представительство ⟦B⟧)»: the parent is named to place the unit, whether or not the unit was found.
  for (const m of template.matchAll(UNIT_NOUN)) out.add(Number(m[2]));
  return out;
}

/** Cues that put one event inside another: "as part of ⟦1⟧", «в рамках ⟦1⟧». */
const WITHIN_EVENT = /(?:\bas part of|\bwithin|\bin the framework of|\bon the sidelines of|\bduring|\bat|\bof|в рамках|в ходе|на полях|во время|на|программ\p{L}*)\s+(?:the\s+)?(?:\p{L}+\s+){0,2}⟦(\d+)⟧/giu;
const INCLUDES_EVENTS = /⟦(\d+)⟧\s+(?:also\s+)?(?:included|featured|comprised|consisted\s+of|incorporated|включал\p{L}*|включил\p{L}*|объединил\p{L}*)\s/giu;
/** Kinds that happen inside a larger event rather than on their own. */
const PART_KINDS = new Set(['side event', 'session', 'section', 'panel', 'track', 'panel discussion', 'workshop', 'master class', 'round table', 'lecture', 'round', 'open lesson', 'study visit', 'strategic session', 'meeting', 'training', 'hackathon', 'competition', 'exhibition']);
const OWN_LEVEL = /^(?:the\s+)?(?:[IVX]+\s+|\d+(?:st|nd|rd|th)\s+)?(?:international|national|regional|republican|all-russian|(?:междунар|всероссийск|республиканск|региональн|межрегиональн|городск|областн|краев)\p{L}*)(?![\p{L}])/iu;
/** Kinds that hold smaller events. */
const WHOLE_KINDS = new Set(['forum', 'conference', 'congress', 'summer school', 'winter school', 'olympiad', 'roadshow', 'series', 'festival', 'summit', 'symposium', 'seminar', 'consultation', 'study visit', 'hackathon']);

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
      // "⟦The forum⟧ included ⟦a hackathon⟧ and ⟦a meeting⟧": every event listed after the verb is a part.
      for (const m of ts.template.matchAll(INCLUDES_EVENTS)) {
        const whole = slotAt(ts, m[1]);
        if (whole?.type !== 'Event' || !whole.entityId) continue;
        for (const x of ts.template.slice((m.index ?? 0) + m[0].length).matchAll(/⟦(\d+)⟧/gu)) {
          const part = slotAt(ts, x[1]);
          if (part?.type === 'Event' && part.entityId && !part.reference && part.entityId !== whole.entityId) out.push(relation('PART_OF', part.entityId, whole.entityId, ts.sentence, 0.75));
        }
      }
    }
    const main = ctx.mainEventId ? ctx.entities.get(ctx.mainEventId) : undefined;
    if (main?.type !== 'Event' || !WHOLE_KINDS.has(main.kind ?? '')) return out;
    for (const e of ctx.entities.values()) {
      if (e.type !== 'Event' || e.id === main.id || !PART_KINDS.has(e.kind ?? '')) continue;
      // «Республиканский конкурс …», "the National Olympiad …": an event of its own level stands beside the report's, not inside it.
      if (OWN_LEVEL.test(e.name)) continue;
      // A side event is always beside a larger one: undated, it is the report's main event's.
      // A qualifying round comes before the final it leads to.
      const qualifier = e.kind === 'round' && !!e.startDate && !!main.startDate && e.startDate < main.startDate;
      // A side event may fall on a day before or after the event it accompanies.
      const fit = e.kind === 'side event' || qualifier ? 'maybe' : within(e, main);
      if (fit === 'no') continue;
      const first = e.mentions[0];
      const ts = first && ctx.sentences.find((x) => first.start >= x.sentence.start && first.start < x.sentence.end);
      if (ts && e.kind !== main.kind) out.push(relation('PART_OF', e.id, main.id, ts.sentence, fit === 'yes' ? 0.6 : 0.5));
    }
    return out;
  },
};

/**
 * Dated inside the other's dates; an undated part counts only when the whole
 * is undated too. A dated part of an undated whole may be inside it: a report
 * often dates only the sessions of the event it is about.
 */
function within(part: EventEntity, whole: EventEntity): 'yes' | 'maybe' | 'no' {
  if (!part.startDate) return whole.startDate ? 'maybe' : 'yes';
  if (!whole.startDate) return 'maybe';
  return part.startDate >= whole.startDate && part.startDate <= (whole.endDate ?? whole.startDate) ? 'yes' : 'no';
}
