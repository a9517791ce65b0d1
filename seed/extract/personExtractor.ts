import { foldLatin } from '../text/stem.ts';
import { nominativePersonName, parseRu, personNamePart, type RuCase } from '../text/russianMorphology.ts';
import { isEnglishVerb, isKnownGivenName, isOrdinaryEnglishWord, NOT_NAME_ENDING } from '../text/englishWords.ts';
import { isGivenNameInSomeLanguage, isSurnameInSomeLanguage } from '../text/givenNames.ts';
import { toLatin } from '../text/transliterate.ts';
import { normalizeName } from '../text/normalizeName.ts';
import { isPluralWord } from '../text/pluralWord.ts';
import { isAllCaps, isCapitalized, tokenize, type Token } from '../text/tokens.ts';
import { orgHeadOf } from '../resolve/orgName.ts';
import { matchCityAt, matchCountryAt, russianRegionEnd } from '../gazetteer/matchPlace.ts';
import { isAdminRegion } from '../gazetteer/adminRegions.ts';
import { CAPITALIZED_STOPWORDS, EN_TITLES, EVENT_KINDS, PATRONYMIC_SHAPED, POST_WORD, REGION_WORDS, RU_TITLES } from './lexicon.ts';
import { overlaps, type ExtractionContext, type Extractor, type PersonCandidate } from './Extractor.ts';

const TITLE_WORDS = new Set(EN_TITLES.flatMap((t) => t.toLowerCase().split(/\s+/)));
const EVENT_WORDS = new Set(EVENT_KINDS.flatMap((k) => k.kind.split(' ')).concat(['round', 'table', 'goals', 'event', 'events']));
// Whole words only: a prefix would take "Mayorga", "Augustine" or «Майер» for a month.
const MONTH = /^(?:january|february|march|april|may|june|july|august|september|october|november|december|(?:январ|феврал|апрел|июн|июл|сентябр|октябр|ноябр|декабр)[ьяе]|ма[йяе]|марта?|марте|августа?|августе)$/iu;
/** Endings of surnames from the former Soviet space, in Latin letters ("Kalimullin", "Ivanova", "Kovalenko"). */
export const SURNAME_EN = /(?:ov|ova|ev|eva|in|ina|yn|kin|enko|uk|yuk|ko|sky|skiy|skaya|ski|ska|ich|vich|uly|kyzy|ets|yan|ian|dze|shvili|bekov|bayev|baev|aev|eyev|iev|ieva|ayeva|ova)$/i;
const SURNAME_RU = /(?:ов|ова|ев|ева|ёв|ин|ина|ын|енко|ук|юк|ко|ский|ская|ич|улы|кызы|ец|ян|дзе|швили|бек)(?:а|у|ым|ой|ом|е|ым|ым)?$/u;
const PATRONYMIC = /(?:ович|евич|овна|евна|ична|инична|ьич)(?:а|у|ем|ой|е|ом)?$|^\p{Lu}\p{Ll}+(?:ovich|evich|ovych|ievich|ovna|evna|ivna|ichna|ievna)$/u;
const HONORIFIC = /^(?:Dr|Prof|Mr|Mrs|Ms|Mx)$/u;
const HONORIFIC_BEFORE = /\b(?:Dr|Prof|Mr|Mrs|Ms|Mx)\.?\s+$/u;
const POST_FIELD_BEFORE = new RegExp(`(?:${EN_TITLES.map((t) => t.replace(/[-\s]/g, '[-\\s]')).join('|')})\\s+(?:for|of)\\s+$`, 'u');
const TITLE_BEFORE = new RegExp(`(?:${EN_TITLES.map((t) => t.replace(/[-\s]/g, '[-\\s]')).join('|')}|${RU_TITLES.map((t) => t.replace(/ /g, '\\p{L}*\\s+')).join('|')}\\p{L}*)\\s*$`, 'iu');
const TITLE_AFTER = new RegExp(`^\\s*,?\\s*(?:the\\s+)?(?:${EN_TITLES.map((t) => t.replace(/[-\s]/g, '[-\\s]')).join('|')}|${RU_TITLES.map((t) => t.replace(/ /g, '\\p{L}*\\s+')).join('|')})`, 'iu');
/** Just before a name: a speech verb, "by", or a post a few words back ("the Deputy Minister of Education Anna …", «директора колледжа Ирины …»). */
/** "Representatives of the Board, among them Kadri Saar and Toomas Kask": capitalised pairs listed after such a cue are people. */
const LIST_CUE_BEFORE = /(?:\bamong\s+them|\bamong\s+whom|\bnamely|(?<!\p{L})среди\s+них|(?<!\p{L})в\s+том\s+числе)\s*,?\s*(?:(?:\p{Lu}[\p{L}'’-]*\.?\s+){1,3}\p{Lu}[\p{L}'’-]*\s*(?:,|\sand|\sи)\s*)*$/u;
const VOUCH_BEFORE = /(?:\b(?:said|says|told|noted|added|by|to|moderator|speaker|panellist|panelist|keynote|winner|winners|trainers?|jury|dr|prof|professor|mr|ms|mrs)\.?|сказал\p{L}*|отметил\p{L}*|слов\p{L}*)\s*,?\s*$/iu;
/** Just after a name: ", a teacher trainer from …", ", Associate Professor of …", " (Klaus Bergmann)". */
const POST_AFTER_WINDOW = /^\s*(?:,|\s(?:is|was)(?=\s+(?:a|an|the)\s))\s*(?:(?:a|an|the)\s+)?((?:[\p{L}-]+\s*){1,6})/u;
const SPEECH_AFTER = /^\s*,?\s*(?:said|says|noted|stressed|emphasi[sz]ed|explained|added|presented|spoke|addressed|opened|moderated|(?:works|worked|teaches|taught|lectures)\s+(?:at|for|in)\b|отметил|подчеркнул|сказал|выступил|рассказал)/iu;

const firstNameIndexes = new WeakMap<string[][], ReadonlyMap<string, string>>();

/**
 * Given names by any spelling → canonical spelling (first of its curated row).
 * Built once per table: extraction and resolution ask for it several times a report.
 */
export function firstNameIndex(rows: string[][]): ReadonlyMap<string, string> {
  let m = firstNameIndexes.get(rows);
  if (!m) {
    const built = new Map<string, string>();
    for (const row of rows) for (const v of row) built.set(normalizeName(v), row[0] ?? v);
    firstNameIndexes.set(rows, (m = built));
  }
  return m;
}

/**
 * People: two or three capitalised words (or initials and a surname) that a
 * known given name, a title next to them, a patronymic or a surname ending
 * vouches for; then bare surnames of people already found.
 */
export const personExtractor: Extractor = {
  name: 'person',
  extract(ctx: ExtractionContext): PersonCandidate[] {
    const given = firstNameIndex(ctx.curated.firstNames);
    const blocked = ctx.found.filter((c) => (c.type === 'Organization' && !c.reference) || c.type === 'Event' || c.type === 'Country' || c.type === 'City');
    const out: PersonCandidate[] = [];
    for (const s of ctx.sentences) {
      const tokens = tokenize(s.text, s.start);
      let i = 0;
      while (i < tokens.length) {
        const run = nameRun(tokens, i, ctx, blocked);
        if (run.end === i) {
          i++;
          continue;
        }
        const { from, to } = trimRun(tokens, i, run.end, given);
        // "⟦Rosa Quispe⟧ and Ana Torres": a name joined to a person's name is vouched for by it.
        const prev = out[out.length - 1];
        const joined = !!prev && prev.sentence === s.index && /^(?:\s+and\s+|\s+и\s+|,\s*)$/u.test(ctx.text.slice(prev.end, tokens[from]?.start ?? 0));
        const cand = toPerson(tokens, from, to, s.index, ctx, given, joined);
        if (cand) out.push(cand);
        i = to;
      }
    }
    // Bare surnames of people already found ("Polozhevets noted…").
    const surnames = new Map(out.map((p) => [foldLatin(p.surname), p]));
    for (const s of ctx.sentences) {
      for (const t of tokenize(s.text, s.start)) {
        if (!isCapitalized(t.text) || out.some((p) => overlaps(p, t)) || blocked.some((b) => overlaps(b, t))) continue;
        const p = surnames.get(foldLatin(t.text));
        if (p) out.push({ type: 'Person', start: t.start, end: t.end, text: t.text, sentence: s.index, given: null, surname: t.text, patronymic: null, reference: true });
      }
    }
    return out.sort((a, b) => a.start - b.start);
  },
};

/**
 * "… Ana Quispe of the Andes Lyceum", "… Kofi Mensah from Kumasi", «… Ана
 * Киспе из Куско», «… Ана Киспе (Куско)»: a name followed by where its bearer
 * comes from, a body or a town found already, is a person's.
 */
function fromPlaceOrBody(ctx: ExtractionContext, end: number): boolean {
  const m = /^\s*(?:of\s+(?:the\s+)?|from\s+(?:the\s+)?|из\s+|\(\s*)(?=["«“„']?\p{Lu})/u.exec(ctx.text.slice(end, end + 20));
  if (m) {
    const at = end + m[0].length;
    return ctx.found.some((c) => (c.type === 'City' || (c.type === 'Organization' && !c.reference)) && c.start === at);
  }
  // "Panelists included Kwame Mensah, Ghana Education Service; Li Wei, …": a body alone in the name's
  // apposition, closed by the list's separator, is the person's.
  const apposition = /^,\s+(?:the\s+)?(?=["«“„']?\p{Lu})/u.exec(ctx.text.slice(end, end + 8));
  if (!apposition) return false;
  const at = end + apposition[0].length;
  const body = ctx.found.find((c) => c.type === 'Organization' && !c.reference && c.start === at);
  return !!body && /^\s*(?:[;)]|,\s+(?:and\s+)?\p{Lu}|\s+and\s+\p{Lu}|\.(?:\s|$)|$)/u.test(ctx.text.slice(body.end, body.end + 8));
}

/**
 * "The Rector of Hacettepe University, Orhan Kaya, said": a name set off by
 * commas right after a post and the body it is held in is that post's holder.
 */
function apposedToPostAndBody(ctx: ExtractionContext, start: number, end: number): boolean {
  const comma = /,\s*$/u.exec(ctx.text.slice(Math.max(0, start - 4), start));
  if (!comma || !/^\s*,/u.test(ctx.text.slice(end, end + 3))) return false;
  const bodyEnd = start - comma[0].length;
  const body = ctx.found.find((c) => c.type === 'Organization' && !c.reference && c.end === bodyEnd);
  if (!body) return false;
  const clause = ctx.text.slice(Math.max(0, body.start - 80), body.start).split(/[,;:.!?()—–]\s/u).pop() ?? '';
  const words = clause.replace(/[«»"“”]/g, ' ').trim().split(/\s+/).slice(-8);
  return /\b(?:of|at)\s+(?:the\s+)?$/iu.test(clause) && postBefore(words);
}

/** A post named in the few words before the name or right after its comma. */
function postNear(before: string, after: string): boolean {
  // Words by split, not by a repeated group anchored at the end: that one backtracks on every position.
  // The post may stand several words back, past the body it is held in («проректор АГУ по учебной работе …»),
  // but not past the end of the clause.
  const clause = before.split(/[,;:.!?()—–]\s/u).pop() ?? '';
  const lastWords = clause.replace(/[«»"“”]/g, ' ').trim().split(/\s+/).slice(-8);
  const a = POST_AFTER_WINDOW.exec(after)?.[1] ?? '';
  return postBefore(lastWords) || a.trim().split(/\s+/).some((w) => POST_WORD.test(w));
}

/**
 * A post with no verb between it and the name ("Experts visited Lake Chala"
 * names no one). Far back, past a body's name, only a post held by one person
 * («проректор АУЛ по учебной работе …»); a plural one ("trainers Ama Owusu and
 * …") only right before the names it introduces.
 */
function postBefore(words: string[]): boolean {
  for (let k = words.length - 1; k >= 0; k--) {
    const w = words[k] ?? '';
    if (isVerb(w)) return false;
    if (POST_WORD.test(w) && (k >= words.length - 4 || !isPluralWord(w))) return true;
    // "UNICEF Representative to Türkiye ⟦Name⟧": the capitalised singular is a body's head, the usual title of its envoy.
    if (w === 'Representative' && k >= words.length - 4) return true;
  }
  return false;
}

function isVerb(word: string): boolean {
  if (/\p{Script=Cyrillic}/u.test(word)) {
    const parses = parseRu(word);
    return parses.length > 0 && parses.every((p) => p.pos === 'VERB' || p.pos === 'PRTS' || p.pos === 'INFN');
  }
  return isEnglishVerb(word);
}

function isNameToken(t: Token | undefined, tokens: Token[], i: number, ctx: ExtractionContext): boolean {
  if (!t || !/^\p{L}/u.test(t.text) || !isCapitalized(t.text) || isAllCaps(t.text) || t.text.length < 2) return false;
  // "ГрГУ", "СамГУ", "EdTech": a capital after a lower-case letter marks an acronym or a brand.
  if (/\p{Ll}\p{Lu}/u.test(t.text) && !/^(?:Mc|Mac|O')/u.test(t.text)) return false;
  const lower = t.text.toLowerCase();
  // "Dr Helen Marsh": British style writes the honorific without a full stop; it is never part of the name.
  if (HONORIFIC.test(t.text)) return false;
  if (REGION_WORDS.has(lower)) return false;
  // «Республики Татарстан Андрей …»: a republic's or region's own word opens its name, never a person's.
  if (/^(?:республик[аиуео]й?|област(?:ь|и|ью)|кра[йяюе]|округ[аеу]?|район[аеу]?)$/u.test(lower)) return false;
  // «города Актобе», "the city of Valmiera", «Республики Приморье»: a town or republic, whatever the gazetteer knows of it.
  if (/^(?:города|город|г|city|town|village|села|село|республик[аи])$/iu.test(tokens[i - 1]?.text === '.' ? (tokens[i - 2]?.text ?? '') : (tokens[i - 1]?.text ?? ''))) return false;
  if (CAPITALIZED_STOPWORDS.has(lower) || TITLE_WORDS.has(lower) || EVENT_WORDS.has(lower) || MONTH.test(lower)) return false;
  if (RU_TITLES.some((r) => !r.includes(' ') && lower.startsWith(r))) return false;
  // "School-Gymnasium", «Школа-интернат»: a compound head noun is a body's name.
  if (t.text.split('-').some((part) => orgHeadOf(part)) || ctx.gazetteers.countries.codeOfDemonym(lower)) return false;
  // "No. 5": a number sign, not a name.
  if (/^(?:No|Nr|Nos)$/.test(t.text) && tokens[i + 1]?.text === '.') return false;
  if (matchCountryAt(tokens, i, ctx.gazetteers) || russianRegionEnd(tokens, i, ctx.gazetteers)) return false;
  const city = matchCityAt(tokens, i, ctx.gazetteers);
  // «Милан Петрович»: a town's name before a word in -ович/-евич is a given name.
  const next = tokens[i + 1];
  if (city && next && next.start === t.end + 1 && PATRONYMIC_SHAPED.test(next.text)) return true;
  return !(city && city.value.curated);
}

/** A word right before a name that puts it in the genitive: «доклад Нурлана Абенова», «по приглашению Ивана Петрова». */
const GENITIVE_GOVERNOR = /(?<![\p{L}])(?:доклад|выступлени[ея]|приглашению|участием|руководством|словам|мнению|инициативе|лекци[яи]|презентаци[яи]|семинар[а]?|мастер-класс[а]?|книг[аи]|у|от|для|без|до|из|около|вместо|кроме)\s+$/iu;

/**
 * «эксперт Всемирного банка Дилноза Каримова»: a name in apposition takes the case of
 * the post that opens its clause, so a nominative post keeps «Каримова» a woman's
 * nominative rather than a man's genitive. Null when the post's case is ambiguous.
 */
function caseOfPostBefore(sentenceBefore: string): RuCase | null {
  const clause = sentenceBefore.split(/[,;:()–—]|\s(?:и|а также)\s/u).pop() ?? '';
  // «Экспертами выступили доцент КФУ Алия Закирова»: the post nearest the name is its own.
  const post = clause.match(/\p{Script=Cyrillic}[\p{Script=Cyrillic}-]*/gu)?.findLast((w) => POST_WORD.test(w));
  if (!post) return null;
  const cases = new Set(parseRu(post.toLowerCase()).filter((p) => p.known && p.pos === 'NOUN').map((p) => p.case));
  const [only] = [...cases];
  // «руководителя»: an animate noun's genitive and accusative are one form, and so are those of the name after it.
  if (cases.size === 2 && cases.has('gent') && cases.has('accs')) return 'gent';
  return cases.size === 1 && only ? only : null;
}

const EPONYM_BEFORE = /(?:\bnamed\s+after|(?<![\p{L}])(?:имени|им\.))\s*$/iu;

/** A name that fills a short quote ('"Bright Start"', «Цифровой Учитель») is a body's or a title's, not a person's. */
function insideShortQuote(ctx: ExtractionContext, start: number, end: number): boolean {
  return ctx.quotes.some((q) => q.innerStart <= start && end <= q.innerEnd && q.inner.trim().split(/\s+/).length <= 4);
}

/**
 * A capitalised Russian word the dictionary knows only as an ordinary word
 * («Учебнике», «Цифровая»), never as a name, surname, place or body.
 */
function isOrdinaryRussianWord(word: string): boolean {
  if (!/\p{Script=Cyrillic}/u.test(word)) return false;
  const parses = parseRu(word);
  return parses.length > 0 && parses.every((p) => p.known && !p.name && !p.surname && !p.patronymic && !p.geo && !p.org);
}

/** «Госсовета», «Татарстана»: a Cyrillic word the dictionary knows only as an organization's or a place's name. */
function isBodyOrPlaceWord(word: string): boolean {
  if (!/\p{Script=Cyrillic}/u.test(word)) return false;
  const parses = parseRu(word);
  return parses.length > 0 && parses.every((p) => p.known && (p.org || p.geo) && !p.name && !p.surname && !p.patronymic);
}

/** A Cyrillic word the dictionary does not know in any reading: a foreign surname more often than not. */
/** A Cyrillic word the dictionary knows only as a geographical name. */
function placeNameOnly(word: string): boolean {
  const parses = /^\p{Script=Cyrillic}+$/u.test(word) ? parseRu(word) : [];
  return parses.length > 0 && parses.every((p) => p.known && p.geo);
}

function unknownRussianWord(word: string): boolean {
  return /^\p{Script=Cyrillic}+$/u.test(word) && parseRu(word).every((p) => !p.known);
}

const NAME_PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'del', 'della', 'da', 'das', 'do', 'dos', 'du', 'la', 'le', 'di', 'bin', 'binti', 'ibn', 'al', 'el', 'ter', 'ten']);

/** "van", and inside a name also "De" or "Van" ("Regina De Luca"): the particle's case varies with the family. */
function isParticle(word: string): boolean {
  return NAME_PARTICLES.has(word) || NAME_PARTICLES.has(word.toLowerCase());
}

function nameRun(tokens: Token[], i: number, ctx: ExtractionContext, blocked: Array<{ start: number; end: number }>): { end: number } {
  let k = i;
  let words = 0;
  while (k < tokens.length && k - i < 6) {
    const t = tokens[k];
    if (!t || blocked.some((b) => overlaps(b, t))) break;
    const prev = tokens[k - 1];
    if (k > i && prev && t.start - prev.end > 1) break;
    if (/^\p{Lu}$/u.test(t.text) && tokens[k + 1]?.text === '.') {
      k += 2;
      continue;
    }
    // "Jan van der Berg", "Luis de la Fuente": lower-case particles inside a name, between its words.
    if (words > 0 && isParticle(t.text)) {
      let m = k;
      while (isParticle(tokens[m]?.text ?? '') && m - k < 2) m++;
      if (m > k && isNameToken(tokens[m], tokens, m, ctx) && (tokens[m]?.start ?? 0) - (tokens[m - 1]?.end ?? 0) === 1) {
        k = m;
        continue;
      }
      // "Arun Das", "Mary De": a capitalised particle closing the name is the surname.
      if (m === k + 1 && isCapitalized(t.text) && t.text.length > 2) k++;
      break;
    }
    if (!isNameToken(t, tokens, k, ctx)) break;
    words++;
    k++;
    if (words === 4) break;
  }
  return { end: words > 0 ? k : i };
}

/** Parts of speech a word of a person's name never is. */
const NOT_NAME_POS = new Set(['VERB', 'INFN', 'PRTS', 'PRTF', 'GRND', 'ADVB', 'PREP', 'CONJ', 'PRCL', 'NPRO']);

function isPatronymic(word: string): boolean {
  return PATRONYMIC.test(word) || personNamePart(word) === 'patronymic';
}

/**
 * A run of four capitalised words holds one name of at most three. A
 * patronymic third marks its given name second, so the first word belongs to
 * what precedes («сотрудник Института Лоренца Анна Петровна Рыбак»); otherwise
 * the name is the first three words, as before, and the fourth starts anew.
 */
function trimRun(tokens: Token[], from: number, to: number, given: ReadonlyMap<string, string>): { from: number; to: number } {
  const words: number[] = [];
  for (let k = from; k < to; k++) if ((tokens[k]?.text.length ?? 0) > 1 && !(k > from && isParticle(tokens[k]?.text ?? ''))) words.push(k);
  // «Выступил Эрик Сольберг», "Yesterday Anna Berg": a capitalised ordinary word before a name is not part of it.
  // Only when a given name follows it, so the rest is still a name on its own.
  const lead = tokens[words[0] ?? -1]?.text ?? '';
  const next = tokens[words[1] ?? -1]?.text ?? '';
  const givenNext = given.has(normalizeName(next)) || personNamePart(next) === 'given';
  // "Minister of Enlightenment Rosa Quispe": after "of" a third capital before two name words is the post's field.
  const fieldOfPost = /^(?:of|for)$/.test(tokens[from - 1]?.text ?? '') && words.length === 3 && /^\p{Script=Latin}+$/u.test(lead);
  // "Teachers Ayla Demir and …", "Trainers Omar Nasser": a post in the plural never starts a name, whatever follows it.
  const pluralPost = POST_WORD.test(lead) && isPluralWord(lead);
  // «Выступила Иванова Ольга Сергеевна»: a verb opening the sentence is capitalised by position alone.
  const verbLead = words.length >= 3 && /^\p{Script=Cyrillic}+$/u.test(lead) && parseRu(lead).length > 0 && parseRu(lead).every((p) => NOT_NAME_POS.has(p.pos ?? ''));
  if (words.length >= 3 && words[0] === from && (givenNext || fieldOfPost || pluralPost || verbLead) && !given.has(normalizeName(lead)) && !personNamePart(lead) && (fieldOfPost || pluralPost || isOrdinaryRussianWord(lead) || isOrdinaryEnglishWord(lead))) {
    return trimRun(tokens, words[1] ?? to, to, given);
  }
  // «Выступил И. И. Петров», "Yesterday A. Berg": initials open the name, so a capitalised ordinary word before them is not part of it.
  const initialsNext = words.length === 2 && words[0] === from && /^\p{Lu}$/u.test(tokens[from + 1]?.text ?? '') && tokens[from + 2]?.text === '.';
  const leadParses = /^\p{Script=Cyrillic}+$/u.test(lead) ? parseRu(lead) : [];
  const ordinaryLead = leadParses.length > 0 ? leadParses.every((p) => p.known && !p.name && !p.surname && !p.geo) : isOrdinaryEnglishWord(lead);
  if (initialsNext && ordinaryLead && !given.has(normalizeName(lead)) && !personNamePart(lead)) return { from: from + 1, to };
  // «Ректор Института Пушкина Маргарита Русецкая»: no Russian name runs surname, given name, surname, so a
  // first word before a given name and a non-patronymic is what precedes the name (here an eponym).
  const third = tokens[words[2] ?? -1]?.text ?? '';
  if (words.length === 3 && words[0] === from && /^\p{Script=Cyrillic}+$/u.test(lead) && givenNext && !given.has(normalizeName(lead)) && personNamePart(lead) !== 'given' && !isPatronymic(third) && !isPatronymic(lead)) {
    return { from: words[1] ?? from, to };
  }
  if (words.length < 4) return { from, to };
  // "Vice-Rector for Educational Activities Elena Ivanova": after "of"/"for", the post's field runs up to a given name.
  if (/^(?:of|for)$/.test(tokens[from - 1]?.text ?? '')) {
    const k = words.findIndex((w, n) => n >= 1 && n >= words.length - 3 && n <= words.length - 2 && (isKnownGivenName(tokens[w]?.text ?? '') || given.has(normalizeName(tokens[w]?.text ?? ''))));
    if (k > 0) return { from: words[k] ?? from, to };
  }
  const [w0, w1, w2] = words;
  if (w0 === undefined || w1 === undefined || w2 === undefined) return { from, to };
  if (isPatronymic(tokens[w2]?.text ?? '') && !isPatronymic(tokens[w1]?.text ?? '')) return { from: w1, to };
  return { from, to: w2 + 1 };
}

function toPerson(tokens: Token[], from: number, to: number, sentence: number, ctx: ExtractionContext, given: ReadonlyMap<string, string>, joined = false): PersonCandidate | null {
  const part = tokens.slice(from, to);
  const initials = part.filter((t, k) => /^\p{Lu}$/u.test(t.text) && part[k + 1]?.text === '.').map((t) => t.text);
  // "Arun Das", "Maria De": a particle closing the name is its surname, not a particle.
  const words = part.filter((t, k) => t.text.length > 1 && t.text !== '.' && !(k > 0 ? isParticle(t.text) && !(k === part.length - 1 && isCapitalized(t.text)) : NAME_PARTICLES.has(t.text)));
  if (words.length === 0 || (words.length === 1 && initials.length === 0) || words.length > 3) return null;
  const start = part[0]?.start ?? 0;
  const end = part[part.length - 1]?.end ?? 0;
  const before = ctx.text.slice(Math.max(0, start - 40), start).replace(/\bthe\s*$/i, '');
  const wideBefore = ctx.text.slice(Math.max(0, start - 90), start);
  const after = ctx.text.slice(end, end + 40);
  const w = words.map((t) => t.text);
  // "Vice-Rector for International Relations at …": capitals right after a post and "for"/"of" are its portfolio.
  if (POST_FIELD_BEFORE.test(before) && !isKnownGivenName(w[0] ?? '') && !given.has(normalizeName(w[0] ?? ''))) return null;
  // A given name the English lexicon knows, before a surname that is no ordinary word, vouches like a curated one
  // ("Ana Torres delivered the keynote"): places and bodies were found first and are not candidates.
  const listed = w.length >= 2 && LIST_CUE_BEFORE.test(wideBefore);
  // Another language's given name vouches only beside a surname of some language's table ("Orhan Kaya joined …"):
  // alone it would take "the Aral Sea" or a party's name for a person.
  const lexiconFirst = w.length >= 2 && /^\p{Script=Latin}/u.test(w[0] ?? '') && (isKnownGivenName(w[0] ?? '') || (isGivenNameInSomeLanguage(w[0] ?? '') && isSurnameInSomeLanguage(w[w.length - 1] ?? ''))) && !isOrdinaryEnglishWord(w[0] ?? '') && !w.slice(1).some((x) => isOrdinaryEnglishWord(x));
  const knownFirst = given.has(normalizeName(w[0] ?? '')) || lexiconFirst;
  const knownSecond = w.length > 1 && given.has(normalizeName(w[1] ?? ''));
  const patronymic = w.find((x, k) => k > 0 && (PATRONYMIC.test(x) || personNamePart(x) === 'patronymic')) ?? null;
  const surnameLike = w.some((x) => SURNAME_EN.test(x) || SURNAME_RU.test(x));
  const titled = (joined && words.length >= 2 && isKnownGivenName(w[0] ?? '')) || TITLE_BEFORE.test(before) || TITLE_AFTER.test(after) || SPEECH_AFTER.test(after) || VOUCH_BEFORE.test(before) || postNear(wideBefore, after) || fromPlaceOrBody(ctx, end) || apposedToPostAndBody(ctx, start, end) || listed;
  // The dictionary vouches for a given name and a surname in any case («по приглашению Ивана Петрова»).
  // A foreign surname the dictionary has never seen after a given name it knows («Эрика Сольберга») is a name too.
  // So is a surname the dictionary knows only as a place's name after a given name it knows («Ахмед Салем»).
  // «Прия Шарма», «Ахмед Хассан»: a foreign name in Cyrillic whose given name and surname, read back in Latin letters, some
  // language's tables know as such, is a name the Russian dictionary cannot vouch for («Шарма» is «шарм» to it).
  // A Russian given name read so must be in the nominative: «Ивана Петрова» is "Ivana Petrova" in Latin letters too.
  const foreignInCyrillic = w.length === 2 && w.every((x) => /^\p{Script=Cyrillic}+$/u.test(x)) && isGivenNameInSomeLanguage(toLatin(w[0] ?? '')) && isSurnameInSomeLanguage(toLatin(w[1] ?? '')) && (personNamePart(w[0] ?? '') !== 'given' || parseRu(w[0] ?? '')[0]?.case === 'nomn');
  const dictionaryName = foreignInCyrillic || (w.length >= 2 && personNamePart(w[0] ?? '') === 'given' && (personNamePart(w[w.length - 1] ?? '') === 'surname' || (w.length === 2 && (unknownRussianWord(w[1] ?? '') || placeNameOnly(w[1] ?? '')))));
  if (!(dictionaryName || knownFirst || knownSecond || patronymic || titled || (surnameLike && (initials.length > 0 || w.length === 2)))) return null;
  // "the Escuela Nueva model": an article right before capitalised words makes them a thing's name, unless a post vouches.
  if (/\b(?:the|a|an)\s+$/i.test(ctx.text.slice(Math.max(0, start - 5), start)) && !(dictionaryName || knownFirst || patronymic || TITLE_AFTER.test(after) || SPEECH_AFTER.test(after))) return null;
  // "the TSPU Pedagogical Technopark": words built as adjectives or things ("-ical", "-tion", "-park") name no person.
  if (!knownFirst && !dictionaryName && w.some((x) => /^\p{Script=Latin}+$/u.test(x) && NOT_NAME_ENDING.test(x))) return null;
  // "from Kerala and Madhya Pradesh": a state's or province's name is no person's.
  if (isAdminRegion(w)) return null;
  // "named after Ivan Petrov", «имени Абая»: whom a body is named after took no part in the event.
  if (EPONYM_BEFORE.test(before)) return null;
  if (insideShortQuote(ctx, start, end)) return null;
  if (!knownFirst && !knownSecond && !foreignInCyrillic && w.some(isOrdinaryRussianWord) && !w.some((x) => personNamePart(x))) return null;
  // "International Mother Language Day", "Education Week": an observance's name, unless a known given name opens it.
  if (!knownFirst && !dictionaryName && /^(?:Day|Days|Week|Month|Year|Decade)$/u.test(w[w.length - 1] ?? '')) return null;
  // «комитета Госсовета Татарстана по …»: words the dictionary knows only as a body's or a place's name are no person's.
  if (!knownFirst && !knownSecond && !dictionaryName && !patronymic && w.every(isBodyOrPlaceWord)) return null;
  // "Young Teachers", "United Nations", "Modern Pedagogy": ordinary English words are not a name unless a known given name leads.
  // A given name compromise knows ("Jan", "May") is not ordinary in first place.
  // A surname that is also a word ("Anna Berg", "Ingrid van der Berg") counts after a given name when a post or speech vouches for it.
  // "Ms. Ayla Tuna": an honorific right before vouches for a surname that is also a word, whatever the given name.
  const honorificBefore = HONORIFIC_BEFORE.test(before);
  const surnameMayBeWord = ((titled && isKnownGivenName(w[0] ?? '')) || listed || honorificBefore) && !isOrdinaryEnglishWord(w[0] ?? '');
  // "Maya Lindqvist said": a given name of some language that is also an English word ("Maya", "Rose") opens a name
  // when a post or speech vouches and the rest is no ordinary word.
  const givenThoughWord = (x: string): boolean => titled && isGivenNameInSomeLanguage(x) && !w.slice(1).some((y) => isOrdinaryEnglishWord(y));
  if (!knownFirst && w.some((x, k) => isOrdinaryEnglishWord(x) && !(k === 0 && w.length > 1 && (isKnownGivenName(x) || givenThoughWord(x))) && !(k > 0 && surnameMayBeWord))) return null;
  let g: string | null;
  let surname: string;
  if (initials.length > 0 && words.length === 1) {
    // "S. K. Sharma", not "S.K Sharma": initials are written with their full stops.
    g = initials.map((x) => `${x}.`).join(' ');
    surname = w[0] ?? '';
  } else if (!knownFirst && knownSecond) {
    surname = w[0] ?? '';
    g = w[1] ?? null;
  } else if (w.length === 3 && !patronymic && (given.has(normalizeName(w[1] ?? '')) || personNamePart(w[1] ?? '') === 'given' || isKnownGivenName(w[1] ?? '') || /^\p{Script=Latin}+$/u.test(w[1] ?? ''))) {
    // "Ana Lucia Quispe": a second given name belongs to the name, not to be dropped for the surname.
    // "Ömer Faruk Yelkenci": in Latin script, so does a middle name no table knows; only a Russian name's middle is a patronymic.
    g = `${w[0] ?? ''} ${w[1] ?? ''}`;
    surname = w[2] ?? '';
  } else {
    g = w[0] ?? null;
    surname = w.filter((x) => x !== patronymic).slice(1).pop() ?? w[w.length - 1] ?? '';
  }
  // «Андрей Мартинович»: two words are a given name and a surname; one ending like a patronymic is the surname.
  const ownPatronymic = surname === patronymic ? null : patronymic;
  // The surname keeps its particles: "van der Berg", not "Berg".
  const particle = part.findIndex((t, k) => k > 0 && isParticle(t.text));
  if (particle > 0 && part.slice(particle).every((t) => isParticle(t.text) || t.text === surname)) surname = part.slice(particle).map((t) => t.text).join(' ');
  // Names are kept in the nominative; the mention's text stays as written.
  const sentenceStart = ctx.sentences[sentence]?.start ?? Math.max(0, start - 200);
  const contextCase = GENITIVE_GOVERNOR.test(before) ? 'gent' : caseOfPostBefore(ctx.text.slice(sentenceStart, start));
  // A foreign name the tables know as written is written in the nominative: the tables hold no other case.
  const n = /\p{Script=Cyrillic}/u.test(surname) && !foreignInCyrillic ? nominativePersonName({ given: g, patronymic: ownPatronymic, surname }, contextCase) : { given: g, patronymic: ownPatronymic, surname };
  return { type: 'Person', start, end, text: ctx.text.slice(start, end), sentence, given: n.given ?? null, surname: n.surname ?? surname, patronymic: n.patronymic ?? null };
}
