/** A word of the text with its offsets in the string it was read from. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

const WORD = /\p{L}[\p{L}\p{M}\p{N}]*(?:[-’'][\p{L}\p{N}]+)*|\p{N}+(?:[.,]\p{N}+)*|[^\s\p{L}\p{N}]/gu;

/** Words, numbers and single punctuation marks, in order. */
export function tokenize(s: string, offset = 0): Token[] {
  const out: Token[] = [];
  for (const m of s.matchAll(WORD)) {
    out.push({ text: m[0], start: offset + (m.index ?? 0), end: offset + (m.index ?? 0) + m[0].length });
  }
  return out;
}

export function isCapitalized(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

export function isAllCaps(word: string): boolean {
  return word.length >= 2 && /^[\p{Lu}\p{N}]+$/u.test(word) && /\p{Lu}/u.test(word);
}

export function isWord(word: string): boolean {
  return /^\p{L}/u.test(word);
}
