import { EN_TITLES, POST_WORD, RU_TITLES } from '../lexicon.ts';
import { lemmaRu, parseRu } from '../../text/russianMorphology.ts';
import { isPluralWord } from '../../text/pluralWord.ts';
import { isEnglishVerb } from '../../text/englishWords.ts';
import { relation, slotAt, type RelationContext, type RelationRule, type TemplatedSentence } from './RelationRule.ts';
import type { Relation } from '../../extraction.ts';
import type { Candidate } from '../Extractor.ts';

const EN_T = EN_TITLES.map((t) => t.replace(/[-\s]/g, '[-\\s]')).join('|');
const RU_T = RU_TITLES.map((t) => t.split(' ').map((w) => `${w}\\p{L}*`).join('\\s+')).join('|');
// The look-ahead keeps "Deputy Director" from ending inside "Deputy Director-General".
const TITLE = `(?:${EN_T}|(?:(?:deputy|acting|first|vice)\\s+)?(?:${EN_T}))(?![\\p{L}-])`;
// "Chief of Education at ⟦O⟧", "Head of Teacher Training at ⟦O⟧": a field of up to four words may follow the title.
const FIELD_WORD = '(?!(?:at|of|in|for|and|the|with)(?![\\p{L}-]))[\\p{L}-]+';
const TITLE_FIELD = `(?:\\s+(?:of|for)\\s+${FIELD_WORD}(?:\\s+(?:and\\s+)?${FIELD_WORD}){0,3}(?=\\s+(?:at|of)\\s+(?:the\\s+)?⟦))?`;
const AFTER_EN = new RegExp(`^(?:\\s+at\\s+(?:the\\s+)?⟦\\d+⟧)?,?\\s+(?:and\\s+)?(?:the\\s+)?(${TITLE}${TITLE_FIELD})(?:\\s+(?:of|at)\\s+(?:the\\s+)?⟦(\\d+)⟧)?`, 'iu');
const AFTER_RU = new RegExp(`^(?:\\s+⟦\\d+⟧)?(?:,|\\s+[–—-])?\\s+(?:и\\s+)?(${RU_T})\\s+⟦(\\d+)⟧`, 'iu');
const HONORIFIC_TAIL = /(?<=\s)(?:Mr|Ms|Mrs|Dr|Prof|H\.\s?E)\.?\s+$/u;
const NEXT_IS_SLOT = /^,?\s+⟦(\d+)⟧/u;
/**
 * Russian puts a post before its holder: «⟦P1⟧ и эксперта ⟦O⟧ по цифровым
 * сервисам ⟦P2⟧» is P2's post, and so is «⟦P1⟧ и представитель ⟦O⟧ в
 * ⟦Country⟧ ⟦P2⟧»: a name next in the phrase, or next after «в ⟦place⟧».
 */
const RU_NEXT_IN_PHRASE = /^[^,.;:⟦⟧]*⟦(\d+)⟧(?:\s+⟦(\d+)⟧)?/u;
const PLACE_TYPES = new Set(['Country', 'City']);
// "Vice-Rector for International Affairs of ⟦O⟧ ⟦P⟧": the post's field may stand between it and the body.
// "Head of the ⟦Department⟧ at the ⟦Ministry⟧, ⟦P⟧": the unit's own body may follow it.
const BEFORE_EN = new RegExp(`(?:(?:⟦(\\d+)⟧(?:['’]s)?\\s+)|(?:the\\s+))?(${TITLE}${TITLE_FIELD})(?:\\s+(?:of|at)\\s+(?:the\\s+)?⟦(\\d+)⟧(?:\\s+(?:of|at)\\s+(?:the\\s+)?⟦(\\d+)⟧)?)?,?\\s+$`, 'iu');
/** «представитель ⟦O⟧ в ⟦Country⟧ ⟦P⟧»: the place after the body is where the post is held. */
// «проректор ⟦O⟧ по учебной работе ⟦P⟧», «представитель ⟦O⟧ (ЦОО, ⟦Бишкек⟧) ⟦P⟧»: a field of duty or a bracket may stand between the body and the name.
// «руководитель ⟦Центра …⟧ при ⟦КФУ⟧ ⟦P⟧»: the body a unit is attached to may follow it.
const BEFORE_RU = new RegExp(`(${RU_T})\\s+⟦(\\d+)⟧(?:(?:\\s*\\([^()]{1,40}\\))?\\s+при\\s+⟦\\d+⟧)?(?:\\s+(?:в|во)\\s+⟦(\\d+)⟧)?(?:\\s*\\([^()]{1,40}\\))?(?:\\s+по\\s+(?:[\\p{L}-]+\\s+){0,3}[\\p{L}-]+)?\\s+$`, 'iu');
const BEFORE_RU_CHAINED = new RegExp(`(${RU_T})\\s+⟦(\\d+)⟧\\s*,\\s*$`, 'iu');

/**
 * AFFILIATED_WITH with roles, from titles next to a name: "Elena Kazakova,
 * Director of the Institute…, Corresponding Member of the Academy…", "the
 * Executive Director of the Foundation, Petr Polozhevets", "the Foundation's
 * Executive Director Peter Polozhevets", «директор Института … Елена Казакова».
 */
export const affiliationRule: RelationRule = {
  name: 'affiliation',
  apply(ctx: RelationContext): Relation[] {
    const out: Relation[] = contactRecords(ctx);
    for (const ts of ctx.sentences) {
      ts.slots.forEach((p, i) => {
        if (p.type !== 'Person' || !p.entityId) return;
        const personId = p.entityId;
        const marker = `⟦${i}⟧`;
        const at = ts.template.indexOf(marker);
        const person = ctx.entities.get(personId);
        let found = 0;
        const push = (orgId: string, confidence: number, role: string): void => {
          found++;
          out.push(relation('AFFILIATED_WITH', personId, orgId, ts.sentence, confidence, role ? [role] : undefined));
        };
        const add = (orgMarker: string | undefined, role: string): void => {
          const o = slotAt(ts, orgMarker);
          const title = role.replace(/\s+/g, ' ').trim();
          if (person?.type === 'Person' && title) person.titles = [...new Set([...(person.titles ?? []), title])];
          if (o?.type !== 'Organization' || !o.entityId) return;
          const office = (countryOffice(ctx, ts, orgMarker) ?? soleOffice(ctx, o.entityId));
          push(office ?? o.entityId, 0.85, title);
          // A faculty or department is often too fine for the reader, who looks for the university: the parent named inside it is offered, less surely.
          const parent = unitParent(ctx, ts, o);
          if (parent) push(parent, 0.6, title);
        };
        // Titles after the name, chained by commas, until one that belongs to the next person.
        // "⟦P⟧, кандидат педагогических наук, доцент ⟦O⟧": a degree between the name and the post says nothing of the employer.
        let rest = ts.template.slice(at + marker.length).replace(DEGREE_AFTER, '');
        for (let guard = 0; guard < 4; guard++) {
          const en = AFTER_EN.exec(rest);
          const m = en ?? AFTER_RU.exec(rest);
          if (!m) break;
          const after = rest.slice(m[0].length);
          // «… и представитель ⟦O⟧ (ПЦО, ⟦Бишкек⟧) ⟦P2⟧»: past the body's bracket, the next person may hold the post.
          const next = (en ? NEXT_IS_SLOT : RU_NEXT_IN_PHRASE).exec(after.replace(/^\s*\([^()]{1,40}\)/u, ''));
          if (next && slotAt(ts, next[1])?.type === 'Person') break;
          if (next?.[2] !== undefined && PLACE_TYPES.has(slotAt(ts, next[1])?.type ?? '') && slotAt(ts, next[2])?.type === 'Person') break;
          add(m[2], m[1] ?? '');
          rest = after;
        }
        for (const [orgMarker, role] of appositions(ts, at, marker.length)) add(orgMarker, role);
        for (const [orgId, role] of bodyOnlyImplied(ctx, ts, at, marker.length)) {
          if (person?.type === 'Person' && role) person.titles = [...new Set([...(person.titles ?? []), role])];
          push(orgId, 0.75, role);
        }
        // A title just before the name, and the titles chained before it («президент ⟦O1⟧, доцент ⟦O2⟧ ⟦P⟧»).
        // "The Rector of ⟦O⟧, Prof. ⟦P⟧": an honorific between the post and the name belongs to neither.
        const before = withoutDegree(withoutNameTail(ts, ts.template.slice(0, at).replace(HONORIFIC_TAIL, '')));
        const b = BEFORE_EN.exec(before);
        if (b) add(b[3] ?? b[1], b[2] ?? '');
        if (b?.[4] !== undefined) add(b[4], b[2] ?? '');
        else {
          let head = before;
          for (let guard = 0; guard < 3; guard++) {
            const r = (guard === 0 ? BEFORE_RU : BEFORE_RU_CHAINED).exec(head);
            if (!r || (r[3] !== undefined && !PLACE_TYPES.has(slotAt(ts, r[3])?.type ?? ''))) break;
            add(r[2], r[1] ?? '');
            head = head.slice(0, r.index);
          }
        }
        if (found === 0) for (const [orgMarker, role] of pluralPostBeforeList(ts, before)) add(orgMarker, role);
        if (found === 0) for (const [orgMarker, role] of bodysPeopleListed(ts, before)) add(orgMarker, role);
        if (found === 0) for (const [orgId, role] of bodyReferredBack(ctx, ts, at, marker.length, p.start)) push(orgId, 0.7, role);
        if (found === 0) for (const [orgId, role] of unmarkedEmployers(ctx, ts, at, marker.length)) push(orgId, 0.7, role);
        if (found === 0) for (const [orgId, role] of unitOfPost(ctx, ts, at, marker.length)) push(orgId, 0.7, role);
        if (found === 0) {
          // «ректор ⟦ТГУ⟧ ⟦P1⟧ и проректор по науке ⟦P2⟧», "Rector of ⟦O⟧ ⟦P1⟧ and her deputy ⟦P2⟧": a deputy's post
          // with no body of its own, right after the head's name, is in the head's body.
          const deputy = DEPUTY_AFTER.exec(ts.template.slice(0, at));
          const head = deputy ? slotAt(ts, deputy[1]) : undefined;
          if (head?.type === 'Person' && head.entityId) {
            for (const r of out.filter((x) => x.type === 'AFFILIATED_WITH' && x.from === head.entityId && x.evidenceStart === ts.sentence.start && x.confidence >= 0.75)) {
              push(r.to, 0.6, (deputy?.[2] ?? '').trim());
            }
          }
        }
        for (const orgMarker of representedBy(ts, at)) {
          const o = slotAt(ts, orgMarker);
          if (o?.type === 'Organization' && o.entityId && !out.some((r) => r.from === personId && r.to === o.entityId)) push(o.entityId, 0.75, '');
        }
      });
    }
    return out;
  },
};

const DEPUTY_AFTER = /⟦(\d+)⟧,?\s+(?:и|and)\s+((?:(?:его|её|ее|his|her|their)\s+)?(?:перв\p{L}*\s+)?(?:проректор\p{L}*|заместител\p{L}*|замдиректор\p{L}*|(?:first\s+)?(?:vice-rector|pro-rector|deputy(?:\s+(?:director|rector|head|minister))?|vice-chancellor|pro-vice-chancellor))(?:\s+(?:по|for)\s+(?:[\p{L}-]+\s+){0,3}[\p{L}-]+)?)\s+$/iu;

const POST_LINE = /^[\p{L}'’&,\- ]{2,80}$/u;

/**
 * A press contact written one field a line ("Anna Berg / Communication
 * Officer / UNICEF Türkiye / Tel: …"): a line holding only a name, then at
 * most two lines of a post, then a line holding only a body, is that body's person.
 */
function contactRecords(ctx: RelationContext): Relation[] {
  const out: Relation[] = [];
  const alone = (ts: TemplatedSentence | undefined): Candidate | undefined => {
    const m = ts ? /^\s*⟦(\d+)⟧[\s.,;]*$/u.exec(ts.template) : null;
    return ts && m ? slotAt(ts, m[1]) : undefined;
  };
  const ownLine = (ts: TemplatedSentence | undefined): boolean => !!ts && (ctx.text[ts.sentence.start - 1] ?? '\n') === '\n' && /^\n?$/u.test(ctx.text.slice(ts.sentence.end, ts.sentence.end + 1));
  ctx.sentences.forEach((ts, i) => {
    const person = alone(ts);
    if (person?.type !== 'Person' || !person.entityId || !ownLine(ts)) return;
    const posts: string[] = [];
    for (let k = i + 1; k <= i + 3; k++) {
      const next = ctx.sentences[k];
      if (!next || !ownLine(next)) return;
      const body = alone(next);
      if (body?.type === 'Organization' && body.entityId) {
        const role = posts.join(', ');
        const entity = ctx.entities.get(person.entityId);
        if (entity?.type === 'Person' && role) entity.titles = [...new Set([...(entity.titles ?? []), role])];
        out.push(relation('AFFILIATED_WITH', person.entityId, body.entityId, next.sentence, 0.75, role ? [role] : undefined));
        return;
      }
      const line = next.template.trim();
      if (next.slots.length > 0 || !POST_LINE.test(line) || !line.split(/\s+/).some(isPost)) return;
      posts.push(line);
    }
  });
  return out;
}

/**
 * A body right after the name: "⟦P⟧ of ⟦O⟧", "⟦P⟧ of ⟦Astana⟧'s ⟦O⟧", "⟦P⟧ from the Teachers' ⟦O⟧"
 * (capitalised words the mention left out), "⟦P⟧, representing ⟦O⟧",
 * "⟦P⟧ (⟦O⟧)", «⟦P⟧ из ⟦O⟧», «⟦P⟧, представляющий ⟦O⟧».
 */
const DIRECT = /^,?\s+(?:(?:(?:both|all)\s+)?(?:of|from|at|representing|on\s+behalf\s+of)\s+(?:the\s+)?(?:⟦\d+⟧(?:['’]s)?\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){0,2}|(?:из|от|представля\p{L}*|от\s+имени)\s+)⟦(\d+)⟧|^\s*\((?:(?:обе|оба|все|both|all)\s*(?:[—–-]|from|of)?\s*)?⟦(\d+)⟧[,)]/u;

/** "⟦P⟧, who heads ⟦O⟧", "⟦P⟧ teaches at ⟦O⟧", «⟦P⟧, который возглавляет ⟦O⟧»: a verb saying where the person works. */
const WHO_WORKS = /^(?:,\s+(?:who|which|который|которая))?\s+(?:(?:now|currently|also|has|have|had)\s+)?(?:been\s+)?((?:head|lead|direct|chair|run|manage|represent|work|teach|lectur|stud|serv)\p{L}*|возглавля\p{L}*|руковод\p{L}*|представля\p{L}*|работа\p{L}*|преподаю\p{L}*|преподает|преподаёт|учит\p{L}*)(?:(?:\s+[\p{Ll}-]+){0,4}?\s+(?:at|for|in|with|as\s+[^,;:⟦⟧]{2,40}?\s+(?:at|of))\b)?\s+(?:в\s+)?(?:the\s+)?⟦(\d+)⟧/iu;

/** "⟦P1⟧, ⟦P2⟧ and ⟦P3⟧ of ⟦O⟧": what follows a list of names is said of each, so the rest of the list is skipped. */
function afterListOfPeople(ts: TemplatedSentence, after: string): string {
  let rest = after;
  for (let m = /^\s*(?:,\s*|\s(?:and|и)\s+)⟦(\d+)⟧/u.exec(rest); m && slotAt(ts, m[1])?.type === 'Person'; m = /^\s*(?:,\s*|\s(?:and|и)\s+)⟦(\d+)⟧/u.exec(rest)) rest = rest.slice(m[0].length);
  return rest === after ? '' : rest;
}

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
  // "⟦P⟧, PhD, ⟦O⟧": a degree between the name and the body says nothing of the employer.
  const after = template.slice(at + len).replace(DEGREE_AFTER, '');
  // "UNICEF Deputy Representative Ms. ⟦P⟧": an honorific between the post and the name belongs to neither.
  const before = withoutNameTail(ts, template.slice(0, at).replace(HONORIFIC_TAIL, ''));
  const postBefore = (text: string): RegExpExecArray | null => {
    const m = /⟦(\d+)⟧(?:['’]s)?((?:\s+[^\s,;:⟦⟧()"«»“”.]+){1,6})\s+$/u.exec(text);
    const gap = (m?.[2] ?? '').trim().split(/\s+/);
    // "⟦O⟧ heard a lecture by Academician ⟦P⟧": an English verb or "by" between the body and the post ends the body's phrase.
    if (gap.some((w) => /^\p{Script=Latin}/u.test(w) && (w === 'by' || (!isPost(w) && /^\p{Ll}/u.test(w) && isVerbLike(w))))) return null;
    return m && gap.some((w) => isPost(w) || w === 'Representative') ? m : null;
  };
  // "⟦O1⟧ adviser ⟦P1⟧, ⟦P2⟧ of ⟦O2⟧": a person with a body of their own on one side takes none shared by a list on the other.
  const ownBefore = postBefore(before);
  const ownAfter = DIRECT.exec(after);
  // "⟦P⟧ of the Teachers' ⟦O⟧": a capitalised word or two the body's mention left out.
  const direct = ownAfter ?? (ownBefore ? null : DIRECT.exec(afterListOfPeople(ts, after)));
  if (direct) out.push([direct[1] ?? direct[2] ?? '', '']);
  // "said ⟦P⟧, ⟦O⟧.", «⟦P⟧, ⟦O⟧;»: a body alone in apposition, closing the clause, is the person's.
  // "⟦P1⟧ – ⟦O1⟧; ⟦P2⟧ – ⟦O2⟧": a dash stands for the comma, and the list's next comma or semicolon closes the clause.
  // "⟦P⟧, ⟦O⟧, Tel: +90 …": a press contact's phone or address closes the clause too.
  const bare = /^(?:,\s+(?:the\s+)?⟦(\d+)⟧\s*(?=[.;)]|$|,\s*(?:Tel|Phone|Mob|Mobile|Cell|E-?mail|Email|Тел|[+(]?\+?\d|[\w.-]+@))|\s+[–—]\s+(?:the\s+)?⟦(\d+)⟧\s*(?=[.;,)]|$))/u.exec(after);
  // "⟦P⟧, ⟦O⟧, presented …": so is one set off by commas before the person's verb.
  // "⟦P⟧, ⟦O⟧, ⟦Finland⟧, presented …": the body's country may follow it.
  const thenVerb = /^,\s+(?:the\s+)?⟦(\d+)⟧,\s+(?:⟦(\d+)⟧,\s+)?(?:(?:also|then|later|также)\s+)?(\p{Ll}+)(?!\p{L})/u.exec(after);
  const bareThenVerb = thenVerb && (thenVerb[2] === undefined || PLACE_TYPES.has(slotAt(ts, thenVerb[2])?.type ?? '')) && isVerbLike(thenVerb[3] ?? '') ? thenVerb : null;
  // "⟦P1⟧, ⟦O1⟧, and ⟦P2⟧, ⟦O2⟧": in a list of people each followed by a body, each body is its person's.
  const pairedNext = /^,\s+(?:the\s+)?⟦(\d+)⟧,?\s+(?:and|и)\s+⟦(\d+)⟧,\s+(?:the\s+)?⟦(\d+)⟧/u.exec(after);
  const paired = pairedNext && slotAt(ts, pairedNext[2])?.type === 'Person' && slotAt(ts, pairedNext[3])?.type === 'Organization' ? pairedNext : null;
  const bodyAlone = bare ?? paired ?? bareThenVerb;
  if (bodyAlone && !/⟦\d+⟧\s*,\s*$/u.test(template.slice(0, at))) out.push([bodyAlone[1] ?? bodyAlone[2] ?? '', '']);
  const who = WHO_WORKS.exec(after);
  if (who) out.push([who[2] ?? '', (who[1] ?? '').trim()]);
  // "⟦O⟧'s ⟦P⟧": the possessive names the employer even without a post.
  // A mention may hold the possessive itself ("⟦Aalto University's⟧ ⟦P⟧").
  const possessive = /⟦(\d+)⟧(['’]s)?\s+$/u.exec(template.slice(0, at));
  if (possessive && (possessive[2] || /['’]s$/u.test(slotAt(ts, possessive[1])?.text ?? ''))) out.push([possessive[1] ?? '', '']);
  // "⟦P⟧, ⟦O⟧ Education Specialist, said": the body's own post after the name; a dash stands for the comma («⟦P⟧ – методист ⟦O⟧»).
  // "⟦P⟧, ⟦UNICEF⟧ Representative in ⟦Peru⟧": the country a body's head is posted to may follow the post.
  // "⟦P⟧, ⟦UNICEF⟧'s Regional Adviser for Europe and Central Asia": or to a region no gazetteer names as one place.
  const ownPost = /^(?:,|\s+[–—-])\s+(?:the\s+|an?\s+)?⟦(\d+)⟧(?:['’]s)?((?:\s+[\p{L}-]+){1,6}?)(?:\s+(?:in|for|to)\s+(?:the\s+)?(?:⟦\d+⟧|\p{Lu}[\p{L}-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}-]*){0,4}))?(?=\s*(?:[,.;:)]|$))/u.exec(after);
  if (ownPost && (ownPost[2] ?? '').trim().split(/\s+/).some((w) => isPost(w) || w === 'Representative')) out.push([ownPost[1] ?? '', (ownPost[2] ?? '').trim()]);
  // "⟦P⟧, ⟦UNESCO⟧ Chair in … at the ⟦University⟧": a body that names the post is not where its holder works.
  const titled = /^(?:,|\s+[–—-]|\s+(?:is|was)(?=\s+(?:the|a|an)\s))\s+(?:the\s+|a\s+|an\s+)?(?:⟦\d+⟧\s+(?=\p{Lu}))?([^,;:⟦⟧()"«»“”]{2,80}?)\s+(?:of|at|in|with|for)?\s*(?:the\s+)?⟦(\d+)⟧/u.exec(after);
  if (titled && !holderFollows(ts, after.slice(titled[0].length)) && SAFE_GAP.test(titled[1] ?? '') && (titled[1] ?? '').split(/\s+/).some(isPost) && (titled[1] ?? '').split(/\s+/).length <= 8) out.push([titled[2] ?? '', (titled[1] ?? '').trim()]);
  // "⟦P⟧, physics teacher, ⟦O⟧, said": the post, then its body as a second apposition.
  const postThenBody = /^,\s+([^,;:⟦⟧()"«»“”]{2,60}?),\s+(?:the\s+)?⟦(\d+)⟧\s*(?=[,.;)]|$)/u.exec(after);
  if (postThenBody && (postThenBody[1] ?? '').split(/\s+/).length <= 6 && (postThenBody[1] ?? '').split(/\s+/).some(isPost)) out.push([postThenBody[2] ?? '', (postThenBody[1] ?? '').trim()]);
  const ruTitled = /^(?:,|\s+[–—-])\s+([^,;:⟦⟧()"«»“”]{2,80}?)\s+⟦(\d+)⟧/u.exec(after);
  if (ruTitled && !holderFollows(ts, after.slice(ruTitled[0].length)) && /\p{Script=Cyrillic}/u.test(ruTitled[1] ?? '') && (ruTitled[1] ?? '').split(/\s+/).some(isPost) && (ruTitled[1] ?? '').split(/\s+/).length <= 6) out.push([ruTitled[2] ?? '', (ruTitled[1] ?? '').trim()]);
  // "⟦P⟧ (Director, ⟦O⟧)", "⟦P⟧ (Director of ⟦O⟧)": a post and its body in brackets after the name.
  const bracketed = /^\s*\(\s*([^()⟦⟧,]{2,60}?)(?:,|\s+(?:of|at))\s+(?:the\s+)?⟦(\d+)⟧\s*\)/u.exec(after);
  if (bracketed && (bracketed[1] ?? '').split(/\s+/).some(isPost)) out.push([bracketed[2] ?? '', (bracketed[1] ?? '').trim()]);
  // "The ⟦University⟧'s head of research, ⟦P⟧,": a body's possessive post before the name.
  // "The ⟦EU⟧'s Head of Cooperation in ⟦Türkiye⟧, ⟦P⟧,": the post may name the country it is held in.
  const ownersPost = /⟦(\d+)⟧(['’]s)?\s+((?:[^,;:⟦⟧()"«»“”.]|(?<=\s(?:in|for|to)\s)⟦\d+⟧){2,60}?),\s+$/u.exec(before);
  const possessed = ownersPost && (ownersPost[2] || /['’]s$/u.test(slotAt(ts, ownersPost[1])?.text ?? ''));
  if (ownersPost && possessed && (ownersPost[3] ?? '').split(/\s+/).some(isPost)) out.push([ownersPost[1] ?? '', (ownersPost[3] ?? '').trim()]);
  // "On behalf of the ⟦University⟧, ⟦P⟧ thanked …", «От имени ⟦вуза⟧ участников приветствовал ⟦P⟧», «Со стороны ⟦O⟧
  // выступила ⟦P⟧»: who speaks for a body is its own.
  const onBehalf = /(?:\bon\s+behalf\s+of|\bspeaking\s+for|(?:^|[.;:]\s*)Representing|(?<!\p{L})(?:от\s+имени|со\s+стороны|представляющ\p{L}*))\s+(?:the\s+)?⟦(\d+)⟧\s*,?\s+(?:[\p{Ll}-]+\s+){0,3}$/iu.exec(before);
  if (onBehalf) out.push([onBehalf[1] ?? '', '']);
  // "⟦O1⟧ Representative ⟦P1⟧ and ⟦P2⟧, Deputy Director of ⟦O2⟧": a post shared from before the list is not
  // taken by a person whose own post and body follow the name.
  const ownFollowing = out.length > (direct && !ownAfter ? 1 : 0);
  const preceding = ownBefore ?? (ownAfter || ownFollowing ? null : postBefore(withoutPeopleBefore(ts, before)));
  if (preceding) out.push([preceding[1] ?? '', (preceding[2] ?? '').trim()]);
  // «проректор по научной работе ⟦ЛимГУ⟧ ⟦Имя⟧», «доцент кафедры … и методики … ⟦ВУЗ⟧ ⟦Имя⟧»: a post some words before the body that stands right before the name.
  // «заведующий кафедрой … ⟦КФУ⟧, профессор ⟦Имя⟧»: a second title of the same person may follow the body after a comma.
  const secondTitle = /⟦\d+⟧,\s+((?:[\p{Ll}-]+\s+){1,3})$/u.exec(before);
  const titleWords = (secondTitle?.[1] ?? '').trim().split(/\s+/);
  const ownTitles = secondTitle && /\p{Script=Cyrillic}/u.test(secondTitle[1] ?? '') && isPost(titleWords[0] ?? '') ? before.slice(0, before.length - (secondTitle[1] ?? '').length).replace(/,\s+$/u, ' ') : before;
  // «председатель комитета ⟦Госдумы⟧ по просвещению ⟦Имя⟧»: the unit's remit («по …») may stand between the body and the name.
  // «заведующая кафедрой … ⟦НГПУ⟧, доктор педагогических наук ⟦Имя⟧»: so may a degree.
  const ruBefore = /((?:[^\s,;:⟦⟧()"«»“”.]+\s+){1,9})⟦(\d+)⟧\s+(?:по\s+(?:[\p{Ll}-]+\s+){1,4})?$/u.exec(withoutDegree(ownTitles));
  const ruWords = (ruBefore?.[1] ?? '').trim().split(/\s+/);
  if (ruBefore && /\p{Script=Cyrillic}/u.test(ruBefore[1] ?? '') && ruWords.some(isPost)) out.push([ruBefore[2] ?? '', ruWords.slice(ruWords.findIndex(isPost)).join(' ')]);
  return out;
}

const EN_MINISTER_BEFORE = /(?<!\p{L})((?:(?:deputy|vice|first|acting)[-\s]+)*minister)((?:\s+(?:of|for)\s+[^⟦⟧.;:,]{2,80}?(?:,\s+(?!(?:and|or)\s)[^⟦⟧.;:,]{2,40}?)*)?)(?:\s+of\s+(?:the\s+)?⟦(\d+)⟧)?,?\s+$/iu;
const EN_MINISTER_AFTER = /^,\s+(?:the\s+)?((?:(?:deputy|vice|first|acting)[-\s]+)*minister)((?:\s+(?:of|for)\s+[^⟦⟧.;:,]{2,80}?)?)(?:\s+of\s+(?:the\s+)?⟦(\d+)⟧)?(?=\s*(?:[,.;:]|$))/iu;
// "National Education Minister ⟦P⟧": the remit before the post; the optional group keeps the ministry's country slot in m[3].
const EN_REMIT_MINISTER_BEFORE = /(?<![\p{L}-])((?:(?:[Dd]eputy|[Vv]ice|[Ff]irst|[Aa]cting)[-\s]+)*)((?:\p{Lu}\p{Ll}+\s+(?:and\s+)?){1,3})[Mm]inister(?:\s+of\s+⟦(\d+)⟧)?,?\s+$/u;
const RU_MINISTER_BEFORE = /(?<!\p{L})((?:(?:перв\p{L}*|заместител\p{L}*)\s+)*(?:зам|вице-)?министр\p{L}*)((?:\s+(?:[\p{Ll}-]+|и))*)(?:\s+⟦(\d+)⟧)?\s+$/iu;
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
  // "UNICEF Deputy Representative in ⟦Peru⟧ Ms. ⟦P⟧": an honorific between the post and the name belongs to neither.
  const before = ts.template.slice(0, at).replace(HONORIFIC_TAIL, '');
  const after = ts.template.slice(at + len);
  for (const m of [EN_MINISTER_BEFORE.exec(before), EN_MINISTER_AFTER.exec(after), RU_MINISTER_BEFORE.exec(before), remitBeforeMinister(before)]) {
    if (!m) continue;
    const place = slotAt(ts, m[3]);
    const ministry = ministryFor(ctx, m[2] ?? '', place?.type === 'Country' ? place.entityId : undefined);
    if (ministry) out.push([ministry, (m[1] ?? '').replace(/\s+/g, ' ').trim()]);
  }
  const officeAfter = /^,\s+(?:the\s+)?⟦(\d+)⟧((?:\s+[\p{L}-]+){1,3})\s+(?:in|to|for)\s+(?:the\s+)?⟦(\d+)⟧/u.exec(after);
  const officeBefore = /⟦(\d+)⟧((?:\s+[\p{L}-]+){1,3})\s+(?:in|to|for)\s+(?:the\s+)?⟦(\d+)⟧,?\s+$/u.exec(before);
  for (const m of [officeAfter, officeBefore]) {
    // POST_WORD wants a stem before "-representative"; a bare "Representative" is the usual title of a body's head in a country.
    if (!m || !(m[2] ?? '').trim().split(/\s+/).some((w) => POST_WORD.test(w) || /^representative$/iu.test(w))) continue;
    const office = officeOf(ctx, slotAt(ts, m[1]), slotAt(ts, m[3]));
    if (office) out.push([office, (m[2] ?? '').trim()]);
  }
  return out;
}

/** "Deputy National Education Minister ⟦P⟧" read as [post, remit, country slot], the shape of the other minister patterns. */
function remitBeforeMinister(before: string): RegExpExecArray | null {
  const m = EN_REMIT_MINISTER_BEFORE.exec(before);
  if (!m || /^(?:Prime|Foreign|Deputy|Vice|First|Acting|Former)\s/u.test(m[2] ?? '')) return null;
  return Object.assign([m[0], `${m[1] ?? ''}Minister`, m[2] ?? '', m[3]], { index: m.index, input: m.input }) as unknown as RegExpExecArray;
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
  // A body named only inside its office's name is that office (the resolver folds it in): its mention already names the office.
  if ([parent.name, ...parent.aliases].some((n) => placeNames.some((pl) => n.toLowerCase().includes(pl)))) return parent.id;
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

/**
 * «преподаватели кафедры ⟦O⟧ ⟦P1⟧ и ⟦P2⟧», "lecturers of ⟦O⟧ ⟦P1⟧ and ⟦P2⟧": a
 * post in the plural before a list of names is each one's. A singular post
 * («директор ⟦O⟧ ⟦P1⟧ и ⟦P2⟧») names only the first.
 */
function pluralPostBeforeList(ts: TemplatedSentence, before: string): Array<[string, string]> {
  const head = withoutPeopleBefore(ts, before);
  if (head === before) return [];
  const m = /((?:[^\s,;:⟦⟧()"«»“”.]+\s+){1,9})⟦(\d+)⟧\s+$/u.exec(head);
  if (!m || slotAt(ts, m[2])?.type !== 'Organization') return [];
  const words = (m[1] ?? '').trim().split(/\s+/);
  // «учителя ⟦O⟧ ⟦Елена Кузнецова⟧ и …»: a post that may also be a genitive singular is plural before names in the nominative.
  const firstListed = slotAt(ts, /^⟦(\d+)⟧/u.exec(before.slice(head.trimEnd().length).trim())?.[1]);
  const nominativeList = firstListed?.type === 'Person' && isNominativeMention(firstListed);
  const post = words.findIndex((w) => isPost(w) && (isPluralWord(w) || (nominativeList && mayBeNominativePlural(w))));
  return post < 0 ? [] : [[m[2] ?? '', words.slice(post).join(' ')]];
}

/**
 * "Representatives of ⟦O⟧, among them ⟦P1⟧ and ⟦P2⟧", "Experts from ⟦O⟧, ⟦P1⟧ and ⟦P2⟧,", «представители ⟦O⟧:
 * профессор ⟦P1⟧ и доцент ⟦P2⟧»: people listed after a body's people in the
 * plural are its own, each with the title that may stand before the name.
 */
const BODYS_PEOPLE = /(?<!\p{L})([\p{L}-]+)\s+(?:(?:of|from)\s+)?(?:the\s+)?⟦(\d+)⟧\s*(?::|\s[—–-]|,\s*(?:(?:among\s+them|including|namely|в\s+том\s+числе|среди\s+них|а\s+именно)\s*,?)?)\s*((?:[^.;:⟦⟧()]{0,30}⟦\d+⟧[^.;:⟦⟧()]{0,40}?(?:,|\sand|\sи)\s*)*)([^.;:⟦⟧(),]{0,30})$/u;

function bodysPeopleListed(ts: TemplatedSentence, before: string): Array<[string, string]> {
  // "Dr. ⟦P1⟧ and ⟦P2⟧": an honorific's full stop ends no list.
  const m = BODYS_PEOPLE.exec(before.replace(/(?<!\p{L})(Dr|Prof|Mr|Mrs|Ms|Assoc)\.\s/gu, '$1 '));
  if (!m || !isPost(m[1] ?? '') || !(isPluralWord(m[1] ?? '') || mayBeNominativePlural(m[1] ?? ''))) return [];
  if (slotAt(ts, m[2])?.type !== 'Organization') return [];
  const listed = [...(m[3] ?? '').matchAll(/⟦(\d+)⟧/gu)];
  if (listed.some((x) => slotAt(ts, x[1])?.type !== 'Person')) return [];
  // Only titles may stand between the names: a verb or a clause ends the list.
  const gaps = [...(m[3] ?? '').split(/⟦\d+⟧/u), m[4] ?? ''].join(' ').split(/[\s,]+/u).filter((w) => w && !/^(?:and|и)$/u.test(w));
  if (gaps.some((w) => !isPost(w) && isVerbLike(w))) return [];
  return [[m[2] ?? '', (m[4] ?? '').trim()]];
}

function isVerbLike(w: string): boolean {
  return /\p{Script=Cyrillic}/u.test(w) ? parseRu(w).some((p) => p.pos === 'VERB' || p.pos === 'PRTS' || p.pos === 'INFN') : isEnglishVerb(w.toLowerCase());
}

function mayBeNominativePlural(word: string): boolean {
  return /\p{Script=Cyrillic}/u.test(word) && parseRu(word).some((p) => p.number === 'plur' && p.case === 'nomn');
}

/** A Russian person's mention as written is their name in the nominative. */
function isNominativeMention(c: Candidate): boolean {
  if (c.type !== 'Person') return false;
  const written = c.text.split(/\s+/u);
  return written[written.length - 1] === c.surname;
}

/** Head words a report uses to refer back to a body it has named ("the ministry", "the university's"), and the names they fit. */
const BACK_HEADS: Array<[RegExp, RegExp]> = [
  [/^ministry$/iu, /ministry/iu],
  [/^university$/iu, /university/iu],
  [/^foundation$/iu, /foundation|fund/iu],
  [/^institute$/iu, /institute/iu],
  [/^(?:centre|center)$/iu, /centre|center/iu],
  [/^academy$/iu, /academy/iu],
  [/^agency$/iu, /agency/iu],
  [/^association$/iu, /association/iu],
  [/^college$/iu, /college/iu],
];
/** «ректор университета ⟦P⟧», «директор фонда ⟦P⟧»: a post of a body named only by its head word, in the genitive. */
const RU_POST_OF_HEAD = new RegExp(`(?<!\\p{L})((?:${RU_T}))\\s+(университета|вуза|института|академии|фонда|министерства|центра|колледжа|ассоциации|агентства|лицея|гимназии)\\s+$`, 'iu');
const RU_BACK_HEADS: Array<[RegExp, RegExp]> = [
  [/^(?:университета|вуза)$/iu, /университет|(?:^|\s)вуз|академи|институт/iu],
  [/^института$/iu, /институт/iu],
  [/^академии$/iu, /академи/iu],
  [/^фонда$/iu, /фонд/iu],
  [/^министерства$/iu, /министерств/iu],
  [/^центра$/iu, /центр/iu],
  [/^колледжа$/iu, /колледж/iu],
  [/^ассоциации$/iu, /ассоциаци/iu],
  [/^агентства$/iu, /агентств/iu],
  [/^лицея$/iu, /лице/iu],
  [/^гимназии$/iu, /гимнази/iu],
];
const ITS_POST = /(?:^|[.;]\s*)(?:Its|Their|Его|Её|Ее|Их)\s+((?:[\p{L}-]+\s+){0,4}?[\p{L}-]+),?\s+$/u;
const POST_OF_THE = /^,\s+(?:the\s+)?([^,;:⟦⟧()]{2,60}?)\s+(?:of|at)\s+the\s+([\p{L}]+)(?=\s*[,.;:)]|$)/u;
const THE_HEADS_POST = /(?<!\p{L})[Tt]he\s+([\p{L}]+)['’]s\s+((?:[\p{L}-]+\s+){0,3}?)$/u;
/** "The rector of the university, Professor ⟦P⟧": the post and its head word before the name. */
const POST_OF_THE_BEFORE = /(?<!\p{L})((?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)\s+of\s+the\s+([\p{L}]+)\s+$/u;

/**
 * A body the sentence refers back to rather than names: "⟦Body⟧ co-hosted the
 * event. Its director, ⟦P⟧, said …", "⟦P⟧, State Secretary of the ministry",
 * "the university's rector ⟦P⟧": the latest body named
 * before the person with that head word, or the previous sentence's first body.
 */
/** The bodies the report names before a person whose mention fits a head word's pattern, in order. */
function bodiesOfKindBefore(ctx: RelationContext, kind: RegExp | undefined, personStart: number): Candidate[] {
  return ctx.sentences.flatMap((x) => x.slots).filter((c) => c.type === 'Organization' && !c.reference && c.entityId && c.start < personStart && !!kind?.test(c.text));
}

const BARE_RECTOR_AFTER = /^,\s+(?:the\s+)?((?:[Vv]ice-|[Ff]irst\s+[Vv]ice-|[Pp]ro-)?[Rr]ector|[Пп]роректор|[Рр]ектор)((?:\s+(?:for|по)\s+[^,;:⟦⟧()]{2,50})?)\s*(?=[,;.]|$)/u;
const BARE_RECTOR = /(?:^|[.;:,]\s*|\s)((?:[Vv]ice-|[Ff]irst\s+[Vv]ice-)?[Rr]ector|(?:[Пп]ервый\s+)?[Пп]роректор\p{L}*|[Рр]ектор\p{L}*)\s+$/u;

function bodyReferredBack(ctx: RelationContext, ts: TemplatedSentence, at: number, len: number, personStart: number): Array<[string, string]> {
  const before = ts.template.slice(0, at);
  const its = ITS_POST.exec(before);
  if (its && (its[1] ?? '').split(/\s+/).some(isPost)) {
    const previous = ctx.sentences[ctx.sentences.indexOf(ts) - 1];
    const subject = previous?.slots.find((c) => c.type === 'Organization' && !c.reference && c.entityId);
    return subject?.entityId ? [[subject.entityId, (its[1] ?? '').trim()]] : [];
  }
  const ru = RU_POST_OF_HEAD.exec(before);
  if (ru) {
    const kind = RU_BACK_HEADS.find(([word]) => word.test(ru[2] ?? ''))?.[1];
    const named = bodiesOfKindBefore(ctx, kind, personStart);
    // Only when one body of that kind was named: «ректор университета» among two universities is either.
    const bodies = [...new Set(named.map((c) => c.entityId))];
    return bodies.length === 1 && bodies[0] ? [[bodies[0], (ru[1] ?? '').trim()]] : [];
  }
  // "Rector ⟦P⟧ signed …", «Ректор ⟦P⟧ отметил…»: a university's own post with no body beside it is that of the one university named before.
  // "⟦P⟧, Vice-Rector for Academic Affairs, said": so is one after the name; among several universities, the one the
  // report opens with is its own.
  const bareAfter = BARE_RECTOR_AFTER.exec(ts.template.slice(at + len));
  // A body named later in the sentence (a quotation running on) is no part of the post.
  if ((BARE_RECTOR.test(before) || bareAfter) && !ts.slots.some((c) => c.type === 'Organization' && (c.start < personStart || !bareAfter))) {
    const named = bodiesOfKindBefore(ctx, /universit|университет/iu, personStart);
    const bodies = [...new Set(named.map((c) => c.entityId))];
    // Two universities named together at the opening ("X and Y held …") leave it open.
    const first = named[0];
    const opening = first && first.start < (ctx.sentences[1]?.sentence.end ?? 0) && !named.some((c) => c.entityId !== first.entityId && ctx.sentences.find((x) => x.slots.includes(c))?.slots.includes(first)) ? first.entityId : undefined;
    const body = bodies.length === 1 ? bodies[0] : opening;
    if (body) return [[body, bareAfter ? `${bareAfter[1] ?? ''}${bareAfter[2] ?? ''}`.trim() : (BARE_RECTOR.exec(before)?.[1] ?? '').trim()]];
  }
  const after = POST_OF_THE.exec(ts.template.slice(at + len));
  // "the university's rector, Professor ⟦P⟧": the post may stand apart from the name by a comma and an honorific.
  const plain = before.replace(/,?\s+(?:(?:Professor|Prof\.|Dr\.?|Mr\.?|Mrs\.?|Ms\.?)\s+)?$/u, ' ');
  const own = THE_HEADS_POST.exec(plain);
  const ofThe = POST_OF_THE_BEFORE.exec(plain);
  const [post, head] = after ? [after[1] ?? '', after[2] ?? ''] : own ? [(own[2] ?? '').trim(), own[1] ?? ''] : ofThe ? [ofThe[1] ?? '', ofThe[2] ?? ''] : ['', ''];
  if (!head || !post.split(/\s+/).some(isPost)) return [];
  const kind = BACK_HEADS.find(([word]) => word.test(head))?.[1];
  const named = bodiesOfKindBefore(ctx, kind, personStart);
  const body = named[named.length - 1]?.entityId;
  return body ? [[body, post]] : [];
}

// «заведующая кафедрой общей педагогики, доцент ⟦P⟧», «⟦P⟧, декан факультета начального образования,»: a unit
// named in the post without its parent, in lower case as Russian writes it, and no mention of its own.
const UNIT_POST = `(${RU_T})\\s+((?:кафедр|факультет|отдел|лаборатори|сектор)\\p{L}*(?:\\s+(?:[\\p{Ll}-]+|и)){1,8}?)`;
const UNIT_POST_BEFORE = new RegExp(`(?<!\\p{L})${UNIT_POST}(?:,\\s+(?:[\\p{Ll}.-]+\\s+){1,4}?)?\\s*$`, 'iu');
const UNIT_POST_AFTER = new RegExp(`^,\\s+${UNIT_POST}\\s*(?=[,;.)]|$)`, 'iu');

/**
 * The report's unit that a post names by its own words: «кафедрой общей
 * педагогики» is «кафедра общей педагогики ⟦ВУЗ⟧» named earlier, when one unit
 * of the report's bodies starts with those words.
 */
function unitOfPost(ctx: RelationContext, ts: TemplatedSentence, at: number, len: number): Array<[string, string]> {
  const m = UNIT_POST_BEFORE.exec(ts.template.slice(0, at)) ?? UNIT_POST_AFTER.exec(ts.template.slice(at + len));
  if (!m) return [];
  const key = nameKey(m[2]?.match(WORD) ?? []);
  const units = new Set([...ctx.entities.values()].filter((e) => e.type === 'Organization' && [e.name, ...e.aliases].some((n) => `${nameKey(n.match(WORD) ?? [])} `.startsWith(`${key} `))).map((e) => e.id));
  const [unit] = units;
  return units.size === 1 && unit ? [[unit, `${m[1] ?? ''} ${m[2] ?? ''}`.replace(/\s+/g, ' ').trim()]] : [];
}

/**
 * "⟦O⟧ was represented by ⟦P1⟧ and ⟦P2⟧", «⟦O⟧ представляли … ⟦P1⟧ и … ⟦P2⟧»,
 * "a delegation of ⟦O⟧ led by ⟦P⟧", «в составе делегации ⟦O⟧ прибыли … ⟦P⟧»,
 * "the delegation of ⟦O⟧ included ⟦P⟧", "the ⟦O⟧ delegation comprised ⟦P⟧",
 * "members of the delegation from ⟦O⟧, Prof. ⟦P1⟧ and Dr. ⟦P2⟧": the people a body sent are its own,
 * as long as no other body is named between them.
 */
const REPRESENTED_BY = /⟦(\d+)⟧(?:['’]s)?(?:\s+(?:delegation|team|group))?,?\s+(?:(?:was|were)\s+represented\s+by|(?:was|were)\s+(?:led|headed)\s+by|led\s+by|headed\s+by|представлял\p{L}*|возглавил\p{L}*|возглавлял\p{L}*|во\s+главе\s+с)\s|(?:^|[.;:]\s*)(?:От|от)\s+⟦(\d+)⟧\s+(?=[^.;:]*?(?:участ|выступ|присутств|приехал|прибыл))|(?<!\p{L})(?:[Вв]\s+составе\s+)?делегаци\p{L}*\s+⟦(\d+)⟧\s+(?=[^.;:]*?(?:прибыл|приехал|вош[её]?л|входил|были|участ|возглав))|\bdelegation\s+(?:of|from)\s+(?:the\s+)?⟦(\d+)⟧(?:\s+(?:included|comprised|consisted\s+of)\s|\s*,\s+(?=(?:[^.;:]|(?<=Dr|Prof|Mr|Mrs|Ms)\.){0,80}$))|⟦(\d+)⟧(?:['’]s)?\s+(?:delegation|team)\s+(?:included|comprised|consisted\s+of)\s/gu;

function representedBy(ts: TemplatedSentence, at: number): string[] {
  const before = ts.template.slice(0, at);
  const out: string[] = [];
  for (const m of before.matchAll(REPRESENTED_BY)) {
    const between = before.slice((m.index ?? 0) + m[0].length);
    const otherBody = [...between.matchAll(/⟦(\d+)⟧/gu)].some((b) => slotAt(ts, b[1])?.type === 'Organization');
    if (!otherBody && !/[;:]/u.test(between)) out.push(m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? '');
  }
  return out;
}

/**
 * «ректор ⟦O⟧, доктор педагогических наук ⟦P⟧», "Director of ⟦O⟧, PhD ⟦P⟧":
 * an academic degree between a post and the name is the person's too; without
 * it the post stands next to the name again.
 */
// «к.п.н.», «д.филол.н.», «канд. пед. наук»: the degree in its abbreviated forms too.
const DEGREE_AFTER = /^,\s*(?:(?:доктор|кандидат)\p{L}*\s+\p{L}+\s+наук|[кд]\.\s?[\p{Ll}]{1,6}\.\s?н\.|(?:канд|докт?)\.\s?[\p{Ll}]{1,6}\.\s?наук|PhD|Ph\.D\.|EdD|Ed\.D\.|DPhil)(?=\s*,)/iu;

function withoutDegree(before: string): string {
  const m = /,\s*(?:(?:доктор|кандидат)\p{L}*\s+\p{L}+\s+наук|PhD|Ph\.D\.|Dr\.?)(?:\s*,\s*(?:профессор|доцент|professor))?\s*$/iu.exec(before);
  return m ? `${before.slice(0, m.index)} ` : before;
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

/** Posts the shared list misses: it wants a stem before "-yst", and leaves out pupils and students, whose school is their affiliation too. */
// Posts that tie a person to a body here but that POST_WORD (which also finds people) leaves out.
const MORE_POSTS = /^(?:chief|representatives?|delegates?|employees|candidates?|officials?|interns?|volunteers?|trainees?|analysts?|chairman|chairwoman|co-founder|ceo|pupils?|graduates?|основател\p{L}*|сопредседател\p{L}*|аспирант\p{L}*|магистрант\p{L}*|выпускни\p{L}*)$/iu;

function isPost(w: string): boolean {
  // «учитель-дефектолог», «педагоги-психологи»: a compound post is a post by its first part.
  if (/^\p{Script=Cyrillic}+-\p{Script=Cyrillic}+$/u.test(w) && isPost(w.split('-')[0] ?? '')) return true;
  // "experts", "members": the shared list knows some posts only in the singular.
  return POST_WORD.test(w) || MORE_POSTS.test(w) || (/\p{Script=Latin}s$/u.test(w) && POST_WORD.test(w.slice(0, -1)));
}

/**
 * "Country Director of ⟦British Council⟧ ⟦Chile⟧": a body followed by a country
 * or city is its office there, when the report names that office.
 */
function countryOffice(ctx: RelationContext, ts: TemplatedSentence, orgMarker: string | undefined): string | null {
  if (orgMarker === undefined) return null;
  const at = ts.template.indexOf(`⟦${orgMarker}⟧`);
  const m = /^\s+(?:in\s+(?:the\s+)?)?⟦(\d+)⟧/u.exec(ts.template.slice(at + `⟦${orgMarker}⟧`.length));
  return m ? officeOf(ctx, slotAt(ts, orgMarker), slotAt(ts, m[1])) : null;
}

const OFFICE_WORD = /\b(?:office|representation|branch|bureau|delegation)\b|представительств|офис|филиал|бюро/iu;

/**
 * A body the report also names an office of ("⟦UNICEF⟧ Country Office in
 * Chile", «Представительство ⟦ЮНИСЕФ⟧ в Перу»): its staff in the report are
 * that office's, when there is just one.
 */
const soleOffices = new WeakMap<Map<string, unknown>, Map<string, string | null>>();

function soleOffice(ctx: RelationContext, bodyId: string): string | null {
  const known = soleOffices.get(ctx.entities) ?? new Map<string, string | null>();
  soleOffices.set(ctx.entities, known);
  const cached = known.get(bodyId);
  if (cached !== undefined) return cached;
  const found = findSoleOffice(ctx, bodyId);
  known.set(bodyId, found);
  return found;
}

function findSoleOffice(ctx: RelationContext, bodyId: string): string | null {
  const body = ctx.entities.get(bodyId);
  if (!body || body.type !== 'Organization' || OFFICE_WORD.test(body.name)) return null;
  const acronym = (body as { acronym?: unknown }).acronym;
  const names = [body.name, ...body.aliases, ...(typeof acronym === 'string' ? [acronym] : [])].map((n) => nameKey(n.match(WORD) ?? [])).filter((k) => k.length > 1);
  const places = [...ctx.entities.values()].filter((e) => e.type === 'Country' || e.type === 'City').flatMap((e) => [e.name, ...e.aliases]).map((n) => n.toLowerCase()).filter((n) => n.length > 2);
  const offices = [...ctx.entities.values()].filter((e) => {
    if (e.type !== 'Organization' || e.id === bodyId || !OFFICE_WORD.test(e.name)) return false;
    // "the TSPU International Office" is a unit at home; a body's office elsewhere is named by its place.
    if (!places.some((pl) => e.name.toLowerCase().includes(pl))) return false;
    const key = ` ${nameKey(e.name.match(WORD) ?? [])} `;
    // "Permanent Delegation of Bangladesh to UNESCO" is Bangladesh's office, accredited to the body, not one of the body's.
    return names.some((n) => key.includes(` ${n} `) && !/ (?:to|to the|при) $/u.test(key.slice(0, key.indexOf(` ${n} `) + 1)));
  });
  return offices.length === 1 ? (offices[0]?.id ?? null) : null;
}

const UNIT = /^(?:faculty|department|chair|division|laborator|кафедр|факультет|отдел|лаборатори|сектор)/iu;

/** The body a faculty or department mention names inside itself ("Faculty of Law of ⟦University⟧"), when there is one. */
function unitParent(ctx: RelationContext, ts: TemplatedSentence, unit: Candidate): string | null {
  const entity = unit.entityId ? ctx.entities.get(unit.entityId) : undefined;
  if (!entity || !UNIT.test(entity.name)) return null;
  const inner = ts.inner.filter((c) => c.type === 'Organization' && c.entityId && c.entityId !== unit.entityId && c.start >= unit.start && c.end <= unit.end);
  if (inner.length === 1) return inner[0]?.entityId ?? null;
  // "head of the ⟦Department of Pedagogy⟧ at the ⟦University⟧": the parent named right after the unit.
  const marker = ts.slots.indexOf(unit);
  const next = marker >= 0 ? /^\s+(?:at|of|in)\s+(?:the\s+)?⟦(\d+)⟧/u.exec(ts.template.slice(ts.template.indexOf(`⟦${marker}⟧`) + `⟦${marker}⟧`.length)) : null;
  const after = slotAt(ts, next?.[1]);
  if (after?.type === 'Organization' && after.entityId) return after.entityId;
  // The inner name was not marked: read it from the unit's own words, past its first ("Faculty").
  const id = bodyNamedIn(ctx, (entity.name.match(WORD) ?? []).slice(1));
  return id && id !== entity.id ? id : null;
}

const WORD = /[\p{L}\p{N}№]+(?:[-'’][\p{L}\p{N}]+)*/gu;

/** A name reduced to dictionary forms, so «Дома учителя» meets «Дом учителя» and quotes or case do not matter. */
function nameKey(words: readonly string[]): string {
  return words.map(wordKey).join(' ');
}

// Dictionary look-ups are the costly part, and reports repeat their words.
const wordKeys = new Map<string, string>();

function wordKey(w: string): string {
  let key = wordKeys.get(w);
  if (key === undefined) {
    key = w
      .split('-')
      .map((part) => (/\p{Script=Cyrillic}/u.test(part) ? (lemmaRu(part) ?? part.toLowerCase()) : part.toLowerCase()).replace(/ё/g, 'е'))
      .join('-');
    if (wordKeys.size > 50_000) wordKeys.clear();
    wordKeys.set(w, key);
  }
  return key;
}

const bodyIndexes = new WeakMap<Map<string, unknown>, Map<string, string | null>>();

/** Every name, alias and acronym of the report's organizations, by key; a key two bodies share says nothing. */
function bodyIndex(ctx: RelationContext): Map<string, string | null> {
  const known = bodyIndexes.get(ctx.entities);
  if (known) return known;
  const index = new Map<string, string | null>();
  for (const e of ctx.entities.values()) {
    if (e.type !== 'Organization') continue;
    const acronym = (e as { acronym?: unknown }).acronym;
    // A body called by the quoted part of its name alone: 'Public Foundation "X"' is "X" on second mention.
    const quoted = [e.name, ...e.aliases].flatMap((n) => [...n.matchAll(/["«“]([^"«»“”]{3,60})["»”]/gu)].map((m) => m[1] ?? ''));
    for (const n of [e.name, ...e.aliases, ...(typeof acronym === 'string' ? [acronym] : []), ...quoted]) {
      const key = nameKey(n.match(WORD) ?? []);
      if (!key) continue;
      index.set(key, index.has(key) && index.get(key) !== e.id ? null : e.id);
    }
  }
  bodyIndexes.set(ctx.entities, index);
  return index;
}

/** The organization some words name, read as the longest run of them that is a known name. */
function bodyNamedIn(ctx: RelationContext, words: readonly string[]): string | null {
  const index = bodyIndex(ctx);
  const keys = words.slice(-10).map(wordKey);
  const raw = words.slice(-10);
  for (let len = keys.length; len >= 1; len--) {
    for (let from = 0; from + len <= keys.length; from++) {
      // One lower-case word ("school") names no particular body.
      if (len === 1 && !/[\p{Lu}\p{N}]/u.test(raw[from] ?? '')) continue;
      const id = index.get(keys.slice(from, from + len).join(' '));
      if (id) return id;
    }
  }
  return null;
}

/**
 * Employers named in words the mentions missed, found among the report's
 * organizations by name: "⟦P⟧, programme director at MediaCheck", "⟦P⟧
 * (ACRONYM)", «председатель ФПРПЧ ⟦P⟧», «учитель школы № 3 города Лимы ⟦P⟧».
 * Only next to a post, and only when nothing marked said it already.
 */
function unmarkedEmployers(ctx: RelationContext, ts: TemplatedSentence, at: number, len: number): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const after = ts.template.slice(at + len);
  const titled = /^(?:,|\s+[–—-])\s+(?:the\s+|a\s+|an\s+)?([^,;:⟦⟧()]{2,60}?)\s+(?:at|of|with|from)\s+(?:the\s+)?([^,;:⟦⟧()]{2,80})/u.exec(after);
  if (titled && (titled[1] ?? '').split(/\s+/).some(isPost)) {
    const id = bodyNamedIn(ctx, (titled[2] ?? '').replace(/\.\s*$/u, '').match(WORD) ?? []);
    if (id) out.push([id, (titled[1] ?? '').trim()]);
  }
  const bracket = /^\s*\(([^()⟦⟧]{2,60})\)/u.exec(after);
  if (bracket) {
    const id = bodyNamedIn(ctx, (bracket[1] ?? '').match(WORD) ?? []);
    if (id) out.push([id, '']);
  }
  // Before the name: the words back to a clause break, after the last post among them.
  const clause = (ts.template.slice(0, at).split(/[,;:()⟦⟧«»"“”]|\s[—–-]\s/u).pop() ?? '').match(WORD) ?? [];
  const post = clause.findLastIndex(isPost);
  if (post >= 0 && post < clause.length - 1) {
    const id = bodyNamedIn(ctx, clause.slice(post + 1));
    if (id) out.push([id, clause.slice(post).join(' ')]);
  }
  return out;
}
