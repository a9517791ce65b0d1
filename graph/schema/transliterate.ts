import { transliterate as baseTransliterate } from 'transliteration';

/**
 * Cyrillic → Latin in the spelling English-language reports of the region use
 * (ц → ts, not the library's c), so "Положевец" meets "Polozhevets".
 */
const REPLACEMENTS: Array<[string, string]> = [
  ['ц', 'ts'],
  ['Ц', 'Ts'],
  ['ё', 'e'],
  ['Ё', 'E'],
  ['ый', 'y'],
  ['ий', 'iy'],
  ['ъ', ''],
  ['ь', ''],
  ['Ь', ''],
  // Kazakh and Kyrgyz letters the library leaves out.
  ['Ә', 'A'], ['ә', 'a'], ['Ғ', 'G'], ['ғ', 'g'], ['Қ', 'K'], ['қ', 'k'], ['Ң', 'N'], ['ң', 'n'],
  ['Ө', 'O'], ['ө', 'o'], ['Ұ', 'U'], ['ұ', 'u'], ['Ү', 'U'], ['ү', 'u'], ['Һ', 'H'], ['һ', 'h'], ['І', 'I'], ['і', 'i'],
];

// Loading compares the same few thousand names over and over; transliteration is the costly part.
const LATIN_CACHE = new Map<string, string>();
const LATIN_CACHE_MAX = 50_000;

export function toLatin(s: string): string {
  let out = LATIN_CACHE.get(s);
  if (out === undefined) {
    out = baseTransliterate(s, { replace: REPLACEMENTS });
    if (LATIN_CACHE.size >= LATIN_CACHE_MAX) LATIN_CACHE.clear();
    LATIN_CACHE.set(s, out);
  }
  return out;
}

export function hasCyrillic(s: string): boolean {
  return /\p{Script=Cyrillic}/u.test(s);
}
