import { createRequire } from 'node:module';
import { derivedTable, packageFingerprint } from '../cache/derivedCache.ts';

/** Lexicon tags that are never part of a person's name. */
const NOT_NAME = new Set(['Adjective', 'Verb', 'Infinitive', 'PresentTense', 'PastTense', 'Gerund', 'Plural', 'Actor', 'Adverb', 'Preposition', 'Conjunction', 'Determiner', 'Pronoun', 'Demonym', 'Organization', 'Country', 'Region', 'Month', 'WeekDay', 'Singular', 'Uncountable', 'Noun']);
const NAME = new Set(['FirstName', 'FemaleName', 'MaleName', 'LastName', 'Person', 'Honorific', 'ProperNoun', 'Place', 'City']);

type Lexicon = Record<string, string | string[]>;
let lexicon: Lexicon | null = null;

/**
 * compromise's own lexicon (24k words and their tags) is all this module uses
 * of it, and loading compromise to get it takes about as long as the rest of
 * seed's modules together. So the lexicon is taken from it once and read back
 * from a cache file by later processes (seed/cache/derivedCache.ts; the key
 * is compromise's package.json, so another version rebuilds it). compromise's
 * CommonJS build holds the same lexicon as its ES module
 * (tests/seed/derivedCache.test.ts checks it).
 */
function loadLexicon(): Lexicon {
  return derivedTable('compromise-lexicon', () => [packageFingerprint('compromise')], () => {
    const nlp = createRequire(import.meta.url)('compromise') as { model(): { one: { lexicon: Lexicon } } };
    return nlp.model().one.lexicon;
  });
}

function tagsOf(word: string): string[] {
  // compromise's own lexicon: a lookup, not a parse, so a report costs microseconds per word.
  lexicon ??= loadLexicon();
  const t = lexicon[word];
  return t === undefined ? [] : Array.isArray(t) ? t : [t];
}

/**
 * True when compromise's English lexicon knows a capitalised word as an
 * ordinary word ("Teachers", "Future", "Offline") and not as a name
 * ("Helene", "Sato", "Mark"). Words it does not know are not ordinary: most
 * surnames are unknown to any lexicon. A plural is looked up by its singular.
 */
export function isOrdinaryEnglishWord(word: string): boolean {
  if (!/^[A-Za-z][a-z'’-]*$/.test(word)) return false;
  const key = word.toLowerCase();
  const singulars = key.endsWith('ies') ? [`${key.slice(0, -3)}y`] : key.endsWith('es') ? [key.slice(0, -2), key.slice(0, -1)] : key.endsWith('s') ? [key.slice(0, -1)] : [];
  const tags = [key, ...singulars].flatMap(tagsOf);
  return !tags.some((t) => NAME.has(t)) && tags.some((t) => NOT_NAME.has(t));
}

/** Endings of abstract nouns and adjectives that no one's given name or surname has ("Intercultural", "Communication"). */
export const NOT_NAME_ENDING = /(?:ical|ional|ural|ology|ics|ment|tion|sion|ness|ship|park|hub|lab|tech|ware)$/iu;

/** True when compromise's lexicon knows the word as a given name ("Lucia", "Kwame" if listed). */
export function isKnownGivenName(word: string): boolean {
  if (!/^[A-Z][a-z'’-]+$/.test(word)) return false;
  return tagsOf(word.toLowerCase()).some((t) => t === 'FirstName' || t === 'FemaleName' || t === 'MaleName');
}

const VERB_TAGS = new Set(['Verb', 'PastTense', 'PresentTense', 'Infinitive', 'Gerund', 'Copula', 'Modal', 'Auxiliary']);

/** True when the word is a verb form: compromise knows it as one, or it ends like a past tense ("visited"). */
export function isEnglishVerb(word: string): boolean {
  if (!/^[a-z][a-z'’-]*$/.test(word)) return false;
  return tagsOf(word).some((t) => VERB_TAGS.has(t)) || /[^e]ed$|ied$/.test(word);
}

/** True when compromise's lexicon knows the word as an adjective ("technical", "regional"). */
export function isEnglishAdjective(word: string): boolean {
  return /^[a-z][a-z-]*$/.test(word) && tagsOf(word).some((t) => t === 'Adjective' || t === 'Comparable');
}
