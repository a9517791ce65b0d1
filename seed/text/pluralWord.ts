import { parseRu } from './russianMorphology.ts';

/**
 * A word that is plural in every reading: «преподаватели», "trainers". Russian
 * asks the dictionary; English goes by the final -s ("class" and "bus" are not).
 */
export function isPluralWord(word: string): boolean {
  if (/\p{Script=Cyrillic}/u.test(word)) {
    const parses = parseRu(word);
    return parses.length > 0 && parses.every((p) => p.number === 'plur');
  }
  return /[^s]s$/iu.test(word);
}
