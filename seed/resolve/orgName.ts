import { distance } from 'fastest-levenshtein';
import type { OrganizationKind } from '../extraction.ts';
import { matchCityAt, matchCountryAt } from '../gazetteer/matchPlace.ts';
import type { Gazetteers } from '../gazetteer/index.ts';
import {
  EN_ORG_HEADS,
  NAME_FUNCTION_WORDS,
  NOISE_NAME_WORDS,
  ORG_DESCRIPTORS,
  RU_ORG_HEADS,
  RU_ORG_WORDS,
} from '../extract/lexicon.ts';
import { findQuotedSpans, type QuotedSpan } from '../text/quotes.ts';
import { russianNominative } from './russianNominative.ts';
import { foldLatin, stem } from '../text/stem.ts';
import { isAllCaps, isCapitalized, tokenize, type Token } from '../text/tokens.ts';

/** An organization name taken apart into what identifies it. */
export interface OrgName {
  /** As written in the text. */
  surface: string;
  /** Cleaned for display: no leading article, no possessive. */
  display: string;
  kind: OrganizationKind;
  /** Canonical English head noun (university, foundation…), null for bare names and acronyms. */
  head: string | null;
  /** The quoted proper name ("Investment in the Future"), if any. */
  core: string | null;
  /** Who it is named after ("Y. Altynsarin"), before or after the base name. */
  eponym: string | null;
  /** Folded surname of the eponym, for comparison. */
  eponymKey: string | null;
  countryCode: string | null;
  /** A country is part of the name ("…of the Republic of Kazakhstan"). */
  countryInName: boolean;
  /** Comparison tokens: stemmed, translated, without function words, country and eponym. */
  tokens: string[];
  /** Words for the id, in written order. */
  slugWords: string[];
  acronym: string | null;
}

/** The head noun of an organization name, tolerant of plural and one-letter typos ("Unversity"). */
export function orgHeadOf(word: string): { head: string; kind: OrganizationKind } | null {
  const w = word.toLowerCase().replace(/['’]s$/, '');
  if (/\p{Script=Cyrillic}/u.test(w)) {
    for (const [s, en] of RU_ORG_HEADS) {
      if (!s.includes(' ') && w.startsWith(s) && w.length - s.length <= 3) return { head: en, kind: EN_ORG_HEADS[en] ?? 'other' };
    }
    return null;
  }
  const exact = EN_ORG_HEADS[w] ?? (w.endsWith('s') ? EN_ORG_HEADS[w.slice(0, -1)] : undefined);
  if (exact) return { head: w in EN_ORG_HEADS ? w : w.slice(0, -1), kind: exact };
  if (w.length >= 7) {
    for (const [h, kind] of Object.entries(EN_ORG_HEADS)) {
      if (h.length >= 7 && Math.abs(h.length - w.length) <= 1 && distance(h, w) <= 1) return { head: h, kind };
    }
  }
  return null;
}

function isInitial(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const dot = tokens[i + 1];
  return !!t && !!dot && /^\p{Lu}{1,2}$/u.test(t.text) && dot.text === '.' && dot.start === t.end;
}

const EPONYM_AFTER = /\s+(?:named after|имени|им\.)\s+((?:\p{Lu}\p{Ll}?\.\s*){0,3}\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})/u;

/** Takes an organization name apart; `g` supplies the places that may qualify it. */
export function parseOrgName(surface: string, g: Gazetteers): OrgName {
  let display = surface
    .trim()
    .replace(/^(?:the|The)\s+/, '')
    .replace(/['’]s$/, '')
    .replace(/[\s,.;:]+$/, '')
    .trim();
  display = russianNominative(fixHeadTypos(display));
  const quotes = findQuotedSpans(display);
  const coreSpan: QuotedSpan | undefined = quotes[0];
  const core = coreSpan ? coreSpan.inner.trim() : null;

  let working = display;
  let eponym: string | null = null;
  const after = EPONYM_AFTER.exec(working);
  if (after) {
    eponym = (after[1] ?? '').trim();
    working = working.slice(0, after.index) + working.slice(after.index + after[0].length);
  }
  let tokens = tokenize(working);
  if (!eponym) {
    const lead = leadingEponym(tokens, g);
    if (lead > 0) {
      eponym = working.slice(0, tokens[lead - 1]?.end ?? 0).trim();
      tokens = tokens.slice(lead);
    }
  }

  // Country qualifiers: "of the Republic of Kazakhstan", "Kazakhstan", "Республики Казахстан".
  let countryCode: string | null = null;
  let countryInName = false;
  const drop = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    if (inQuote(tokens[i], coreSpan, display, working)) continue;
    const m = matchCountryAt(tokens, i, g);
    if (!m) continue;
    countryCode ??= m.value;
    countryInName = true;
    for (let k = i; k < m.end; k++) drop.add(k);
    let j = i - 1;
    while (j >= 0 && /^(?:of|the|republic|республик\p{L}*)$/iu.test(tokens[j]?.text ?? '')) drop.add(j--);
    let k = m.end;
    while (k < tokens.length && /^(?:republic|республик\p{L}*)$/iu.test(tokens[k]?.text ?? '')) drop.add(k++);
    i = m.end - 1;
  }
  const kept = tokens.filter((_, i) => !drop.has(i));

  let head: string | null = null;
  let kind: OrganizationKind = 'other';
  const isRu = /\p{Script=Cyrillic}/u.test(display);
  const headIndexes = kept.map((t) => orgHeadOf(t.text));
  const headPos = isRu ? headIndexes.findIndex(Boolean) : findLastIndex(headIndexes, Boolean);
  const found = headIndexes[headPos];
  if (found) {
    head = found.head;
    kind = found.kind;
  }

  const demonymCode = firstDemonym(kept, g);
  countryCode ??= demonymCode;
  const compare: string[] = [];
  const slugWords: string[] = [];
  for (let i = 0; i < kept.length; i++) {
    const t = kept[i];
    if (!t || !/^[\p{L}\p{N}]/u.test(t.text)) continue;
    const lower = t.text.toLowerCase().replace(/['’]s$/, '');
    const h = i === headPos ? found : null;
    if (!(core && (NOISE_NAME_WORDS.has(lower) || g.countries.codeOfDemonym(lower)))) {
      if (!(NOISE_NAME_WORDS.has(lower) && kind === 'foundation')) slugWords.push(h && !isRu ? h.head : lower);
    }
    if (NAME_FUNCTION_WORDS.has(lower) || NOISE_NAME_WORDS.has(lower)) continue;
    if (core && g.countries.codeOfDemonym(lower)) continue;
    compare.push(h ? h.head : comparisonWord(lower));
  }
  const acronym = !head && kept.length === 1 && kept[0] && isAllCaps(kept[0].text) ? kept[0].text : null;
  const eponymSurname = eponym ? (eponym.split(/\s+/).pop() ?? '').replace(/[.,]/g, '') : null;
  const eponymKey = eponymSurname ? foldLatin(stem(eponymSurname)) : null;
  if (core) {
    slugWords.length = 0;
    slugWords.push(...core.toLowerCase().split(/\s+/));
    if (head) slugWords.push(head);
  }
  if (eponymKey && eponymSurname) slugWords.push(eponymSurname.toLowerCase());
  return {
    surface,
    display,
    kind,
    head,
    core,
    eponym,
    eponymKey,
    countryCode,
    countryInName,
    tokens: compare.filter(Boolean),
    slugWords,
    acronym,
  };
}

/** "Pedagogical Unversity" → "Pedagogical University": only head nouns are corrected, never names. */
function fixHeadTypos(s: string): string {
  return s.replace(/\p{L}{7,}/gu, (w) => {
    const h = orgHeadOf(w);
    if (!h || h.head === w.toLowerCase() || w.toLowerCase() === `${h.head}s` || /\p{Script=Cyrillic}/u.test(w)) return w;
    return /^\p{Lu}/u.test(w) ? h.head.charAt(0).toUpperCase() + h.head.slice(1) : h.head;
  });
}

function inQuote(t: Token | undefined, q: QuotedSpan | undefined, display: string, working: string): boolean {
  if (!t || !q || display !== working) return false;
  return t.start >= q.innerStart && t.end <= q.innerEnd;
}

function findLastIndex<T>(xs: T[], pred: (x: T) => boolean): number {
  for (let i = xs.length - 1; i >= 0; i--) if (pred(xs[i] as T)) return i;
  return -1;
}

function firstDemonym(tokens: Token[], g: Gazetteers): string | null {
  for (const t of tokens) {
    const c = g.countries.codeOfDemonym(t.text);
    if (c) return c;
  }
  return null;
}

/** A word as compared across languages: Russian name words translated, all stemmed and folded. */
function comparisonWord(lower: string): string {
  if (/\p{Script=Cyrillic}/u.test(lower)) {
    for (const [s, en] of RU_ORG_WORDS) if (lower.startsWith(s)) return stem(en);
    return foldLatin(stem(lower));
  }
  return stem(lower);
}

/**
 * Length of an eponym written before the base name: initials plus a surname
 * ("J. Balasagyn Kyrgyz…") or one or two capitalised words followed by a place
 * or descriptor ("Alkey Margulan Pavlodar Pedagogical…"). Zero if none.
 */
function leadingEponym(tokens: Token[], g: Gazetteers): number {
  let i = 0;
  while (isInitial(tokens, i)) i += 2;
  if (i > 0) return tokens[i] && isCapitalized(tokens[i]?.text ?? '') ? i + 1 : 0;
  const headAt = tokens.findIndex((t) => orgHeadOf(t.text));
  for (let d = 1; d <= 2 && d < headAt; d++) {
    const words = tokens.slice(0, d);
    if (!words.every((t) => isCapitalized(t.text) && !isAllCaps(t.text) && !isDescriptor(t.text, g) && !NAME_FUNCTION_WORDS.has(t.text.toLowerCase()))) return 0;
    const next = tokens[d];
    if (!next) return 0;
    if (isDescriptor(next.text, g) || matchCityAt(tokens, d, g) || matchCountryAt(tokens, d, g)) {
      // A place name in front is the name itself ("Kazan Federal University"), not an eponym.
      if (words.some((_, k) => matchCityAt(tokens, k, g) || matchCountryAt(tokens, k, g))) return 0;
      return d;
    }
  }
  return 0;
}

function isDescriptor(word: string, g: Gazetteers): boolean {
  const w = word.toLowerCase();
  return ORG_DESCRIPTORS.has(w) || g.countries.codeOfDemonym(w) !== null;
}

function tokensMatch(a: string, b: string): boolean {
  if (a === b) return true;
  const fa = foldLatin(a);
  const fb = foldLatin(b);
  if (fa === fb) return true;
  const min = Math.min(fa.length, fb.length);
  if (min >= 5 && (fa.startsWith(fb) || fb.startsWith(fa))) return true;
  if (min >= 5 && distance(fa, fb) <= (min >= 9 ? 2 : 1)) return true;
  return false;
}

/** Dice overlap of two token lists, tolerant of typos, transliteration and inflection. */
export function fuzzyDice(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 && b.length === 0) return 1;
  if (a.length === 0 || b.length === 0) return 0;
  const used = new Set<number>();
  let hits = 0;
  for (const x of a) {
    const j = b.findIndex((y, k) => !used.has(k) && tokensMatch(x, y));
    if (j >= 0) {
      used.add(j);
      hits++;
    }
  }
  return (2 * hits) / (a.length + b.length);
}

function initialsOf(n: OrgName): string {
  return n.display
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w) && !NAME_FUNCTION_WORDS.has(w.toLowerCase()))
    .map((w) => w[0])
    .join('');
}

/** How likely two organization names denote one body (0–1), and why. */
export function orgSimilarity(a: OrgName, b: OrgName): { score: number; reason: string } {
  if (a.acronym || b.acronym) {
    const [acr, other] = a.acronym ? [a, b] : [b, a];
    if (other.acronym === acr.acronym || initialsOf(other) === acr.acronym) return { score: 0.95, reason: `acronym ${acr.acronym}` };
    return { score: 0, reason: 'different acronym' };
  }
  if (a.head && b.head && a.kind !== b.kind) return { score: 0, reason: 'different kind' };
  if (a.countryCode && b.countryCode && a.countryCode !== b.countryCode && (a.countryInName || b.countryInName)) {
    return { score: 0, reason: 'different country' };
  }
  if (a.eponymKey && b.eponymKey && !tokensMatch(a.eponymKey, b.eponymKey)) return { score: 0, reason: 'named after different people' };
  if (a.core && b.core) {
    const d = fuzzyDice(coreTokens(a.core), coreTokens(b.core));
    return d === 1 ? { score: 1, reason: 'same quoted name' } : { score: 0.9 * d, reason: 'similar quoted names' };
  }
  const dice = fuzzyDice(a.tokens, b.tokens);
  if (a.eponymKey && b.eponymKey) return { score: 0.6 + 0.4 * dice, reason: 'same eponym and kind' };
  // A word only one name has ("Osh State Pedagogical University") may be what tells two bodies apart: suggest, never merge.
  if (dice < 1) return { score: 0.8 * dice, reason: 'similar names' };
  if (a.eponymKey || b.eponymKey) return { score: 0.92, reason: 'same name, eponym stated once' };
  return { score: 1, reason: 'same name' };
}

function coreTokens(core: string): string[] {
  return core
    .toLowerCase()
    .split(/[\s-]+/)
    .filter((w) => w && !NAME_FUNCTION_WORDS.has(w))
    .map(comparisonWord);
}
