import { nominativePhrase } from '../text/russianMorphology.ts';
import { RU_ORG_HEADS } from '../extract/lexicon.ts';

const HEAD_STEMS = RU_ORG_HEADS.filter(([stem]) => !stem.includes(' ')).map(([stem]) => stem);

/** A word that is one of the head nouns of organization names, in any case. */
function isOrgHeadNoun(word: string): boolean {
  const w = word.toLowerCase();
  return HEAD_STEMS.some((stem) => w.startsWith(stem) && w.length - stem.length <= 3) && !/(?:ый|ий|ой|ая|ое|ые|ого|ому|ым|ых)$/u.test(w);
}

/**
 * Puts a Russian organization name met in an oblique case back into the
 * nominative ("Российской академии образования" → "Российская академия
 * образования"), so names and ids do not depend on the sentence they came
 * from. The dictionary decides which word is the head and which adjectives
 * agree with it; the genitive complement after the head and anything quoted
 * stay as written.
 */
export function russianNominative(name: string): string {
  return nominativePhrase(name, isOrgHeadNoun);
}
