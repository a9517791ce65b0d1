/** Where a report's headline ends: its first line when that line stands alone as a paragraph, else 0. */
export function headlineEnd(text: string): number {
  const m = /^[^\n]+(?=\n\s*\n)/u.exec(text);
  return m && m[0].trim().length <= 200 ? m[0].length : 0;
}
