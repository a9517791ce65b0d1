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
];

export function toLatin(s: string): string {
  return baseTransliterate(s, { replace: REPLACEMENTS });
}

export function hasCyrillic(s: string): boolean {
  return /\p{Script=Cyrillic}/u.test(s);
}
