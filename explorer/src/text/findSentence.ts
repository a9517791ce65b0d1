/**
 * Where an evidence sentence sits in its report's text, tolerant of
 * different whitespace, quotes and dashes (the loader may have normalised
 * them). Returns [start, end) in the original text, or null.
 */
export function findSentence(text: string, sentence: string): [number, number] | null {
  const needle = sentence.trim();
  if (!needle) return null;
  const exact = text.indexOf(needle);
  if (exact >= 0) return [exact, exact + needle.length];
  const map: number[] = [];
  let t = '';
  for (let i = 0; i < text.length; i++) {
    const c = fold(text[i]!);
    if (c === ' ' && (t.endsWith(' ') || t === '')) continue;
    t += c;
    map.push(i);
  }
  const n = [...needle].map(fold).join('').replace(/ +/g, ' ');
  const at = t.indexOf(n);
  if (at < 0) return null;
  return [map[at]!, map[at + n.length - 1]! + 1];
}

function fold(c: string): string {
  if (/\s/.test(c)) return ' ';
  if (/[“”«»„"]/.test(c)) return '"';
  if (/[‘’`]/.test(c)) return "'";
  if (/[–—]/.test(c)) return '-';
  return c.toLowerCase();
}
