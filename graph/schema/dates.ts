/**
 * How precise an event date of the Extraction contract is: ISO strings cut to
 * the day, the month or the year. Deriving an event's dates takes the most
 * precise claim (load/claims.ts); conflicts do not count dates that differ
 * only in precision (queries/conflicts.ts).
 */

/** 'YYYY-MM-DD' → 3, 'YYYY-MM' → 2, 'YYYY' → 1, anything else → 0. */
export function datePrecision(value: unknown): number {
  if (typeof value !== 'string') return 0;
  if (/^\d{4}-\d{2}-\d{2}/.test(value)) return 3;
  if (/^\d{4}-\d{2}$/.test(value)) return 2;
  if (/^\d{4}$/.test(value)) return 1;
  return 0;
}

/**
 * How many days a claim's dates leave open: "2023-11-16".."2023-11-20" → 5,
 * "2023-10" (or "2023-10-01".."2023-10-31") → 31, "2023" → 365. The narrowest
 * claim is the most precise, however its producer wrote a month.
 * Infinity when the claim has no usable date.
 */
export function dateSpanDays(start: unknown, end: unknown): number {
  const from = typeof start === 'string' ? start : typeof end === 'string' ? end : null;
  const to = typeof end === 'string' ? end : from;
  if (!from || !to || datePrecision(from) === 0 || datePrecision(to) === 0) return Infinity;
  const lower = Date.parse(lowerBound(from));
  const upper = Date.parse(upperBound(to));
  if (Number.isNaN(lower) || Number.isNaN(upper)) return Infinity;
  return Math.max(1, Math.round((upper - lower) / 86_400_000) + 1);
}

function lowerBound(d: string): string {
  const p = datePrecision(d);
  return p === 3 ? d.slice(0, 10) : p === 2 ? `${d}-01` : `${d}-01-01`;
}

function upperBound(d: string): string {
  const p = datePrecision(d);
  if (p === 3) return d.slice(0, 10);
  if (p === 1) return `${d}-12-31`;
  const [y, m] = d.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${d}-${String(last).padStart(2, '0')}`;
}
