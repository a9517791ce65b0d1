import { createRequire } from 'node:module';
import { dictionaryStem } from './russianMorphology.ts';
import { toLatin } from './transliterate.ts';

interface SnowballStemmer {
  stem(word: string): string;
}
interface SnowballFactory {
  newStemmer(language: string): SnowballStemmer;
}

// The Snowball stemmers (English and Russian) ported to JavaScript; the package ships no types.
const snowball = createRequire(import.meta.url)('snowball-stemmers') as SnowballFactory;
const russian = snowball.newStemmer('russian');
const english = snowball.newStemmer('english');

// Resolution and scoring stem the same few thousand words over and over.
const CACHE_MAX = 50_000;
const cache = new Map<string, string>();

/**
 * A stem for comparing inflected forms of a word in either language
 * ("университета" and "университет", "teachers" and "teaching"); never shown.
 * English: Snowball (Porter2). Russian: the stem the OpenCorpora dictionary
 * gives the word's paradigm, and Snowball only for words it lacks, because
 * Snowball's rules cut proper nouns unevenly ("Казахстан" → "казахста" but
 * "Казахстане" → "казахстан").
 */
export function stem(word: string): string {
  let out = cache.get(word);
  if (out === undefined) {
    const w = word.toLowerCase().replace(/ё/g, 'е');
    out = /\p{Script=Cyrillic}/u.test(w) ? stemRussian(word, w) : english.stem(w);
    if (cache.size >= CACHE_MAX) cache.clear();
    cache.set(word, out);
  }
  return out;
}

function stemRussian(written: string, lower: string): string {
  // An acronym (ГУО, МГУ) is a name, not a word with an ending.
  if (written.length > 1 && written === written.toUpperCase()) return lower;
  const known = dictionaryStem(lower);
  if (known) return known;
  const cut = russian.stem(lower);
  return cut.length >= 3 ? cut : lower;
}

/**
 * A Latin, phonetically folded form so transliteration variants compare equal:
 * Polozhevets/Polozhevec/Положевец, Yelena/Elena, Kazakhova/Kazakova stays apart.
 */
export function foldLatin(word: string): string {
  return toLatin(word)
    .toLowerCase()
    .replace(/[^a-z]/g, '')
    .replace(/tz|ts|cz/g, 'c')
    .replace(/kh/g, 'h')
    .replace(/^ye/, 'e')
    .replace(/yo|io/g, 'e')
    .replace(/iy$|yi$|ii$|yy$/, 'y')
    .replace(/y/g, 'i')
    .replace(/j/g, 'zh');
}
