/**
 * The dev set's parts, by file name: `a*` and `b*` are for developing,
 * `c*` is held out (scores only, texts unread until the end). Files of other
 * folders that follow no such naming are "other".
 */
export const PARTS = ['development', 'held-out', 'other'] as const;
export type Part = (typeof PARTS)[number];

export function partOf(reportName: string): Part {
  if (/^[ab]/i.test(reportName)) return 'development';
  if (/^c/i.test(reportName)) return 'held-out';
  return 'other';
}
