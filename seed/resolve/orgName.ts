import { distance } from 'fastest-levenshtein';
import type { OrganizationKind } from '../extraction.ts';
import { matchCityAt as matchAnyCityAt, matchCountryAbbreviationAt, matchCountryAt } from '../gazetteer/matchPlace.ts';
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
import { abbreviates, isAcronym } from './acronym.ts';
import { genericWord, genericWordsOf, isFunctionWord, properKey, properKeysMatch } from './institutionalVocabulary.ts';
import { russianNominative } from './russianNominative.ts';
import { personNamePart } from '../text/russianMorphology.ts';
import { boundedMemo } from '../text/boundedMemo.ts';
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
  /** The name without a country abbreviation («МОН» of «МОН РК»): what an acronym is read from. */
  base: string;
  /** Comparison tokens: stemmed, translated, without function words, country and eponym. */
  tokens: string[];
  /** Words for the id, in written order. */
  slugWords: string[];
  acronym: string | null;
  /** Institutional words in canonical English (university, state, cooperation…), in written order. */
  generic: string[];
  /**
   * What tells this body apart from others built of the same words, as keys:
   * `cc:KZ` a country, `ep:…` an eponym, `w:…` a place, brand or other proper word.
   */
  proper: string[];
  /** An office or branch of another body: its parent's name and the place that qualifies it ("in Almaty"). */
  office: { parent: OrgName; qualifier: string | null } | null;
}

const RU_ADJECTIVE = /\p{L}{3,}(?:ый|ий|ой|ая|яя|ое|ее|ого|его|ому|ему|ым|им|ых|их|ую|юю|ыми|ими)$/u;

/** The head noun of an organization name, tolerant of plural and one-letter typos ("Unversity"). */
export function orgHeadOf(word: string): { head: string; kind: OrganizationKind } | null {
  const w = word.toLowerCase().replace(/['’]s$/, '');
  if (/\p{Script=Cyrillic}/u.test(w)) {
    // An adjective («профсоюзный», «школьный») describes a head; it is not one.
    if (RU_ADJECTIVE.test(w)) return null;
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

/**
 * A city named exactly at token i. A loose spelling match ("Margulan" for
 * Marg‘ilon) is for running text; inside a name it would turn an eponym into a town.
 */
function matchCityAt(tokens: Token[], i: number, g: Gazetteers): ReturnType<typeof matchAnyCityAt> {
  const m = matchAnyCityAt(tokens, i, g);
  return m && !m.value.loose ? m : null;
}

function isInitial(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const dot = tokens[i + 1];
  return !!t && !!dot && /^\p{Lu}{1,2}$/u.test(t.text) && dot.text === '.' && dot.start === t.end;
}

// A title may stand before the eponym («имени академика И. П. Павлова», "named after Academician …"): it is the eponym's.
const EPONYM_AFTER = /\s+(?:named after|имени|им\.)\s+((?:(?:[Аа]кадемик|[Пп]рофессор|[Гг]енерал|[Мм]аршал|[Пп]исател|[Пп]оэт|[Гг]еро|[Сс]вятител|[Сс]вят|[Дд]октор|[Aa]cademician|[Pp]rofessor|[Gg]eneral|[Mm]arshal|Saint|St\.)\p{L}*\s+)?(?:\p{Lu}\p{Ll}?\.\s*){0,3}\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})/u;

/**
 * A Russian eponym up to the next given name: a given name never follows the
 * first word of an eponym («Габриэлы Мистраль», «Рубена Дарио»), so one that does
 * starts the next person's name («Боливара Мария Киспе» → «Боливара»).
 */
function eponymWithoutNextName(eponym: string): string {
  if (!/\p{Script=Cyrillic}/u.test(eponym)) return eponym;
  const words = eponym.split(/\s+/);
  for (let k = 1; k < words.length; k++) {
    const w = words[k] ?? '';
    if (/\.$/.test(words[k - 1] ?? '') || /\.$/.test(w)) continue;
    // A second word that can end an eponym («Садриддина Айни») is kept unless it is a nominative given name after a genitive.
    const last = k === words.length - 1;
    if (personNamePart(w) === 'given' && (!last || k >= 2 || (/[ая]$/u.test(words[k - 1] ?? '') && /[бвгджзклмнпрстфхцчшщ]$/u.test(w)))) return words.slice(0, k).join(' ');
  }
  return eponym;
}

export interface ParseOptions {
  /** The countries the report names, so a shared abbreviation («РК») reads as one of them. */
  namedCountries?: ReadonlySet<string>;
  depth?: number;
}

/** Takes an organization name apart; `g` supplies the places that may qualify it. */
export function parseOrgName(surface: string, g: Gazetteers, options: ParseOptions = {}): OrgName {
  const depth = options.depth ?? 0;
  let display = surface
    .trim()
    .replace(/^(?:the|The)\s+/, '')
    // "UNESCO's International Institute …": the owner is the parent body, not part of the name.
    .replace(/^\p{Lu}{2,}['’]s\s+(?=\p{Lu})/u, '')
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
    const own = eponymWithoutNextName(eponym);
    if (own !== eponym && display.endsWith(eponym)) {
      // «… имени Боливара Мария Киспе»: the name after the eponym is the next person in the sentence.
      display = display.slice(0, display.length - eponym.length + own.length);
      working = display;
      eponym = own;
    }
    const again = EPONYM_AFTER.exec(working) ?? after;
    working = working.slice(0, again.index) + working.slice(again.index + again[0].length);
  }
  let tokens = tokenize(working);
  if (!eponym) {
    const lead = leadingEponym(tokens, g);
    // A country adjective in front ("Kyrgyz National…", "Korea International…") names the country, not a person.
    const countryWord = lead === 1 && countryOfWord(properKey(tokens[0]?.text ?? ''), g);
    if (lead > 0 && !countryWord) {
      eponym = working.slice(0, tokens[lead - 1]?.end ?? 0).trim();
      tokens = tokens.slice(lead);
    }
  }

  // Country qualifiers: "of the Republic of Kazakhstan", "Kazakhstan", "Республики Казахстан".
  let countryCode: string | null = null;
  let countryInName = false;
  let base = display;
  const drop = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    if (inQuote(tokens[i], coreSpan, display, working)) continue;
    const full = matchCountryAt(tokens, i, g);
    const m = full ?? matchCountryAbbreviationAt(tokens, i, g, options.namedCountries);
    if (!m) continue;
    const t = tokens[i];
    if (!full && t) base = `${working.slice(0, t.start)}${working.slice(t.end)}`.replace(/\s+/g, ' ').trim();
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
  const ofStart = tokens.find((t) => /^(?:of|for)$/i.test(t.text))?.start ?? Infinity;
  const headPos = isRu ? headIndexes.findIndex(Boolean) : englishHeadPos(kept, headIndexes, ofStart);
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
  const { generic, proper } = identityWords(kept, core, g);
  if (eponymSurname) proper.push(`ep:${properKey(eponymSurname)}`);
  if (countryCode && !proper.includes(`cc:${countryCode}`)) proper.push(`cc:${countryCode}`);
  const abbreviation = kept.length === 1 && kept[0] && isAcronym(kept[0].text) ? kept[0].text : null;
  if (abbreviation && !core) proper.push(`ac:${abbreviation.toLowerCase()}`);
  const officeParts = depth === 0 ? splitOffice(display, g) : null;
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
    base,
    tokens: compare.filter(Boolean),
    slugWords,
    acronym: acronym ?? (head ? null : abbreviation),
    generic,
    proper: [...new Set(proper)],
    office: officeParts ? { parent: parseOrgName(officeParts.parent, g, { ...options, depth: depth + 1 }), qualifier: officeParts.qualifier } : null,
  };
}

/**
 * The name's words split into institutional vocabulary (canonical English)
 * and the words that tell bodies apart. Countries named as a word or an
 * adjective ("Korea", «Кыргызская») become `cc:` keys.
 */
function identityWords(kept: Token[], core: string | null, g: Gazetteers): { generic: string[]; proper: string[] } {
  const generic: string[] = [];
  const proper: string[] = [];
  const cities = new Set<Token>();
  for (let i = 0; i < kept.length; i++) {
    const m = matchCityAt(kept, i, g);
    if (m) for (let k = i; k < m.end; k++) cities.add(kept[k] as Token);
  }
  for (const t of kept) {
    if (!/^[\p{L}\p{N}]/u.test(t.text) || isFunctionWord(t.text) || NAME_FUNCTION_WORDS.has(t.text.toLowerCase())) continue;
    const words = genericWordsOf(t.text);
    if (words.length > 0 && !(core && core.includes(t.text))) {
      // «профсоюз» is the standard contraction of «профессиональный союз»: both compare as "professional union".
      if (/^профсоюз/iu.test(t.text)) generic.push('professional');
      generic.push(...words);
      continue;
    }
    if (/^\p{N}+$/u.test(t.text) && !core) {
      proper.push(`w:${t.text}`);
      continue;
    }
    const key = properKey(t.text);
    if (!key) continue;
    const code = g.countries.codeOfDemonym(t.text) ?? countryOfWord(key, g);
    proper.push(code ? `cc:${code}` : cities.has(t) ? `pl:${key}` : `w:${key}`);
  }
  return { generic, proper };
}

const COUNTRY_KEYS = new WeakMap<Gazetteers, Array<[string, string]>>();

/** A country a proper word names ("Korea", "Mongolian", «Кыргызская»): the key of the longest word of one of its names. */
function countryOfWord(key: string, g: Gazetteers): string | null {
  let keys = COUNTRY_KEYS.get(g);
  if (!keys) {
    keys = [];
    for (const c of g.countries.all()) {
      for (const n of c.names) {
        const longest = n.split(/[\s,-]+/).filter((w) => !isFunctionWord(w) && !genericWord(w) && !COUNTRY_NAME_NOISE.has(w.toLowerCase())).sort((a, b) => b.length - a.length)[0];
        if (longest && longest.length >= 4) keys.push([properKey(longest), c.code]);
      }
    }
    COUNTRY_KEYS.set(g, keys);
  }
  if (key.length < 4 || continentKeys().has(key)) return null;
  // A demonym is the country's name or its start ("Tajik" of Tajikistan), never the country's name plus more.
  // …or the name and an adjective ending ("Ecuadorian", "Chilean", "Togolese").
  const longest = /(?:ian|ean|ese)$/.test(key) ? 3 : 2;
  for (const [k, code] of keys) if (k === key || (key.length >= 4 && k.startsWith(key)) || (k.length >= 5 && key.startsWith(k) && key.length - k.length <= longest)) return code;
  return null;
}

let CONTINENTS: Set<string> | null = null;

/** Continents and parts of the world: "in Africa" is no country, though "Africa" begins "African Republic". */
function continentKeys(): Set<string> {
  CONTINENTS ??= new Set(
    ['Africa', 'African', 'Asia', 'Asian', 'Europe', 'European', 'America', 'Americas', 'Oceania', 'Eurasia', 'Eurasian', 'Африка', 'Азия', 'Европа', 'Америка', 'Океания', 'Евразия'].map(properKey),
  );
  return CONTINENTS;
}

const COUNTRY_NAME_NOISE = new Set(['north', 'south', 'east', 'west', 'republic', 'democratic', 'united', 'kingdom', 'states', 'islands', 'island', 'federation', 'arab', 'central', 'new', 'saint', 'people', "people's", 'plurinational', 'bolivarian', 'islamic', 'socialist', 'federated', 'территории', 'республика', 'народная', 'демократическая', 'объединённые', 'объединенные', 'соединённые', 'соединенные', 'штаты', 'королевство', 'острова', 'южная', 'северная', 'федерация']);

const IN_WORDS = new Set(['in', 'в', 'во', 'at']);

/**
 * An office or branch and its parent: "UNICEF Country Office in the Kyrgyz
 * Republic", "UNESCO Almaty Office", "Shaki Branch of X", «Представительство
 * ЮНИСЕФ в Таджикистане», "British Council in Azerbaijan". The qualifier is a
 * key of the place ("cc:TJ", "w:almati"); null when no place is named.
 */
function splitOffice(display: string, g: Gazetteers): { parent: string; qualifier: string | null } | null {
  const words = display.replace(/[,;]/g, ' ').split(/\s+/).filter(Boolean);
  const kindOf = (w: string): string | null => genericWord(w.replace(/[.]$/, ''));
  const officeAt = words.findIndex((w) => ['office', 'branch'].includes(kindOf(w) ?? ''));
  let inAt = -1;
  for (let i = words.length - 2; i > 0; i--) if (IN_WORDS.has((words[i] ?? '').toLowerCase())) {
    inAt = i;
    break;
  }
  let qualifier = inAt > 0 ? placeKey(words.slice(inAt + 1).join(' '), g) : null;
  const end = qualifier ? inAt : words.length;
  if (officeAt < 0 || officeAt >= end) {
    if (!qualifier || inAt < 1) return null;
    const body = words.slice(0, inAt);
    return { parent: acronymInBrackets(body) ?? body.join(' '), qualifier };
  }
  const stripGeneric = (ws: string[]): string[] => {
    const out = [...ws];
    while (out.length && (kindOf(out[out.length - 1] ?? '') || isFunctionWord(out[out.length - 1] ?? ''))) out.pop();
    while (out.length && (kindOf(out[0] ?? '') || isFunctionWord(out[0] ?? ''))) out.shift();
    return out;
  };
  const before = stripGeneric(words.slice(0, officeAt));
  const afterStart = (words[officeAt + 1] ?? '').toLowerCase() === 'of' ? officeAt + 2 : officeAt + 1;
  // A parent named after the office word is named in full ("Branch of Inca State Pedagogical University"):
  // its institutional words are what tell it from other bodies of the same place.
  const after = words.slice(afterStart, end);
  while (after.length && isFunctionWord(after[0] ?? '')) after.shift();
  const isRu = /\p{Script=Cyrillic}/u.test(display);
  // English puts the parent before the office word unless "of" follows it; Russian after it.
  const parentFirst = !isRu && (words[officeAt + 1] ?? '').toLowerCase() !== 'of';
  let parent = parentFirst ? before : after;
  const rest = parentFirst ? after : before;
  if (parentFirst && !qualifier && parent.length > 1) {
    // "UNESCO Almaty Office": a place just before the office words qualifies it.
    const last = parent[parent.length - 1] ?? '';
    const key = placeKey(last, g);
    if (key && !isAcronym(last)) {
      qualifier = key;
      parent = parent.slice(0, -1);
    }
  }
  if (!qualifier && rest.length > 0) qualifier = placeKey(rest.join(' '), g) ?? `w:${rest.map(properKey).join('')}`;
  if (parent.length === 0) return null;
  return { parent: acronymInBrackets(parent) ?? parent.join(' '), qualifier };
}

/** "United Nations Development Programme (UNDP)", «Детского фонда ООН (ЮНИСЕФ)»: the acronym names the body in any language and case. */
function acronymInBrackets(words: string[]): string | null {
  const m = /^\((\p{Lu}[\p{Lu}\p{N}]+)\)$/u.exec(words[words.length - 1] ?? '');
  return m && words.length > 1 ? (m[1] ?? null) : null;
}

/** A key for a place phrase ("the Kyrgyz Republic" → cc:KG, «Бишкеке» → w:bishkek); null if it names no place. */
function placeKey(text: string, g: Gazetteers): string | null {
  const tokens = tokenize(text).filter((t) => /^\p{L}/u.test(t.text));
  if (tokens.length === 0 || tokens.length > 4) return null;
  for (let i = 0; i < tokens.length; i++) {
    const country = matchCountryAt(tokens, i, g);
    if (country) return `cc:${country.value}`;
    const city = matchCityAt(tokens, i, g);
    if (city) return `w:${properKey(city.value.name)}`;
  }
  const names = tokens.filter((t) => isCapitalized(t.text) && !isFunctionWord(t.text) && !genericWord(t.text));
  if (names.length === 0 || names.length !== tokens.filter((t) => !isFunctionWord(t.text) && !genericWord(t.text)).length) return null;
  const key = names.map((t) => properKey(t.text)).join('');
  const code = countryOfWord(key, g);
  return code ? `cc:${code}` : `w:${key}`;
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

/**
 * An English name's head: the last head noun before its first "of"/"for"
 * ("Ministry of Preschool and Secondary Education", "Tarma Branch of … University"),
 * else its last head noun ("Andean State University").
 */
function englishHeadPos(kept: Token[], heads: Array<unknown>, ofStart: number): number {
  const before = findLastIndex(heads, (h, i) => !!h && (kept[i]?.start ?? Infinity) < ofStart);
  return before >= 0 ? before : findLastIndex(heads, Boolean);
}

function findLastIndex<T>(xs: T[], pred: (x: T, i: number) => boolean): number {
  for (let i = xs.length - 1; i >= 0; i--) if (pred(xs[i] as T, i)) return i;
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

// Names are compared word by word with every candidate's; the same words come back report after report.
const folded = boundedMemo(foldLatin, 100_000);

function tokensMatch(a: string, b: string): boolean {
  if (a === b) return true;
  const fa = folded(a);
  const fb = folded(b);
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

/**
 * Where two names are compared: within one report a generic short form
 * ("the State University", "Ministry of Education") refers back to the body
 * the report named in full; across reports it identifies nothing.
 */
export type OrgScope = 'report' | 'graph';

/** How likely two organization names denote one body (0–1), and why. */
export function orgSimilarity(a: OrgName, b: OrgName, scope: OrgScope = 'report'): { score: number; reason: string } {
  if (a.office || b.office) return officeSimilarity(a, b, scope);
  // A name written as its acronym compares by letters; a full name that merely carries one ("… (TSPU)") compares by its words.
  const aLetters = writtenAsAcronym(a);
  const bLetters = writtenAsAcronym(b);
  if (aLetters || bLetters) {
    const [acr, other] = aLetters ? [a, b] : [b, a];
    const letters = acr.acronym ?? '';
    if (other.acronym && writtenAsAcronym(other)) return properKey(other.acronym) === properKey(letters) ? { score: 0.95, reason: `acronym ${letters}` } : { score: 0, reason: 'different acronym' };
    if (acr.countryCode && other.countryCode && acr.countryCode !== other.countryCode) return { score: 0, reason: 'different country' };
    const withoutEponym = other.display.replace(EPONYM_AFTER, '').replace(other.eponym ?? '\u0000', '');
    if (abbreviates(letters, other.display) || abbreviates(letters, withoutEponym) || abbreviates(letters, withoutCountry(other))) {
      return { score: 0.95, reason: `acronym ${letters}` };
    }
    return { score: 0, reason: 'different acronym' };
  }
  if (a.head && b.head && a.kind !== b.kind) return { score: 0, reason: 'different kind' };
  if (a.countryCode && b.countryCode && a.countryCode !== b.countryCode) return { score: 0, reason: 'different country' };
  if (a.eponymKey && b.eponymKey && !tokensMatch(a.eponymKey, b.eponymKey)) return { score: 0, reason: 'named after different people' };
  if (a.core && b.core) {
    const d = fuzzyDice(coreTokens(a.core), coreTokens(b.core));
    return d === 1 ? { score: 1, reason: 'same quoted name' } : { score: 0.9 * d, reason: 'similar quoted names' };
  }
  return properSimilarity(a, b, scope);
}

/** "MoES KR", «МОН РК»: an acronym with its country's abbreviation is still written as an acronym. */
function writtenAsAcronym(n: OrgName): boolean {
  return !!n.acronym && !/\s/.test(n.base.trim());
}

/** A name without its country qualifier, whose initials an acronym with a country abbreviation spells («МОН» of «Министерство образования и науки Республики …»). */
function withoutCountry(n: OrgName): string {
  return n.countryInName ? n.display.replace(/\s+(?:of\s+(?:the\s+)?)?(?:Republic\s+of\s+|Республик\p{L}*\s+)?\S+(?:\s+Republic|\s+Республик\p{L}*)?$/u, '') : n.display;
}

interface ProperMatch {
  /** matched keys, each as [key of a, key of b] */
  shared: Array<[string, string]>;
  onlyA: string[];
  onlyB: string[];
}

function keyMatches(x: string, y: string): boolean {
  const [tx, vx] = [x.slice(0, x.indexOf(':')), x.slice(x.indexOf(':') + 1)];
  const [ty, vy] = [y.slice(0, y.indexOf(':')), y.slice(y.indexOf(':') + 1)];
  if (tx === 'cc' || ty === 'cc') return tx === ty && vx === vy;
  return properKeysMatch(vx, vy);
}

export function matchProper(a: readonly string[], b: readonly string[]): ProperMatch {
  const used = new Set<number>();
  const shared: Array<[string, string]> = [];
  const onlyA: string[] = [];
  for (const x of a) {
    const j = b.findIndex((y, k) => !used.has(k) && keyMatches(x, y));
    if (j >= 0) {
      used.add(j);
      shared.push([x, b[j] as string]);
    } else onlyA.push(x);
  }
  return { shared, onlyA, onlyB: b.filter((_, k) => !used.has(k)) };
}

function isSubset(a: readonly string[], b: readonly string[]): boolean {
  const pool = [...b];
  for (const x of a) {
    const i = pool.indexOf(x);
    if (i < 0) return false;
    pool.splice(i, 1);
  }
  return true;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return new Set(a).size === new Set(b).size && [...new Set(a)].every((x) => b.includes(x));
}

const SCRIPT_CYRILLIC = /\p{Script=Cyrillic}/u;

/** Words that make a school of one field out of a general one (generic words are kept in English). */
const FIELD_OF_STUDY = new Set(['pedagogical', 'psychological', 'technical', 'medical', 'agrarian', 'agricultural', 'polytechnic', 'economic', 'law', 'linguistic', 'humanitarian', 'technological', 'industrial', 'architectural', 'art', 'arts', 'music', 'musical', 'sports', 'veterinary', 'oil', 'mining', 'transport', 'aviation', 'construction', 'engineering', 'teachers', 'teacher', 'pharmaceutical', 'nursing', 'military', 'naval', 'forestry', 'theatre', 'conservatory']);

/**
 * Names compared by what distinguishes them. Institutional words alone never
 * make two names one body across reports; distinguishing words must agree,
 * and a word only one name has is allowed when it is an eponym or country the
 * other leaves out, or when the other is a short form of it.
 */
function properSimilarity(a: OrgName, b: OrgName, scope: OrgScope): { score: number; reason: string } {
  const genDice = fuzzyDice(a.generic, b.generic);
  const genEqual = sameList(a.generic, b.generic);
  if (a.proper.length === 0 && b.proper.length === 0) {
    if (scope === 'graph') return { score: 0.6 * genDice, reason: 'only institutional words in common' };
    return genEqual ? { score: 1, reason: 'same name' } : { score: 0.8 * genDice, reason: 'similar names' };
  }
  const m = matchProper(a.proper, b.proper);
  if (m.shared.length === 0) {
    if (a.proper.length > 0 && b.proper.length > 0) return { score: 0, reason: 'different distinguishing words' };
    const [bare, full] = a.proper.length === 0 ? [a, b] : [b, a];
    if (scope === 'report' && isSubset(bare.generic, full.generic) && bare.generic.length > 0) return { score: 0.9, reason: 'short form of a name in the report' };
    return { score: 0.6 * genDice, reason: 'only institutional words in common' };
  }
  // A shared eponym or name word identifies; a shared place or country narrows down only.
  const named = m.shared.some(([x, y]) => x.startsWith('ep:') || y.startsWith('ep:') || (x.startsWith('w:') && y.startsWith('w:')));
  const loose = (keys: string[]): boolean => keys.every((k) => k.startsWith('ep:') || k.startsWith('cc:'));
  if (m.onlyA.length > 0 && m.onlyB.length > 0) {
    const crossScript = SCRIPT_CYRILLIC.test(a.display) !== SCRIPT_CYRILLIC.test(b.display);
    // Across scripts an untranslated word may be the same word; an eponym both share still identifies.
    if (crossScript && m.shared.some(([x, y]) => x.startsWith('ep:') && y.startsWith('ep:')) && genDice >= 0.8) return { score: 0.88, reason: 'same eponym and kind, across languages' };
    if (crossScript) return { score: 0.7 * genDice, reason: 'similar names across languages' };
    return { score: 0, reason: 'different distinguishing words' };
  }
  const extra = m.onlyA.length > 0 ? m.onlyA : m.onlyB;
  if (genEqual) {
    if (extra.length === 0) return { score: 1, reason: 'same name' };
    if (loose(extra)) return { score: 0.92, reason: 'same name, eponym or country stated once' };
    // Two or more words more make another body of the same family ("… Talent School of Chemistry and Biology").
    if (named && extra.length === 1) return { score: 0.88, reason: 'same name with one more word' };
    return { score: 0.7, reason: 'same institutional words, more distinguishing words' };
  }
  // The name without extra words must be the shorter one ("Franko University" of "Ivan Franko National University").
  const [short, long] = m.onlyA.length > 0 ? [b, a] : m.onlyB.length > 0 ? [a, b] : a.generic.length <= b.generic.length ? [a, b] : [b, a];
  const longHead = long.head ? (genericWord(long.head) ?? long.head) : null;
  // "Tomsk State University" is not short for "Tomsk State Pedagogical University": a field the longer name adds makes another school.
  // A shared eponym still identifies ("Nizami University").
  const eponymShared = m.shared.some(([x, y]) => x.startsWith('ep:') || y.startsWith('ep:'));
  const added = long.generic.filter((w) => !short.generic.includes(w));
  if (!eponymShared && added.length > 0 && added.every((w) => FIELD_OF_STUDY.has(w))) return { score: 0.3, reason: 'another field of study' };
  // A short form keeps the kind word ("… University"): "United Nations" is not a short form of a UN programme.
  if (named && short.generic.length > 0 && isSubset(short.generic, long.generic) && (!longHead || short.generic.includes(longHead))) return { score: 0.9, reason: 'short form of the name' };
  return { score: 0.8 * genDice, reason: 'similar names' };
}

/** An office is its parent's office in one place: parent and place must both agree. */
function officeSimilarity(a: OrgName, b: OrgName, scope: OrgScope): { score: number; reason: string } {
  if (!a.office || !b.office) return { score: 0, reason: 'an office and another body' };
  const qa = a.office.qualifier;
  const qb = b.office.qualifier;
  if (qa && qb && !keyMatches(qa, qb)) return { score: 0, reason: 'offices in different places' };
  if ((qa === null) !== (qb === null) && scope === 'graph') return { score: 0.6, reason: 'an office with and without its place' };
  const parents = orgSimilarity(a.office.parent, b.office.parent, scope);
  if (parents.score < 0.85) return { score: 0.6 * parents.score, reason: 'offices of different bodies' };
  const sameGeneric = sameList(a.generic, b.generic);
  // Without a place, only the office's own words tell two of them apart ("Regional Office" is not the "International Bureau of Education").
  if (!sameGeneric && qa === null && qb === null) return { score: 0.6, reason: 'offices of one body with other names and no place' };
  return { score: sameGeneric ? parents.score : Math.min(parents.score, 0.9), reason: `offices of one body (${parents.reason})` };
}

function coreTokens(core: string): string[] {
  return core
    .toLowerCase()
    .split(/[\s-]+/)
    .filter((w) => w && !NAME_FUNCTION_WORDS.has(w))
    .map(comparisonWord);
}
