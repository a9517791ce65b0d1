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

export function toLatin(s: string): string {
  return baseTransliterate(s, { replace: REPLACEMENTS });
}

export function hasCyrillic(s: string): boolean {
  return /\p{Script=Cyrillic}/u.test(s);
}
