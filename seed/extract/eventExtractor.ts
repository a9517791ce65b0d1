import { findDates, nearestDate, type DateRange } from './dates.ts';
import { dateOptions } from './referenceDate.ts';
import { keepOwnCandidateDates } from './candidateDates.ts';
import { EN_EVENT_REFERENCE, EN_TITLES, EVENT_KINDS, RU_EVENT_REFERENCE } from './lexicon.ts';
import type { EventCandidate, ExtractionContext, Extractor } from './Extractor.ts';
import type { Sentence } from '../text/sentences.ts';
import { nominativeIfRussian, parseRu } from '../text/russianMorphology.ts';
import { headlineEnd } from '../text/headline.ts';
import { tokenize, type Token } from '../text/tokens.ts';
import { CAPITALIZED_STOPWORDS, EN_MONTHS } from './lexicon.ts';
import { matchCityAt, matchCountryAt } from '../gazetteer/matchPlace.ts';
import { isEnglishAdjective, isEnglishVerb } from '../text/englishWords.ts';

const EN_MODIFIERS = '(?:(?:International|Regional|Interregional|National|Republican|Annual|Scientific(?:[- ]Practical)?|Inter-?university|Global|Online|Virtual|Youth|Pedagogical|Educational|First|Second|Third|Fourth|Fifth|\\d+(?:st|nd|rd|th)|[IVX]+)\\s+)*';
const RU_MODIFIERS = '(?:(?:международн|региональн|межрегиональн|всероссийск|республиканск|ежегодн|научно-практическ|научн|педагогическ|молод[её]жн|онлайн|[IVX]+)\\p{L}*\\s+|онлайн-)*';
export const HELD_CUE = /\b(?:was|were|will be|is|are)\s+(?:being\s+)?(?:held|organi[sz]ed|conducted|hosted|convened)\b|\btook place\b|\bheld\b|\b(?:met|gathered|convened|came together|opened|kicked off|started|began|ran|runs|takes? place|hosted|welcomed|brought together)\b|собрал\p{L}*|открыл\p{L}*|стартовал\p{L}*|завершил\p{L}*|прош[её]л|прошла|прошли|состоял\p{L}*|проходил\p{L}*|организова\p{L}*|провед[её]н\p{L}*/iu;

/** One English kind word ("Seminar", "Forums"), to tell an event's name inside another phrase. */
const EN_KIND_WORD = new RegExp(`^(?:${EVENT_KINDS.map((k) => k.en).join('|')})$`, 'iu');

const KIND_RE = EVENT_KINDS.map((k) => ({
  kind: k.kind,
  // Not inside a hyphenated word: "sub-regional meeting" is no "regional meeting", a "pre-conference workshop" no conference.
  en: new RegExp(`(?<![\\p{L}-])${EN_MODIFIERS}(?:${k.en})(?![\\p{L}])`, 'giu'),
  ru: new RegExp(`(?<![\\p{L}])${RU_MODIFIERS}(?:${k.ru})`, 'giu'),
}));

/**
 * Events: a kind phrase (round table, conference, семинар…) with a quoted or
 * Title Case name defines an event; the same kind without a name, and "the
 * event", refer back to one. With no named event, the first kind phrase in a
 * sentence saying it was held (or dated) defines it.
 */
export const eventExtractor: Extractor = {
  name: 'event',
  extract(ctx: ExtractionContext): EventCandidate[] {
    const out: EventCandidate[] = [];
    for (const s of ctx.sentences) {
      const taken: Array<[number, number]> = [];
      for (const k of KIND_RE) {
        for (const re of [k.en, k.ru]) {
          for (const m of s.text.matchAll(re)) {
            const start = s.start + (m.index ?? 0);
            const end = start + m[0].length;
            if (taken.some(([a, b]) => start < b && a < end)) continue;
            // "Teacher Training University": a kind word inside an organization's name names no event.
            if (ctx.found.some((c) => c.type === 'Organization' && c.start <= start && end <= c.end)) continue;
            taken.push([start, end]);
            const phrase = m[0];
            if (k.kind === 'days' && !CAPITAL_DAYS.test(phrase)) continue;
            const plural = isPlural(phrase);
            const named = nameAround(ctx, s, start, end) ?? titleNear(ctx, s, start, end) ?? describedAfter(ctx, s, start, end) ?? (plural ? seriesOf(ctx, s, start, end) : null);
            // "Head of Teacher Training at ⟦O⟧": a post's field is no event.
            if (named && POST_OF_FIELD.test(named.text)) continue;
            // "The next STEM Education Days will be held in Tampere": another edition, an event of its own ("next STEM Education Days").
            const lead = ctx.text.slice(s.start, Math.min(start, named?.start ?? start));
            const next = named ? NEXT_EDITION_BEFORE.exec(lead) : null;
            const nextAt = next ? s.start + (next.index ?? 0) + (next[0].length - next[0].trimStart().length) : -1;
            const edition = named && next ? { text: ctx.text.slice(nextAt, named.end).replace(/^the\s+/iu, ''), start: nextAt, end: named.end } : null;
            const part = named || plural ? null : datedPart(ctx, s, start, end, k.kind);
            const title = edition ?? named ?? part;
            if (plural && !title) continue;
            const dates = title ? nearestDate(sentenceDates(ctx, s), start) : null;
            out.push({
              type: 'Event',
              start: title ? Math.min(start, title.start) : start,
              end: title ? Math.max(end, title.end) : end,
              text: ctx.text.slice(title ? Math.min(start, title.start) : start, title ? Math.max(end, title.end) : end),
              sentence: s.index,
              kind: k.kind,
              kindPhrase: phrase,
              title: title?.text ?? null,
              dates,
              ...(title ? {} : { reference: true }),
              ...(part ? { part: true as const } : {}),
            });
          }
        }
      }
      for (const re of [EN_EVENT_REFERENCE, RU_EVENT_REFERENCE]) {
        for (const m of s.text.matchAll(re)) {
          const start = s.start + (m.index ?? 0);
          const end = start + m[0].length;
          if (taken.some(([a, b]) => start < b && a < end)) continue;
          out.push({ type: 'Event', start, end, text: m[0], sentence: s.index, kind: 'event', kindPhrase: m[0], title: null, dates: null, reference: true });
        }
      }
    }
    nameParts(out, ctx);
    nameOtherEditions(out, ctx);
    const firstNamed = out.filter((e) => !e.reference).sort((a, b) => a.start - b.start)[0];
    // "The network held its annual conference … As part of the conference, a workshop titled "…"": an untitled event
    // held before any named one is the report's own, unless it is of a named one's kind (then it is that one) or
    // only the headline names it (then it is the body's named one).
    if (!firstNamed) promoteFirstHeld(out, ctx);
    else {
      const bodyStart = headlineEnd(ctx.text);
      promoteFirstHeld(out.filter((e) => e.start >= bodyStart && e.sentence < firstNamed.sentence && !out.some((n) => !n.reference && n.kind === e.kind)), ctx, true);
    }
    keepOwnCandidateDates(out, ctx);
    for (const e of out) if (e.dates && e.title) e.dates = inNamedYear(e.dates, e.title);
    return out.sort((a, b) => a.start - b.start);
  },
};

/** "The Education Days 2026 took place on 3–4 October": a day written without its year is in the year the event's name gives. */
function inNamedYear(d: DateRange, name: string): DateRange {
  const years = [...new Set(name.match(/(?<!\d)(?:19|20)\d\d(?!\d)/gu) ?? [])];
  const year = years.length === 1 ? years[0] : undefined;
  if (!d.yearInferred || !year || d.start.slice(0, 4) === year || d.start.slice(0, 4) !== d.end.slice(0, 4)) return d;
  return { ...d, start: `${year}${d.start.slice(4)}`, end: `${year}${d.end.slice(4)}` };
}

const datesBySentence = new WeakMap<Sentence, DateRange[]>();

/** The dates a sentence states, read once per sentence. */
function sentenceDates(ctx: ExtractionContext, s: Sentence): DateRange[] {
  let d = datesBySentence.get(s);
  if (!d) {
    d = findDates(s.text, s.start, dateOptions(ctx.referenceDate));
    datesBySentence.set(s, d);
  }
  return d;
}

const NEXT_EDITION_BEFORE = /(?:^|\s)(?:[Tt]he\s+)?[Nn]ext\s+(?:year['’]s\s+|edition\s+of\s+the\s+)?$/u;

/** "Education Days": one gathering, though its kind word is plural. */
const CAPITAL_DAYS = /(?:^|\s)Days$/u;

function isPlural(phrase: string): boolean {
  const last = phrase.trim().split(/\s+/).pop() ?? '';
  if (CAPITAL_DAYS.test(phrase)) return false;
  if (/\p{Script=Cyrillic}/u.test(last)) {
    // «олимпиады», «встречи» are also the genitive singular: plural only when the dictionary allows nothing else.
    const nouns = parseRu(last.toLowerCase()).filter((p) => p.pos === 'NOUN' && p.known);
    if (nouns.length > 0) return nouns.every((p) => p.number === 'plur');
    return /(?:ы|ов|ах|ами|ями|ям)$/u.test(last);
  }
  return /(?:[^s]s|ses|fora|symposia)$/i.test(last) && !/^(?:congress|class)$/i.test(last);
}

const TITLE_GAP = /^[\s:,]*(?:(?:en)?titled|called|named|themed|under\s+the\s+(?:title|theme|motto)|on\s+the\s+theme(?:\s+of)?|на\s+тему|под\s+названием|под\s+девизом)?[\s:,]*$/iu;

/** A quoted name right after or right before the kind phrase, or a Title Case "… on X" name. */
function titleNear(ctx: ExtractionContext, s: Sentence, start: number, end: number): { text: string; start: number; end: number } | null {
  // 'a workshop titled "…"', «круглый стол на тему «…»»: a word for naming may stand between the kind and its title.
  const after = ctx.quotes.find((q) => q.start >= end && q.start - end <= 30 && TITLE_GAP.test(ctx.text.slice(end, q.start)));
  if (after) return { text: after.inner.trim(), start: after.start, end: after.end };
  const before = ctx.quotes.find((q) => q.end <= start && start - q.end <= 2 && /^\s*$/.test(ctx.text.slice(q.end, start)));
  if (before) return { text: before.inner.trim(), start: before.start, end: before.end };
  // "a side event, the Teacher Researcher Day, took place": a Title Case name in apposition right after the kind.
  // "the" marks it a name of a thing: ", Ingrid Solheim," after "the panel" is its speaker.
  const appositive = /^,\s+the\s+(\p{Lu}[\p{L}'’-]*(?:\s+(?:of|for|and|on|in|the|\p{Lu}[\p{L}'’-]*|\d{4})){1,7}),/u.exec(ctx.text.slice(end, Math.min(s.end, end + 100)));
  const named = appositive?.[1];
  if (appositive && named && /\p{Lu}[\p{L}'’-]*$|\d{4}$/u.test(named)) {
    const at = end + appositive[0].indexOf(named);
    const taken = ctx.found.some((c) => c.type !== 'Event' && c.start < at + named.length && at < c.end);
    if (!taken) return { text: named, start: at, end: at + named.length };
  }
  const kindText = ctx.text.slice(start, end);
  if (/^\p{Lu}/u.test(kindText.split(/\s+/).pop() ?? '')) {
    const rest = ctx.text.slice(end, s.end);
    const m = /^\s+(?:on|of|for)\s+(?:the\s+)?((?:\p{Lu}[\p{L}'’-]*|and|of|in|for|the|&)(?:\s+(?:\p{Lu}[\p{L}'’-]*|and|of|in|for|the|&))*)/u.exec(rest);
    // "Sessions of the Regional Seminar on …": a kind "of" a named event is a part of it, not a title; the event is named by its own kind.
    if (m && /^\s+of\s/u.test(rest) && (m[1] ?? '').split(/\s+/).some((w) => EN_KIND_WORD.test(w))) return null;
    if (m && /\p{Lu}/u.test(m[1] ?? '')) {
      const full = ctx.text.slice(start, end + m[0].length).replace(/\s+(?:and|of|in|for|the|&)$/u, '');
      return { text: full.replace(/^(?:the)\s+/i, ''), start, end: start + full.length };
    }
  }
  return null;
}

const PARTICIPATION_QUALIFIER = /^,?\s+(?:\(\s*)?(?:с\s+международным\s+участием|with\s+international\s+participation)(?:\s*\))?(?=[\s:,]*[«"“])/iu;

const SERIES_BEFORE = /(?<![\p{L}])(?:series|cycle|цикл|сери)\p{L}*\s+(?:of\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;

/**
 * "completed a series of trainings on inclusive preschool education", «цикл
 * семинаров для молодых педагогов»: a series described by what it is about is
 * one event, named from the word for the series to the end of the description.
 */
function seriesOf(ctx: ExtractionContext, s: Sentence, start: number, end: number): { text: string; start: number; end: number } | null {
  const series = SERIES_BEFORE.exec(ctx.text.slice(s.start, start));
  if (!series) return null;
  const described = describedRu(ctx, s, start, end) ?? describedAfter(ctx, s, start, end, false);
  if (!described) return null;
  const from = s.start + series.index;
  return { text: nominativeIfRussian(ctx.text.slice(from, described.end)), start: from, end: described.end };
}

const ORDINAL = /^(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|\d+(?:st|nd|rd|th)|[IVXL]+|\d{4})$/u;
const EN_NAME_CONNECTOR = new Set(['and', 'of', 'for', 'on', 'in', '&', 'the']);
function knownOnlyAsNoun(word: string): boolean {
  const parses = parseRu(word.toLowerCase());
  return parses.length > 0 && parses.every((p) => p.known && p.pos === 'NOUN');
}

/** Lower-case adjectives before a kind by their endings ("ministerial", "pedagogical", "intensive", "preparatory"). */
const EN_ADJECTIVE = /^\p{Ll}{3,}(?:al|ic|ive|ary|ory|ous|ern|ean|ian)$/u;
const EN_KIND_MODIFIER = /^(?:regional|international|national|online|annual|closing|opening|final|virtual|hybrid|interactive|joint|open|scientific|practical|scientific-practical|first|second|third|fourth|fifth|\d+(?:st|nd|rd|th))$/iu;
const RU_ADJECTIVE_WORD = /^\p{L}[\p{L}-]*(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ую|юю|ом|ем|ой|ей|ых|их|ым|им)$/u;
const RU_VERB_FORM = /(?:ет|ут|ют|ит|ят|ал|ил|ел|ла|ли|ло|ся|сь|ть|ны|на|но|ан|ен)$/u;
const RU_OBLIQUE_WORD = /(?:ого|его|ой|ей|ых|их|ия|ии|ий|ов|ев|а|я|ы|и|ам|ям|ах|ях|ому|ему|у|ю|ым|им|е)$/u;
const RU_COMPLEMENT_STOP = /^(?:в|во|на|с|со|и|а|но|из|от|до|при|под|над|за|к|о|об|который|которая|которое|которые|прош\p{L}*|состоял\p{L}*|был\p{L}*|стал\p{L}*|собрал\p{L}*|организова\p{L}*|провед\p{L}*|пройд\p{L}*|открыл\p{L}*)$/u;

/**
 * An event's name grown from its kind phrase: Title Case words before it
 * ("Fourth Baltic Teachers Forum", "Reading for Every Child regional
 * roadshow"), "on/for/of + Title Case" and a year or place after it, and a
 * quoted title right after it. In Russian, the genitive or «по …» complement
 * of a capitalised kind phrase («Национальные консультации по проекту …»).
 * A lower-case kind phrase followed by a quoted title is named by the title alone.
 */
function nameAround(ctx: ExtractionContext, s: Sentence, start: number, end: number): { text: string; start: number; end: number } | null {
  const tokens = tokenize(s.text, s.start);
  const first = tokens.findIndex((t) => t.start >= start);
  let last = tokens.findIndex((t) => t.end >= end);
  if (first < 0 || last < 0) return null;
  // The kind word itself, not a modifier before it ("National consultation" is not a name).
  const kindCapital = /^\p{Lu}/u.test(tokens[last]?.text ?? '');
  if (isPlural(ctx.text.slice(start, end))) return null;
  const orgAt = (pos: number): boolean => ctx.found.some((c) => c.type === 'Organization' && pos >= c.start && pos < c.end);
  const ru = /\p{Script=Cyrillic}/u.test(ctx.text.slice(start, end));
  let from = first;
  let named = false;
  if (!ru) {
    // Left: Title Case name words, ordinals and years, joined by "and/of/for", and lower-case kind modifiers.
    let j = first - 1;
    while (j >= 0) {
      const t = tokens[j];
      if (!t || orgAt(t.start)) break;
      if (EN_KIND_MODIFIER.test(t.text) && !/^\p{Lu}/u.test(t.text)) {
        j--;
        continue;
      }
      // "Reading for All roadshow": a common capitalised word closes a name when a connector joins it to a name word.
      const closesName = j === first - 1 && ['for', 'of', 'and'].includes(tokens[j - 1]?.text ?? '') && /^\p{Lu}/u.test(tokens[j - 2]?.text ?? '');
      if (/^\p{Lu}/u.test(t.text) && (!CAPITALIZED_STOPWORDS.has(t.text.toLowerCase()) || ORDINAL.test(t.text) || closesName) || ORDINAL.test(t.text)) {
        if (!ORDINAL.test(t.text) && !EN_KIND_MODIFIER.test(t.text)) named = true;
        from = j;
        j--;
        continue;
      }
      // "… in Lima for the Reading roadshow": a place before "for" is where, not part of the name.
      const placeBeforeFor = t.text === 'for' && /^(?:in|at)$/i.test(tokens[j - 2]?.text ?? '');
      // "Education Ministers' Forum": a plural possessive's apostrophe stays inside the name.
      if (/^['’]$/u.test(t.text) && /^\p{Lu}\p{L}*s$/u.test(tokens[j - 1]?.text ?? '') && tokens[j - 1]?.end === t.start && from === j + 1) {
        from = j - 1;
        named = true;
        j -= 2;
        continue;
      }
      // "Science Teacher of the Year award ceremony": "of the" inside a Title Case name; not "Sessions of the Regional
      // Seminar", where the kind before "of the" is an event of its own.
      if (named && t.text === 'the' && tokens[j - 1]?.text === 'of' && /^\p{Lu}/u.test(tokens[j - 2]?.text ?? '') && !EN_KIND_WORD.test(tokens[j - 2]?.text ?? '') && from === j + 1) {
        j -= 2;
        continue;
      }
      if (['and', 'of', 'for', '&'].includes(t.text) && /^\p{Lu}/u.test(tokens[j - 1]?.text ?? '') && from === j + 1 && !placeBeforeFor) {
        j--;
        continue;
      }
      break;
    }
    if (!named) from = first;
    // Right: "on/for/of + Title Case chain", then a place or year ("Hackathon Moldova 2024").
    if (kindCapital || named) {
      let k = last + 1;
      // "Olympiad in Mathematics" names its subject with "in"; "Forum in Lima" names where it is.
      const subjectIn = tokens[k]?.text === 'in' && !EN_MONTHS.includes((tokens[k + 1]?.text ?? '').toLowerCase()) && !/^(?:spring|summer|autumn|fall|winter)$/iu.test(tokens[k + 1]?.text ?? '') && !isPlaceAt(ctx, tokens, k + 1);
      if ((['on', 'for', 'of'].includes(tokens[k]?.text ?? '') || subjectIn) && /^\p{Lu}/u.test(tokens[k + 1]?.text ?? '') && !EN_MONTHS.includes((tokens[k + 1]?.text ?? '').toLowerCase()) && !orgAt(tokens[k + 1]?.start ?? 0)) {
        let m = k + 1;
        let end2 = -1;
        while (tokens[m]) {
          const c = tokens[m]?.text ?? '';
          // "… on Digital Pedagogy on October 10–11": a month starts the date, not more name.
          if (EN_MONTHS.includes(c.toLowerCase())) break;
          if (/^\p{Lu}/u.test(c) || /^\d{4}$/.test(c) || /^[\p{L}]+-[\p{L}]+$/u.test(c) && /^\p{Lu}/u.test(c)) {
            end2 = m;
            m++;
          } else if (c === 'in' && isTownAt(ctx, tokens, m + 1)) break;
          // "Symposium on Literacy in Accra": the town it was held in ends the name; "… in Higher Education" goes on, and so
          // does a country, which official names often hold ("Conference on Inclusive Education in Kyrgyzstan").
          else if (EN_NAME_CONNECTOR.has(c) && /^\p{Lu}/u.test(tokens[m + 1]?.text ?? '')) m++;
          // "on Girls' Education": a plural possessive's apostrophe stays inside the name.
          else if (/^['’]$/u.test(c) && /s$/u.test(tokens[m - 1]?.text ?? '') && tokens[m]?.start === tokens[m - 1]?.end && /^\p{Lu}/u.test(tokens[m + 1]?.text ?? '')) m++;
          else break;
        }
        if (end2 > 0) {
          last = end2;
          k = end2 + 1;
          named = true;
        }
      }
      while (tokens[k] && (/^\d{4}$/.test(tokens[k]?.text ?? '') || (/^\p{Lu}\p{Ll}+$/u.test(tokens[k]?.text ?? '') && !CAPITALIZED_STOPWORDS.has((tokens[k]?.text ?? '').toLowerCase()) && !EN_MONTHS.includes((tokens[k]?.text ?? '').toLowerCase()) && named && !orgAt(tokens[k]?.start ?? 0)))) {
        last = k;
        k++;
      }
    }
  } else {
    // Left: adjectives agreeing with the kind («Итоговое», «Зимняя методическая») and a Roman ordinal.
    let j = first - 1;
    // «Модератором секции …»: a noun with an adjective's ending is no adjective.
    while (j >= 0 && RU_ADJECTIVE_WORD.test(tokens[j]?.text ?? '') && !orgAt(tokens[j]?.start ?? 0) && !knownOnlyAsNoun(tokens[j]?.text ?? '')) {
      from = j;
      j--;
    }
    const adjectivesFrom = from;
    // «Секцию «…» провёл …»: a kind in an oblique case opening the sentence is capitalised by the sentence, not as a name.
    const kindNouns = parseRu((tokens[last]?.text ?? '').toLowerCase()).filter((p) => p.pos === 'NOUN');
    if (from === 0 && first === 0 && first === last && kindNouns.length > 0 && kindNouns.every((p) => p.case !== 'nomn')) return null;
    if (!/^\p{Lu}/u.test(tokens[from]?.text ?? '')) from = first;
    if (/^[IVXL]+$/.test(tokens[from - 1]?.text ?? '')) from--;
    if (!/^[\p{Lu}IVXL]/u.test(tokens[from]?.text ?? '')) return namedByComplementTitle(ctx, tokens, adjectivesFrom, first, last);
    // «прошёл Российско-китайский инженерный форум»: adjectives capitalised mid-sentence open a name; at the start of a
    // sentence the capital says nothing, and one plain adjective is as often a short reference («участники Казанского форума»).
    if (from > 0 && (first - from >= 2 || (first - from === 1 && /-/.test(tokens[from]?.text ?? '')))) named = true;
    // Right: the complement up to punctuation, a preposition or a verb, at most 12 words.
    let k = last + 1;
    let words = 0;
    while (tokens[k] && words < 12) {
      const c = tokens[k]?.text ?? '';
      if (!/^[\p{L}\p{N}]/u.test(c) || RU_COMPLEMENT_STOP.test(c.toLowerCase()) || RU_VERB_FORM.test(c.toLowerCase())) break;
      if (!/^\p{Lu}/u.test(c) && !RU_OBLIQUE_WORD.test(c.toLowerCase()) && !['по', 'для'].includes(c)) break;
      last = k;
      named = true;
      words++;
      k++;
    }
  }
  // A quoted title right after the kind phrase belongs to the name of a capitalised phrase.
  // «конференция с международным участием «…»»: the standing qualifier belongs to the name, the title follows it.
  const kindEnd = tokens[last]?.end ?? end;
  const afterEnd = kindEnd + (PARTICIPATION_QUALIFIER.exec(ctx.text.slice(kindEnd, kindEnd + 60))?.[0].length ?? 0);
  const quote = ctx.quotes.find((q) => q.start >= afterEnd && q.start - afterEnd <= 3 && /^[\s:]*$/.test(ctx.text.slice(afterEnd, q.start)));
  const startPos = tokens[from]?.start ?? start;
  if (quote && (kindCapital || named || /^\p{Lu}/u.test(tokens[from]?.text ?? ''))) {
    const text = ctx.text.slice(startPos, quote.end).replace(/^(?:the)\s+/i, '');
    return { text: ru ? nominativeIfRussian(text) : text, start: startPos, end: quote.end };
  }
  if (!named) return null;
  const endPos = tokens[last]?.end ?? end;
  const text = ctx.text.slice(startPos, endPos).replace(/^(?:the)\s+/i, '');
  return { text: ru ? nominativeIfRussian(text) : text, start: startPos, end: endPos };
}

/**
 * A lower-case Russian kind whose genitive complement ends in a quoted title:
 * «состоялась итоговая встреча руководителей школ сети «Открытый класс»».
 * The quote names the complement (a project, a network), so the event is the whole
 * phrase, from the adjectives agreeing with the kind to the closing quote.
 */
function namedByComplementTitle(ctx: ExtractionContext, tokens: Token[], adjectivesFrom: number, first: number, last: number): { text: string; start: number; end: number } | null {
  let from = first;
  for (let j = first - 1; j >= adjectivesFrom && parseRu((tokens[j]?.text ?? '').toLowerCase()).some((p) => p.pos === 'ADJF'); j--) from = j;
  let k = last + 1;
  while (k - last <= 6 && isLowerGenitive(tokens[k]?.text ?? '')) k++;
  if (k === last + 1) return null;
  const afterEnd = tokens[k - 1]?.end ?? 0;
  const quote = ctx.quotes.find((q) => q.start >= afterEnd && q.start - afterEnd <= 2 && /^\s*$/.test(ctx.text.slice(afterEnd, q.start)));
  const start = tokens[from]?.start;
  if (!quote || start === undefined) return null;
  return { text: ctx.text.slice(start, quote.end), start, end: quote.end };
}

function isLowerGenitive(word: string): boolean {
  return /^\p{Ll}/u.test(word) && /\p{Script=Cyrillic}/u.test(word) && parseRu(word).some((p) => p.case === 'gent');
}

const DESCRIPTION_OPENER = new Set(['on', 'for', 'of', 'about']);
const DESCRIPTION_GLUE = new Set(['on', 'for', 'of', 'and', 'through', 'with', 'about', 'the']);
/** A town starts at token `k`, found already or known to the gazetteer. */
function isTownAt(ctx: ExtractionContext, tokens: Token[], k: number): boolean {
  return ctx.found.some((c) => c.type === 'City' && c.start === tokens[k]?.start) || !!matchCityAt(tokens, k, ctx.gazetteers);
}

/** A town or country starts at token `k`, found already or known to the gazetteer. */
function isPlaceAt(ctx: ExtractionContext, tokens: Token[], k: number): boolean {
  return ctx.found.some((c) => (c.type === 'City' || c.type === 'Country') && c.start === tokens[k]?.start) || !!matchCountryAt(tokens, k, ctx.gazetteers) || !!matchCityAt(tokens, k, ctx.gazetteers);
}

/** Words that end a description: a place, time, agent or clause follows ("… in the autumn", "… run by", "… which"). */
const DESCRIPTION_STOP = new Set(['in', 'at', 'by', 'from', 'held', 'run', 'opened', 'closed', 'began', 'started', 'ended', 'concluded', 'kicked', 'today', 'yesterday', 'alongside', 'together', 'featuring', 'including', 'organized', 'organised', 'hosted', 'led', 'moderated', 'chaired', 'facilitated', 'delivered', 'given', 'supported', 'funded', 'attended', 'took', 'takes', 'featured', 'gathered', 'brought', 'attracted', 'focused', 'explored', 'examined', 'discussed', 'drew', 'showcased', 'preceded', 'followed', 'involved', 'welcomed', 'which', 'that', 'who', 'where', 'when', 'during', 'to', 'as', 'a', 'an', 'this', 'its', 'their', 'was', 'were', 'is', 'are', 'will', 'would', 'has', 'have', 'had', 'after', 'before', 'between', 'within', 'under', 'via']);

/**
 * A new event introduced by an indefinite lower-case kind and what it is
 * about: "a follow-up seminar on school meals for rural districts", "a
 * two-day training of mentors on lesson observation". The article says it is
 * not the report's event named again; the description runs until a place,
 * time, agent or clause begins, and must hold two words or more, so "a
 * workshop for teachers" stays a reference.
 */
function describedAfter(ctx: ExtractionContext, s: Sentence, start: number, end: number, needsArticle = true): { text: string; start: number; end: number } | null {
  const tokens = tokenize(s.text, s.start);
  const first = tokens.findIndex((t) => t.start >= start);
  const last = tokens.findIndex((t) => t.end >= end);
  if (first < 0 || last < 0 || /\p{Script=Cyrillic}/u.test(tokens[last]?.text ?? '') || /^\p{Lu}/u.test(tokens[last]?.text ?? '')) return null;
  let from = first;
  while (from > 0 && /^\p{Ll}/u.test(tokens[from - 1]?.text ?? '') && !/^an?$/i.test(tokens[from - 1]?.text ?? '') && (/-/.test(tokens[from - 1]?.text ?? '') || EN_KIND_MODIFIER.test(tokens[from - 1]?.text ?? '') || EN_ADJECTIVE.test(tokens[from - 1]?.text ?? ''))) from--;
  // "the forum's closing session on teacher pay": the event's possessive introduces a part as an article would.
  if (needsArticle && !/^an?$/i.test(tokens[from - 1]?.text ?? '') && !/^\p{Ll}+['’]s$/u.test(tokens[from - 1]?.text ?? '')) return null;
  if (!DESCRIPTION_OPENER.has(tokens[last + 1]?.text ?? '')) return null;
  const orgAt = (pos: number): boolean => ctx.found.some((c) => c.type === 'Organization' && pos >= c.start && pos < c.end);
  const wordOk = (t: Token | undefined): boolean => {
    if (!t || !/^\p{L}/u.test(t.text) || DESCRIPTION_STOP.has(t.text) || DESCRIPTION_GLUE.has(t.text) || EN_MONTHS.includes(t.text.toLowerCase())) return false;
    return /^\p{Ll}/u.test(t.text) || !orgAt(t.start);
  };
  let k = last + 1;
  let stop = -1;
  let words = 0;
  while (k + 1 < tokens.length && k - last <= 14) {
    const next = tokens[k + 1];
    if (wordOk(next)) {
      stop = k + 1;
      words++;
      k++;
    } else if (next && DESCRIPTION_GLUE.has(next.text) && words > 0 && wordOk(tokens[k + 2] ?? (tokens[k + 3] as Token | undefined))) k++;
    else break;
  }
  const endTok = tokens[stop];
  const startTok = tokens[from];
  // "a workshop on assessment": one word will do when it is a lower-case noun long enough to be a subject, not "on time";
  // "a workshop for teachers" says whom it was for, not what it was about.
  const oneSubject = words === 1 && /^(?:on|about)$/u.test(tokens[last + 1]?.text ?? '') && /^\p{Ll}{6,}$/u.test(endTok?.text ?? '') && !ONE_WORD_NON_SUBJECT.test(endTok?.text ?? '');
  if ((words < 2 && !oneSubject) || !endTok || !startTok) return null;
  return { text: ctx.text.slice(startTok.start, endTok.end), start: startTok.start, end: endTok.end };
}

const ONE_WORD_NON_SUBJECT = /^(?:behalf|schedule|arrival|request|average|occasion|campus|location|display|demand|record|purpose|course|account|stage|online|offline|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|september|october|november|december|tomorrow|yesterday|weekends?)$/u;

const POST_OF_FIELD = new RegExp(`^(?:${EN_TITLES.map((t) => t.replace(/[-\s]/g, '[-\\s]')).join('|')})\\s+(?:of|for)\\s`, 'iu');

/** Kinds that are parts of a larger event: a dated one is an event of its own even without a title. */
const PART_KINDS = new Set(['round', 'session', 'study visit', 'track', 'open lesson', 'master class']);
const DAY_NEAR_AFTER = 40;

/**
 * "qualified in the online round on 10 February", «прошедшие дистанционный
 * отборочный тур 20 марта», "a field visit to ⟦School⟧ on 14 March": a part
 * of the event, dated to the day right beside it and told apart by its
 * modifiers or by where it went, is named by those words. A bare "the
 * session" stays a reference.
 */
function datedPart(ctx: ExtractionContext, s: Sentence, start: number, end: number, kind: string): { text: string; start: number; end: number } | null {
  if (!PART_KINDS.has(kind)) return null;
  const tokens = tokenize(s.text, s.start);
  const first = tokens.findIndex((t) => t.start >= start);
  const last = tokens.findIndex((t) => t.end >= end);
  if (first < 0 || last < 0 || /^\p{Lu}/u.test(tokens[first]?.text ?? '')) return null;
  const ru = /\p{Script=Cyrillic}/u.test(tokens[last]?.text ?? '');
  let from = first;
  const modifier = (w: string): boolean =>
    /^\p{Ll}/u.test(w) && (ru ? parseRu(w).some((p) => p.known && p.pos === 'ADJF') && !parseRu(w).some((p) => p.pos === 'PRTF') : /-/.test(w) || EN_KIND_MODIFIER.test(w) || EN_ADJECTIVE.test(w));
  while (from > 0 && modifier(tokens[from - 1]?.text ?? '')) from--;
  let to = end;
  // "a field visit to ⟦School No. 11⟧": where a visit went tells it apart.
  const dest = /^\s+to\s+(?:the\s+)?/u.exec(ctx.text.slice(end, end + 10));
  const org = dest ? ctx.found.find((c) => c.type === 'Organization' && c.start === end + (dest[0].length)) : undefined;
  if (org) to = org.end;
  const modified = from < first || /\s/u.test(ctx.text.slice(start, end).trim());
  if (!modified && !org) return null;
  // The day right after it, or the one day the sentence gives before it ("On 14 March participants … a field visit to …").
  const days = sentenceDates(ctx, s).filter((d) => d.precision === 'day');
  const after = days.some((d) => d.from >= to && d.from - to <= DAY_NEAR_AFTER && !/[.;:]/u.test(ctx.text.slice(to, d.from)));
  const opening = days.length === 1 && (days[0]?.to ?? end) <= start && !/[;:]/u.test(ctx.text.slice(days[0]?.to ?? start, start));
  if (!after && !opening) return null;
  const a = tokens[from]?.start ?? start;
  return { text: ctx.text.slice(a, to), start: a, end: to };
}

const EN_ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth'];

/**
 * "The fourth congress is planned for 2028" after "the Third … Congress
 * 'Skills'": a kind with another ordinal than a named event of that kind is
 * another edition of it, named by the named one's title with its ordinal
 * changed (and without the edition's own quoted theme).
 */
function nameOtherEditions(events: EventCandidate[], ctx: ExtractionContext): void {
  for (const e of events) {
    if (!e.reference || e.kind === 'event') continue;
    const ordinal = /^(\p{L}+)\s/u.exec(e.kindPhrase)?.[1]?.toLowerCase() ?? '';
    if (!EN_ORDINALS.includes(ordinal)) continue;
    const named = events.find((x) => !x.reference && x.kind === e.kind && x.title && /^\p{Lu}/u.test(x.title) && EN_ORDINALS.includes(x.title.split(/\s+/)[0]?.toLowerCase() ?? ''));
    const own = named?.title?.split(/\s+/)[0]?.toLowerCase();
    if (!named?.title || !own || own === ordinal) continue;
    const title = `${ordinal.charAt(0).toUpperCase()}${ordinal.slice(1)}${named.title.slice(own.length)}`.replace(/\s*[«"“][^«»"“”]*[»"”]\s*$/u, '').trim();
    delete e.reference;
    e.title = title;
    const s = ctx.sentences[e.sentence];
    e.dates = s ? nearestDate(sentenceDates(ctx, s), e.start) : null;
  }
  editionsBeforeAndAfter(events, ctx);
}

const EDITION_STEP = /\b(?:the|its|this\s+year['’]s)\s+(previous|preceding|last|next|following)\s+(?:edition|one)\b/giu;

/** "The previous edition" of the Third … Congress is the Second … Congress; "the next edition" the Fourth. */
function editionsBeforeAndAfter(events: EventCandidate[], ctx: ExtractionContext): void {
  const named = events.find((x) => !x.reference && x.title && EN_ORDINALS.includes(x.title.split(/\s+/)[0]?.toLowerCase() ?? ''));
  const own = named?.title?.split(/\s+/)[0]?.toLowerCase() ?? '';
  if (!named?.title) return;
  for (const s of ctx.sentences) {
    for (const m of s.text.matchAll(EDITION_STEP)) {
      const step = /^(?:previous|preceding|last)$/iu.test(m[1] ?? '') ? -1 : 1;
      const ordinal = EN_ORDINALS[EN_ORDINALS.indexOf(own) + step];
      if (!ordinal) continue;
      const start = s.start + (m.index ?? 0);
      const title = `${ordinal.charAt(0).toUpperCase()}${ordinal.slice(1)}${named.title.slice(own.length)}`.replace(/\s*[«"“][^«»"“”]*[»"”]\s*$/u, '').trim();
      events.push({ type: 'Event', start, end: start + m[0].length, text: m[0], sentence: s.index, kind: named.kind, kindPhrase: m[0], title, dates: null });
    }
  }
}

const SERIES_OF = /\bseries\s+of\s+(?:[\p{L}-]+\s+){0,5}?(workshops|seminars|trainings|webinars|lectures|round[- ]tables|master[- ]?classes|sessions|meetings|conferences)\b/iu;
const ORDINAL_PART = /(?<![\p{L}])(?:the\s+)?(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final)(?:\s+(workshop|seminar|training|webinar|lecture|round[- ]table|master[- ]?class|session|meeting|conference|one|stop))?(?![\p{L}])/giu;

/**
 * "a series of short workshops … The first stop was hosted by the
 * ⟦University of Ghana⟧ on 5 May; the second took place in ⟦Kumasi⟧": each
 * stop of a series is an event of its own, named by the series' title, its
 * kind and its city ("… workshop in Kumasi"). Runs once places are found,
 * since a stop is known by its city.
 */
export function seriesStops(ctx: ExtractionContext): EventCandidate[] {
  const events = ctx.found.filter((c): c is EventCandidate => c.type === 'Event');
  const series = events.find((e) => !e.reference && e.title && SERIES_OF.test(ctx.sentences[e.sentence]?.text ?? ''));
  const sentence = series && ctx.sentences[series.sentence];
  const kindWord = sentence && SERIES_OF.exec(sentence.text)?.[1];
  if (!series || !kindWord) return [];
  const kind = EVENT_KINDS.find((k) => new RegExp(`^(?:${k.en})$`, 'iu').test(kindWord))?.kind ?? kindWord.replace(/s$/u, '');
  const singular = kindWord.toLowerCase().replace(/classes$/u, 'class').replace(/s$/u, '');
  const out: EventCandidate[] = [];
  for (const s of ctx.sentences.slice(series.sentence + 1, series.sentence + 4)) {
    let clauseStart = s.start;
    for (const clause of s.text.split(/(?<=;)/u)) {
      const from = clauseStart;
      clauseStart += clause.length;
      const m = ORDINAL_PART.exec(clause);
      ORDINAL_PART.lastIndex = 0;
      if (!m || (m[2] && !/^(?:one|stop)$/iu.test(m[2]) && !new RegExp(`^${singular.slice(0, 5)}`, 'iu').test(m[2]))) continue;
      const span = { start: from + (m.index ?? 0), end: from + (m.index ?? 0) + m[0].length };
      const cities = ctx.found.filter((c) => c.type === 'City' && c.start >= from && c.end <= from + clause.length);
      const city = cities.find((c) => c.type === 'City' && !c.insideName) ?? cities[0];
      if (!city) continue;
      const dates = nearestDate(sentenceDates(ctx, s).filter((d) => d.from >= from && d.to <= from + clause.length), span.start);
      const existing = events.find((e) => e.reference && e.start >= span.start && e.end <= span.end + 1);
      // The ordinal keeps stops of one series apart where their names differ by the city alone.
      const ordinal = (m[1] ?? '').toLowerCase();
      const title = `${ordinal.charAt(0).toUpperCase()}${ordinal.slice(1)} ${shortTitle(series)} ${singular} in ${city.text}`;
      if (existing) {
        delete existing.reference;
        Object.assign(existing, { title, kind, dates });
        continue;
      }
      out.push({ type: 'Event', ...span, text: ctx.text.slice(span.start, span.end), sentence: s.index, kind, kindPhrase: m[0], title, dates });
    }
  }
  return out;
}

const PART_MODIFIER = /^(?:closing|opening|final|concluding|preparatory|introductory)$/iu;

/**
 * A part of an event named earlier, which reports name only by its place in
 * it: "a closing round table" of the series just described is its own event,
 * named with that series' title ("Open Lab closing round table").
 */
function partOfNamed(ctx: ExtractionContext, s: Sentence, out: EventCandidate[], kind: string, start: number, end: number): { text: string; start: number; end: number } | null {
  const whole = [...out].reverse().find((e) => !e.reference && e.title && e.end <= start && e.kind !== kind && !/\p{Script=Cyrillic}/u.test(e.title));
  const modifier = /(?<![\p{L}])an?\s+(\p{Ll}+)\s+$/u.exec(ctx.text.slice(s.start, start));
  if (modifier?.[1] && PART_MODIFIER.test(modifier[1]) && whole) {
    const modStart = start - (modifier[0].length - modifier[0].indexOf(modifier[1]));
    return { text: `${shortTitle(whole)} ${ctx.text.slice(modStart, end)}`, start: modStart, end };
  }
  return null;
}

/** Names the unnamed kind phrases that are a part of an event named before them. */
function nameParts(events: EventCandidate[], ctx: ExtractionContext): void {
  const byStart = [...events].sort((a, b) => a.start - b.start);
  for (const e of byStart) {
    const s = ctx.sentences[e.sentence];
    if (!e.reference || e.kind === 'event' || !s || isPlural(e.kindPhrase)) continue;
    const title = partOfNamed(ctx, s, byStart.filter((x) => x.end <= e.start), e.kind, e.start, e.end);
    if (!title) continue;
    delete e.reference;
    Object.assign(e, { title: title.text, text: ctx.text.slice(Math.min(e.start, title.start), Math.max(e.end, title.end)), start: Math.min(e.start, title.start), end: Math.max(e.end, title.end), dates: nearestDate(sentenceDates(ctx, s), e.start) });
  }
}

/** An event's title without its kind words ("Open Lab festival" → "Open Lab"). */
function shortTitle(e: EventCandidate): string {
  return (e.title ?? '').replace(new RegExp(`\\s+(?:\\p{Ll}+\\s+)*${e.kindPhrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'iu'), '').trim();
}

function promoteFirstHeld(events: EventCandidate[], ctx: ExtractionContext, heldOnly = false): void {
  const bodyStart = headlineEnd(ctx.text);
  let pending: EventCandidate | null = null;
  for (const e of [...events].sort((a, b) => a.start - b.start)) {
    if (isPlural(e.kindPhrase)) continue;
    const s = ctx.sentences[e.sentence];
    if (!s) continue;
    const dates = sentenceDates(ctx, s);
    const held = HELD_CUE.test(s.text) || (!heldOnly && dates.length > 0);
    if (e.kind === 'event') {
      // «В Шымкенте начал работу семинар для учителей … Мероприятие прошло 3–5 ноября»: "the event" held and dated is
      // the kind phrase named before it.
      if (!pending || !held || e.start < bodyStart) continue;
      delete pending.reference;
      pending.dates = nearestDate(dates, e.start);
      nameByDescription(ctx, pending);
      return;
    }
    if (!held) {
      if (!pending && e.start >= bodyStart) pending = e;
      continue;
    }
    delete e.reference;
    e.dates = nearestDate(dates, e.start);
    // "… at a two-day sub-regional meeting … The meeting, held on …": the first mention of its kind may say which kind.
    const sameKind = events.filter((x) => x.kind === e.kind && x.start <= e.start && x.start >= bodyStart).sort((a, b) => a.start - b.start);
    if (!nameByDescription(ctx, e)) e.title = describedInHeadline(ctx, e) ?? sameKind.map((x) => withModifiersBefore(ctx, x)).find(Boolean) ?? e.title;
    return;
  }
}

/** The report's one event, untitled, is named by what it is about rather than by its bare kind; false when nothing says. */
function nameByDescription(ctx: ExtractionContext, e: EventCandidate): boolean {
  const s = ctx.sentences[e.sentence];
  const described = s && (describedRu(ctx, s, e.start, e.end) ?? describedAfter(ctx, s, e.start, e.end, false));
  if (!described) return false;
  Object.assign(e, { start: described.start, end: described.end, text: described.text, title: nominativeIfRussian(described.text) });
  return true;
}

/** What a report's word for an event says of it, not how it went: "a successful meeting" is a meeting. */
const EVALUATIVE = /^(?:recent|successful|productive|important|lively|interesting|informative|useful|special|big|large|small|short|long|new|further|busy|fruitful|timely|unique|exciting|first-ever|\p{L}+-(?:day|week|hour|month)|\d\S*)$/u;

/** "a two-day sub-regional meeting": the English words that say which kind of meeting ("sub-regional meeting"). */
function withModifiersBefore(ctx: ExtractionContext, e: EventCandidate): string | null {
  if (/\p{Script=Cyrillic}/u.test(e.kindPhrase)) return null;
  const s = ctx.sentences[e.sentence];
  if (!s) return null;
  const tokens = tokenize(s.text.slice(0, e.start - s.start), s.start);
  let from = tokens.length;
  while (from > 0 && tokens.length - from < 2) {
    const w = tokens[from - 1]?.text ?? '';
    if (EVALUATIVE.test(w) || !(/^\p{Ll}+-\p{Ll}+$/u.test(w) || isEnglishAdjective(w))) break;
    from--;
  }
  if (from === tokens.length) return null;
  return ctx.text.slice(tokens[from]?.start ?? e.start, e.end);
}

const HEADLINE_STOP = new Set(['a', 'an', 'the', 'of', 'for', 'in', 'on', 'at', 'with', 'to', 'and', 'from', 'by', 'as', 'after', 'before', 'new', 'first', 'its', 'their']);

/**
 * "University hosts comparative education workshop with partners …": a
 * sentence-case headline says what the body's bare "a two-day workshop" is
 * about in the words before its kind, back to the headline's verb.
 */
function describedInHeadline(ctx: ExtractionContext, e: EventCandidate): string | null {
  const headline = ctx.text.slice(0, headlineEnd(ctx.text));
  const kind = KIND_RE.find((k) => k.kind === e.kind);
  if (!headline || !kind || /\p{Script=Cyrillic}/u.test(e.kindPhrase)) return null;
  const m = new RegExp(kind.en.source, 'iu').exec(headline);
  if (!m || /^\p{Lu}/u.test(m[0]) || isPlural(m[0])) return null;
  const tokens = tokenize(headline.slice(0, m.index), 0);
  let from = tokens.length;
  while (from > 0) {
    const w = tokens[from - 1]?.text ?? '';
    // "hosts", "holds", "launches": a headline's verb; a plural modifier is rare enough to stop at too.
    const verbLike = isEnglishVerb(w) || /[^su]s$/u.test(w);
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(w) || HEADLINE_STOP.has(w) || verbLike) break;
    from--;
  }
  if (from === tokens.length || tokens.length - from > 4) return null;
  return headline.slice(tokens[from]?.start ?? 0, m.index + m[0].length);
}

/**
 * The report's one event, named by no title, is called by its kind and what
 * follows it: «семинар для учителей начальных классов», «совещание
 * руководителей школ», «конференция по вопросам инклюзии», with the adjectives
 * before the kind («обучающий семинар»). Never the bare kind.
 */
function describedRu(ctx: ExtractionContext, s: Sentence, start: number, end: number): { text: string; start: number; end: number } | null {
  const tokens = tokenize(s.text, s.start);
  const first = tokens.findIndex((t) => t.start >= start);
  const last = tokens.findIndex((t) => t.end >= end);
  if (first < 0 || last < 0 || !/\p{Script=Cyrillic}/u.test(tokens[last]?.text ?? '')) return null;
  let from = first;
  while (from > 0 && /^\p{Ll}/u.test(tokens[from - 1]?.text ?? '') && parseRu(tokens[from - 1]?.text ?? '').some((p) => p.known && (p.pos === 'ADJF' || p.pos === 'PRTF'))) from--;
  let k = last + 1;
  let to = last;
  while (tokens[k] && k - last <= 8) {
    const c = tokens[k]?.text ?? '';
    const lower = c.toLowerCase();
    if (!/^\p{Ll}/u.test(c) || !/\p{Script=Cyrillic}/u.test(c) || RU_VERB_FORM.test(lower) && !RU_OBLIQUE_WORD.test(lower)) break;
    if (['для', 'по'].includes(lower)) {
      k++;
      continue;
    }
    if (RU_COMPLEMENT_STOP.test(lower) || !RU_OBLIQUE_WORD.test(lower) || parseRu(lower).some((p) => p.known && p.pos === 'VERB')) break;
    to = k;
    k++;
  }
  if (to === last) return null;
  const a = tokens[from]?.start ?? start;
  const b = tokens[to]?.end ?? end;
  return { text: ctx.text.slice(a, b), start: a, end: b };
}
