import type { Relation, RelationType } from '../../extraction.ts';
import { HELD_CUE } from '../eventExtractor.ts';
import { EN_ORG_HEADS, ONLINE, ONLINE_WORD, POST_WORD, RU_ORG_HEADS, TOWN_HOSTS_AFTER } from '../lexicon.ts';
import { parseRu } from '../../text/russianMorphology.ts';
import { isEnglishVerb } from '../../text/englishWords.ts';
import { parentSlots } from './partOfRule.ts';
import { focusEvent, relation, slotAt, type RelationContext, type RelationRule, type TemplatedSentence } from './RelationRule.ts';

type Role = Extract<RelationType, 'PARTNERED' | 'ORGANIZED' | 'HOSTED' | 'PARTICIPATED_IN' | 'HELD_IN'>;

// Earlier cues win where they overlap ("participated in organizing" is organizing).
const CUES: Array<[Role, RegExp]> = [
  // "a delegation from India led by ⟦P⟧ of ⟦O⟧": leading a delegation is taking part, not organizing.
  ['PARTICIPATED_IN', /\bdelegations?\b(?:[^.;⟦⟧]|⟦\d+⟧){0,50}?\bled\s+by\b/giu],
  ['ORGANIZED', /(?:participat\p{L}*|took part|assisted|helped)\s+in\s+(?:the\s+)?organi[sz]\p{L}*|участвовал\p{L}*\s+в\s+организаци\p{L}*|принял\p{L}*\s+участие\s+в\s+организаци\p{L}*/giu],
  ['ORGANIZED', /\bjointly with|\btogether with|\bco-organi[sz]\p{L}*|\bco-hosted|совместно с|вместе с|соорганизатор\p{L}*/giu],
  ['PARTNERED', /\bpartner\p{L}*|\bwith (?:the )?(?:financial |technical |generous )?support (?:of|from)|\bsupported by|\bfunded by|\bfinanced by|\bthanked\b(?=[^.]{0,80}?\bfor\s+(?:its|their|the)\s+(?:generous\s+|financial\s+|continued\s+)?(?:support|funding|assistance))|поблагодарил\p{L}*(?=[^.]{0,80}?за\s+(?:финансов\p{L}+\s+)?(?:поддержк|помощь|содействи))|\bsponsored by|\b(?:co-)?sponsor(?:ed|s)\b|\b(?:co-)?(?:funded|financed|supported)\s+(?=(?:the\s+)?⟦)|\bwith funding from|\b(?:funding|financing|support|sponsorship|grants?)\s+(?:was|were|is|are|has\s+been|have\s+been)\s+(?:generously\s+)?provided\s+by|\bgrants?\s+from|\bmade possible by|\bfunding\s+(?:from|by)|\bin (?:cooperation|collaboration|partnership) with|\bon behalf of|\bwith the (?:assistance|help) of|\bin association with|\bunder the (?:patronage|aegis) of|под патронатом|партн[её]р\p{L}*|при (?:финансовой |технической |информационной )?поддержк\p{L}*|при содействии|при участии|финансир\p{L}*|спонсор\p{L}*/giu],
  ['ORGANIZED', /\b(?:(?:at|on)\s+the|an|a\s+joint)\s+initiative\s+of\b|\b(?:delivered|conducted|implemented|led)\s+by\b|по\s+инициативе|\borgani[sz](?:ed|ing|er|ers|ation)\b|\b(?:have|has)\s+(?:completed|launched|held|conducted|delivered)\b|\bauspices\b|\bconvened\b|\binitiated by|\blaunched by|\brun by|\bbrought together by|организ\p{L}*|под эгидой|инициатор\p{L}*|провел[аио]?(?!\p{L})|провёл|проводит|проводят|проводил\p{L}*/giu],
  // «Участие в форуме приняли ⟦O⟧»: taking part, though «приняли» alone is how a host receives an event.
  ['PARTICIPATED_IN', /(?<!\p{L})участие\s+(?:в\s+(?:⟦\d+⟧|[\p{L}-]+)\s+(?:[\p{L}-]+\s+)?)?принял\p{L}*/giu],
  // "took place on 5 May at the ⟦University⟧": a body as the venue hosts the event.
  // "⟦the conference⟧, held at the ⟦University⟧, …": so does one in a participle clause.
  ['HOSTED', /(?:\btook place|\b(?:was|were|is|are|will be)\s+held|,\s*held)\b(?:[^.;⟦⟧]|⟦\d+⟧){0,50}?\bat\s+(?:the\s+)?(?=⟦)/giu],
  // "brought together 300 teachers at ⟦University⟧": where a gathering met is its host, not one more participant.
  ['HOSTED', /\b(?:brought together|gathered|convened|welcomed|met)\b[^.;⟦⟧]{0,50}?\bat\s+(?:the\s+)?(?=⟦)/giu],
  // "⟦Network⟧ held its annual conference on … at the ⟦University⟧": the subject organized it, the place hosted it.
  ['HOSTED', /(?<=\bheld\s+(?:its|their)\b(?:[^.;⟦⟧]|⟦\d+⟧){0,60}?)\bat\s+(?:the\s+)?(?=⟦)/giu],
  ['ORGANIZED', /\bheld\s+(?:its|their)\b/giu],
  // "⟦UNESCO⟧ and ⟦GPE⟧ held an online symposium": the bodies that hold an event, as its subject, organized it.
  // "The webinar was held in Paris by ⟦UNESCO⟧": so did the body it was held by.
  ['ORGANIZED', /(?<=\bheld\b(?:[^.;⟦⟧]|⟦\d+⟧){0,60}?)\bby\s+(?:the\s+)?(?=⟦)/giu],
  ['ORGANIZED', /(?<=⟦\d+⟧\s+(?:(?:jointly|also|recently|successfully|today|yesterday)\s+)?)(?:held|holds|hold)\s+(?:an?|the)\b/giu],
  // «прошла 14 ноября в ⟦университете⟧», «в ⟦университете⟧ (⟦ТГПУ⟧) состоялся семинар»: the body an event took place in hosted it.
  ['HOSTED', /(?:прош[её]л\p{L}*|прошл[аио]|состоял\p{L}*|проходил\p{L}*|пройд[её]т|открыл\p{L}*ся|стартовал\p{L}*|завершил\p{L}*ся)(?:\s+[\p{L}\d]+){0,4}?\s+(?:в|во)\s+(?=⟦)|(?<!\p{L})(?:в|во)\s+(?=⟦\d+⟧(?:\s*\(⟦\d+⟧\))?[^.;⟦⟧]{0,60}?(?:прош[её]л|прошл[аио]|состоял\p{L}*|проходил\p{L}*|пройд[её]т|открыл\p{L}*ся|стартовал\p{L}*|завершил\p{L}*ся))/giu],
  ['HOSTED', /\bhosted\b|\bhosts?\b|\bpremises of|\bcampus of|\bvenue\b|на базе|в стенах|мест\p{L}*\s+проведени\p{L}*|принимал\p{L}*|принял[аио]?(?=\s+⟦)|принимает|принимают|площадк\p{L}*/giu],
  ['PARTICIPATED_IN', /\b(?:presentations?|talks?|contributions?|inputs?)\s+(?:came\s+)?(?:by|from)\b|\bbrought\s+together\b(?!\s+by)|\bgathered\b|\bguests?\b|(?<!\p{L})гост\p{L}*|собрал\p{L}*|\bsent\s+(?:an?\s+|their\s+|its\s+)?(?:observers?|delegations?|delegates|representatives|experts|teams?|speakers|participants|staff)\b|\bobservers?\b|направил\p{L}*\s+(?:сво\p{L}+\s+)?(?:представител|делегаци|наблюдател|эксперт|команд)\p{L}*|наблюдател\p{L}*|\battended\b|\battendees\b|\bin attendance\b|\bofficials\s+(?:of|from)\b|\bparticipa\p{L}*|\btook part|\btaking part|\brepresentatives\b|\brepresented\b|\b(?<!⟦\d+⟧\s)representative\s+of\b|\bspecialists from|\bdelegat\p{L}*|\bguests from|\bteams? from|\b(?:students|pupils|schoolchildren|teachers|educators|lecturers|researchers|experts|ministers|delegations?)\s+(?:from|of)\b|\b(?:medals?|prizes?|awards?|places?|diplomas?)\s+went\s+to\b|\bjoined\b|\bcame from|\bfrom\s+(?:(?:the\s+)?⟦\d+⟧,?\s*(?:and\s+)?)+|\bjury\b|\bwinners?\b|\bwon\b|\btook\s+(?:first|second|third|\d+(?:st|nd|rd|th))\s+place|\bawarded\b|\bpresented\b|\bdemonstrated\b|\bshared\s+(?:their|its|his|her)\s+(?:own\s+)?(?:experiences?|practices?|expertise|lessons|insights|approaches|results|findings)\b|(?<!\p{L})поделил\p{L}*\s+(?:сво\p{L}+\s+)?(?:опытом|практик\p{L}*)|\bshowcased\b|\bexhibited\b|продемонстрировал\p{L}*|представил\p{L}*|презентовал\p{L}*|участ\p{L}*|представител\p{L}*|специалист\p{L}*|делегаци\p{L}*|(?<!\p{L})(?:эксперт|преподавател|педагог|сотрудник|студент|учащ|школьник|магистрант|аспирант|методист)\p{L}*\s+(?=⟦)|приехал\p{L}*|(?<!\p{L})(?:объединил\p{L}*|слушател\p{L}*|присоединил\p{L}*|подключил\p{L}*)|\bunited\b|жюри|победител\p{L}*|занял\p{L}*\s+(?:\p{L}+\s+)?мест\p{L}*|(?<!\p{L})мест\p{L}*\s+занял\p{L}*|призер\p{L}*|призёр\p{L}*|команд\p{L}*/giu],
  ['HELD_IN', /\b(?:was|were|will be|is|are)\s+held\b|\btook place\b|запланирован\p{L}*|пройд[её]т|пройдут|состоится|состоятся|\bvisited\b|\btoured\b|\bheld\s+in\b|прош[её]л\p{L}*|прошл[аи]|состоял\p{L}*|проходил\p{L}*|открыл\p{L}*ся|стартовал\p{L}*|завершил\p{L}*ся/giu],
];

/** Cues that say a person, not only their body, took part. */
const PERSON_PARTICIPATION = /jury|winner|won|went to|awarded|attended|took part|taking part|joined|place|жюри|победител|приз[её]р|участие|участвовал|мест/iu;
/** Just before a country: it sent people ("from ⟦1⟧, ⟦2⟧ and", «из ⟦1⟧»). */
const COUNTRY_SENDS = /(?:\bfrom|\bdelegations?\s+of|\b(?:institutions|organi[sz]ations|universities|schools|ministries|ministers|officials|representatives|participants|experts)\s+of|\b(?:countries|states)\s*:|\b(?:countries|states)[^.;⟦⟧]{0,20}?(?:including|such as|among them)|(?<!\p{L})стран\p{L}*[^.;⟦⟧]{0,20}?(?:в\s+том\s+числе|включая|среди\s+них)|(?<!\p{L})(?:из|делегаци\p{L}*(?:\s+(?:представил\p{L}*|прислал\p{L}*|направил\p{L}*))?|стран\p{L}*\s*:|(?:университет|вуз|школ|организаци|учреждени|ведомств|министерств|министр|представител|педагог|учител|эксперт|специалист|ректор)\p{L}*(?:\s+(?:образовани|просвещени|науки)\p{L}*)?))\s+(?:(?:the\s+)?⟦\d+⟧\s*,?\s*(?:and\s+|и\s+)?)*(?:the\s+)?$/iu;

/**
 * A cue governs a mention only across a list of names, not across a clause:
 * "organized by ⟦1⟧, ⟦2⟧ and the ⟦3⟧" (all three) but not "organized by ⟦1⟧
 * to review the plan financed by the ⟦2⟧ last year" for ⟦2⟧… unless its own cue.
 */
function closeEnough(template: string, cue: Cue, pos: number): boolean {
  const between = cue.end <= pos ? template.slice(cue.end, pos) : template.slice(pos, cue.start);
  // "Participants asked ⟦1⟧ to …": a body after the people who took part is what they spoke to, unless a list or "from" joins them.
  if (cue.end <= pos && PEOPLE_NOUN_CUE.test(template.slice(cue.start, cue.end)) && /\p{L}/u.test(between.replace(/(?<!\p{L})(?:from|of|the|and|also|including|included|include|were|among them|such as|students|pupils|teachers|educators|experts|researchers|officials|representatives|delegations?|teams?|из|от)(?!\p{L})/giu, ''))) return false;
  const rest = between
    .replace(/⟦\d+⟧(?:\s*\([^)]*\))?/gu, ' ')
    // "⟦1⟧, the Asia-Pacific Working Group, ⟦2⟧": a name the extractor did not know is still an item of the list.
    .replace(/(?<=,)\s*(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){1,6}\p{Lu}[\p{L}'’-]*\s*(?=,|\s+and\s)/gu, ' ')
    .replace(/(?<!\p{L})(?:and|as well as|along with|the|its|their|of|from|with|by|were|was|are|is|among|also|и|а также|его|их|были|был|была|также|среди)(?!\p{L})|[,;()«»"“”]/giu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const words = rest.split(' ').filter((w) => w && !isPeopleWordRu(w));
  return words.join(' ').length <= 45 && words.length <= 3;
}

const VENUE_CUE = /\bat\s+(?:the\s+)?$/iu;
const VENUE_BODY = /\b(?:university|institute|school|college|lyceum|gymnasium|centre|center|academy|library|museum|hall|park|house|campus)\b|университет|институт|школ|лице|гимнази|центр|академи|библиотек|музе|дом/iu;
const WINNERS = /went to|winner|won|place|победител|приз[её]р|мест/iu;
/** "⟦P⟧ of ⟦School⟧", «ученица ⟦школы⟧ ⟦P⟧»: the body a winner comes from, in English after the name, in Russian before it. */
const WINNER_OF = /⟦\d+⟧\s+(?:of|from)\s+(?:the\s+)?$/u;
const RU_PUPIL_BEFORE = /(?<!\p{L})(?:учени\p{L}*|школьни\p{L}*|студент\p{L}*|воспитанни\p{L}*|выпускни\p{L}*)\s+$/u;

/**
 * "Gold medals went to ⟦P1⟧ from ⟦Town⟧, ⟦P2⟧ of ⟦School⟧ and ⟦P3⟧ …": every
 * name of a list that follows a winners' cue won, whatever cue ("from …")
 * stands nearer.
 */
function winnersListed(template: string, cues: readonly Cue[], pos: number): boolean {
  return cues.some((c) => c.end <= pos && c.role === 'PARTICIPATED_IN' && WINNERS.test(template.slice(c.start, c.end)) && postsListUntil(template.slice(c.end, pos)));
}
const JURY = /\bjury\b|(?<!\p{L})жюри(?!\p{L})/iu;
const LEADS_DELEGATION = /\bdelegations?\b[^.⟦⟧]{0,40}?\b(?:led|headed)\s+by\b|(?<!\p{L})делегаци\p{L}*\s+(?:\p{L}+\s+){0,3}?возглавил\p{L}*|(?<!\p{L})возглавил\p{L}*\s+(?:\p{L}+\s+)?делегаци\p{L}*|(?<!\p{L})делегаци\p{L}*[^.⟦⟧]{0,40}?во\s+главе\s+с(?!\p{L})/giu;

/** The first person named after a cue that says they led a delegation. */
function leadsDelegation(ts: TemplatedSentence, pos: number): boolean {
  const before = ts.template.slice(0, pos);
  const m = [...before.matchAll(LEADS_DELEGATION)].pop();
  if (!m) return false;
  const between = before.slice((m.index ?? 0) + m[0].length);
  return between.length <= 160 && ![...between.matchAll(/⟦(\d+)⟧/gu)].some((x) => slotAt(ts, x[1] ?? '')?.type === 'Person');
}

const PEOPLE_NOUN_CUE = /^(?:participants|attendees|delegates)$/iu;

/** Russian nouns for people in a list of names (teachers, methodologists, heads) that speak for their bodies. */
const RU_PEOPLE_LEMMAS = new Set(['учитель', 'педагог', 'преподаватель', 'студент', 'школьник', 'учащийся', 'ученик', 'эксперт', 'сотрудник', 'исследователь', 'магистрант', 'аспирант', 'методист', 'директор', 'руководитель', 'специалист', 'представитель', 'коллега', 'ученица', 'учительница', 'студентка', 'школьница', 'сотрудница']);

/** «учителя гимназий ⟦1⟧ и эксперты ⟦2⟧»: a word naming people of a body glues a list like "and" does. */
function isPeopleWordRu(w: string): boolean {
  if (!/^\p{Script=Cyrillic}/u.test(w)) return false;
  return parseRu(w.toLowerCase()).some((p) => p.pos === 'NOUN' && RU_PEOPLE_LEMMAS.has(p.lemma.replace(/ё/g, 'е')));
}

/** Nouns a body's name qualifies ("⟦IITE⟧ partners", "⟦UNICEF⟧ staff"): the sentence is about them, not the body. */
const ATTRIBUTIVE_AFTER = /^\s+(?:(?:teacher\s+)?trainers|facilitators|lecturers|instructors|coaches|mentors|researchers|partners|staff|experts|specialists|members|colleagues|officials|team|teams|programmes?|programs?|projects?|grants?|grantees|alumni|graduates|volunteers)\b/iu;

interface Cue {
  role: Role;
  start: number;
  end: number;
}

function cuesIn(template: string): Cue[] {
  const out: Cue[] = [];
  for (const [role, re] of CUES) {
    for (const m of template.matchAll(re)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (out.some((c) => start < c.end && c.start < end)) continue;
      out.push({ role, start, end });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The cue that governs a mention: the nearest one before it, else the nearest after it. */
function governingCue(cues: Cue[], pos: number): Cue | undefined {
  // A cue that spans the mention ("from ⟦1⟧, ⟦2⟧ and ⟦3⟧") governs it too.
  const before = cues.filter((c) => c.start <= pos).pop();
  return before ?? cues.find((c) => c.start >= pos);
}

/**
 * What organizations, countries and cities did in the event a sentence is
 * about: partners, organizers, hosts, participants, and where it was held.
 * A sentence counts when it names the event (or refers to it), or when the
 * report has one main event and the cue is unambiguous.
 */
export const eventRoleRule: RelationRule = {
  name: 'event-role',
  apply(ctx: RelationContext): Relation[] {
    const out: Relation[] = [];
    for (const ts of ctx.sentences) {
      const focus = focusEvent(ctx, ts);
      if (!focus) continue;
      const cues = cuesIn(ts.template);
      // A sentence with no role cue can still say where the event was ("welcomed … to its campus in ⟦City⟧").
      if ((cues.length === 0 && !HELD_CUE.test(ts.sentence.text)) || lookingBack(ts)) continue;
      const explicit = focus.explicit;
      const parents = parentSlots(ts);
      const affiliated = affiliationTargets(ts);
      const heldIn = new Set<number>();
      ts.slots.forEach((c, i) => {
        if (!c.entityId || c.type === 'Event') return;
        const pos = ts.template.indexOf(`⟦${i}⟧`);
        const cue = governingCue(cues, pos);
        // A city's place in a sentence and a country's "from …" list say themselves what they are, wherever the cue is.
        // "a delegation of 18 Ukrainian school leaders", «казахстанская делегация»: a country's adjective on the people who came.
        const peopleOf = c.type === 'Country' && adjectiveOfCountry(c.text, ctx.entities.get(c.entityId)?.name) && peopleOfCountry(ts, pos, i);
        const sends = c.type === 'Country' && (countrySends(ts, pos) || peopleOf);
        // A jury is listed with each member's post and employer, longer than any list of names.
        const juror = c.type === 'Person' && JURY.test(ts.template);
        // "The delegation was led by ⟦P⟧", «делегацию возглавил … ⟦P⟧»: whoever leads a delegation takes part.
        const leader = c.type === 'Person' && leadsDelegation(ts, pos);
        // «приняли участие заместитель директора ⟦O⟧ ⟦P1⟧, учитель ⟦O2⟧ ⟦P2⟧ и студентка ⟦P3⟧»: each name of a list of people with their posts.
        const listed = c.type === 'Person' && !!cue && cue.end <= pos && PERSON_PARTICIPATION.test(ts.template.slice(cue.start, cue.end)) && postsListUntil(ts.template.slice(cue.end, pos));
        // "a two-day workshop on inclusive classrooms at the ⟦Academy⟧": a place-like body right after the event's own mention is its venue.
        const venueOf = c.type === 'Organization' && VENUE_BODY.test(c.text) ? /⟦(\d+)⟧\s+at\s+(?:the\s+)?$/u.exec(ts.template.slice(0, pos)) : null;
        const venueEvent = venueOf ? slotAt(ts, venueOf[1]) : undefined;
        if (venueEvent?.type === 'Event' && venueEvent.entityId) {
          out.push(relation('HOSTED', c.entityId, venueEvent.entityId, ts.sentence, explicitConf(focus.explicit)));
          return;
        }
        if (leader) {
          out.push(relation('PARTICIPATED_IN', c.entityId, focus.id, ts.sentence, explicitConf(focus.explicit) - 0.1));
          return;
        }
        if (c.type !== 'City' && (!cue || (!sends && !juror && !listed && !closeEnough(ts.template, cue, pos)))) return;
        const conf = explicitConf(explicit);
        const eventId = cue ? eventBeforeCue(ts, cue) ?? focus.id : focus.id;
        if (!cue) {
          if (c.type === 'City' && /(?<!\p{L})(?:in|в|во)\s+$/iu.test(ts.template.slice(Math.max(0, pos - 6), pos)) && !placeOfBody(ts, pos)) out.push(relation('HELD_IN', eventId, c.entityId, ts.sentence, conf));
          return;
        }
        if (c.type === 'Person') {
          // People take part as jury, winners or attendees; speakers are the speaker rule's.
          if (juror || (cue.role === 'PARTICIPATED_IN' && PERSON_PARTICIPATION.test(ts.template.slice(cue.start, cue.end))) || winnersListed(ts.template, cues, pos)) out.push(relation('PARTICIPATED_IN', c.entityId, eventId, ts.sentence, conf - 0.1));
          return;
        }
        if (c.type === 'Organization') {
          if (cue.role === 'HELD_IN' || aboutOtherThing(ts.template, cue) || acronymOfAnother(ts, i, pos) || inWhatWasSaid(ts, cue)) return;
          // "Gold medals went to ⟦P⟧ of ⟦School⟧": a winner's or participant's school took part through them, less surely than one named as a participant.
          if (parents.has(i) || affiliated.has(i)) {
            const winners = (cue.role === 'PARTICIPATED_IN' && WINNERS.test(ts.template.slice(cue.start, cue.end))) || winnersListed(ts.template, cues, pos);
            const from = WINNER_OF.test(ts.template.slice(Math.max(0, pos - 40), pos)) || (RU_PUPIL_BEFORE.test(ts.template.slice(Math.max(0, pos - 30), pos)) && /^\s+⟦\d+⟧/u.test(ts.template.slice(pos + `⟦${i}⟧`.length)));
            if (winners && from) out.push(relation('PARTICIPATED_IN', c.entityId, eventId, ts.sentence, conf - 0.15));
            return;
          }
          // "with the support of ⟦IITE⟧ partners": a body named to qualify other people or things is not the actor.
          if (ATTRIBUTIVE_AFTER.test(ts.template.slice(pos + `⟦${i}⟧`.length))) return;
          // Only a place-like body is a venue; "held at the ⟦Ministry⟧" may be its invitation, not its premises.
          if (VENUE_CUE.test(ts.template.slice(cue.start, cue.end)) && !VENUE_BODY.test(c.text)) return;
          out.push(relation(cue.role, c.entityId, eventId, ts.sentence, conf));
        } else if (c.type === 'Country') {
          // "visited Serbia": a country toured is no venue; only its towns are.
          // «семинар для учителей из ⟦Казахстана⟧ прошёл в ⟦Шымкенте⟧»: a country people come from is not where it was held.
          if (cue.role === 'HELD_IN' && !sends && !/^(?:visited|toured)$/iu.test(ts.template.slice(cue.start, cue.end)) && !adjectiveOfCountry(c.text, ctx.entities.get(c.entityId)?.name)) out.push(relation('HELD_IN', eventId, c.entityId, ts.sentence, conf));
          // A country takes part by sending people ("delegations from X", "teachers from X"), not by being named near a cue.
          else if ((cue.role === 'PARTICIPATED_IN' || cue.role === 'PARTNERED' || cue.role === 'HELD_IN') && (peopleOf || (!adjectiveOfCountry(c.text, ctx.entities.get(c.entityId)?.name) && countrySends(ts, pos)))) out.push(relation('PARTICIPATED_IN', c.entityId, eventId, ts.sentence, conf - 0.05));
        } else if (c.type === 'City') {
          // "…; the next event will take place in ⟦Oulu⟧": the clause announces another edition.
          if (LOOKING_AHEAD.test(ts.template.slice(0, pos).split(/[;:]|,\s+(?:and|but|while|а|и|но)\s/u).pop() ?? '')) return;
          const prefix = ts.template.slice(Math.max(0, pos - 6), pos);
          // "⟦Lima⟧ hosted ⟦the seminar⟧", «⟦Томск⟧ принял ⟦форум⟧»: the town is where the event was.
          if (TOWN_HOSTS_AFTER.test(ts.template.slice(pos + `⟦${i}⟧`.length))) {
            out.push(relation('HELD_IN', eventId, c.entityId, ts.sentence, conf));
            return;
          }
          // «прошёл в ⟦Томске⟧, ⟦Омске⟧ и ⟦Новосибирске⟧»: the towns listed after the first are places of the event too.
          const listedAfterHeld = heldIn.has(i - 1) && /^\s*(?:,|и|and|,\s*and)\s*$/u.test(ts.template.slice(ts.template.indexOf(`⟦${i - 1}⟧`) + `⟦${i - 1}⟧`.length, pos));
          if (cue.role === 'HELD_IN' || listedAfterHeld || (/(?<!\p{L})(?:in|в|во)\s+$/iu.test(prefix) && HELD_CUE.test(ts.sentence.text) && (cue.role === 'HOSTED' || !placeOfBody(ts, pos)))) {
            out.push(relation('HELD_IN', eventId, c.entityId, ts.sentence, conf));
            heldIn.add(i);
          }
        }
      });
    }
    out.push(...datelinePlace(ctx, out));
    return out;
  },
};

function explicitConf(explicit: boolean): number {
  return explicit ? 0.85 : 0.65;
}

/** Things that are funded, run or launched besides events: "the pilot financed by ⟦1⟧" says nothing of the event. */
const NON_EVENT_THING = /(?<!\p{L})(?:pilot|project|programme|program|initiative|platform|curriculum|course|grant|study|survey|research|report|network|centre|center|fund|scheme|проект\p{L}*|программ\p{L}*|инициатив\p{L}*|платформ\p{L}*|исследовани\p{L}*|сет\p{L}*)[»"”]?\s*(?:,\s*)?$/iu;
const PASSIVE_BY = /(?:\bby|\bfrom|\bof)$/iu;

/** A passive cue ("financed by", "launched by") right after a noun that is not the event: the agent is that thing's. */
function aboutOtherThing(template: string, cue: Cue): boolean {
  const text = template.slice(cue.start, cue.end);
  if (!PASSIVE_BY.test(text) || cue.role === 'PARTICIPATED_IN') return false;
  const before = template.slice(Math.max(0, cue.start - 60), cue.start).replace(/[«"“][^«»"“”]*[»"”]\s*$/u, 'project ');
  return NON_EVENT_THING.test(before.trimEnd());
}

/** Verbs that introduce what a speaker talked about («рассказала о программе …»). */
const TALKED_ABOUT = /\b(?:spoke|talked|told\s+\S+|reported)\s+(?:about|on)\b|\bdescribed\b|\brecalled\b|(?<!\p{L})напомнил\p{L}*|(?<!\p{L})(?:рассказал\p{L}*|говорил\p{L}*|сообщил\p{L}*)\s+(?:о|об|про)(?!\p{L})|(?<!\p{L})поделил\p{L}*\s+опытом/iu;

/**
 * "⟦P⟧ described the programme run jointly with ⟦O⟧": a cue inside what a
 * speaker talked about speaks of the subject, not of the event, unless the
 * event itself is named between them.
 */
function inWhatWasSaid(ts: TemplatedSentence, cue: Cue): boolean {
  const before = ts.template.slice(0, cue.start);
  const m = TALKED_ABOUT.exec(before);
  if (!m) return false;
  const between = before.slice((m.index ?? 0) + m[0].length);
  return ![...between.matchAll(/⟦(\d+)⟧/gu)].some((x) => slotAt(ts, x[1])?.type === 'Event');
}

/** COUNTRY_SENDS before the mention at `pos`, over a list of countries only: «представитель ⟦Union⟧ ⟦Country⟧» names a body's country. */
function countrySends(ts: TemplatedSentence, pos: number): boolean {
  const m = COUNTRY_SENDS.exec(ts.template.slice(Math.max(0, pos - 60), pos));
  return !!m && [...m[0].matchAll(/⟦(\d+)⟧/gu)].every((x) => slotAt(ts, x[1])?.type === 'Country');
}

const PEOPLE_AFTER_ADJECTIVE = /^\s+(?:[\p{Ll}-]+\s+){0,3}?(?:delegations?|delegates|teams?|guests|participants|teachers|educators|students|experts|specialists|officials|leaders|colleagues|researchers|делегаци\p{L}*|команд\p{L}*|гост\p{L}*|участник\p{L}*|педагог\p{L}*|учител\p{L}*|студент\p{L}*|эксперт\p{L}*|специалист\p{L}*|коллег\p{L}*|исследовател\p{L}*)(?![\p{L}])/iu;
const DELEGATION_OF_BEFORE = /(?:delegation|group|team)\s+of\s+(?:\d+\s+)?$/iu;

/** A country's adjective on the people an event brought: they came from that country. */
function peopleOfCountry(ts: TemplatedSentence, pos: number, slot: number): boolean {
  const after = PEOPLE_AFTER_ADJECTIVE.exec(ts.template.slice(pos + `⟦${slot}⟧`.length));
  // «шведского профсоюза учителей»: the adjective is a body's, whose name speaks of people.
  const throughBody = after?.[0].trim().split(/\s+/u).slice(0, -1).some((w) => Object.hasOwn(EN_ORG_HEADS, w.toLowerCase()) || RU_ORG_HEADS.some(([stem]) => w.toLowerCase().startsWith(stem)));
  return (!!after && !throughBody) || DELEGATION_OF_BEFORE.test(ts.template.slice(Math.max(0, pos - 30), pos));
}

/** The words between a cue and a name are a list of people with posts: no verb, no clause break. */
function postsListUntil(between: string): boolean {
  if (/[;:.!?]|\s[—–-]\s/u.test(between)) return false;
  const words = between.replace(/⟦\d+⟧/gu, ' ').split(/[\s,«»"“”()]+/u).filter(Boolean);
  return words.length <= 30 && !words.some((w) => (/\p{Script=Cyrillic}/u.test(w) ? parseRu(w).some((p) => p.known && (p.pos === 'VERB' || p.pos === 'INFN')) : isEnglishVerb(w)));
}

/** "borrow from Chilean practice": a country's adjective after "from" qualifies a thing; it sends no one. */
function adjectiveOfCountry(text: string, countryName: string | undefined): boolean {
  // "Burundi", "Mali": a country's own name that merely ends like an adjective.
  if (countryName && text.toLowerCase() === countryName.toLowerCase()) return false;
  return /^\p{Lu}\p{Ll}+(?:ish|ian|ese|ean|ic|i)$/u.test(text) || /-/u.test(text) || /^\p{Script=Cyrillic}+(?:ск|цк)\p{Ll}{1,3}$/iu.test(text);
}

/**
 * In a sentence naming several events, a cue speaks of the one named before
 * it: "the third forum will be in 2027; the previous edition … was funded by ⟦1⟧".
 */
function eventBeforeCue(ts: TemplatedSentence, cue: Cue): string | undefined {
  const events = ts.slots.filter((c) => c.type === 'Event' && c.entityId);
  if (new Set(events.map((c) => c.entityId)).size < 2) return undefined;
  let found: string | undefined;
  ts.slots.forEach((c, i) => {
    if (c.type === 'Event' && c.entityId && !c.reference && ts.template.indexOf(`⟦${i}⟧`) < cue.start) found = c.entityId;
  });
  return found;
}

/** "the ⟦Branch of the University⟧ (⟦ASPU⟧)": a short form in brackets after a body names it, or its parent; either way it is no actor of its own. */
function acronymOfAnother(ts: TemplatedSentence, i: number, pos: number): boolean {
  const before = /⟦(\d+)⟧\s*\($/u.exec(ts.template.slice(Math.max(0, pos - 12), pos));
  const prev = slotAt(ts, before?.[1]);
  return prev?.type === 'Organization' && prev.entityId !== ts.slots[i]?.entityId && /^\)/u.test(ts.template.slice(pos + `⟦${i}⟧`.length));
}

/** Openings that recall an earlier state of things («Напомним, …», «Ранее …», "Previously, …"). */
const LOOKING_BACK = /^\s*(?:напомним|ранее|прежде|в прошлом году|previously|earlier|last year|in the past)(?!\p{L})/iu;

/** "The next event will take place in Oulu in 2028", «Следующий форум пройдёт в Уфе»: the next edition, not this one. */
const LOOKING_AHEAD = /\b(?:the\s+)?next\s+(?:year['’]s\s+)?(?:event|edition|forum|conference|meeting|seminar|summit|congress|symposium|school|workshop|olympiad|festival)\b|(?<!\p{L})следующ\p{L}*\s+(?:\p{L}+\s+)?(?:форум|конференци|встреч|семинар|съезд|школ|олимпиад|фестивал|мероприяти)/iu;

/** A sentence recalling the past or announcing the next edition is about other events, unless it names one of its own. */
function lookingBack(ts: TemplatedSentence): boolean {
  return (LOOKING_BACK.test(ts.template) || LOOKING_AHEAD.test(ts.template)) && !ts.slots.some((c) => c.type === 'Event' && !c.reference);
}

/** "an online regional symposium", «онлайн-форум»: the word stands right before the event's own words. */
const ONLINE_BEFORE = new RegExp(`(?<!\\p{L})${ONLINE_WORD}[\\s-]+(?:[\\p{L}-]+\\s+){0,2}$`, 'iu');

/**
 * "DUSHANBE, 19 September 2024 — …": a report datelined from a city is about
 * an event held there, unless a sentence already said where it was held.
 */
function datelinePlace(ctx: RelationContext, found: Relation[]): Relation[] {
  const main = ctx.mainEventId;
  const first = ctx.sentences.find((ts) => ts.slots.length > 0 && /^\s*⟦\d+⟧\s*(?:\([^)]*\))?\s*,\s*\d/u.test(ts.template));
  if (!main || !first || found.some((r) => r.type === 'HELD_IN' && r.from === main)) return [];
  const city = first.slots[0];
  if (city?.type !== 'City' || !city.entityId) return [];
  // An online event is held nowhere: the dateline is only where the publisher writes from.
  const mentions = ctx.candidates.filter((c) => c.entityId === main);
  if (mentions.some((c) => ONLINE.test(ctx.text.slice(c.start, c.end)) || ONLINE_BEFORE.test(ctx.text.slice(Math.max(0, c.start - 40), c.start)))) return [];
  return [relation('HELD_IN', main, city.entityId, first.sentence, 0.6)];
}

/** "organized with ⟦Office⟧ in ⟦City⟧": a city right after a body says where the body is; the event is there only when that body hosts it. */
function placeOfBody(ts: TemplatedSentence, pos: number): boolean {
  const m = /⟦(\d+)⟧\s+(?:in|в|во)\s+$/iu.exec(ts.template.slice(0, pos));
  return !!m && slotAt(ts, m[1])?.type === 'Organization';
}

/** Organizations named as someone's employer in this sentence ("Director of the ⟦2⟧") are not event actors. */
function affiliationTargets(ts: TemplatedSentence): Set<number> {
  const out = new Set<number>();
  const re = /(?:director|head|member|rector|president|chair\p{L}*|dean|professor|minister|coordinator|specialist|manager|founder|secretary|expert|директор\p{L}*|руководител\p{L}*|член[\p{L}-]*|ректор\p{L}*|президент\p{L}*)(?:\s+(?:of|at))?\s+(?:the\s+)?⟦(\d+)⟧|⟦(\d+)⟧['’]s\s+(?:executive\s+)?director/giu;
  for (const m of ts.template.matchAll(re)) out.add(Number(m[1] ?? m[2]));
  // «⟦P1⟧ и ⟦P2⟧ (обе — ⟦O⟧) провели мастер-класс»: a body in brackets after people is where they work.
  for (const m of ts.template.matchAll(BODY_IN_BRACKETS_AFTER_PERSON)) if (slotAt(ts, m[1])?.type === 'Person') out.add(Number(m[2]));
  for (const m of ts.template.matchAll(RU_POST_ORG_PERSON)) {
    const words = (m[1] ?? '').trim().split(/\s+/);
    if (words.some((w) => POST_WORD.test(w) && !REPRESENTS.test(w)) && slotAt(ts, m[3])?.type === 'Person') out.add(Number(m[2]));
  }
  return out;
}

const BODY_IN_BRACKETS_AFTER_PERSON = /⟦(\d+)⟧\s*\((?:(?:обе|оба|все|both|all)\s*(?:[—–-]|from|of)?\s*)?⟦(\d+)⟧[,)]/gu;

/** «заместитель декана ⟦O⟧ ⟦P⟧», «доцент ⟦O⟧ Анна ⟦P⟧»: a post, its body, then its holder. */
const RU_POST_ORG_PERSON = /((?:\p{Script=Cyrillic}[\p{L}-]*\s+){1,4})⟦(\d+)⟧(?:\s+\p{Lu}[\p{L}-]*){0,3}\s+⟦(\d+)⟧/gu;
/** A body's representative speaks for it: the body itself took part. */
const REPRESENTS = /^представител/iu;
