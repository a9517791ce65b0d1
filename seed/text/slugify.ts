import { toLatin } from './transliterate.ts';

/** ASCII, lower case, hyphenated; Cyrillic is transliterated so ids stay readable. */
export function slugify(s: string, maxWords = 12): string {
  const words = toLatin(s.normalize('NFKC'))
    .toLowerCase()
    .replace(/['’`]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  return words.slice(0, maxWords).join('-');
}
