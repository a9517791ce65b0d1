import { createRequire } from 'node:module';

interface CountryRegions {
  countryShortCode: string;
  regions: Array<{ name: string }>;
}

let names: ReadonlySet<string> | null = null;

/**
 * The first-level divisions of every country (states, provinces, oblasts:
 * "Madhya Pradesh", "Kerala", "Amur Oblast"), lower-cased, from
 * country-region-data. Loaded once, on first use.
 */
export function adminRegionNames(): ReadonlySet<string> {
  names ??= new Set(
    (createRequire(import.meta.url)('country-region-data/data.json') as CountryRegions[]).flatMap((c) => c.regions.map((r) => r.name.toLowerCase())),
  );
  return names;
}

/** "Madhya Pradesh", "Tamil Nadu": the words name a country's state or province. */
export function isAdminRegion(words: readonly string[]): boolean {
  return words.length > 0 && adminRegionNames().has(words.join(' ').toLowerCase());
}
