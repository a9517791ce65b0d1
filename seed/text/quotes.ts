/** A quoted stretch of text: [start, end) includes the quote marks. */
export interface QuotedSpan {
  start: number;
  end: number;
  innerStart: number;
  innerEnd: number;
  inner: string;
}

// An apostrophe between letters (Educator's) is not a closing quote; a quote
// opened inside a quote («…«…»…», '…'…'…') is closed before the outer one.
const OPEN = /['"«“„‘]/;
const CLOSE_FOR: Record<string, string> = { "'": "'’", '"': '"”', '«': '»', '“': '”"', '„': '“”', '‘': '’\'' };

/** Finds quoted names and titles, e.g. “From Impact…”, 'Investment in the Future', «Вклад в будущее». */
export function findQuotedSpans(text: string): QuotedSpan[] {
  const out: QuotedSpan[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i] ?? '';
    const prev = i > 0 ? (text[i - 1] ?? ' ') : ' ';
    const next = text[i + 1] ?? '';
    if (OPEN.test(ch) && !/[\p{L}\p{N}]/u.test(prev) && /[\p{L}\p{N}«"“]/u.test(next)) {
      const close = findClose(text, i, ch);
      if (close > i + 1) {
        out.push({ start: i, end: close + 1, innerStart: i + 1, innerEnd: close, inner: text.slice(i + 1, close) });
        // Keep scanning inside: a quote may hold a quoted name ('… the 'Investment in the Future' Foundation …').
        i++;
        continue;
      }
    }
    i++;
  }
  return out;
}

function findClose(text: string, open: number, ch: string): number {
  const closers = CLOSE_FOR[ch] ?? ch;
  let depth = 0;
  for (let j = open + 1; j < text.length && j < open + 3000; j++) {
    const c = text[j] ?? '';
    if (c === '\n') return -1;
    const cPrev = text[j - 1] ?? ' ';
    if (c === ch && !/[\p{L}\p{N}]/u.test(cPrev) && /[\p{L}\p{N}]/u.test(text[j + 1] ?? '') && (ch !== '"' || j > open + 1)) {
      depth++;
      continue;
    }
    if (!closers.includes(c)) continue;
    const before = text[j - 1] ?? '';
    const after = text[j + 1] ?? ' ';
    if ((c === "'" || c === '’') && /\p{L}/u.test(before) && /\p{L}/u.test(after)) continue;
    if (/[\p{L}\p{N}]/u.test(after)) continue;
    if (depth > 0) {
      depth--;
      continue;
    }
    return j;
  }
  return -1;
}
