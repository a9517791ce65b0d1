import { matchCityAt, matchCountryAbbreviationAt, matchCountryAt } from '../gazetteer/matchPlace.ts';
import type { Sentence } from '../text/sentences.ts';
import { tokenize, type Token } from '../text/tokens.ts';
import { PATRONYMIC_SHAPED, POST_WORD, TOWN_HOSTS_AFTER } from './lexicon.ts';
import { isKnownGivenName, isOrdinaryEnglishWord } from '../text/englishWords.ts';
import { orgHeadOf } from '../resolve/orgName.ts';
import { matchCuratedOrganization } from '../resolve/curatedMatch.ts';
import { normalizeName } from '../text/normalizeName.ts';
import { lemmaRu, parseRu, personNamePart } from '../text/russianMorphology.ts';
import { firstNameIndex } from './personExtractor.ts';
import { inside, type CityCandidate, type CountryCandidate, type ExtractionContext, type Extractor } from './Extractor.ts';

/** A city this small is only trusted when a locative word introduces it ("in X"). */
const UNANCHORED_CITY_POPULATION = 100_000;
const LOCATIVE_BEFORE = /(?:\b(?:in|at|from|to|city of|town of|visited|toured|across|throughout)(?:\s+the)?|(?<![\p{L}])(?:в|во|из|г\.|город\p{L}*|посетил\p{L}*))\s*$/iu;

/**
 * Countries (any English or Russian name, any case ending) and cities. A city
 * name is trusted when curated, or when its country is named in the report, or
 * when a locative word introduces a large city; this keeps "Mobile exhibitions"
 * from becoming Mobile, Alabama.
 */
export const placeExtractor: Extractor = {
  name: 'place',
  extract(ctx: ExtractionContext): Array<CountryCandidate | CityCandidate> {
    const names = ctx.found.filter((c) => c.type === 'Organization' && !c.reference);
    const eponyms = eponymWords(ctx.text);
    const perSentence = ctx.sentences.map((s) => ({ s, tokens: tokenize(s.text, s.start) }));
    const countries: CountryCandidate[] = countriesNamed(ctx, perSentence).map((c) => ({ ...c, insideName: c.insideName || names.some((n) => inside(c, n)) }));
    const named = new Set(countries.map((c) => c.code));
    for (const { s, tokens } of perSentence) {
      for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i];
        const m = matchCountryAbbreviationAt(tokens, i, ctx.gazetteers, named);
        if (!t || !m) continue;
        countries.push({ type: 'Country', start: t.start, end: t.end, text: t.text, sentence: s.index, code: m.value, insideName: names.some((n) => inside(t, n)) });
      }
    }
    const reportCountries = new Set(countries.map((c) => c.code));
    const givenNames = firstNameIndex(ctx.curated.firstNames);
    // «Уральский федеральный университет» is named after a region, not the town of Uralsk: inside a known body's
    // name, a town read from an adjective counts only when the body's own names spell it.
    const known = names.flatMap((n) => {
      const org = n.type === 'Organization' ? matchCuratedOrganization(n.name, ctx.curated, ctx.gazetteers) : null;
      return org ? [{ start: n.start, end: n.end, names: [org.name, ...org.aliases].join(' ').toLowerCase() }] : [];
    });
    const citiesNamed = (countriesVouching: ReadonlySet<string>): CityCandidate[] =>
      citiesNamedIn(ctx, perSentence, countries, countriesVouching, givenNames, names, eponyms).filter(
        (c) => !c.city.loose || !known.some((k) => inside(c, k) && !k.names.includes(c.city.name.toLowerCase())),
      );
    let cities = citiesNamed(reportCountries);
    // A report that names towns of one country without naming it ("from Osh and Naryn") is set there all the same:
    // the towns its trusted cities place it in vouch for the smaller ones.
    const implied = new Set(cities.map((c) => c.city.countryCode).filter((code) => !reportCountries.has(code)));
    if (implied.size > 0) cities = citiesNamed(new Set([...reportCountries, ...implied]));
    return [...countries, ...cities];
  },
};

type SentenceTokens = Array<{ s: Sentence; tokens: Token[] }>;

/** The cities a report names, trusted as far as the countries in `reportCountries` vouch for them. */
function citiesNamedIn(
  ctx: ExtractionContext,
  perSentence: SentenceTokens,
  countries: readonly CountryCandidate[],
  reportCountries: ReadonlySet<string>,
  givenNames: ReturnType<typeof firstNameIndex>,
  names: ReadonlyArray<{ start: number; end: number }>,
  eponyms: ReadonlySet<string>,
): CityCandidate[] {
  const cities: CityCandidate[] = [];
  const listed: CityCandidate[] = [];
  for (const { s, tokens } of perSentence) {
    for (let i = 0; i < tokens.length; i++) {
      const start = tokens[i]?.start ?? 0;
      if (countries.some((c) => start >= c.start && start < c.end)) continue;
      const m = matchCityAt(tokens, i, ctx.gazetteers, reportCountries);
      if (!m) continue;
      // "Helsinki's": the town's mention ends before its possessive, as the body's name before it does.
      const end = (tokens[m.end - 1]?.end ?? start) - (/['’]s$/u.test(tokens[m.end - 1]?.text ?? '') ? 2 : 0);
      const city = m.value;
      const before = ctx.text.slice(Math.max(s.start, start - 12), start);
      // A spelling-blind match stands only in a country the report names, and never for an ordinary word or a given name;
      // a town called like an ordinary word ("University", "Central", "March") stands only after a locative word.
      const trusted = city.loose
        ? (reportCountries.has(city.countryCode) && !isOrdinaryEnglishWord(tokens[i]?.text ?? '') && !givenNames.has(normalizeName(tokens[i]?.text ?? '')) && (standsAlone(tokens, i) || names.some((n) => start >= n.start && start < n.end))) ||
          // «в Томске» in a report that names no country: a town the dictionary knows as a place, after «в», is that town.
          // «в Бердске», «школы № 5 г. Бердска»: so is a smaller one the dictionary knows by name.
          (LOCATIVE_BEFORE.test(before) && parseRu(tokens[i]?.text ?? '').some((p) => p.known && p.geo && p.pos === 'NOUN')) ||
          // «Томского государственного университета» in a Russian report that names no country: a large Russian town.
          (reportCountries.size === 0 && city.countryCode === 'RU' && city.population >= UNANCHORED_CITY_POPULATION && /\p{Script=Cyrillic}/u.test(tokens[i]?.text ?? '') && names.some((n) => start >= n.start && start < n.end))
        : city.curated ||
          (reportCountries.has(city.countryCode) && (m.end - i > 1 || !isOrdinaryEnglishWord(tokens[i]?.text ?? '') || LOCATIVE_BEFORE.test(before))) ||
          // "Blagoveshchensk State Pedagogical University": a large town opening a body's name is where the body is.
          ((LOCATIVE_BEFORE.test(before) || datelineAt(ctx.text, start, end) || opensBodyName(tokens, i, m.end, names) || closesBodyName(tokens, i, end, names) || /-based$|['’]s$/u.test(tokens[i]?.text ?? '') || TOWN_HOSTS_AFTER.test(ctx.text.slice(end, end + 20)) || listedAfterTown(cities, ctx.text, start)) && city.population >= UNANCHORED_CITY_POPULATION);
      // "in two cities, Blagoveshchensk and Heihe": a large town listed before a trusted one may be vouched for by it, once it is found.
      const listable = !trusted && !city.loose && city.population >= UNANCHORED_CITY_POPULATION && LIST_JOIN.test(ctx.text.slice(end, end + 6));
      if ((!trusted && !listable) || !cityNotName(tokens, i, m.end, ctx.text.slice(Math.max(s.start, start - 40), start), city.curated, givenNames)) continue;
      if (namesFeature(ctx.text.slice(end, end + 80)) || (eponyms.has(normalizeName(tokens[i]?.text ?? '')) && !placedByPreposition(before, tokens[m.end]))) continue;
      if (!city.curated && /\p{Script=Cyrillic}/u.test(tokens[i]?.text ?? '') && personalNameOnly(tokens[i]?.text ?? '')) continue;
      // «доцент … Милан Петрович»: a town's name right before a word in -ович/-евич is a given name before a surname or patronymic.
      if (m.end === i + 1 && tokens[i + 1]?.start === end + 1 && PATRONYMIC_SHAPED.test(tokens[i + 1]?.text ?? '')) continue;
      // «фонд Владимира Потанина»: a given name the dictionary also knows as a town, before a surname, is a person's.
      if (m.end === i + 1 && personNamePart(tokens[i]?.text ?? '') === 'given' && personNamePart(tokens[i + 1]?.text ?? '') === 'surname' && tokens[i + 1]?.start === end + 1) continue;
      (listable ? listed : cities).push({ type: 'City', start, end, text: ctx.text.slice(start, end), sentence: s.index, city, insideName: names.some((n) => inside({ start, end }, n)) });
      i = m.end - 1;
    }
  }
  // From the end of the text, so "A, B and ⟦C⟧" vouches for B, then B for A.
  for (const c of [...listed].reverse()) {
    if (cities.some((t) => t.start >= c.end && /^(?:\s*,\s*|\s+(?:and|и)\s+|\s*,\s*and\s+)$/u.test(ctx.text.slice(c.end, t.start)))) cities.push(c);
  }
  return cities.sort((a, b) => a.start - b.start);
}

const LIST_JOIN = /^(?:\s*,|\s+(?:and|и)\s)/u;

/** "University of Oulu": a town closing a body's name after its head and "of" is where the body is. */
function closesBodyName(tokens: Token[], i: number, end: number, names: ReadonlyArray<{ start: number; end: number }>): boolean {
  return tokens[i - 1]?.text === 'of' && !!orgHeadOf(tokens[i - 2]?.text ?? '') && names.some((n) => n.end === end);
}

/** A town's name right at the start of a body's name, before the body's own words ("Tarn State University"). */
function opensBodyName(tokens: Token[], i: number, end: number, names: ReadonlyArray<{ start: number; end: number }>): boolean {
  const start = tokens[i]?.start ?? -1;
  const next = tokens[end]?.text ?? '';
  return names.some((n) => n.start === start) && /^\p{Lu}/u.test(next) && (/^(?:State|National|Regional|Federal|City|Municipal|Pedagogical|Technical|Medical)$/u.test(next) || !!orgHeadOf(next));
}

/** "LIMA, 21 February 2024 —", «МОСКВА, 3 марта —»: a paragraph opening with a town and a date is datelined from that town. */
function datelineAt(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  return /^\s*$/.test(text.slice(lineStart, start)) && /^\s*(?:\([^()\n]{2,40}\))?\s*,\s*\d/u.test(text.slice(end, end + 50));
}

/** Countries by name (any case ending) and by adjective ("Finnish models", «германское общество»), also inside names. */
function countriesNamed(ctx: ExtractionContext, perSentence: SentenceTokens): CountryCandidate[] {
  const countries: CountryCandidate[] = [];
  for (const { s, tokens } of perSentence) {
    for (let i = 0; i < tokens.length; i++) {
      const m = matchCountryAt(tokens, i, ctx.gazetteers);
      if (!m) continue;
      const start = tokens[i]?.start ?? 0;
      const end = tokens[m.end - 1]?.end ?? start;
      countries.push({ type: 'Country', start, end, text: ctx.text.slice(start, end), sentence: s.index, code: m.value, insideName: false });
      i = m.end - 1;
    }
  }
  for (const { s, tokens } of perSentence) {
    for (const t of tokens) {
      // «российско-китайского», "Russian-Chinese", "Sino-Kazakh": each part of a compound adjective names its country.
      if (/^\p{L}{3,}(?:-\p{L}{3,})+$/u.test(t.text) && !countries.some((c) => t.start >= c.start && t.start < c.end)) {
        const parts = t.text.split('-');
        const demonymOf = (part: string): string | null => ctx.gazetteers.countries.codeOfDemonym(part) ?? ctx.gazetteers.countries.codeOfDemonym(part.replace(/о$/u, 'ий'));
        for (const [k, part] of parts.entries()) {
          if (k > 0 && AMERICAS.test(`${parts[k - 1]} ${part}`)) continue;
          // "Indo-Russian", "Anglo-French": a combining form names its country beside another country's
          // demonym only ("Indo-European", "Anglo-Saxon" name none).
          const combining = k < parts.length - 1 ? COMBINING_FORMS[part.toLowerCase()] : undefined;
          const code = combining ? (parts.slice(k + 1).some((p) => demonymOf(p) || COMBINING_FORMS[p.toLowerCase()]) ? combining : null) : demonymOf(part);
          if (code) countries.push({ type: 'Country', start: t.start, end: t.end, text: t.text, sentence: s.index, code, insideName: true });
        }
        continue;
      }
      if (!/^\p{L}{4,}$/u.test(t.text) || countries.some((c) => t.start >= c.start && t.start < c.end)) continue;
      if (!/\p{Script=Cyrillic}/u.test(t.text) && !/^\p{Lu}/u.test(t.text)) continue;
      const prev = tokens[tokens.indexOf(t) - 1]?.text ?? '';
      // "South African", "Sri Lankan": a demonym of two words, written with a single space.
      const before = tokens[tokens.indexOf(t) - 1];
      const pair = before && before.end + 1 === t.start && /^\p{Lu}/u.test(before.text) ? ctx.gazetteers.countries.codeOfDemonym(`${before.text} ${t.text}`) : null;
      if (pair && before) {
        countries.push({ type: 'Country', start: before.start, end: t.end, text: `${before.text} ${t.text}`, sentence: s.index, code: pair, insideName: true });
        continue;
      }
      if (AMERICAS.test(`${prev} ${t.text}`)) continue;
      // "Estonians", "Kazakhs": a people's plural names its country as its adjective does.
      const code = ctx.gazetteers.countries.codeOfDemonym(t.text) ?? (/^\p{Lu}\p{Ll}{3,}s$/u.test(t.text) ? ctx.gazetteers.countries.codeOfDemonym(t.text.slice(0, -1)) : null);
      if (code) countries.push({ type: 'Country', start: t.start, end: t.end, text: t.text, sentence: s.index, code, insideName: true });
    }
  }
  return countries;
}

/** "Latin American", "Ibero-American" name a region of the Americas, not the United States. */
const AMERICAS = /^(?:latin|central|south|north|pan|ibero|meso)\s+americans?$/iu;

/** Combining forms of a country's name that open compound adjectives ("Sino-Kazakh", "Indo-Russian", "Anglo-French"). */
const COMBINING_FORMS: Record<string, string> = { sino: 'CN', indo: 'IN', anglo: 'GB', franco: 'FR', russo: 'RU', germano: 'DE', italo: 'IT', hispano: 'ES', luso: 'PT', nippo: 'JP', greco: 'GR', turco: 'TR', polono: 'PL' };

const NAMED = new WeakMap<ExtractionContext, ReadonlySet<string>>();

/**
 * The countries a report names in full or by adjective: what a shared
 * abbreviation («РК», "KR") may stand for in it. Organizations are read
 * before places, so they ask here.
 */
export function namedCountries(ctx: ExtractionContext): ReadonlySet<string> {
  let named = NAMED.get(ctx);
  if (!named) {
    named = new Set(countriesNamed(ctx, ctx.sentences.map((s) => ({ s, tokens: tokenize(s.text, s.start) }))).map((c) => c.code));
    NAMED.set(ctx, named);
  }
  return named;
}

/** "named after Pedro Lopes", «имени А. С. Кузнецова»: the words of an eponym. */
const EPONYM_BEFORE = /(?:\bnamed\s+after|(?<![\p{L}])(?:имени|им\.))\s+(?:\p{Lu}[\p{L}-]*\.?\s*){0,3}$/u;

/**
 * A town's name that is another kind of word here: a head noun matched by
 * spelling ("Ministry" for Münster), an eponym, or a given name before a
 * capitalised word ("Dr. Adelaide Mensah"). Curated towns are always towns.
 */
function cityNotName(tokens: Token[], i: number, end: number, before: string, curated: boolean, givenNames: ReadonlyMap<string, string>): boolean {
  const word = tokens[i]?.text ?? '';
  if (orgHeadOf(word) || EPONYM_BEFORE.test(before)) return false;
  if (curated) return true;
  if (HONORIFIC_BEFORE.test(before) || inNameRun(tokens, i)) return false;
  // "Novi Sad", "San Jose": the town's own second word is no surname; only a capitalised word after the whole name is.
  const next = tokens[end];
  const given = givenNames.has(normalizeName(word)) || isKnownGivenName(word);
  return !(given && next && next.start === (tokens[end - 1]?.end ?? 0) + 1 && /^\p{Lu}\p{Ll}/u.test(next.text));
}

/** "Dr. Lincoln …", "Prof. Victoria …": a title makes the next words a person's name. */
const HONORIFIC_BEFORE = /(?:\b(?:Dr|Prof|Professor|Mr|Mrs|Ms|Mme|Sir|Dame|Rev)\.?|(?<![\p{L}])(?:г-н|г-жа|проф\.))\s*$/u;

/**
 * A Latin-script town's name right after another capitalised word of a name
 * ("New York" for York, "Maria Santos", "Anna Reading"): it is the end of
 * that name, unless the word before is a body's head word or an acronym
 * ("Information Centre Cusco", "UNESCO Quito").
 */
function inNameRun(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  if (!t || !prev || !/^[A-Z]/.test(t.text) || prev.end + 1 !== t.start) return false;
  if (!/^\p{Lu}\p{Ll}+$/u.test(prev.text) || orgHeadOf(prev.text) || /^(?:The|In|At|From|To|Of|And|For|With|By)$/.test(prev.text)) return false;
  const first = i - 1 === 0 || /^[.!?:;—–-]$/.test(tokens[i - 2]?.text ?? '');
  if (first && isOrdinaryEnglishWord(prev.text)) return false;
  // "Jorge Basadre Tacna State University": after an eponym, a town still opens the body's own words.
  const next = tokens[i + 1]?.text ?? '';
  return !(/^\p{Lu}/u.test(next) && (orgHeadOf(next) || isOrdinaryEnglishWord(next) || /^(?:State|National|Regional|City|Municipal)$/.test(next)) && !isOrdinaryEnglishWord(prev.text));
}

const SURNAME_LIKE = /(?:ов|ова|ев|ева|ин|ина|ский|ская|ского|ской|ову|евой|овой|ов|ev|ov|ova|eva|in|ina|sky|skaya)$/iu;

/**
 * A word matched only loosely is a town when nothing around it makes it part
 * of a name: no capitalised word right before or after it ("Oleksandr
 * Kovalenko", «имени Ломоносова»), not a post ("Minister"), not a surname form.
 */
function standsAlone(tokens: Token[], i: number): boolean {
  const t = tokens[i]?.text ?? '';
  const prev = tokens[i - 1]?.text ?? '';
  const next = tokens[i + 1]?.text ?? '';
  if (POST_WORD.test(t) || SURNAME_LIKE.test(t.replace(/-based$/, ''))) return false;
  if (/^(?:имени|им|after)$/iu.test(prev)) return false;
  const capital = (w: string): boolean => /^\p{Lu}\p{Ll}/u.test(w);
  return !(i > 0 && capital(prev)) && !(capital(next) && !t.endsWith('-based'));
}

/** "visited Lima, ⟦Cusco⟧ and …": a town listed right after a town already found. */
function listedAfterTown(cities: readonly CityCandidate[], text: string, start: number): boolean {
  const prev = cities[cities.length - 1];
  return !!prev && /^(?:\s*,\s*|\s+(?:and|и)\s+|\s*,\s*and\s+)$/u.test(text.slice(prev.end, start));
}

/** "named after Antonio José de Sucre", «имени Габриэлы Мистраль»: the last word of an eponym. */
const EPONYM = /(?:\bnamed\s+after|(?<![\p{L}])(?:имени|им\.))\s+(?:\p{Lu}\.\s*|\p{Lu}[\p{L}'’-]+\s+){0,3}(\p{Lu}[\p{L}'’-]+)/gu;

/**
 * The surnames a report names bodies after. Its short form ("Sucre
 * University") carries the person's name without "named after"; where that
 * surname is also a town's, it is the person, unless a locative word
 * introduces it ("in Sucre").
 */
function eponymWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(EPONYM)) {
    const w = m[1] ?? '';
    out.add(normalizeName(w));
    // Russian eponyms stand in the genitive («Неруды», «Мистраль»): the town would be written in another case.
    const lemma = /\p{Script=Cyrillic}/u.test(w) ? lemmaRu(w) : null;
    if (lemma) out.add(normalizeName(lemma));
  }
  return out;
}

/** "in Sucre." but not "at Sucre University": a town, not a body's short name. */
function placedByPreposition(before: string, next: Token | undefined): boolean {
  return /(?:\bin|(?<![\p{L}])(?:в|во))\s+$/iu.test(before) && !(next && /^\p{Lu}/u.test(next.text));
}

/** Words after a town's name that make the phrase a valley, river or region named after it, not the town. */
const FEATURE_AFTER = /^\s+(?:valley|river|lake|mountains?|basin|desert|peninsula|gulf|sea|region|province|oblast|district|област(?:ь|и|ью|ях|ей|ям|ями)|район\p{L}*|долин\p{L}*|рек\p{L}*|озер\p{L}*)(?![\p{L}])/iu;
/** "Naryn, Talas and Osh regions", «Туркестанской, Жамбылской и Ташкентской областей»: one word for features of several towns. */
const FEATURES_AFTER_LIST = /^(?:\s*(?:,|и|and|,\s*and)\s+\p{Lu}[\p{L}-]*)+\s+(?:valleys|rivers|lakes|regions|provinces|oblasts|districts|областей|областях|областям|областями|районов|районах)(?![\p{L}])/u;

function namesFeature(after: string): boolean {
  return FEATURE_AFTER.test(after) || FEATURES_AFTER_LIST.test(after);
}

/** A Russian word the dictionary knows as a given name, surname or patronymic and never as a place («Ушинского», «Макаренко»). */
function personalNameOnly(word: string): boolean {
  const parses = parseRu(word).filter((p) => p.known);
  return parses.some((p) => p.name || p.surname || p.patronymic) && !parses.some((p) => p.geo);
}
