import { lemmaRu } from '../../text/russianMorphology.ts';

const CYRILLIC_WORD = /\p{Script=Cyrillic}[\p{L}-]*/gu;

/**
 * The dictionary lemmas of a text's Russian words, in order (a word the
 * dictionary lacks stands as itself). Cues written as lemmas then match every
 * form a verb or noun takes: participles, gerunds, cases.
 */
export function russianLemmas(text: string): string[] {
  return [...text.matchAll(CYRILLIC_WORD)].map((m) => lemmaRu(m[0]) ?? m[0].toLowerCase().replace(/ё/g, 'е'));
}

/**
 * Whether the lemmas hold one of the single cues, or both words of a pair
 * within a few words of each other in either order («подвела итоги», «итоги
 * подвела», «слово было предоставлено»).
 */
export function hasLemmaCue(lemmas: readonly string[], singles: ReadonlySet<string>, pairs: ReadonlyArray<readonly [string, string]> = [], window = 3): boolean {
  if (lemmas.some((l) => singles.has(l))) return true;
  return pairs.some(([a, b]) => lemmas.some((l, i) => l === a && near(lemmas, i, b, window)));
}

function near(lemmas: readonly string[], i: number, lemma: string, window: number): boolean {
  for (let k = Math.max(0, i - window); k <= Math.min(lemmas.length - 1, i + window); k++) if (k !== i && lemmas[k] === lemma) return true;
  return false;
}
