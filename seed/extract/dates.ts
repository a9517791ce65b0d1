/** A date or date range stated in the text, as ISO days. */
export interface DateRange {
  start: string;
  end: string;
  /** How precise the text was: "in October 2023" is a month. */
  precision: 'day' | 'month' | 'year';
  /** Offsets of the phrase in the text. */
  from: number;
  to: number;
  text: string;
  /** The phrase gave no year: it was taken from the reference date (see `inferYear`). */
  yearInferred: boolean;
  /**
   * The clause marks this day as where something began or ended ("opened on
   * 19 May", «завершился 21 мая»), so an event told over several sentences
   * can take its start from one and its end from another.
   */
  boundary: 'start' | 'end' | null;
  /**
   * The clause dates something other than an event: a deadline ("apply by
   * 30 May", «приём заявок до 30 мая») or the report itself ("published on
   * 2 June"). Kept, so the words are claimed, but no event takes it.
   */
  aside?: 'deadline' | 'publication' | 'founding';
}

export interface FindDatesOptions {
  /**
   * ISO day the report speaks from (its publication date or dateline, see
   * `referenceDate`). Without it, a date whose phrase has no year is not
   * returned at all: a guessed year is worse than none.
   */
  referenceDate?: string | null;
  /**
   * The reference gives only a year (a report with no full date that names
   * "October 2024" or "Forum 2024"): a yearless day is in that year, whatever
   * the tense.
   */
  yearOnly?: boolean;
  /**
   * The reference is the day the report was written (its publication date or
   * dateline), not a date read from its text: a sentence that tells the
   * event as past ("was held on 3 June", «прошёл 3 июня») puts a yearless day
   * on or before it.
   */
  referenceIsWritten?: boolean;
  /**
   * Days the report states with their years (ISO). A yearless day within
   * two months of one of them takes its year, whatever the reference: "the
   * forum ran on 20–22 February 2025 … the round table on 21 February" is
   * 2025 in a page published, or addressed, in another year.
   */
  stated?: readonly string[];
  /**
   * A span (in the same offsets as the results) whose dates are left out:
   * the report's dateline, which dates the report, not the event.
   */
  exclude?: { from: number; to: number } | null;
}

/*
 * Patterns are data: each is a sequence of named slots (day, month, year,
 * separators) joined into one regular expression, and one builder turns the
 * captured slots into a range. English months must be capitalised ("may" is a
 * verb); Russian months are matched in any case form a date uses (марта,
 * март, марте).
 */
const EN_MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December|(?:Sept|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\\.?';
// News agencies abbreviate months in datelines («МОСКВА, 12 окт — РИА Новости»).
const RU_MONTHS = 'январ[ьяе]|феврал[ьяе]|март[ае]?|апрел[ьяе]|ма[йяе]|июн[ьяе]|июл[ьяе]|август[ае]?|сентябр[ьяе]|октябр[ьяе]|ноябр[ьяе]|декабр[ьяе]|(?:янв|фев|апр|авг|сент?|окт|нояб?|дек)\\.?';
const MONTH = (g: string) => `(?<![\\p{L}])(?<${g}>${EN_MONTHS}|${RU_MONTHS})(?![\\p{L}])`;
const WEEKDAY = '(?:(?<![\\p{L}])(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\\.?,?\\s+)?(?:(?<![\\p{L}])the\\s+)?';
const DAY = (g: string) => `${WEEKDAY}(?<![\\p{L}\\p{N}.])(?<${g}>[0-3]?\\d)(?:st|nd|rd|th|-?(?:го|е|ого))?(?![\\p{N}])`;
const OF = '(?:\\s+of)?\\s+';
const YEAR_WORD = '(?:\\s*(?:гг?\\.|года|год|г(?![\\p{L}])))?';
const YEAR = (g: string) => `(?<${g}>(?:19|20)\\d{2})(?![\\p{N}])${YEAR_WORD}`;
const OPT_YEAR = (g: string) => `(?:,?\\s+${YEAR(g)})?`;
/** "from", "between", «с», «в период с» before a range; kept in the phrase so "between 3 and 5" is read as a range. */
const LEAD = '(?<lead>(?<![\\p{L}])(?:from|between|с|со|в\\s+период\\s+с|между)\\s+)?';
const SEP = '(?<sep>\\s*[-–—]\\s*|\\s+(?:to|through|till|until|and|по|до|и)\\s+(?:the\\s+)?)';
const NUM_SEP = '\\s*[-–—]\\s*';

type Slots = Partial<Record<'d1' | 'm1' | 'y1' | 'd2' | 'm2' | 'y2' | 'lead' | 'sep' | 'mid', string>>;

interface Pattern {
  /** What a sentence must contain for this pattern to be worth running: most sentences have neither. */
  needs: 'month' | 'numeric';
  re: RegExp;
  /** `null`: not a date, let shorter patterns try; `IMPOSSIBLE`: a date that cannot exist, claim the words and give nothing. */
  build(g: Slots, ctx: BuildContext): Built | typeof IMPOSSIBLE | null;
}

interface BuildContext {
  referenceDate: string | null;
  /** The sentence speaks of the future ("will be held", «пройдёт»), so a yearless date lies after the reference. */
  future: boolean;
  /** The sentence tells the event as past, and the reference is the day the report was written: a yearless date is not after it. */
  past: boolean;
  yearOnly: boolean;
  stated: readonly string[];
}

type Built = Omit<DateRange, 'from' | 'to' | 'text' | 'boundary'>;

/** "30 February 2023" must not fall back to "February 2023". */
const IMPOSSIBLE = Symbol('impossible date');

const re = (...parts: string[]) => new RegExp(parts.join(''), 'giu');

const PATTERNS: Pattern[] = [
  // 30 September – 2 October 2024, 30 December 2024 – 2 January 2025, с 30 сентября по 2 октября
  {
    needs: 'month',
    re: re(LEAD, DAY('d1'), OF, MONTH('m1'), OPT_YEAR('y1'), SEP, DAY('d2'), OF, MONTH('m2'), OPT_YEAR('y2')),
    build: (g, ctx) => dayRange(g, g.m1, g.m2, ctx),
  },
  // September 30 – October 2, 2024
  {
    needs: 'month',
    re: re(LEAD, MONTH('m1'), '\\s+', DAY('d1'), OPT_YEAR('y1'), SEP, MONTH('m2'), '\\s+', DAY('d2'), OPT_YEAR('y2')),
    build: (g, ctx) => dayRange(g, g.m1, g.m2, ctx),
  },
  // 19, 20 and 21 February; «19, 20 и 21 февраля»: consecutive days listed one by one
  {
    needs: 'month',
    re: re(DAY('d1'), '(?<mid>(?:,\\s*[0-3]?\\d(?![\\p{N}]))+),?', SEP, DAY('d2'), OF, MONTH('m1'), OPT_YEAR('y2')),
    build: (g, ctx) => (consecutive([g.d1, ...(g.mid ?? '').split(',').slice(1), g.d2]) ? dayRange({ ...g, sep: '-' }, g.m1, g.m1, ctx) : null),
  },
  // 12–14 March 2024, from 3 to 5 June, between 3 and 5 June, с 21 по 22 октября 2024 года, 21 и 22 октября
  {
    needs: 'month',
    re: re(LEAD, DAY('d1'), SEP, DAY('d2'), OF, MONTH('m1'), OPT_YEAR('y2')),
    build: (g, ctx) => dayRange(g, g.m1, g.m1, ctx),
  },
  // March 12–14, 2024; June 3 to 5
  {
    needs: 'month',
    re: re(LEAD, MONTH('m1'), '\\s+', DAY('d1'), SEP, DAY('d2'), OPT_YEAR('y2')),
    build: (g, ctx) => dayRange(g, g.m1, g.m1, ctx),
  },
  // 1-2.10.2024, 30.09–02.10.2024, 30.09.2024 – 02.10.2024; "9.–10.5.2024" (the Finnish and German way, a full stop after each day)
  {
    needs: 'numeric',
    re: re(LEAD, DAY('d1'), `\\.?(?:${NUM_SEP}|${SEP})`, DAY('d2'), '\\.(?<m1>[01]?\\d)\\.(?<y2>(?:19|20)\\d{2})(?![\\p{N}])', YEAR_WORD),
    build: (g, ctx) => dayRange(g, numericMonth(g.m1), numericMonth(g.m1), ctx),
  },
  // с 30.09 по 02.10.2024
  {
    needs: 'numeric',
    re: re(LEAD, DAY('d1'), '\\.(?<m1>[01]?\\d)(?:\\.(?<y1>(?:19|20)\\d{2}))?', `(?:${NUM_SEP}|${SEP})`, DAY('d2'), '\\.(?<m2>[01]?\\d)\\.(?<y2>(?:19|20)\\d{2})(?![\\p{N}])', YEAR_WORD),
    build: (g, ctx) => dayRange(g, numericMonth(g.m1), numericMonth(g.m2), ctx),
  },
  // 2024-10-01 – 2024-10-03
  {
    needs: 'numeric',
    re: re('(?<![\\p{N}-])(?<y1>(?:19|20)\\d{2})-(?<m1>[01]\\d)-(?<d1>[0-3]\\d)', '\\s*(?:[–—]|\\s-\\s|\\s+to\\s+|\\s+по\\s+)\\s*', '(?<y2>(?:19|20)\\d{2})-(?<m2>[01]\\d)-(?<d2>[0-3]\\d)(?![\\p{N}])'),
    build: (g, ctx) => dayRange(g, numericMonth(g.m1), numericMonth(g.m2), ctx),
  },
  // 14 November 2024, 14th of November, 12 марта 2024 г.
  {
    needs: 'month',
    re: re(DAY('d1'), OF, MONTH('m1'), OPT_YEAR('y1')),
    build: (g, ctx) => singleDay(g.y1, g.m1, g.d1, ctx),
  },
  // November 14, 2024; November 14th
  {
    needs: 'month',
    re: re(MONTH('m1'), '\\s+', DAY('d1'), OPT_YEAR('y1')),
    build: (g, ctx) => singleDay(g.y1, g.m1, g.d1, ctx),
  },
  // 01.10.2024
  {
    needs: 'numeric',
    re: re(DAY('d1'), '\\.(?<m1>[01]?\\d)\\.(?<y1>(?:19|20)\\d{2})(?![\\p{N}])', YEAR_WORD),
    build: (g, ctx) => singleDay(g.y1, numericMonth(g.m1), g.d1, ctx),
  },
  // 01/10/2024: day first, as most of the world writes it, unless the second number cannot be a month (10/21/2024)
  {
    needs: 'numeric',
    re: re('(?<![\\p{N}/.])(?<d1>[0-3]?\\d)/(?<m1>[0-3]?\\d)/(?<y1>(?:19|20)\\d{2})(?![\\p{N}/])'),
    build: (g, ctx) => (Number(g.m1) > 12 ? singleDay(g.y1, numericMonth(g.d1), g.m1, ctx) : singleDay(g.y1, numericMonth(g.m1), g.d1, ctx)),
  },
  // 2024-10-01
  {
    needs: 'numeric',
    re: re('(?<![\\p{N}-])(?<y1>(?:19|20)\\d{2})-(?<m1>[01]\\d)-(?<d1>[0-3]\\d)(?![\\p{N}-])'),
    build: (g, ctx) => singleDay(g.y1, numericMonth(g.m1), g.d1, ctx),
  },
  // September–October 2024, в сентябре–октябре 2024 года: month precision
  {
    needs: 'month',
    re: re(MONTH('m1'), '\\s*[-–—]\\s*', MONTH('m2'), ',?\\s+', YEAR('y1')),
    build: (g) => monthRange(g.y1, g.m1, g.m2),
  },
  // October 2023, в октябре 2023 года: month precision. A month without a year ("in March", "September this year") is not a date.
  {
    needs: 'month',
    re: re('(?<![\\p{L}])', MONTH('m1'), ',?\\s+', YEAR('y1')),
    build: (g) => monthRange(g.y1, g.m1, g.m1),
  },
];

const ANY_MONTH = new RegExp(MONTH('any'), 'iu');
const ANY_NUMERIC = /\d[./-]\d/;
const ANCHOR = new RegExp(`${MONTH('any')}|\\d[./-]\\d`, 'giu');
/** No phrase reaches further than this from its month word or numeric date. */
const REACH = 60;

/**
 * The part of `text` a date phrase can lie in, cut at spaces so that the
 * patterns' word-boundary checks see whole words: the regular expressions are
 * the costly part of extraction, and most of a sentence is not near a date.
 */
function dateWindow(text: string): { from: number; to: number } | null {
  if (!/\d/.test(text)) return null;
  let first = -1;
  let last = -1;
  for (const m of text.matchAll(ANCHOR)) {
    if (first < 0) first = m.index;
    last = m.index + m[0].length;
  }
  if (first < 0) return null;
  const from = Math.max(0, text.lastIndexOf(' ', Math.max(0, first - REACH)));
  const after = text.indexOf(' ', Math.min(text.length, last + REACH));
  return { from, to: after < 0 ? text.length : after };
}

// Only phrases that put the event itself in the future: a past report often says what participants "will" do next.
const FUTURE_CUE = /\b(?:will\s+(?:be\s+(?:held|hosted|organi[sz]ed|convened)|take\s+place|run|open|start|begin)|(?:is|are)\s+(?:scheduled|planned)\s+(?:for|on)|upcoming)\b|(?<![\p{L}])(?:пройд[её]т|пройдут|состоится|состоятся|будет\s+проведен\p{L}*|запланирован\p{L}*\s+на)/iu;

// The event told as done: "was held", "took place", «прошёл», «состоялась».
const PAST_CUE = /\b(?:(?:was|were)\s+(?:held|hosted|organi[sz]ed|convened|opened|attended)|took\s+place|gathered|brought\s+together)\b|(?<![\p{L}])(?:прош(?:[её]л|ла|ло|ли)|состоял(?:ся|ась|ось|ись)|(?:был[аои]?\s+)?проведен[аоы]?|собрал[аи]?)(?![\p{L}])/iu;

/**
 * All dates and ranges in `text` (offsets relative to `offset`), longest
 * phrasing first, no overlaps. A phrase without a year ("on 14 November",
 * «21–22 октября») is returned only when `options.referenceDate` is given.
 */
export function findDates(text: string, offset = 0, options: FindDatesOptions = {}): DateRange[] {
  const window = dateWindow(text);
  if (!window) return [];
  const scope = text.slice(window.from, window.to);
  const has = { month: ANY_MONTH.test(scope), numeric: ANY_NUMERIC.test(scope) };
  const future = FUTURE_CUE.test(text);
  const past = !future && (options.referenceIsWritten ?? false) && PAST_CUE.test(text);
  const ctx: BuildContext = { referenceDate: validIso(options.referenceDate ?? null), future, past, yearOnly: options.yearOnly ?? false, stated: options.stated ?? [] };
  const out: DateRange[] = [];
  const taken: Array<[number, number]> = [];
  for (const p of PATTERNS) {
    if (!has[p.needs]) continue;
    for (const m of scope.matchAll(p.re)) {
      const from = window.from + m.index;
      const to = from + m[0].length;
      if (taken.some(([a, b]) => from < b && a < to)) continue;
      const built = p.build((m.groups ?? {}) as Slots, ctx);
      if (!built) continue;
      taken.push([from, to]);
      if (built === IMPOSSIBLE) continue;
      out.push({ ...built, from, to, text: m[0], boundary: null });
    }
  }
  out.sort((a, b) => a.from - b.from);
  stretchByDuration(text, out);
  markBoundaries(text, out);
  markAsides(text, out);
  const skip = options.exclude;
  return out
    .map((d) => ({ ...d, from: offset + d.from, to: offset + d.to }))
    .filter((d) => !skip || d.to <= skip.from || d.from >= skip.to);
}

const DURATION = /(?<![\p{L}\p{N}])(?<n>two|three|four|five|six|seven|двух|тр[её]х|четыр[её]х|пяти|шести|семи|[2-9])[-\s]?(?:day|дневн)/iu;
const NUMBERS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, двух: 2, трёх: 3, трех: 3, четырёх: 4, четырех: 4, пяти: 5, шести: 6, семи: 7, два: 2, две: 2, три: 3, четыре: 4, пять: 5, шесть: 6, семь: 7 };
const LASTED = /(?:\b(?:lasted|ran\s+for|went\s+on\s+for|continued\s+for)|(?<![\p{L}])(?:продлил\p{L}*|длил\p{L}*|проходил\p{L}*\s+в\s+течение|работал\p{L}*))\s+(?<n>two|three|four|five|six|seven|два|две|три|четыре|пять|шесть|семь|двух|тр[её]х|четыр[её]х|пяти|[2-7])\s+(?:days|дн(?:я|ей))(?![\p{L}])/iu;
const STARTS_HERE = /(?:from|starting(?:\s+on)?|beginning(?:\s+on)?|opening\s+on|opened\s+on|(?<![\p{L}])с|начиная\s+с)\s+$/iu;

export const START_CUE = /\b(?:open(?:ed|s)|beg(?:an|ins)|start(?:ed|s)|kick(?:ed|s)\s+off|launch(?:ed|es))\b|(?<![\p{L}])(?:открыл\p{L}*|открыт\p{L}*|стартова\p{L}*|начал\p{L}*)/iu;
const END_CUE = /\b(?:end(?:ed|s)|clos(?:ed|es)|conclud(?:ed|es)|finish(?:ed|es)|wrapp?(?:ed|s)\s+up|culminat(?:ed|es))\b|(?<![\p{L}])(?:заверш\p{L}*|закрыл\p{L}*|закрыт\p{L}*|закончил\p{L}*|подвел\p{L}*\s+итог\p{L}*|подвели\s+итог\p{L}*)/iu;

/** "until 21 May", «до 21 мая» end something; "from 19 May", «с 19 мая» start it, whatever the verb. */
const PREPOSITION_END = /(?:\b(?:until|till|through|to)|(?<![\p{L}])(?:до|по))\s+$/iu;
const PREPOSITION_START = /(?:\b(?:from|since)|(?<![\p{L}])(?:с|со))\s+$/iu;

/**
 * A day is a start or an end by the preposition just before it, else by the
 * verb of its clause: first the words before it (back to the previous date or
 * comma), else the words after it (up to the next date or clause). `dates`
 * are sorted, offsets local to `text`.
 */
function markBoundaries(text: string, dates: DateRange[]): void {
  dates.forEach((d, i) => {
    if (d.precision !== 'day' || d.start !== d.end) return;
    const prevEnd = dates[i - 1]?.to ?? 0;
    const nextStart = dates[i + 1]?.from ?? text.length;
    const before = text.slice(prevEnd, d.from).split(/[;,]/).pop() ?? '';
    const after = text.slice(d.to, nextStart).split(/[;]|\s[—–]\s|,\s+(?:and|but|while|а|и|но)\s/u)[0] ?? '';
    d.boundary = PREPOSITION_END.test(before) ? 'end' : PREPOSITION_START.test(before) ? 'start' : (cueIn(before) ?? cueIn(after));
  });
}

const DEADLINE_CUE = /\b(?:deadline|due|appl(?:y|ications?)|submi(?:t|ssions?)|regist(?:er|ration)|enrol(?:l|ment)?|nominations?)\b|(?<![\p{L}])(?:заяв(?:к|ок)\p{L}*|подать|подач\p{L}*|регистраци\p{L}*|зарегистрир\p{L}*|дедлайн\p{L}*|срок\p{L}*)/iu;
const PUBLICATION_CUE = /\b(?:published|posted|updated)\b|(?<![\p{L}])(?:опубликован\p{L}*|обновлен\p{L}*)/iu;
const FOUNDING_CUE = /\b(?:founded|established|set\s+up|incorporated|opened\s+its\s+doors)\b|(?<![\p{L}])(?:основан\p{L}*|создан\p{L}*|учрежд[её]н\p{L}*)(?![\p{L}])/iu;

/** "close on", "by", «до»: a deadline's own words when the sentence is about applying. */
const CLOSING = /\b(?:clos\p{L}*|end\p{L}*|until|by|before)\b|(?<![\p{L}])(?:до|принима\p{L}*|продлен\p{L}*)(?![\p{L}])/iu;
const HELD = /\b(?:held|take[sn]?\s+place|took\s+place|run[s]?|will\s+be)\b|(?<![\p{L}])(?:пройд\p{L}*|прош\p{L}*|состо\p{L}*|провод\p{L}*)/iu;

/**
 * A date in a clause about applying or publishing. The clause is the words
 * before the date back to the previous date or comma; a sentence about
 * applying ("Applications for the school, held on 8–19 July, close on 30
 * May") makes a closing word there enough.
 */
function markAsides(text: string, dates: DateRange[]): void {
  dates.forEach((d, i) => {
    const head = text.slice(0, d.from).split(/[;.!?]\s/u).pop() ?? '';
    const clause = text.slice(dates[i - 1]?.to ?? 0, d.from).split(/[,;.]|\s[—–]\s/u).pop() ?? '';
    if (HELD.test(clause)) return;
    if (DEADLINE_CUE.test(clause) || (DEADLINE_CUE.test(head) && CLOSING.test(clause))) d.aside = 'deadline';
    else if (PUBLICATION_CUE.test(clause)) d.aside = 'publication';
    // "The university, founded on 12 May 1998, hosted …": a body's birthday dates no event.
    else if (FOUNDING_CUE.test(clause)) d.aside = 'founding';
  });
}

/** The verb in a stretch of clause, when it is only one kind. */
function cueIn(clause: string): 'start' | 'end' | null {
  const starts = START_CUE.test(clause);
  const ends = END_CUE.test(clause);
  return starts === ends ? null : starts ? 'start' : 'end';
}

/**
 * "A three-day seminar starting 17 September" states its end by its length:
 * the one day the sentence names becomes a range when it is marked as the
 * start. Without the marker ("the three-day seminar on 17 September") the day
 * is kept as written. `dates` still have offsets local to `text`.
 */
function stretchByDuration(text: string, dates: DateRange[]): void {
  const days = dates.filter((d) => d.precision === 'day');
  const only = days.length === 1 ? days[0] : undefined;
  // «… 5 октября и продлился три дня», "… on 5 May and lasted three days": a length the sentence states makes its day the first.
  const lasted = LASTED.exec(text);
  const m = lasted ?? DURATION.exec(text);
  if (!only || only.start !== only.end || !m?.groups?.n) return;
  const n = NUMBERS[m.groups.n.toLowerCase()] ?? Number(m.groups.n);
  if (!n) return;
  // "13 March – A two-day workshop … ended today", «завершился трёхдневный семинар»: the one day is the last.
  if (!lasted && END_CUE.test(text) && !START_CUE.test(text) && !STARTS_HERE.test(text.slice(0, only.from))) {
    only.start = new Date(Date.parse(only.end) - (n - 1) * 86_400_000).toISOString().slice(0, 10);
    return;
  }
  if (!lasted && !STARTS_HERE.test(text.slice(0, only.from))) return;
  const end = new Date(Date.parse(only.start) + (n - 1) * 86_400_000).toISOString().slice(0, 10);
  only.end = end;
}

/**
 * The year of a yearless day, read from the reference date: the reference
 * year, unless that puts the day more than six months after the reference
 * (a report looks back: "on 20 December" in a January report is last
 * December). In a sentence about the future, a day already past in the
 * reference year is next year's instead; in one that tells the event as past
 * (see `FindDatesOptions.referenceIsWritten`), a day still to come is last year's.
 */
export function inferYear(month: number, day: number, referenceDate: string, tense: 'future' | 'past' | null = null): number {
  const refYear = Number(referenceDate.slice(0, 4));
  const candidate = iso(refYear, month, day);
  if (tense === 'future') return candidate < referenceDate ? refYear + 1 : refYear;
  if (tense === 'past') return candidate > referenceDate ? refYear - 1 : refYear;
  return daysBetween(referenceDate, candidate) > HALF_YEAR_DAYS ? refYear - 1 : refYear;
}

const HALF_YEAR_DAYS = 183;

/** The year of a yearless day in this sentence (`ctx.referenceDate` is set). */
function yearOf(month: number, day: number, ctx: BuildContext): number {
  const ref = ctx.referenceDate ?? '';
  if (ctx.yearOnly) return Number(ref.slice(0, 4));
  // A day stated long before the report ("founded on 12 May 1998") anchors nothing.
  const stated = ctx.stated.filter((d) => !ref || Math.abs(daysBetween(ref, d)) <= 400);
  return yearNearStated(month, day, stated) ?? inferYear(month, day, ref, ctx.future ? 'future' : ctx.past ? 'past' : null);
}

const NEAR_STATED_DAYS = 61;

/** The year that puts a yearless day nearest a day the report states with its year, when that is within two months. */
function yearNearStated(month: number, day: number, stated: readonly string[]): number | null {
  let best: { year: number; gap: number } | null = null;
  for (const s of stated) {
    const y = Number(s.slice(0, 4));
    for (const year of [y - 1, y, y + 1]) {
      const gap = Math.abs(daysBetween(s, iso(year, month, day)));
      if (gap <= NEAR_STATED_DAYS && (!best || gap < best.gap)) best = { year, gap };
    }
  }
  return best?.year ?? null;
}

function dayRange(g: Slots, m1Name: string | number | undefined, m2Name: string | number | undefined, ctx: BuildContext): Built | typeof IMPOSSIBLE | null {
  const m1 = typeof m1Name === 'number' ? m1Name : month(m1Name);
  const m2 = typeof m2Name === 'number' ? m2Name : month(m2Name);
  const d1 = Number(g.d1);
  const d2 = Number(g.d2);
  if (!m1 || !m2 || !d1 || !d2) return null;
  // "3 and 5 June" is two separate days unless "between" makes it a range; «21 и 22 октября» (consecutive) is a range.
  if (g.sep && /^\s+(?:and|и)\s+/iu.test(g.sep) && !/^(?:between|между)/iu.test(g.lead ?? '') && !(m1 === m2 && d2 === d1 + 1)) return null;
  const y1Text = g.y1 ? Number(g.y1) : null;
  const y2Text = g.y2 ? Number(g.y2) : null;
  const crossesYear = m2 < m1;
  let y1: number;
  let y2: number;
  let yearInferred = false;
  if (y1Text !== null && y2Text !== null) [y1, y2] = [y1Text, y2Text];
  else if (y2Text !== null) [y1, y2] = [crossesYear ? y2Text - 1 : y2Text, y2Text];
  else if (y1Text !== null) [y1, y2] = [y1Text, crossesYear ? y1Text + 1 : y1Text];
  else {
    if (!validDay(2000, m1, d1)) return IMPOSSIBLE;
    if (!ctx.referenceDate) return null;
    y1 = yearOf(m1, d1, ctx);
    y2 = crossesYear ? y1 + 1 : y1;
    yearInferred = true;
  }
  if (!validDay(y1, m1, d1) || !validDay(y2, m2, d2)) return IMPOSSIBLE;
  const start = iso(y1, m1, d1);
  const end = iso(y2, m2, d2);
  return start <= end ? { start, end, precision: 'day', yearInferred } : null;
}

function singleDay(year: string | undefined, monthName: string | number | undefined, dayText: string | undefined, ctx: BuildContext): Built | typeof IMPOSSIBLE | null {
  const m = typeof monthName === 'number' ? monthName : month(monthName);
  const d = Number(dayText);
  if (!m || !d) return null;
  if (!validDay(2000, m, d)) return IMPOSSIBLE;
  let y = Number(year);
  const yearInferred = !year;
  if (!year) {
    if (!ctx.referenceDate) return null;
    y = yearOf(m, d, ctx);
  }
  if (!validDay(y, m, d)) return IMPOSSIBLE;
  const day = iso(y, m, d);
  return { start: day, end: day, precision: 'day', yearInferred };
}

function monthRange(year: string | undefined, m1Name: string | undefined, m2Name: string | undefined): Built | null {
  const y = Number(year);
  const m1 = month(m1Name);
  const m2 = month(m2Name);
  if (!y || !m1 || !m2 || m2 < m1) return null;
  return { start: iso(y, m1, 1), end: iso(y, m2, daysIn(y, m2)), precision: 'month', yearInferred: false };
}

const EN_STEMS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
// "ма" (май) also prefixes "март": longer stems are tried first.
const RU_STEMS = ['янв', 'фев', 'март', 'апр', 'ма', 'июн', 'июл', 'авг', 'сен', 'окт', 'ноя', 'дек'];
const RU_ORDER = [...RU_STEMS.keys()].sort((a, b) => (RU_STEMS[b]?.length ?? 0) - (RU_STEMS[a]?.length ?? 0));

/** Month number of a month word, 0 when it is none (or an English month written in lower case). */
function month(name: string | undefined): number {
  if (!name) return 0;
  if (/^[a-z]/.test(name)) return 0;
  const n = name.toLowerCase().replace(/\.$/, '');
  const en = EN_STEMS.findIndex((p) => n.startsWith(p));
  if (en >= 0) return en + 1;
  for (const i of RU_ORDER) if (n.startsWith(RU_STEMS[i] ?? '~')) return i + 1;
  return 0;
}

function consecutive(days: Array<string | undefined>): boolean {
  const n = days.map((d) => Number(d?.trim()));
  return n.every((d, i) => i === 0 || d === (n[i - 1] ?? NaN) + 1);
}

function numericMonth(text: string | undefined): number {
  const m = Number(text);
  return m >= 1 && m <= 12 ? m : 0;
}

function validDay(y: number, m: number, d: number): boolean {
  return y > 0 && m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m);
}

function validIso(day: string | null): string | null {
  if (!day) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(day);
  return m && validDay(Number(m[1]), Number(m[2]), Number(m[3])) ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

function iso(y: number, m: number, d: number): string {
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function daysIn(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function daysBetween(fromIso: string, toIso: string): number {
  return (Date.parse(toIso) - Date.parse(fromIso)) / 86_400_000;
}

/**
 * The date phrase closest to a position (an event's mention): a sentence may
 * date several events. A deadline or a publication date dates no event.
 */
export function nearestDate(dates: DateRange[], pos: number): DateRange | null {
  let best: DateRange | null = null;
  for (const d of dates.filter((x) => !x.aside)) {
    const dist = d.from >= pos ? d.from - pos : pos - d.to;
    const bestDist = best ? (best.from >= pos ? best.from - pos : pos - best.to) : Infinity;
    if (dist < bestDist) best = d;
  }
  return best;
}
