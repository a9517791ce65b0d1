import { isOrdinaryEnglishWord } from '../text/englishWords.ts';
import { normalizeName } from '../text/normalizeName.ts';
import { stem } from '../text/stem.ts';
import { toLatin } from '../text/transliterate.ts';
import { nominativePhrase, parseRu, toNominative } from '../text/russianMorphology.ts';
import { isAllCaps, isCapitalized, type Token } from '../text/tokens.ts';
import { distance } from 'fastest-levenshtein';
import { transliterationKey, type CityInfo } from './cities.ts';
import type { Gazetteers } from './index.ts';

export interface PlaceMatch<T> {
  value: T;
  /** Token index after the match. */
  end: number;
}

/** "Democratic Republic of the Congo", "Saint Vincent and the Grenadines": official country names run longer than towns'. */
const COUNTRY_MAX_WORDS = 6;

interface PlaceIndex {
  countries: Map<string, string>;
}

/** The Russian names, by stem: built only when a report has a Cyrillic capitalised word to look up. */
interface RussianPlaceIndex {
  ruCountries: Map<string, string>;
  ruCities: Array<[string, CityInfo]>;
  /** Stems of one-word regions («Урал», «Сибирь»). */
  ruRegions: Set<string>;
}

const indexes = new WeakMap<Gazetteers, PlaceIndex>();
const russianIndexes = new WeakMap<Gazetteers, RussianPlaceIndex>();

function indexFor(g: Gazetteers): PlaceIndex {
  let idx = indexes.get(g);
  if (idx) return idx;
  idx = { countries: new Map() };
  for (const c of g.countries.all()) {
    for (const n of c.names) if (!/\p{Script=Cyrillic}/u.test(n)) idx.countries.set(normalizeName(n), c.code);
  }
  indexes.set(g, idx);
  return idx;
}

/**
 * Stemming a Russian name needs the Russian dictionary (seed/text/russianMorphology.ts),
 * which takes a large part of a second to load: an English report never asks
 * for this index, so it never loads the dictionary for it.
 */
function russianIndexFor(g: Gazetteers): RussianPlaceIndex {
  let idx = russianIndexes.get(g);
  if (idx) return idx;
  idx = { ruCountries: new Map(), ruCities: [], ruRegions: new Set(g.regions.filter((n) => /^[\p{Script=Cyrillic}\s-]+$/u.test(n)).map((n) => stemKey(n))) };
  for (const c of g.countries.all()) {
    for (const n of c.names) if (/\p{Script=Cyrillic}/u.test(n)) idx.ruCountries.set(stemKey(n), c.code);
  }
  for (const [name, info] of g.cities.curatedNames()) {
    if (/\p{Script=Cyrillic}/u.test(name)) idx.ruCities.push([stem(name), info]);
  }
  // Longer names first so Санкт-Петербург wins over Петербург.
  idx.ruCities.sort((a, b) => b[0].length - a[0].length);
  russianIndexes.set(g, idx);
  return idx;
}

function stemKey(s: string): string {
  return s.split(/\s+/).map((w) => stem(w)).join(' ');
}

function words(tokens: Token[], i: number, n: number): string | null {
  const slice = tokens.slice(i, i + n);
  if (slice.length < n) return null;
  for (let k = 1; k < slice.length; k++) {
    const prev = slice[k - 1];
    const cur = slice[k];
    // "St. Petersburg" keeps its dot; otherwise words must be adjacent in the text.
    if (!prev || !cur || cur.start - prev.end > 1) return null;
  }
  return slice.map((t) => t.text).join(' ').replace(/ \./g, '.');
}

/** A country named at token i (English name, or a Russian name in any case). */
export function matchCountryAt(tokens: Token[], i: number, g: Gazetteers): PlaceMatch<string> | null {
  const first = tokens[i];
  if (!first || !isCapitalized(first.text)) return null;
  for (let n = COUNTRY_MAX_WORDS; n >= 1; n--) {
    const w = words(tokens, i, n);
    if (!w) continue;
    const last = tokens[i + n - 1];
    if (last && !/^[\p{L}.]/u.test(last.text)) continue;
    // "U.S." ends on its own full stop; "Kazakhstan." ends before the sentence's.
    if (last?.text === '.' && !/^\p{L}$/u.test(tokens[i + n - 2]?.text ?? '')) continue;
    const code = /\p{Script=Cyrillic}/u.test(w) ? russianIndexFor(g).ruCountries.get(stemKey(w)) : indexFor(g).countries.get(normalizeName(w));
    if (code) return { value: code, end: i + n };
  }
  return null;
}

/** A country written as its official abbreviation at token i («РК», "RF"); see CountryGazetteer.codeOfAbbreviation. */
export function matchCountryAbbreviationAt(tokens: Token[], i: number, g: Gazetteers, named?: ReadonlySet<string>): PlaceMatch<string> | null {
  const t = tokens[i];
  // "LET US BUILD": inside a run of capitals an abbreviation is an ordinary word.
  const shouted = (k: number): boolean => {
    const w = tokens[k]?.text ?? '';
    return /^[A-Z]{2,}$/u.test(w) && isOrdinaryEnglishWord(w[0] + w.slice(1).toLowerCase());
  };
  if (shouted(i - 1) || shouted(i + 1)) return null;
  const code = t ? g.countries.codeOfAbbreviation(t.text, named) : null;
  return code ? { value: code, end: i + 1 } : null;
}

/**
 * A city named at token i: an English gazetteer name or a curated Russian one
 * (also as an adjective). `prefer` holds the countries the report names: a
 * name several towns share resolves to one of them, and a loose spelling may
 * reach their smaller towns.
 */
export function matchCityAt(tokens: Token[], i: number, g: Gazetteers, prefer?: ReadonlySet<string>): PlaceMatch<CityInfo> | null {
  const first = tokens[i];
  if (!first || !isCapitalized(first.text)) return null;
  // «ЛимГУ», "NairobiTech": a body's acronym built on a town's name is the body.
  // "The" is dropped by name normalisation: "The Trujillo Institute" is matched, if at all, from "Trujillo".
  if (/\p{Ll}\p{Lu}{2,}$/u.test(first.text) || /^the$/i.test(first.text)) return null;
  if (/\p{Script=Cyrillic}/u.test(first.text)) {
    // «Об этом сообщила…»: a preposition, conjunction or pronoun opening a sentence is no town (Ob').
    if (parseRu(first.text).some((p) => p.known && FUNCTION_POS.has(p.pos ?? ''))) return null;
    // «Семинар» shares a stem with Семей: a word the dictionary knows only as an ordinary word is a town only by its exact name.
    const pair = russianTwoWordTown(tokens, i, g, prefer);
    if (pair) return pair;
    if (ordinaryRussianWord(first.text) || ordinaryRussianAdjective(first.text)) {
      const exact = g.cities.lookup(first.text);
      return exact?.curated ? { value: exact, end: i + 1 } : null;
    }
    if (isRussianRegion(first.text, g) || isRussianRegionAdjective(first.text, g)) return null;
    const w = stem(first.text).toLowerCase();
    // «Семенович» shares a stem with Семей: a patronymic is a person's, whatever town it starts like.
    const patronymic = parseRu(first.text).some((p) => p.known && p.patronymic);
    for (const [s, info] of russianIndexFor(g).ruCities) {
      const key = s.toLowerCase();
      if (w.startsWith(key) && TOWN_STEM_TAIL.test(w.slice(key.length)) && (!patronymic || w === key)) return { value: info, end: i + 1 };
    }
    // Any other town: its Latin spelling, with a case or adjective ending taken off («Самарского» → Samara).
    const info = russianTownByLatin(first.text, g, prefer);
    return info ? { value: info, end: i + 1 } : null;
  }
  if (englishRegionAt(tokens, i, g)) return null;
  for (let n = 3; n >= 1; n--) {
    const w = words(tokens, i, n);
    if (!w) continue;
    const parts = tokens.slice(i, i + n);
    // A comma or bracket after the name is not part of it: the mention must end where the name does.
    if (!/^\p{L}/u.test(parts[parts.length - 1]?.text ?? '')) continue;
    if (parts.some((t) => /^\p{L}/u.test(t.text) && !isCapitalized(t.text))) continue;
    const info = g.cities.lookup(w, prefer);
    if (info) return { value: info, end: i + n };
  }
  // "Bishkek-based", "Astana's": the town a body is based in, written onto the word.
  const based = /-based$|['’]s$/u.test(first.text) ? g.cities.lookup(first.text.replace(/-based$|['’]s$/u, ''), prefer) : null;
  if (based) return { value: based, end: i + 1 };
  const single = first.text.replace(/-based$/, '');
  // An acronym ("ANUGE") is a body's short name, never a town spelled another way.
  const info = single.length >= 4 && !isAllCaps(single) ? g.cities.lookupLoose(single, prefer) : null;
  return info ? { value: { ...info, loose: true }, end: i + 1 } : null;
}

/** "Central Asia", "Central Asian", "Far Eastern": a well-known region or its adjective at i, whose first word may be a town's name. */
function englishRegionAt(tokens: Token[], i: number, g: Gazetteers): boolean {
  const phrases = englishRegionPhrases(g);
  return [2, 3].some((n) => phrases.has(tokens.slice(i, i + n).map((t) => t.text).join(' ')));
}

const regionPhrases = new WeakMap<Gazetteers, Set<string>>();

/** Every many-word English region with its adjectives, built once: it is asked at every capitalised word. */
function englishRegionPhrases(g: Gazetteers): Set<string> {
  let phrases = regionPhrases.get(g);
  if (!phrases) {
    const regions = g.regions.filter((r) => !/\p{Script=Cyrillic}/u.test(r) && r.includes(' '));
    phrases = new Set(regions.flatMap((r) => [r, `${r}n`, `${r.replace(/a$/u, '')}an`, `${r}ern`]));
    regionPhrases.set(g, phrases);
  }
  return phrases;
}

/** «Урала», «Сибири»: a well-known region in any case, which no loose spelling makes a town. */
export function isRussianRegion(word: string, g: Gazetteers): boolean {
  return /^\p{Script=Cyrillic}+$/u.test(word) && russianIndexFor(g).ruRegions.has(stemKey(word));
}

/** The index after a well-known region of one or two capitalised words at i («Урала», «Дальнего Востока»), or null. */
export function russianRegionEnd(tokens: Token[], i: number, g: Gazetteers): number | null {
  const [a, b] = [tokens[i]?.text ?? '', tokens[i + 1]?.text ?? ''];
  if (!isCapitalized(a) || !/\p{Script=Cyrillic}/u.test(a)) return null;
  if (isCapitalized(b) && /^\p{Script=Cyrillic}+$/u.test(b) && russianIndexFor(g).ruRegions.has(stemKey(`${a} ${b}`))) return i + 2;
  return isRussianRegion(a, g) ? i + 1 : null;
}

/**
 * What a town's word may add to the town's stem: nothing, a vowel the stemmer
 * left, or the -ск- of its adjective («Гомельского», «Карагандинского»,
 * «Пензенского»). «Семенов» adds more to Семей's stem: a surname, no town.
 */
const TOWN_STEM_TAIL = /^(?:[аеиоуыэюяё]?|(?:ин|ен|ов|ев|й)?ь?ск)$/u;

/**
 * «Уральского», «Сибирского», «Кубанского»: the adjective of a well-known
 * region, which names a body after the region, not after a town that shares
 * the stem (Уральск). The town's own forms («в Уральске») are nouns.
 */
export function isRussianRegionAdjective(word: string, g: Gazetteers): boolean {
  const m = /^(\p{Script=Cyrillic}{3,}?)ь?ск(?:ий|ого|ому|им|ом|ая|ой|ую|ое|ие|их|ими|ым|ых|ыми|ый)$/iu.exec(word);
  if (!m) return false;
  const regions = russianIndexFor(g).ruRegions;
  return regions.has(stem(m[1]!).toLowerCase()) || regions.has(m[1]!.toLowerCase());
}

const FUNCTION_POS = new Set(['PREP', 'CONJ', 'PRCL', 'NPRO', 'INTJ']);

/**
 * A word the dictionary knows as a common noun, whose every reading is an
 * ordinary word and none a place, name, surname or body. Adjectives alone
 * stay open: «Самарского» is how a town names a university.
 */
function ordinaryRussianWord(word: string): boolean {
  const parses = parseRu(word);
  // «Гости» is also a verb's imperative, and no less an ordinary word for it.
  return parses.some((p) => p.pos === 'NOUN') && parses.every((p) => p.known && !p.geo && !p.name && !p.surname && !p.patronymic && !p.org);
}

/**
 * A word the dictionary knows only as some other part of speech than a noun,
 * and not as a town's adjective in -ск- («Северного», «Открытый», «Городских»):
 * it is no town, though a town may share its Latin spelling.
 */
function ordinaryRussianAdjective(word: string): boolean {
  const known = parseRu(word).filter((p) => p.known);
  return known.length > 0 && !/ск/iu.test(word) && known.every((p) => p.pos !== 'NOUN' && !p.geo);
}

const RU_PLACE_ENDINGS = ['ского', 'ской', 'ском', 'скому', 'ским', 'ский', 'ская', 'ское', 'ских', 'ого', 'ому', 'ой', 'ом', 'ая', 'ий', 'ый', 'е', 'а', 'у', 'ы', 'и', 'я', 'ю'];

/**
 * The word as written, then with one case or adjective ending taken off
 * («Томского» → «Томск», «Тамбова» → «Тамбов»). A town's adjective drops
 * the town's own ending before -ск-, so its stem is tried bare and with the
 * usual final letters back («Асунсьонский» → «Асунсьон», «Осорненский» → «Осорно»,
 * «Латакийский» → «Латакия», «Кабульский» → «Кабул»).
 */
function russianPlaceForms(word: string): string[] {
  const out = [word];
  for (const e of RU_PLACE_ENDINGS) {
    if (word.length - e.length < 3 || !word.endsWith(e)) continue;
    const stem = word.slice(0, -e.length);
    if (!e.startsWith('ск')) {
      out.push(stem);
      continue;
    }
    out.push(`${stem}ск`, stem);
    // A consonant alternates before -ск- («Елабужский» → Елабуга, «Рижский» → Рига, «Пражский» → Прага).
    const alternated = /[жчш]$/u.test(stem) ? `${stem.slice(0, -1)}${{ ж: 'г', ч: 'к', ш: 'х' }[stem.slice(-1) as 'ж' | 'ч' | 'ш']}` : null;
    if (alternated) out.push(`${alternated}а`, alternated);
    const bare = stem.replace(/(?:ь|ий|ен|ов)$/u, '');
    if (bare !== stem && bare.length >= 3) out.push(`${bare}о`, `${bare}ово`, `${bare}ия`, `${bare}а`, bare);
    // «Ярославский» → Ярославль: a town in -ль drops it before -ск-.
    else out.push(`${stem}а`, `${stem}о`, `${stem}ль`);
    // «Каршинский» → Карши, «Алматинский» → Алматы: a town in -и/-ы takes -ин- before -ск-.
    const vowelTown = stem.replace(/ин$/u, '');
    if (vowelTown !== stem && vowelTown.length >= 3) out.push(`${vowelTown}и`, `${vowelTown}ы`);
  }
  return [...new Set(out)];
}

/**
 * A town of two Russian words in any case («в Великих Луках», «Сергиева
 * Посада»): the phrase put in the nominative, then spelled in Latin.
 */
function russianTwoWordTown(tokens: Token[], i: number, g: Gazetteers, prefer?: ReadonlySet<string>): PlaceMatch<CityInfo> | null {
  const a = tokens[i];
  const b = tokens[i + 1];
  if (!a || !b || b.start !== a.end + 1 || !/^\p{Lu}\p{Ll}/u.test(b.text) || !/\p{Script=Cyrillic}/u.test(b.text)) return null;
  const byPhrase = nominativePhrase(`${a.text} ${b.text}`);
  // «Набережных Челнов»: the dictionary reads the first word as a noun of its own, so the phrase keeps «Челнов»; word by word it is «Набережные Челны».
  const byWord = byPhrase.endsWith(` ${b.text}`) ? wordByWordNominative(a.text, b.text) : null;
  const phrase = byWord && g.cities.lookup(toLatin(byWord), prefer) ? byWord : byPhrase;
  const latin = toLatin(phrase);
  const exact = g.cities.lookup(latin, prefer);
  const info = exact ?? g.cities.lookupLoose(latin, prefer);
  if (!info || (!exact && !prefer?.has(info.countryCode))) return null;
  return { value: { ...info, loose: !exact, aliases: info.aliases.includes(phrase) ? info.aliases : [...info.aliases, phrase] }, end: i + 2 };
}

/** Two words in one oblique case put in the nominative each on its own: «Набережных Челнов» → «Набережные Челны». */
function wordByWordNominative(a: string, b: string): string | null {
  const noun = parseRu(b).find((p) => p.pos === 'NOUN' && !!p.case && p.case !== 'nomn');
  const first = noun && parseRu(a).find((p) => p.case === noun.case && p.number === noun.number && (p.pos === 'ADJF' || p.pos === 'NOUN'));
  return noun && first ? `${toNominative(a, first, noun.gender)} ${toNominative(b, noun)}` : null;
}

/**
 * A Russian word read as a town of the gazetteer through its Latin spelling.
 * Exact spellings of its forms first, then loose ones; of the loose ones, the
 * form spelled closest to the town's name wins, and it is kept as the town's
 * Russian name (the nominative: «Кабула» → «Кабул», «Асунсьонского» → «Асунсьон»)
 * unless the dictionary itself knows the place.
 */
function russianTownByLatin(word: string, g: Gazetteers, prefer?: ReadonlySet<string>): CityInfo | null {
  const town = russianTownByLatinSpelling(word, g, prefer);
  // «Приволжский», «Заволжский» are mostly a region's adjectives: one names a small town only when the town is curated.
  if (town && !town.curated && town.population < SMALL_TOWN && parseRu(word).some((p) => p.known && p.pos === 'ADJF')) return null;
  return town;
}

/** Below this, a town is rarely what an adjective in a body's name refers to. */
const SMALL_TOWN = 50_000;

function russianTownByLatinSpelling(word: string, g: Gazetteers, prefer?: ReadonlySet<string>): CityInfo | null {
  const geo = parseRu(word).find((p) => p.known && p.geo && p.pos === 'NOUN');
  const nominative = geo ? geo.lemma.replace(/(^|-)(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase()) : null;
  const forms = [...new Set([...(nominative ? [nominative] : []), ...russianPlaceForms(word)])];
  const found = (info: CityInfo, form: string): CityInfo => {
    const name = nominative ?? form;
    return { ...info, loose: true, aliases: name === word || info.aliases.includes(name) ? info.aliases : [...info.aliases, name] };
  };
  const wanted = (info: CityInfo | null): info is CityInfo => !!info && (!prefer || prefer.has(info.countryCode));
  // «Бухарского» spells both Buxar (as «Бухар») and Bukhara (as «Бухара»): of the exact spellings, the larger town.
  let exact: { info: CityInfo; form: string } | null = null;
  for (const form of forms) {
    const info = g.cities.lookup(toLatin(form), prefer);
    if (wanted(info) && (!exact || info.population > exact.info.population)) exact = { info, form };
  }
  if (exact) return found(exact.info, exact.form);
  // «Сельский» (rural) is spelled near Сальск: an adjective the dictionary knows names a small town only when spelled as the town is.
  const commonAdjective = parseRu(word).some((p) => p.known && p.pos === 'ADJF' && !p.geo);
  let best: { info: CityInfo; form: string; gap: number } | null = null;
  let fallback: CityInfo | null = null;
  for (const form of forms) {
    for (const latin of latinSpellings(form)) {
      const info = g.cities.lookupLoose(latin, prefer);
      if (!info) continue;
      if (!wanted(info)) {
        fallback ??= found(info, form);
        continue;
      }
      const gap = distance(transliterationKey(latin), transliterationKey(info.name));
      // «Родные» (native) is spelled near Rudnyy, a town of 110,000: a known adjective never names a town by a loose spelling.
      if (commonAdjective && !info.curated && spelledApart(latin, info.name)) continue;
      // Spelled as near, the larger town is the likelier («Бухарского»: Bukhara, not Buxar).
      if (!best || gap < best.gap || (gap === best.gap && info.population > best.info.population)) best = { info, form, gap };
    }
  }
  return best ? found(best.info, best.form) : fallback;
}

/** Two spellings of a town that differ by more than a Russian initial Е/Я/Ю written with or without its y (Elabuga, Yelabuga). */
function spelledApart(a: string, b: string): boolean {
  const key = (s: string): string => transliterationKey(s).replace(/^i(?=[aeou])/u, '');
  return key(a) !== key(b);
}

/**
 * Latin spellings of a Russian form: the standard transliteration, and the one
 * with г as h that Belarusian and Ukrainian towns use (Гомель → Homel).
 */
function latinSpellings(form: string): string[] {
  const latin = toLatin(form);
  return /[гГ]/u.test(form) ? [latin, toLatin(form.replace(/г/gu, 'х').replace(/Г/gu, 'Х'))] : [latin];
}
