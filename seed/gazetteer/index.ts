import type { CuratedData } from '../data/curated.ts';
import { CityGazetteer } from './cities.ts';
import { CountryGazetteer } from './countries.ts';

export { CityGazetteer, MIN_CITY_POPULATION, type CityInfo } from './cities.ts';
export { CountryGazetteer, type CountryInfo } from './countries.ts';
export { isAdminRegion } from './adminRegions.ts';

export interface Gazetteers {
  countries: CountryGazetteer;
  cities: CityGazetteer;
  /** Well-known regions that are no town, by every name they are written with. */
  regions: readonly string[];
}

const byData = new WeakMap<CuratedData, Gazetteers>();

/** One set of gazetteers per curated data object. */
export function gazetteersFor(curated: CuratedData): Gazetteers {
  let g = byData.get(curated);
  if (!g) {
    g = { countries: new CountryGazetteer(curated), cities: new CityGazetteer(curated), regions: curated.places.regions.flatMap((r) => r.names) };
    byData.set(curated, g);
  }
  return g;
}
