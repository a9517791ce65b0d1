import { nominativePhrase } from '../text/russianMorphology.ts';

/**
 * Puts a Russian organization name met in an oblique case back into the
 * nominative ("Российской академии образования" → "Российская академия
 * образования"), so names and ids do not depend on the sentence they came
 * from. The dictionary decides which word is the head and which adjectives
 * agree with it; the genitive complement after the head and anything quoted
 * stay as written.
 */
export function russianNominative(name: string): string {
  return nominativePhrase(name);
}
