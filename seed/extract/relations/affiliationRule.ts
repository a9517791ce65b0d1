import { EN_TITLES, POST_WORD, RU_TITLES } from '../lexicon.ts';
import { parseRu } from '../../text/russianMorphology.ts';
import { relation, slotAt, type RelationContext, type RelationRule, type TemplatedSentence } from './RelationRule.ts';
import type { Relation } from '../../extraction.ts';
import type { Candidate } from '../Extractor.ts';

const EN_T = EN_TITLES.map((t) => t.replace(/[-\s]/g, '[-\\s]')).join('|');
const RU_T = RU_TITLES.map((t) => t.split(' ').map((w) => `${w}\\p{L}*`).join('\\s+')).join('|');
const TITLE = `(?:${EN_T}|(?:(?:deputy|acting|first|vice)\\s+)?(?:${EN_T}))`;
const AFTER_EN = new RegExp(`^(?:\\s+at\\s+(?:the\\s+)?⟦\\d+⟧)?,?\\s+(?:and\\s+)?(?:the\\s+)?(${TITLE})(?:\\s+(?:of|at)\\s+(?:the\\s+)?⟦(\\d+)⟧)?`, 'iu');
const AFTER_RU = new RegExp(`^(?:\\s+⟦\\d+⟧)?,?\\s+(?:и\\s+)?(${RU_T})\\s+⟦(\\d+)⟧`, 'iu');
const NEXT_IS_SLOT = /^,?\s+⟦(\d+)⟧/u;
/** Russian puts a post before its holder: «⟦P1⟧ и эксперта ⟦O⟧ по цифровым сервисам ⟦P2⟧» is P2's post. */
const RU_NEXT_IN_PHRASE = /^[^,.;:⟦⟧]*⟦(\d+)⟧/u;
const BEFORE_EN = new RegExp(`(?:(?:⟦(\\d+)⟧(?:['’]s)?\\s+)|(?:the\\s+))?(${TITLE})(?:\\s+(?:of|at)\\s+(?:the\\s+)?⟦(\\d+)⟧)?,?\\s+$`, 'iu');
const BEFORE_RU = new RegExp(`(${RU_T})\\s+⟦(\\d+)⟧\\s+$`, 'iu');

/**
 * AFFILIATED_WITH with roles, from titles next to a name: "Elena Kazakova,
 * Director of the Institute…, Corresponding Member of the Academy…", "the
 * Executive Director of the Foundation, Petr Polozhevets", "the Foundation's
 * Executive Director Peter Polozhevets", «директор Института … Елена Казакова».
 */
export const affiliationRule: RelationRule = {
  name: 'affiliation',
  apply(ctx: RelationContext): Relation[] {
    const out: Relation[] = [];
    for (const ts of ctx.sentences) {
      ts.slots.forEach((p, i) => {
        if (p.type !== 'Person' || !p.entityId) return;
        const marker = `⟦${i}⟧`;
        const at = ts.template.indexOf(marker);
        const person = ctx.entities.get(p.entityId);
        const add = (orgMarker: string | undefined, role: string): void => {
          const o = slotAt(ts, orgMarker);
          const title = role.replace(/\s+/g, ' ').trim();
          if (person?.type === 'Person') person.titles = [...new Set([...(person.titles ?? []), title])];
          if (o?.type === 'Organization' && o.entityId) out.push(relation('AFFILIATED_WITH', p.entityId as string, o.entityId, ts.sentence, 0.85, [title]));
        };
        // Titles after the name, chained by commas, until one that belongs to the next person.
        let rest = ts.template.slice(at + marker.length);
        for (let guard = 0; guard < 4; guard++) {
          const en = AFTER_EN.exec(rest);
          const m = en ?? AFTER_RU.exec(rest);
          if (!m) break;
          const after = rest.slice(m[0].length);
          const next = (en ? NEXT_IS_SLOT : RU_NEXT_IN_PHRASE).exec(after);
          if (next && slotAt(ts, next[1])?.type === 'Person') break;
          add(m[2], m[1] ?? '');
          rest = after;
        }
        for (const [orgMarker, role] of appositions(ts, at, marker.length)) add(orgMarker, role);
        for (const [orgId, role] of bodyOnlyImplied(ctx, ts, at, marker.length)) {
          if (person?.type === 'Person' && role) person.titles = [...new Set([...(person.titles ?? []), role])];
          out.push(relation('AFFILIATED_WITH', p.entityId, orgId, ts.sentence, 0.75, role ? [role] : undefined));
        }
        // A title just before the name.
        const before = withoutNameTail(ts, ts.template.slice(0, at));
        const b = BEFORE_EN.exec(before);
        if (b) add(b[3] ?? b[1], b[2] ?? '');
        else {
          const r = BEFORE_RU.exec(before);
          if (r) add(r[2], r[1] ?? '');
        }
      });
    }
    return out;
  },
};

const SAFE_GAP = /^[\p{L}\p{N}'’\- ]*$/u;

/**
 * Employers in apposition, whatever the post is called: "⟦P⟧, Vice-Rector
 * for Academic Affairs of ⟦O⟧", "⟦P⟧ of ⟦O⟧", "⟦P⟧ from ⟦O⟧", "⟦P⟧ (⟦O⟧)",
 * "⟦O⟧ Resident Representative ⟦P⟧", «специалиста ⟦O⟧ по вопросам образования ⟦P⟧».
 * Returns the organization marker and the post (empty when unnamed).
 */
function appositions(ts: TemplatedSentence, at: number, len: number): Array<[string, string]> {
  const { template } = ts;
  const out: Array<[string, string]> = [];
  const after = template.slice(at + len);
  const direct = /^\s+(?:of|from|at)\s+(?:the\s+)?⟦(\d+)⟧|^\s*\(⟦(\d+)⟧[,)]/u.exec(after);
  if (direct) out.push([direct[1] ?? direct[2] ?? '', '']);
  const titled = /^,\s+(?:the\s+|a\s+|an\s+)?([^,;:⟦⟧()"«»“”]{2,80}?)\s+(?:of|at|in|with|for)?\s*(?:the\s+)?⟦(\d+)⟧/u.exec(after);
  if (titled && !holderFollows(ts, after.slice(titled[0].length)) && SAFE_GAP.test(titled[1] ?? '') && (titled[1] ?? '').split(/\s+/).some((w) => POST_WORD.test(w)) && (titled[1] ?? '').split(/\s+/).length <= 8) out.push([titled[2] ?? '', (titled[1] ?? '').trim()]);
  const ruTitled = /^,\s+([^,;:⟦⟧()"«»“”]{2,80}?)\s+⟦(\d+)⟧/u.exec(after);
  if (ruTitled && !holderFollows(ts, after.slice(ruTitled[0].length)) && /\p{Script=Cyrillic}/u.test(ruTitled[1] ?? '') && (ruTitled[1] ?? '').split(/\s+/).some((w) => POST_WORD.test(w)) && (ruTitled[1] ?? '').split(/\s+/).length <= 6) out.push([ruTitled[2] ?? '', (ruTitled[1] ?? '').trim()]);
  const before = withoutNameTail(ts, template.slice(0, at));
  const preceding = /⟦(\d+)⟧((?:\s+[^\s,;:⟦⟧()"«»“”.]+){1,6})\s+$/u.exec(withoutPeopleBefore(ts, before));
  if (preceding && (preceding[2] ?? '').trim().split(/\s+/).some((w) => POST_WORD.test(w))) out.push([preceding[1] ?? '', (preceding[2] ?? '').trim()]);
  // «проректор по научной работе ⟦ТвГУ⟧ ⟦Имя⟧»: a post a few words before the body that stands right before the name.
  const ruBefore = /((?:[^\s,;:⟦⟧()"«»“”.]+\s+){1,5})⟦(\d+)⟧\s+$/u.exec(before);
  const ruWords = (ruBefore?.[1] ?? '').trim().split(/\s+/);
  if (ruBefore && /\p{Script=Cyrillic}/u.test(ruBefore[1] ?? '') && ruWords.some((w) => POST_WORD.test(w))) out.push([ruBefore[2] ?? '', ruWords.slice(ruWords.findIndex((w) => POST_WORD.test(w))).join(' ')]);
  return out;
}

const EN_MINISTER_BEFORE = /(?<!\p{L})((?:(?:deputy|vice|first|acting)[-\s]+)*minister)((?:\s+(?:of|for)\s+[^⟦⟧.;:,]{2,80}?(?:,\s+[^⟦⟧.;:,]{2,40}?)*)?)(?:\s+of\s+(?:the\s+)?⟦(\d+)⟧)?,?\s+$/iu;
const EN_MINISTER_AFTER = /^,\s+(?:the\s+)?((?:(?:deputy|vice|first|acting)[-\s]+)*minister)((?:\s+(?:of|for)\s+[^⟦⟧.;:,]{2,80}?)?)(?:\s+of\s+(?:the\s+)?⟦(\d+)⟧)?(?=\s*(?:[,.;:]|$))/iu;
const RU_MINISTER_BEFORE = /(?<!\p{L})((?:(?:перв\p{L}*|заместител\p{L}*)\s+)*министр\p{L}*)((?:\s+(?:[\p{Ll}-]+|и))*)(?:\s+⟦(\d+)⟧)?\s+$/iu;
const FIELD_FILLER = new Set(['of', 'for', 'and', 'the', 'и']);

/**
 * Employers a sentence implies without naming them as a mention:
 * a minister's ministry ("Deputy Minister of Health Ana Silva", «заместитель
 * министра просвещения …»), found among the report's ministries by the words
 * of its remit, or as the only ministry the report names; and an office of
 * an international body in a country ("⟦P⟧, ⟦Org⟧ Representative in ⟦Chile⟧",
 * "⟦Org⟧ Resident Representative in ⟦Chile⟧ ⟦P⟧") when the report names that
 * office ("⟦Org⟧ Country Office in Chile").
 */
function bodyOnlyImplied(ctx: RelationContext, ts: TemplatedSentence, at: number, len: number): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const before = ts.template.slice(0, at);
  const after = ts.template.slice(at + len);
  for (const m of [EN_MINISTER_BEFORE.exec(before), EN_MINISTER_AFTER.exec(after), RU_MINISTER_BEFORE.exec(before)]) {
    if (!m) continue;
    const place = slotAt(ts, m[3]);
    const ministry = ministryFor(ctx, m[2] ?? '', place?.type === 'Country' ? place.entityId : undefined);
    if (ministry) out.push([ministry, (m[1] ?? '').replace(/\s+/g, ' ').trim()]);
  }
  const officeAfter = /^,\s+(?:the\s+)?⟦(\d+)⟧((?:\s+[\p{L}-]+){1,3})\s+(?:in|for)\s+(?:the\s+)?⟦(\d+)⟧/u.exec(after);
  const officeBefore = /⟦(\d+)⟧((?:\s+[\p{L}-]+){1,3})\s+(?:in|for)\s+(?:the\s+)?⟦(\d+)⟧,?\s+$/u.exec(before);
  for (const m of [officeAfter, officeBefore]) {
    // POST_WORD wants a stem before "-representative"; a bare "Representative" is the usual title of a body's head in a country.
    if (!m || !(m[2] ?? '').trim().split(/\s+/).some((w) => POST_WORD.test(w) || /^representative$/iu.test(w))) continue;
    const office = officeOf(ctx, slotAt(ts, m[1]), slotAt(ts, m[3]));
    if (office) out.push([office, (m[2] ?? '').trim()]);
  }
  return out;
}

const nameWords = (s: string): string[] => s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);

function ministryFor(ctx: RelationContext, field: string, countryId: string | undefined): string | null {
  const wanted = nameWords(field).filter((w) => !FIELD_FILLER.has(w));
  const ministries = [...ctx.entities.values()].filter((e) => e.type === 'Organization' && /^(?:ministry|министерств)/iu.test(e.name));
  const fits = ministries.filter((e) => {
    const words = new Set([e.name, ...e.aliases].flatMap(nameWords));
    return wanted.every((w) => words.has(w)) && (!countryId || e.type !== 'Organization' || !e.countryCode || `country:${e.countryCode}` === countryId);
  });
  // Without a remit, only a report naming a single ministry says which one.
  if (wanted.length === 0) return ministries.length === 1 ? (ministries[0]?.id ?? null) : null;
  return fits.length === 1 ? (fits[0]?.id ?? null) : null;
}

function officeOf(ctx: RelationContext, body: Candidate | undefined, place: Candidate | undefined): string | null {
  if (body?.type !== 'Organization' || !body.entityId || (place?.type !== 'Country' && place?.type !== 'City') || !place.entityId) return null;
  const parent = ctx.entities.get(body.entityId);
  const where = ctx.entities.get(place.entityId);
  if (!parent || !where) return null;
  const parentNames = [parent.name, ...parent.aliases, ...(parent.type === 'Organization' && parent.acronym ? [parent.acronym] : [])].map((n) => n.toLowerCase());
  const placeNames = [where.name, ...where.aliases].map((n) => n.toLowerCase());
  const offices = [...ctx.entities.values()].filter((e) => {
    if (e.type !== 'Organization' || e.id === parent.id) return false;
    const names = [e.name, ...e.aliases].map((n) => n.toLowerCase());
    return names.some((n) => parentNames.some((pn) => n.startsWith(`${pn} `)) && placeNames.some((pl) => n.includes(pl)));
  });
  return offices.length === 1 ? (offices[0]?.id ?? null) : null;
}

/**
 * "⟦O⟧ trainers ⟦P1⟧, ⟦P2⟧ and ⟦P3⟧": a post before a list of names is each
 * one's, so the names listed before this one are dropped.
 */
function withoutPeopleBefore(ts: TemplatedSentence, before: string): string {
  let rest = before;
  for (let m = /⟦(\d+)⟧\s*(?:,\s*|\s(?:and|и)\s+)$/u.exec(rest); m && slotAt(ts, m[1])?.type === 'Person'; m = /⟦(\d+)⟧\s*(?:,\s*|\s(?:and|и)\s+)$/u.exec(rest)) {
    rest = `${rest.slice(0, m.index)}`;
  }
  return rest === before ? before : `${rest.trimEnd()} `;
}

/** «⟦P1⟧, начальник ⟦O⟧ ⟦P2⟧»: a name right after the body holds that post, not the name before it. */
function holderFollows(ts: TemplatedSentence, rest: string): boolean {
  const m = /^(?:\s+\p{Lu}[\p{L}-]*){0,2}\s+⟦(\d+)⟧/u.exec(rest);
  return !!m && slotAt(ts, m[1])?.type === 'Person';
}

const ORG_THEN_TAIL = /⟦(\d+)⟧((?:\s+(?:⟦\d+⟧|[^\s⟦⟧,;:()"«»“”.]+)){1,4})\s+$/u;

/**
 * «заместитель декана ⟦O⟧ Министерства культуры ⟦P⟧»: Russian words
 * left outside a body's mention between it and the name (its parent in the
 * genitive, a given name the person's mention missed) are dropped, so the
 * body stands right before the name again. Only capitalised or genitive
 * words that are no post: a post there is the «⟦O⟧ специалист ⟦P⟧» pattern.
 */
function withoutNameTail(ts: TemplatedSentence, before: string): string {
  const m = ORG_THEN_TAIL.exec(before);
  if (!m || slotAt(ts, m[1])?.type !== 'Organization') return before;
  const words = (m[2] ?? '').trim().split(/\s+/);
  if (!/^(?:\p{Lu}|⟦)/u.test(words[0] ?? '') || !words.every((w) => isNameTailWord(ts, w))) return before;
  return `${before.slice(0, (m.index ?? 0) + `⟦${m[1]}⟧`.length)} `;
}

function isNameTailWord(ts: TemplatedSentence, w: string): boolean {
  const marker = /^⟦(\d+)⟧$/u.exec(w);
  if (marker) return slotAt(ts, marker[1])?.type === 'Country';
  if (!/^\p{Script=Cyrillic}/u.test(w) || POST_WORD.test(w)) return false;
  return /^\p{Lu}/u.test(w) || parseRu(w).some((p) => p.case === 'gent');
}
