/**
 * Baseline for the extraction benchmark: what an afternoon's regular
 * expressions give — capitalized name runs and quoted names per sentence,
 * every pair in a sentence a "relation". No gazetteer, no identity rules,
 * no Russian grammar. It bounds from above how fast extraction can be when
 * it understands nothing.
 */
const SENTENCE = /[^.!?\n]+[.!?]?/g;
const NAME = /(?:[A-ZА-ЯЁ][\p{L}.'-]+(?:\s+(?:of|the|for|named after|имени|[A-ZА-ЯЁ][\p{L}.'-]+))*)|[“«"'][^”»"']{3,80}[”»"']/gu;

export interface RegexExtraction {
  entities: number;
  relations: number;
}

export function regexExtract(text: string): RegexExtraction {
  const names = new Set<string>();
  let relations = 0;
  for (const s of text.match(SENTENCE) ?? []) {
    const found = [...new Set(s.match(NAME) ?? [])];
    for (const n of found) names.add(n.toLowerCase());
    relations += (found.length * (found.length - 1)) / 2;
  }
  return { entities: names.size, relations };
}
