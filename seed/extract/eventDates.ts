import type { Entity, EventEntity, Relation } from '../extraction.ts';
import type { Sentence } from '../text/sentences.ts';
import { gap } from './candidateDates.ts';
import { findDates, START_CUE, type DateRange } from './dates.ts';
import { HELD_CUE } from './eventExtractor.ts';
import type { ExtractionContext } from './Extractor.ts';
import { dateOptions } from './referenceDate.ts';

/*
 * Event dates the candidates did not bring: a date stated in another sentence
 * about the event, the days its parts were held, or the lead of a report
 * about one event. A date belongs to the event whose mention stands nearest
 * to it in its sentence, so one event never takes the day of another named
 * beside it; a deadline or a publication date (`DateRange.aside`) dates no event.
 */

interface Placed {
  entity: EventEntity;
  start: number;
  end: number;
}

/** Event mentions per sentence, so a date can be given to the event it stands beside. */
function mentionsBySentence(entities: Map<string, Entity>, sentences: Sentence[]): Map<Sentence, Placed[]> {
  const out = new Map<Sentence, Placed[]>();
  for (const e of entities.values()) {
    if (e.type !== 'Event') continue;
    for (const m of e.mentions) {
      const s = sentenceAt(sentences, m.start);
      if (s) out.set(s, [...(out.get(s) ?? []), { entity: e, start: m.start, end: m.end }]);
    }
  }
  return out;
}

function sentenceAt(sentences: Sentence[], pos: number): Sentence | undefined {
  return sentences.find((x) => pos >= x.start && pos < x.end);
}

/**
 * Whether no other event's mention in the sentence stands nearer to `d` than
 * the event's own nearest mention. An event already dated by a longer span
 * holding `d` is no rival: "On 17 May the forum hosted the round table" dates
 * the round table, a day within the forum.
 */
function ownedBy(d: DateRange, event: EventEntity, placed: Placed[]): boolean {
  const own = Math.min(...placed.filter((p) => p.entity === event).map((p) => gap(d, p)));
  return placed.every((p) => p.entity === event || holdsWithin(p.entity, d) || gap(d, p) >= own);
}

function holdsWithin(e: EventEntity, d: DateRange): boolean {
  const end = e.endDate ?? e.startDate;
  return !!e.startDate && !!end && e.datePrecision === 'day' && e.startDate <= d.start && d.end <= end && (e.startDate !== d.start || end !== d.end);
}

/**
 * Words beside `HELD_CUE` that say a sentence tells when an event happened:
 * it was attended, opened or closed, will take place, «прошло», «состоится».
 */
const DATED_CUE = /\b(?:attended|participated|took\s+part|joined|visited|welcomed|closed|ended|concluded|completed|wrapped\s+up|launched|(?:is|are|was|were)\s+scheduled|scheduled\s+for|will\s+(?:open|start|begin|run)|taking\s+place)\b|(?<![\p{L}])(?:прошло|пройд[её]т|пройдут|состоится|состоятся|проводил\p{L}*|проводит\p{L}*|проводятся|провел\p{L}*|провёл\p{L}*|провели|завершил\p{L}*|закрыл\p{L}*|начал\p{L}*|работал\p{L}*|принял\p{L}*\s+участие|участвовал\p{L}*)(?![\p{L}])/iu;

/** A date this close to an event's mention ("the forum on 3 June", «форум 3 июня», "(3–5 June)") is its own whatever the verb. */
const NEXT_TO = 5;

/** "A three-day seminar", «двухдневный семинар»: how many days an event's name says it lasted. */
const DAYS_LONG = /(?<![\p{L}\p{N}])(?<n>two|three|four|five|six|seven|двух|тр[её]х|четыр[её]х|пяти|шести|семи|[2-7])[-\s]?(?:day|дневн)/iu;
const DAY_COUNTS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, двух: 2, трёх: 3, трех: 3, четырёх: 4, четырех: 4, пяти: 5, шести: 6, семи: 7 };
/** How far apart an event's first and last day may be told in different sentences. */
const MAX_SPAN_DAYS = 31;

function daysLong(name: string): number {
  const n = DAYS_LONG.exec(name)?.groups?.n?.toLowerCase() ?? '';
  return DAY_COUNTS[n] ?? Number(n);
}

function setDates(e: EventEntity, start: string, end: string): void {
  e.startDate = start;
  e.endDate = end;
  e.datePrecision = 'day';
}

function addDays(isoDay: string, n: number): string {
  return new Date(Date.parse(isoDay) + n * 86_400_000).toISOString().slice(0, 10);
}

const daysApart = (a: string, b: string): number => (Date.parse(b) - Date.parse(a)) / 86_400_000;

/** The day-precise dates, not asides, of the event's sentences that stand nearer to it than to any other event, per mention. */
function ownDates(e: EventEntity, ctx: ExtractionContext, bySentence: Map<Sentence, Placed[]>, dates: (s: Sentence) => DateRange[]): Array<{ mention: { start: number; end: number }; sentence: Sentence; dates: DateRange[] }> {
  const out = [];
  for (const m of e.mentions) {
    const s = sentenceAt(ctx.sentences, m.start);
    if (!s) continue;
    const placed = bySentence.get(s) ?? [];
    out.push({ mention: m, sentence: s, dates: dates(s).filter((d) => d.precision === 'day' && !d.aside && ownedBy(d, e, placed)) });
  }
  return out;
}

/**
 * An event named without a day takes the day nearest one of its mentions in
 * a sentence that says it was held (or right beside the mention, whatever the
 * verb); failing a range in one phrase, the earliest day marked as its start
 * and the latest marked as its end across its sentences ("opened on 19 May …
 * closed on 21 May"). A month ("in October 2024") gives way to a day within
 * it. A single day marked as the start or the end of an event that another
 * sentence ends or starts is widened to both ("opened on 16 June", «продлится
 * до 18 июня»), and a start of "a five-day training" runs five days.
 */
export function fillMissingEventDates(entities: Map<string, Entity>, ctx: ExtractionContext): void {
  const options = dateOptions(ctx.referenceDate);
  const bySentence = mentionsBySentence(entities, ctx.sentences);
  const cache = new Map<Sentence, DateRange[]>();
  const dates = (s: Sentence): DateRange[] => {
    let d = cache.get(s);
    if (!d) cache.set(s, (d = findDates(s.text, s.start, options)));
    return d;
  };
  for (const e of entities.values()) {
    if (e.type !== 'Event') continue;
    const mine = ownDates(e, ctx, bySentence, dates);
    let openedOn: string | null = null;
    if (!e.startDate || e.datePrecision !== 'day') {
      const within = (d: DateRange): boolean => !e.startDate || (d.start >= e.startDate && d.end <= (e.endDate ?? e.startDate));
      let found: DateRange | null = null;
      for (const { mention, sentence, dates: here } of mine) {
        const said = HELD_CUE.test(sentence.text) || DATED_CUE.test(sentence.text);
        const usable = here.filter((d) => within(d) && (said || gap(d, mention) <= NEXT_TO));
        found = usable.sort((a, b) => gap(a, mention) - gap(b, mention))[0] ?? null;
        if (found) break;
      }
      if (found) setDates(e, found.start, found.end);
      else if (!e.startDate) {
        const relative = mine.map(({ sentence }) => ({ day: relativeDay(sentence.text, ctx), sentence })).find((x) => x.day);
        if (relative?.day) {
          setDates(e, relative.day, relative.day);
          // "… opened today in Ankara. The three-day workshop …": a day the event opened on is its first.
          if (START_CUE.test(relative.sentence.text)) openedOn = relative.day;
        }
      }
    }
    widenSingleDay(e, mine.flatMap((x) => x.dates), ctx.text, openedOn);
  }
}

const RELATIVE_DAY = /\b(?<en>today|yesterday)\b|(?<![\p{L}])(?<ru>сегодня|вчера)(?![\p{L}])/iu;

/**
 * "Closed in Lima today", «вчера в Лиме прошёл семинар»: the day of a report
 * dated by its dateline or publication date (not by a guess from its text),
 * in a sentence that says the event was held.
 */
function relativeDay(text: string, ctx: ExtractionContext): string | null {
  const ref = ctx.referenceDate;
  if (!ref || (ref.source !== 'dateline' && ref.source !== 'published' && ref.source !== 'address')) return null;
  if (!HELD_CUE.test(text) && !DATED_CUE.test(text)) return null;
  const m = RELATIVE_DAY.exec(text);
  if (!m) return lastWeekday(text, ref.date);
  return /^(?:yesterday|вчера)$/iu.test(m[0]) ? addDays(ref.date, -1) : ref.date;
}

const WEEKDAYS: ReadonlyArray<RegExp> = [
  /\bon\s+Sunday\b|(?<![\p{L}])в\s+воскресенье(?![\p{L}])/u,
  /\bon\s+Monday\b|(?<![\p{L}])в\s+понедельник(?![\p{L}])/u,
  /\bon\s+Tuesday\b|(?<![\p{L}])во\s+вторник(?![\p{L}])/u,
  /\bon\s+Wednesday\b|(?<![\p{L}])в\s+среду(?![\p{L}])/u,
  /\bon\s+Thursday\b|(?<![\p{L}])в\s+четверг(?![\p{L}])/u,
  /\bon\s+Friday\b|(?<![\p{L}])в\s+пятницу(?![\p{L}])/u,
  /\bon\s+Saturday\b|(?<![\p{L}])в\s+субботу(?![\p{L}])/u,
];

/**
 * «семинар прошёл в понедельник», "was held on Monday" in a report dated that
 * week: the latest such weekday on or before the report's date (news tells of
 * the past week in the past tense). A weekday beside a date is that date's, not this.
 */
function lastWeekday(text: string, reference: string): string | null {
  const day = WEEKDAYS.findIndex((re) => re.test(text));
  if (day < 0 || findDates(text).length > 0) return null;
  const refDay = new Date(`${reference}T00:00:00Z`).getUTCDay();
  return addDays(reference, -((refDay - day + 7) % 7));
}

/** A single day that starts (or ends) the event takes the end (or start) stated elsewhere, or the length its name (or the words before it) gives. */
function widenSingleDay(e: EventEntity, own: DateRange[], text: string, openedOn: string | null = null): void {
  const day = e.startDate && e.datePrecision === 'day' && e.endDate === e.startDate ? e.startDate : null;
  const starts = own.filter((d) => d.boundary === 'start' && d.start === d.end).map((d) => d.start).sort();
  const ends = own.filter((d) => d.boundary === 'end' && d.start === d.end).map((d) => d.end).sort();
  const near = (a: string, b: string): boolean => a < b && daysApart(a, b) <= MAX_SPAN_DAYS;
  if (!day) {
    // No date yet: the days marked as its start and end, across its sentences.
    const first = starts[0];
    if (!e.startDate && first) setDates(e, first, ends.filter((x) => near(first, x)).pop() ?? first);
    return;
  }
  if (starts.includes(day) || day === openedOn) {
    const end = ends.filter((x) => near(day, x)).pop();
    // "The two-day Andean Forum …": the length may stand just before a mention, outside the name.
    const before = e.mentions.map((m) => text.slice(Math.max(0, m.start - 20), m.start)).join(' ');
    const n = daysLong(`${e.name} ${e.aliases.join(' ')} ${before}`);
    if (end) e.endDate = end;
    else if (n > 1) e.endDate = addDays(day, n - 1);
  } else if (ends.includes(day)) {
    const start = starts.find((x) => near(x, day));
    if (start) e.startDate = start;
  }
}

/**
 * A series or programme without dates of its own runs from the first day of
 * its dated parts to the last ("the first workshop on 5 October … the
 * closing round table on 29 October"); a day marked as its own end or start
 * in a sentence about it widens that. Needs two dated parts: one part says
 * little about the length of the whole.
 */
export function datesFromParts(entities: Map<string, Entity>, relations: Relation[], ctx: ExtractionContext): void {
  const options = dateOptions(ctx.referenceDate);
  const bySentence = mentionsBySentence(entities, ctx.sentences);
  for (const whole of entities.values()) {
    if (whole.type !== 'Event' || (whole.startDate && whole.datePrecision === 'day')) continue;
    const parts = relations
      .filter((r) => r.type === 'PART_OF' && r.to === whole.id)
      .map((r) => entities.get(r.from))
      .filter((p): p is EventEntity => p?.type === 'Event' && !!p.startDate && p.datePrecision === 'day');
    if (parts.length < 2) continue;
    const days = parts.flatMap((p) => [p.startDate ?? '', p.endDate ?? p.startDate ?? '']);
    for (const m of whole.mentions) {
      const s = sentenceAt(ctx.sentences, m.start);
      if (!s) continue;
      for (const d of findDates(s.text, s.start, options)) {
        if (d.precision === 'day' && !d.aside && d.boundary && ownedBy(d, whole, bySentence.get(s) ?? [])) days.push(d.boundary === 'start' ? d.start : d.end);
      }
    }
    days.sort();
    const [start, end] = [days[0], days[days.length - 1]];
    if (!start || !end) continue;
    if (whole.startDate && (start < whole.startDate || end > (whole.endDate ?? whole.startDate))) continue;
    setDates(whole, start, end);
  }
}

const NTH_DAY = /\b(?:the\s+)?(?<en>first|second|third|fourth|fifth|opening|closing|concluding|final|last)\s+day\b|\bday\s+(?<en2>one|two|three|four|five)\b|(?<![\p{L}])(?:в|во)\s+(?<ru>перв|втор|трет|четв[её]рт|пят|заключительн|завершающ|финальн|последн)\p{L}*\s+день(?![\p{L}])|(?<![\p{L}])в\s+день\s+(?<ru2>открыти|закрыти)\p{L}*/iu;
const NTH: Record<string, number> = { first: 1, opening: 1, one: 1, перв: 1, открыти: 1, second: 2, two: 2, втор: 2, third: 3, three: 3, трет: 3, fourth: 4, four: 4, четвёрт: 4, четверт: 4, fifth: 5, five: 5, пят: 5 };

/** «В первый день работали секции, во второй день — круглый стол»: the day named last before the mention, else the first named. */
function nthDayBefore(text: string, at: number): RegExpExecArray | null {
  const all = [...text.matchAll(new RegExp(NTH_DAY.source, 'giu'))];
  return all.filter((x) => (x.index ?? 0) < at).pop() ?? all[0] ?? null;
}

/**
 * "On the second day of the forum, a round table …", «во второй день форума»:
 * a part without a date of its own takes the day of the whole it names, the
 * whole being the event it is part of (or the report's main event). Closing,
 * final and last days are the whole's last.
 */
export function dayOfWhole(entities: Map<string, Entity>, relations: Relation[], mainEventId: string | null, ctx: ExtractionContext): void {
  for (const part of entities.values()) {
    if (part.type !== 'Event' || part.startDate) continue;
    const wholeId = relations.find((r) => r.type === 'PART_OF' && r.from === part.id)?.to ?? (part.id !== mainEventId ? mainEventId : null);
    const whole = wholeId ? entities.get(wholeId) : undefined;
    if (whole?.type !== 'Event' || !whole.startDate || whole.datePrecision !== 'day') continue;
    for (const m of part.mentions) {
      const sentence = sentenceAt(ctx.sentences, m.start);
      const g = sentence ? nthDayBefore(sentence.text, m.start - sentence.start)?.groups : undefined;
      const word = (g?.en ?? g?.en2 ?? g?.ru ?? g?.ru2 ?? '').toLowerCase();
      if (!word) continue;
      const last = whole.endDate ?? whole.startDate;
      const n = NTH[word];
      const day = n ? addDays(whole.startDate, n - 1) : last;
      if (day > last) break;
      setDates(part, day, day);
      break;
    }
  }
}

/**
 * The report's main event, still without a day, takes the first date of the
 * report's lead (its headline and first paragraph) that no other event stands
 * beside: "Twenty inspectors spent 3–5 June 2024 in Accra … The study visit
 * was organized by …" dates the visit named a sentence later.
 */
export function leadDateForMainEvent(entities: Map<string, Entity>, mainEventId: string | null, ctx: ExtractionContext): void {
  const main = mainEventId ? entities.get(mainEventId) : undefined;
  if (main?.type !== 'Event' || (main.startDate && main.datePrecision === 'day')) return;
  const leadEnd = leadEndOf(ctx.text);
  if (!main.mentions.some((m) => m.start < leadEnd)) return;
  const options = dateOptions(ctx.referenceDate);
  const bySentence = mentionsBySentence(entities, ctx.sentences);
  for (const s of ctx.sentences) {
    if (s.start >= leadEnd) break;
    const placed = bySentence.get(s) ?? [];
    const d = findDates(s.text, s.start, options).find((x) => x.precision === 'day' && !x.aside && placed.every((p) => p.entity === main));
    if (!d) continue;
    if (main.startDate && (d.start < main.startDate || d.end > (main.endDate ?? main.startDate))) return;
    setDates(main, d.start, d.end);
    return;
  }
}

/** Where the lead ends: after the headline, the first paragraph long enough to be prose (a dateline or byline alone is not). */
function leadEndOf(text: string): number {
  const paragraphs = [...text.matchAll(/[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g)];
  for (const p of paragraphs.slice(1)) {
    if (p[0].trim().length > 80) return p.index + p[0].length;
  }
  return text.length;
}
