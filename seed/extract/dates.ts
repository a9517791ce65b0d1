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
}

const EN_MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?';
const RU_MONTH = '(январ[ьяе]|феврал[ьяе]|марта?|марте|апрел[ьяе]|ма[йяе]|июн[ьяе]|июл[ьяе]|августа?|августе|сентябр[ьяе]|октябр[ьяе]|ноябр[ьяе]|декабр[ьяе])';
const DASH = '\\s*(?:[-–—]|to|through|till|until|and|по|-)\\s*';
const YEAR = '((?:19|20)\\d{2})';
const YEAR_RU = `${YEAR}(?:\\s*(?:года|год|г\\.))?`;
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';

interface Pattern {
  re: RegExp;
  build(m: RegExpExecArray): Omit<DateRange, 'from' | 'to' | 'text'> | null;
}

const PATTERNS: Pattern[] = [
  // 30 November – 2 December 2023 / 30 ноября – 2 декабря 2023 года
  {
    re: new RegExp(`(?:from\\s+|с\\s+)?${DAY}\\s+(?:${EN_MONTH}|${RU_MONTH})${DASH}${DAY}\\s+(?:${EN_MONTH}|${RU_MONTH}),?\\s+${YEAR_RU}`, 'giu'),
    build: (m) => range(m[7], month(m[2] ?? m[3]), m[1], month(m[5] ?? m[6]), m[4]),
  },
  // 16–20 November 2023, 16 through 20 November 2023, с 16 по 20 ноября 2023 года
  {
    re: new RegExp(`(?:from\\s+|с\\s+)?${DAY}${DASH}${DAY}\\s+(?:${EN_MONTH}|${RU_MONTH}),?\\s+${YEAR_RU}`, 'giu'),
    build: (m) => {
      const mo = month(m[3] ?? m[4]);
      return range(m[5], mo, m[1], mo, m[2]);
    },
  },
  // November 16–20, 2023
  {
    re: new RegExp(`${EN_MONTH}\\s+${DAY}${DASH}${DAY},?\\s+${YEAR}`, 'giu'),
    build: (m) => {
      const mo = month(m[1]);
      return range(m[4], mo, m[2], mo, m[3]);
    },
  },
  // November 16, 2023
  {
    re: new RegExp(`${EN_MONTH}\\s+${DAY},?\\s+${YEAR}`, 'giu'),
    build: (m) => {
      const mo = month(m[1]);
      return range(m[3], mo, m[2], mo, m[2]);
    },
  },
  // 16 November 2023, 16 ноября 2023 года
  {
    re: new RegExp(`${DAY}\\s+(?:${EN_MONTH}|${RU_MONTH}),?\\s+${YEAR_RU}`, 'giu'),
    build: (m) => {
      const mo = month(m[2] ?? m[3]);
      return range(m[4], mo, m[1], mo, m[1]);
    },
  },
  // 2023-11-16
  {
    re: /\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b/g,
    build: (m) => range(m[1], Number(m[2]), m[3], Number(m[2]), m[3]),
  },
  // October 2023, в октябре 2023 года
  {
    re: new RegExp(`(?:${EN_MONTH}|${RU_MONTH})\\s+${YEAR_RU}`, 'giu'),
    build: (m) => {
      const mo = month(m[1] ?? m[2]);
      const y = Number(m[3]);
      if (!mo) return null;
      return { start: iso(y, mo, 1), end: iso(y, mo, daysIn(y, mo)), precision: 'month' };
    },
  },
];

function month(name: string | undefined): number {
  if (!name) return 0;
  const n = name.toLowerCase().replace(/\.$/, '');
  const en = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].findIndex((p) => n.startsWith(p));
  if (en >= 0) return en + 1;
  const ru = ['январ', 'феврал', 'март', 'апрел', 'ма', 'июн', 'июл', 'август', 'сентябр', 'октябр', 'ноябр', 'декабр'];
  // "ма" would also prefix "март": test the longer stems first.
  const order = [...ru.keys()].sort((a, b) => (ru[b]?.length ?? 0) - (ru[a]?.length ?? 0));
  for (const i of order) if (n.startsWith(ru[i] ?? '~')) return i + 1;
  return 0;
}

function range(
  year: string | undefined,
  m1: number,
  d1: string | undefined,
  m2: number,
  d2: string | undefined,
): Omit<DateRange, 'from' | 'to' | 'text'> | null {
  const y = Number(year);
  const a = Number(d1);
  const b = Number(d2);
  if (!y || !m1 || !m2 || !a || !b || a > daysIn(y, m1) || b > daysIn(y, m2)) return null;
  const start = iso(y, m1, a);
  const end = iso(y, m2, b);
  return start <= end ? { start, end, precision: 'day' } : null;
}

function iso(y: number, m: number, d: number): string {
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function daysIn(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** All dates and ranges in `text` (offsets relative to `offset`), longest phrasing first, no overlaps. */
export function findDates(text: string, offset = 0): DateRange[] {
  const out: DateRange[] = [];
  for (const p of PATTERNS) {
    for (const m of text.matchAll(p.re)) {
      const before = text[(m.index ?? 0) - 1] ?? ' ';
      if (/[\p{L}\d]/u.test(before)) continue;
      const from = offset + (m.index ?? 0);
      const to = from + m[0].length;
      if (out.some((d) => from < d.to && d.from < to)) continue;
      const built = p.build(m as RegExpExecArray);
      if (built) out.push({ ...built, from, to, text: m[0] });
    }
  }
  return out.sort((a, b) => a.from - b.from);
}
