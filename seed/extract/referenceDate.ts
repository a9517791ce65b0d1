import { findDates, type FindDatesOptions } from './dates.ts';

/** The day a report speaks from, which gives yearless dates ("on 14 November") their year. */
export interface ReferenceDate {
  /** ISO day. */
  date: string;
  /**
   * Where it came from, most reliable first: front matter `publishedAt`, a
   * dateline at the top of the body, the date in the page's address (often
   * the publication's, but sometimes a draft's or a section's), or, failing those, the first full date
   * the text states (usually the event's own, close enough to place the
   * report's other days in their year), or, failing that too, the year of
   * the first month ("in October 2024") or year ("Forum 2024", "in 2024") it
   * names: a yearless day takes that year.
   */
  source: 'published' | 'dateline' | 'address' | 'text' | 'year';
  /** Offsets in the body of the dateline's date phrase: a publication date, not the event's, so event dates skip it. */
  dateline: { from: number; to: number } | null;
  /** Every day the body states with its year (ISO, starts and ends, the dateline's left out): see `FindDatesOptions.stated`. */
  stated?: string[];
}

/** The part of a parsed report this needs (a `ParsedReport` fits). */
export interface DatedText {
  meta: { publishedAt?: string | null; url?: string | null };
  text: string;
}

/** How many non-empty lines from the top may hold a dateline: headline, a subtitle or byline, then the dateline. */
const DATELINE_LINES = 4;

/*
 * What may stand before the date on a dateline: a place ("BISHKEK,", "Алматы,",
 * "Riga, Latvia,", «Алматы.», "Lima |") or a label ("Published:", «Опубликовано»).
 * After the date: the end of the line, a dash opening the body, a byline ("by …"), a time, a
 * separator, or the place when it comes second ("18 May 2023, Riverton —").
 */
const PLACE_PREFIX = /^\p{Lu}[\p{L}.'’ -]{1,40}(?:\s*\([\p{L} .'’-]{2,40}\))?(?:,\s*\p{Lu}[\p{L} .'’-]{1,40})?(?:[,.:|]|\s[—–-])\s*$/u;
const LABEL_PREFIX = /^(?:published|posted|updated|date|опубликовано|дата(?:\s+публикации)?|обновлено)(?:\s+on)?\s*:?\s*$/iu;
// A full stop or colon then a capital also opens the body («Лима, 18 мая 2024 г. В Лиме…», "Accra, 18 May 2024: The…").
const AFTER_DATE = /^\s*(?:$|[—–-]|\||by\s|\/|•|\(|[.:]\s+[\p{Lu}«"“]|,?\s*\d{1,2}[:.]\d{2}\b|,\s*\p{Lu}[\p{L} .'’-]{1,40}?\s*(?:[—–-]|$))/u;

/** The reference date of a report: its publication date, else its dateline, else its first full date. */
export function referenceDate(report: DatedText): ReferenceDate | null {
  const ref = referenceDay(report);
  const stated = statedDays(report.text, ref?.dateline ?? null);
  return ref && stated.length > 0 ? { ...ref, stated } : ref;
}

/** The days a text states with their years, the dateline's left out. */
function statedDays(text: string, dateline: { from: number; to: number } | null): string[] {
  const days = findDates(text).filter((d) => d.precision === 'day' && !d.yearInferred && !d.aside && !(dateline && d.from >= dateline.from && d.to <= dateline.to));
  return [...new Set(days.flatMap((d) => [d.start, d.end]))];
}

function referenceDay(report: DatedText): ReferenceDate | null {
  const dateline = datelineDate(report.text);
  const span = dateline ? { from: dateline.from, to: dateline.to } : null;
  const published = exactDay(report.meta.publishedAt ?? null);
  if (published) return { date: published, source: 'published', dateline: span };
  if (dateline) return { date: dateline.date, source: 'dateline', dateline: span };
  const fromUrl = urlDate(report.meta.url ?? null);
  if (fromUrl) return { date: fromUrl, source: 'address', dateline: null };
  // Paragraph by paragraph: the first full date is nearly always near the top.
  const paragraphs = report.text.split(/\n\s*\n/);
  for (const paragraph of paragraphs) {
    const first = findDates(paragraph).find((d) => d.precision === 'day' && !d.yearInferred && d.aside !== 'founding');
    if (first) return { date: first.start, source: 'text', dateline: null };
  }
  const year = firstYear(paragraphs);
  return year ? { date: year, source: 'year', dateline: null } : null;
}

/** "…/news/2024/05/20/…", "…/press/2024-04-18", "…/20241118-…": the day a page's address says it was published. */
function urlDate(url: string | null): string | null {
  if (!url) return null;
  const path = url.replace(/^https?:\/\/[^/]+/i, '');
  const m = /(?<!\d)(20\d{2})[/_-](\d{1,2})[/_-](\d{1,2})(?!\d)/.exec(path) ?? /(?<!\d)(20\d{2})(\d{2})(\d{2})(?!\d)/.exec(path);
  if (!m) return null;
  return exactDay(`${m[1]}-${(m[2] ?? '').padStart(2, '0')}-${(m[3] ?? '').padStart(2, '0')}`);
}

/**
 * A year standing alone ("in 2024.", «Форум — 2024», «в 2024 году»): not one
 * end of a span of years ("2021–2025"), nor part of a longer number, nor a
 * count ("2000 teachers", «2000 учителей»).
 */
const LONE_YEAR = /(?<![\p{N}][-–—./]?|[\p{N}]\s[-–—]\s)((?:19|20)\d{2})(?![-–—./]?[\p{N}]|\s[-–—]\s[\p{N}]|\s+(?!год|г\.|гг\.)\p{Ll})/u;

/**
 * The year a report with no full date speaks from, when it names a month
 * ("in October 2024") or a year: as the middle of that year (see `yearOnly`
 * in `dateOptions`, which puts every yearless day of the report in it).
 */
function firstYear(paragraphs: string[]): string | null {
  for (const paragraph of paragraphs) {
    const month = findDates(paragraph).find((d) => d.precision === 'month');
    if (month) return `${month.start.slice(0, 4)}-07-01`;
    const year = LONE_YEAR.exec(paragraph)?.[1];
    if (year) return `${year}-07-01`;
  }
  return null;
}

/** The `findDates` options for a report: yearless dates take its reference year, its dateline is not an event date. */
export function dateOptions(ref: ReferenceDate | null): FindDatesOptions {
  return {
    referenceDate: ref?.date ?? null,
    exclude: ref?.dateline ?? null,
    yearOnly: ref?.source === 'year',
    referenceIsWritten: ref?.source === 'published' || ref?.source === 'dateline',
    stated: ref?.stated ?? [],
  };
}

/** A date that opens one of the first lines of the body, alone or after a place or a label, with its offsets. */
export function datelineDate(text: string): { date: string; from: number; to: number } | null {
  let seen = 0;
  for (const m of text.matchAll(/[^\n]+/g)) {
    const lead = /^\s*/.exec(m[0])?.[0].length ?? 0;
    const line = m[0].trim();
    if (!line) continue;
    if (++seen > DATELINE_LINES) break;
    const d = findDates(line)[0];
    if (!d || d.precision !== 'day' || d.start !== d.end || !AFTER_DATE.test(line.slice(d.to))) continue;
    const before = line.slice(0, d.from);
    if (!before || PLACE_PREFIX.test(before) || LABEL_PREFIX.test(before)) {
      return { date: d.start, from: m.index + lead + d.from, to: m.index + lead + d.to };
    }
  }
  return null;
}

function exactDay(value: string | null): string | null {
  const m = value ? /^(\d{4}-\d{2}-\d{2})/.exec(value) : null;
  if (!m?.[1]) return null;
  return findDates(m[1])[0]?.start ?? null;
}
