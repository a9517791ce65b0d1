/** Every quotation mark a report may use around a name: '' "" «» “” „ ‘’ ‹› and backticks. */
export const QUOTE_CHARS = `'"«»“”„‟‘’‚‛‹›\``;
const QUOTES = new RegExp(`[${QUOTE_CHARS}]`, 'g');

/**
 * The comparison form of a name: Unicode-normalised, lower case, quotes and
 * possessives removed, ё folded to е, a leading article dropped, whitespace
 * and dashes collapsed. Used for alias lookups and for the loader's searches.
 */
export function normalizeName(s: string): string {
  let normal = NORMALIZED.get(s);
  if (normal === undefined) {
    normal = normalize(s);
    if (NORMALIZED.size >= NORMALIZED_MAX) NORMALIZED.clear();
    NORMALIZED.set(s, normal);
  }
  return normal;
}

// Resolution compares every name of a report with every alias of each
// candidate: the same few thousand names, normalised again and again, were
// the largest part of loading's CPU. Bounded, so a long-running server keeps
// a steady footprint.
const NORMALIZED = new Map<string, string>();
const NORMALIZED_MAX = 100_000;

function normalize(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/(\p{L})['’]s\b/gu, '$1')
    .replace(QUOTES, ' ')
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/\s*-\s*/g, '-')
    .replace(/[.,;:!?()[\]{}]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '');
}
