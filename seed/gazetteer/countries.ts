import { createRequire } from 'node:module';
import type countries from 'i18n-iso-countries';
import { derivedTable, packageFingerprint, sourceFingerprint } from '../cache/derivedCache.ts';
import type { CuratedData } from '../data/curated.ts';

const require = createRequire(import.meta.url);

export interface CountryInfo {
  code: string;
  /** Short English name ("Russia", not "Russian Federation"). */
  name: string;
  ruName: string;
  /** Every English and Russian name known for it. */
  names: string[];
}

/** Country facts by ISO alpha-2 code: package names plus curated aliases. */
/** The fields of world-countries' records that the gazetteer reads. */
interface WorldCountry {
  cca2: string;
  demonyms?: { eng?: { m?: string; f?: string } };
  translations?: { rus?: { common?: string } };
}

/** What the gazetteer reads of i18n-iso-countries (per alpha-2 code, in its order) and of world-countries. */
interface CountryPackages {
  names: Array<{ code: string; en: string[]; ru: string[]; alias: string | null }>;
  world: WorldCountry[];
}

/**
 * Loading i18n-iso-countries with its English and Russian names and the
 * 1.4 MB of world-countries takes a noticeable part of start-up, for a few
 * hundred names and demonyms: those are derived once and read back from a
 * cache file by later processes (seed/cache/derivedCache.ts; its key covers
 * both packages and this file).
 */
function countryPackages(): CountryPackages {
  return derivedTable(
    'countries',
    () => [packageFingerprint('i18n-iso-countries'), packageFingerprint('world-countries'), sourceFingerprint(import.meta.url)],
    (): CountryPackages => {
      const iso = require('i18n-iso-countries') as typeof countries;
      iso.registerLocale(require('i18n-iso-countries/langs/en.json') as countries.LocaleData);
      iso.registerLocale(require('i18n-iso-countries/langs/ru.json') as countries.LocaleData);
      return {
        names: Object.keys(iso.getAlpha2Codes()).map((code) => ({
          code,
          en: iso.getName(code, 'en', { select: 'all' }) ?? [],
          ru: iso.getName(code, 'ru', { select: 'all' }) ?? [],
          alias: iso.getName(code, 'en', { select: 'alias' }) ?? null,
        })),
        world: (require('world-countries/countries.json') as WorldCountry[]).map((c) => ({
          cca2: c.cca2,
          demonyms: { eng: { m: c.demonyms?.eng?.m, f: c.demonyms?.eng?.f } },
          translations: { rus: { common: c.translations?.rus?.common } },
        })),
      };
    },
  );
}

export class CountryGazetteer {
  private readonly byCode = new Map<string, CountryInfo>();
  private readonly demonyms = new Map<string, string>();

  constructor(curated: CuratedData) {
    const extra = new Map(curated.places.countries.map((c) => [c.code, c.aliases]));
    const packages = countryPackages();
    for (const { code, en, ru, alias } of packages.names) {
      const aliases = extra.get(code) ?? [];
      // The package's short form ("Russia") reads best; curated and official names are fallbacks.
      const short = alias ?? undefined;
      const valid = (n: string | undefined): n is string => !!n && !n.includes(',') && n.length > 3;
      const name = [short, aliases.find((a) => /^[A-Za-z ]+$/.test(a)), en[0]].find(valid) ?? en[0] ?? code;
      this.byCode.set(code, {
        code,
        name,
        ruName: ru[ru.length - 1] ?? ru[0] ?? name,
        names: [...new Set([...en, ...ru, ...aliases])].filter((n) => n.replace(/\./g, '').length > 2 && !n.includes(',')),
      });
    }
    for (const d of curated.places.demonyms) for (const w of d.words) this.demonyms.set(w.toLowerCase(), d.code);
    for (const a of curated.places.abbreviations) for (const f of a.forms) this.abbreviations.set(f, { code: a.code, alone: a.alone });
    for (const c of packages.world) {
      // English demonyms of every country ("Finnish", "Japanese"); curated ones win.
      for (const w of [c.demonyms?.eng?.m, c.demonyms?.eng?.f]) {
        if (w && w.length > 3 && !this.demonyms.has(w.toLowerCase())) this.demonyms.set(w.toLowerCase(), c.cca2);
      }
      // Russian adjectives are the country's stem + -ск- (Япония → японский, Германия → германский).
      const ru = c.translations?.rus?.common;
      if (ru && !/\s/.test(ru)) {
        const stem = ru.toLowerCase().replace(/(?:ия|ья|а|я|ь|и|ы)$/u, '');
        if (stem.length >= 4) this.ruAdjectiveStems.set(`${stem}ск`, c.cca2);
      }
    }
  }

  private readonly ruAdjectiveStems = new Map<string, string>();
  private readonly abbreviations = new Map<string, { code: string; alone: boolean }>();

  /**
   * The country an official abbreviation stands for («РК», "KR"), exact case.
   * `named`: the countries the report names otherwise, which an abbreviation
   * shared with a region or another code needs to be read as this country.
   */
  codeOfAbbreviation(form: string, named?: ReadonlySet<string>): string | null {
    const a = this.abbreviations.get(form);
    return a && (a.alone || named?.has(a.code)) ? a.code : null;
  }
  /** Russian demonyms, matched by prefix (any case ending). */
  private ruDemonyms: Array<[string, string]> | null = null;

  get(code: string): CountryInfo | undefined {
    return this.byCode.get(code.toUpperCase());
  }

  all(): CountryInfo[] {
    return [...this.byCode.values()];
  }

  /** Country of an adjective such as "Russian" or «российский» (any case ending). */
  codeOfDemonym(word: string): string | null {
    const w = word.toLowerCase();
    const direct = this.demonyms.get(w);
    if (direct) return direct;
    if (!/[а-яё]/.test(w)) return null;
    this.ruDemonyms ??= [...this.demonyms].filter(([d]) => /[а-яё]/.test(d) && d.length > 5);
    for (const [d, code] of this.ruDemonyms) {
      if (w.startsWith(d.slice(0, -2)) && w.length <= d.length + 2) return code;
    }
    if (/^[а-яё]+ск(?:ий|ая|ое|ие|ого|ой|ому|ую|им|ом|их|ими)$/u.test(w)) {
      const stem = w.replace(/(?:ий|ая|ое|ие|ого|ой|ому|ую|им|ом|их|ими)$/u, '');
      const code = this.ruAdjectiveStems.get(stem);
      if (code) return code;
    }
    return null;
  }
}
