import { normalizeName } from '../text/normalizeName.ts';
import { stem } from '../text/stem.ts';
import { toLatin } from '../text/transliterate.ts';
import { parseRu } from '../text/russianMorphology.ts';
import { isCapitalized, type Token } from '../text/tokens.ts';
import type { CityInfo } from './cities.ts';
import type { Gazetteers } from './index.ts';

export interface PlaceMatch<T> {
  value: T;
  /** Token index after the match. */
  end: number;
}

const MAX_WORDS = 4;

interface PlaceIndex {
  countries: Map<string, string>;
  ruCountries: Map<string, string>;
  ruCities: Array<[string, CityInfo]>;
}

const indexes = new WeakMap<Gazetteers, PlaceIndex>();

function indexFor(g: Gazetteers): PlaceIndex {
  let idx = indexes.get(g);
  if (idx) return idx;
  idx = { countries: new Map(), ruCountries: new Map(), ruCities: [] };
  for (const c of g.countries.all()) {
    for (const n of c.names) {
      if (/\p{Script=Cyrillic}/u.test(n)) idx.ruCountries.set(stemKey(n), c.code);
      else idx.countries.set(normalizeName(n), c.code);
    }
  }
  for (const [name, info] of g.cities.curatedNames()) {
    if (/\p{Script=Cyrillic}/u.test(name)) idx.ruCities.push([stem(name), info]);
  }
  // Longer names first so Санкт-Петербург wins over Петербург.
  idx.ruCities.sort((a, b) => b[0].length - a[0].length);
  indexes.set(g, idx);
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
  const idx = indexFor(g);
  for (let n = MAX_WORDS; n >= 1; n--) {
    const w = words(tokens, i, n);
    if (!w) continue;
    const last = tokens[i + n - 1];
    if (last && !/^[\p{L}.]/u.test(last.text)) continue;
    const code = /\p{Script=Cyrillic}/u.test(w) ? idx.ruCountries.get(stemKey(w)) : idx.countries.get(normalizeName(w));
    if (code) return { value: code, end: i + n };
  }
  return null;
}

/** A country written as its official abbreviation at token i («РК», "RF"); see CountryGazetteer.codeOfAbbreviation. */
export function matchCountryAbbreviationAt(tokens: Token[], i: number, g: Gazetteers, named?: ReadonlySet<string>): PlaceMatch<string> | null {
  const t = tokens[i];
  const code = t ? g.countries.codeOfAbbreviation(t.text, named) : null;
  return code ? { value: code, end: i + 1 } : null;
}

/** A city named at token i: an English gazetteer name or a curated Russian one (also as an adjective). */
export function matchCityAt(tokens: Token[], i: number, g: Gazetteers): PlaceMatch<CityInfo> | null {
  const first = tokens[i];
  if (!first || !isCapitalized(first.text)) return null;
  if (/\p{Script=Cyrillic}/u.test(first.text)) {
    // «Семинар» shares a stem with Семей: a word the dictionary knows only as an ordinary word is a town only by its exact name.
    if (ordinaryRussianWord(first.text)) {
      const exact = g.cities.lookup(first.text);
      return exact?.curated ? { value: exact, end: i + 1 } : null;
    }
    const w = stem(first.text).toLowerCase();
    for (const [s, info] of indexFor(g).ruCities) {
      if (w.startsWith(s.toLowerCase()) && w.length - s.length <= 4) return { value: info, end: i + 1 };
    }
    // Any other town: its Latin spelling, with a case or adjective ending taken off («Самарского» → Samara).
    for (const form of russianPlaceForms(first.text)) {
      const info = g.cities.lookup(toLatin(form)) ?? g.cities.lookupLoose(toLatin(form));
      if (info) return { value: { ...info, loose: true }, end: i + 1 };
    }
    return null;
  }
  for (let n = 3; n >= 1; n--) {
    const w = words(tokens, i, n);
    if (!w) continue;
    const parts = tokens.slice(i, i + n);
    if (parts.some((t) => /^\p{L}/u.test(t.text) && !isCapitalized(t.text))) continue;
    const info = g.cities.lookup(w);
    if (info) return { value: info, end: i + n };
  }
  const single = first.text.replace(/-based$/, '');
  const info = single.length >= 4 ? g.cities.lookupLoose(single) : null;
  return info ? { value: { ...info, loose: true }, end: i + 1 } : null;
}

/**
 * A common noun in every reading the dictionary knows, and in none a place,
 * name, surname or body. Adjectives stay open: «Самарского» is how a town
 * names a university.
 */
function ordinaryRussianWord(word: string): boolean {
  const parses = parseRu(word);
  return parses.length > 0 && parses.every((p) => p.known && p.pos === 'NOUN' && !p.geo && !p.name && !p.surname && !p.patronymic && !p.org);
}

const RU_PLACE_ENDINGS = ['ского', 'ской', 'ском', 'скому', 'ский', 'ская', 'ское', 'ого', 'ому', 'ой', 'ом', 'ая', 'ий', 'ый', 'е', 'а', 'у', 'ы', 'и', 'я', 'ю'];

/** The word as written, then with one case or adjective ending taken off («Томского» → «Томск», «Тамбова» → «Тамбов»). */
function russianPlaceForms(word: string): string[] {
  const out = [word];
  for (const e of RU_PLACE_ENDINGS) {
    if (word.length - e.length >= 3 && word.endsWith(e)) out.push(e.startsWith('ск') ? `${word.slice(0, -e.length)}ск` : word.slice(0, -e.length));
  }
  return out;
}
