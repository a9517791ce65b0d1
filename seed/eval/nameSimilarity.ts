import { distance } from 'fastest-levenshtein';

/**
 * Name comparison for scoring, kept identical to the dev set's reference
 * scorer (shared/tools/score-extraction.mjs) so both give the same figures:
 * case, diacritics, quotes, punctuation and "the" do not count.
 */
export function scoringForm(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[«»“”„"'‘’`´]/g, '')
    .replace(/[.,;:()[\]!?]/g, ' ')
    .replace(/\bthe\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function tokens(s: string): Set<string> {
  return new Set(scoringForm(s).split(' ').filter((t) => t.length > 1));
}

function jaccard(a: string, b: string): number {
  const A = tokens(a);
  const B = tokens(b);
  if (A.size === 0 || B.size === 0) return 0;
  let shared = 0;
  for (const t of A) if (B.has(t)) shared++;
  return shared / (A.size + B.size - shared);
}

/**
 * How alike two entities are, given every name of each: 1 when any two names
 * have the same scoring form, else the best word overlap (Jaccard) or
 * edit-distance ratio over all pairs.
 */
export function nameSimilarity(namesA: readonly string[], namesB: readonly string[]): number {
  let best = 0;
  for (const a of namesA) {
    for (const b of namesB) {
      const na = scoringForm(a);
      const nb = scoringForm(b);
      if (!na || !nb) continue;
      if (na === nb) return 1;
      const ratio = 1 - distance(na, nb) / Math.max(na.length, nb.length);
      best = Math.max(best, jaccard(a, b), ratio);
    }
  }
  return best;
}

/**
 * How far one description is contained in the other: the share of the
 * shorter's words found in the longer, counted only when it is at least 0.75
 * and the shorter has two words or more. A practice is often extracted in
 * fewer words than the annotator wrote ("blended courses" for "blended
 * courses combining online modules with cluster meetings"); a single generic
 * word must not match everything.
 */
export function descriptionOverlap(namesA: readonly string[], namesB: readonly string[]): number {
  let best = 0;
  for (const a of namesA) {
    for (const b of namesB) {
      const A = tokens(a);
      const B = tokens(b);
      const [shorter, longer] = A.size <= B.size ? [A, B] : [B, A];
      if (shorter.size < 2) continue;
      let shared = 0;
      for (const t of shorter) if (longer.has(t)) shared++;
      const overlap = shared / shorter.size;
      if (overlap >= 0.75) best = Math.max(best, overlap);
    }
  }
  return best;
}
