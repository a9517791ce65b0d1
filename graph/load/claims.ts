import type { Entity } from '../schema/extraction.ts';
import type { EntityLabel } from '../schema/model.ts';
import { dateSpanDays } from '../schema/dates.ts';
import { searchTextFor } from '../schema/searchText.ts';

/** A Neo4j property value: no nulls, no nested maps. */
export type PropValue = string | number | boolean | string[] | number[];
export type Props = Record<string, PropValue>;

/**
 * What one report claims about one entity, stored on its MENTIONS relationship:
 * `name` as that report resolves it, `nameAsWritten` (its first mention's
 * text), `aliases` (every other name it used), the type's
 * properties as that report states them, and the mention offsets
 * (`starts`/`ends`, parallel).
 */
export function claimOf(entity: Entity): Props {
  const claim: Props = { name: entity.name, aliases: distinctNames(entity.aliases) };
  const put = (key: string, value: PropValue | null | undefined): void => {
    if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return;
    claim[key] = value;
  };
  switch (entity.type) {
    case 'Organization':
      put('kind', entity.kind);
      put('acronym', entity.acronym);
      put('countryCode', entity.countryCode);
      break;
    case 'Person':
      put('titles', entity.titles ? distinctNames(entity.titles) : undefined);
      break;
    case 'Country':
      put('code', entity.code);
      put('nameEn', entity.names?.en);
      put('nameRu', entity.names?.ru);
      break;
    case 'City':
      put('countryCode', entity.countryCode);
      if (typeof entity.lat === 'number' && typeof entity.lon === 'number') {
        put('lat', entity.lat);
        put('lon', entity.lon);
      }
      break;
    case 'Event':
      put('kind', entity.kind);
      put('startDate', entity.startDate);
      put('endDate', entity.endDate);
      break;
    case 'Practice':
      put('description', entity.description);
      put('audience', entity.audience);
      break;
    case 'Topic':
      put('labelEn', entity.labels?.en);
      put('labelRu', entity.labels?.ru);
      break;
  }
  // How this report writes the name (a Russian genitive, a short form): `name` is its canonical form, from which the node's name is voted.
  put('nameAsWritten', [...entity.mentions].sort((a, b) => a.start - b.start)[0]?.text.replace(/\s+/g, ' ').trim());
  put('starts', entity.mentions.map((m) => m.start));
  put('ends', entity.mentions.map((m) => m.end));
  return claim;
}

/** A claim together with the report that makes it, for ordering. */
export interface SourcedClaim {
  reportId: string;
  publishedAt: string | null;
  ingestedAt: string;
  claim: Props;
  /**
   * How many claims with these same facts (offsets aside) this one stands
   * for, itself the oldest of them (default 1). Every rule below depends only
   * on a claim's facts, its place in the order and, for votes, how many agree,
   * so the oldest of equal claims weighted by their number derives exactly
   * what all of them would.
   */
  weight?: number;
}

/** Scalar properties each label derives from its claims by vote. */
const VOTED: Record<EntityLabel, readonly string[]> = {
  Organization: ['kind', 'acronym', 'countryCode'],
  Person: [],
  Country: ['code', 'nameEn', 'nameRu'],
  City: ['countryCode'],
  Event: ['kind'],
  Practice: ['description', 'audience'],
  Topic: ['labelEn', 'labelRu'],
};

/** Every property this module derives; a derived property no claim supports any more is removed. */
export const DERIVED_KEYS: readonly string[] = [
  'name', 'aliases', 'searchText', 'titles', 'lat', 'lon', 'startDate', 'endDate',
  ...new Set(Object.values(VOTED).flat()),
];

/**
 * The node properties an entity shows, derived from every claim any report
 * makes about it (the claims themselves stay on MENTIONS; nothing is lost):
 *
 * - reports are ordered oldest first: by `publishedAt` (unknown last), then
 *   `ingestedAt`, then id — so a later report never silently flips a value;
 * - `name` and scalar properties (kind, countryCode, …): the value most
 *   claims agree on, ties going to the oldest report;
 * - Event `startDate`/`endDate`: taken together from one claim, the most
 *   precise one — the narrowest range of days ("16–20 November" beats
 *   "October", which beats "2023") — ties to the oldest report;
 * - City `lat`/`lon`: together, from the oldest claim that has them;
 * - `aliases`, Person `titles`: the union, in report order;
 * - `searchText`: the aliases plus their transliterations.
 */
export function deriveEntityProperties(
  label: EntityLabel,
  id: string,
  claims: readonly SourcedClaim[],
  curated: { curatedAliases: string[]; mergedIds: string[] },
  fallbackName: string,
): Props {
  const sorted = [...claims].sort(compareSources);
  const ordered = sorted.map((c) => c.claim);
  const weights = sorted.map((c) => c.weight ?? 1);
  const props: Props = { id };
  const name = String(vote(ordered.map((c) => c.name), weights) ?? fallbackName);
  props.name = name;
  const aliases = distinctNames([
    name,
    ...ordered.flatMap((c) => asStrings(c.name).concat(asStrings(c.aliases))),
    ...curated.curatedAliases,
  ]);
  props.aliases = aliases;
  props.searchText = searchTextOf(label, aliases);
  if (curated.curatedAliases.length > 0) props.curatedAliases = curated.curatedAliases;
  if (curated.mergedIds.length > 0) props.mergedIds = curated.mergedIds;
  for (const key of VOTED[label]) {
    const v = vote(ordered.map((c) => c[key]), weights);
    if (v !== undefined) props[key] = v;
  }
  if (label === 'Person') {
    const titles = distinctNames(ordered.flatMap((c) => asStrings(c.titles)));
    if (titles.length > 0) props.titles = titles;
  }
  if (label === 'City') {
    const located = ordered.find((c) => typeof c.lat === 'number' && typeof c.lon === 'number');
    if (located) {
      props.lat = located.lat as number;
      props.lon = located.lon as number;
    }
  }
  if (label === 'Event') {
    const dated = mostPreciselyDated(ordered);
    for (const key of ['startDate', 'endDate']) {
      const value = dated?.[key];
      if (typeof value === 'string') props[key] = value;
    }
  }
  return props;
}

// An entity is derived again whenever a report names it, and its names most
// often stay as they were: their transliterations are kept, not redone. Names
// hold no line breaks (distinctNames), so the key is unambiguous.
const SEARCH_TEXT = new Map<string, string>();
/** characters of names the memo may hold (keys and texts), about 40 MB */
const SEARCH_TEXT_MAX_CHARS = 20_000_000;
let searchTextChars = 0;

/** searchTextFor, remembered (bounded). */
function searchTextOf(label: EntityLabel, aliases: readonly string[]): string {
  const key = `${label}\n${aliases.join('\n')}`;
  let text = SEARCH_TEXT.get(key);
  if (text === undefined) {
    text = searchTextFor(label, aliases);
    if (searchTextChars + key.length + text.length > SEARCH_TEXT_MAX_CHARS) {
      SEARCH_TEXT.clear();
      searchTextChars = 0;
    }
    SEARCH_TEXT.set(key, text);
    searchTextChars += key.length + text.length;
  }
  return text;
}

/** Oldest report first: publishedAt (unknown last), ingestedAt, id. */
export function compareSources(a: SourcedClaim, b: SourcedClaim): number {
  if (a.publishedAt !== b.publishedAt) {
    if (a.publishedAt === null) return 1;
    if (b.publishedAt === null) return -1;
    return a.publishedAt < b.publishedAt ? -1 : 1;
  }
  if (a.ingestedAt !== b.ingestedAt) return a.ingestedAt < b.ingestedAt ? -1 : 1;
  return a.reportId < b.reportId ? -1 : a.reportId > b.reportId ? 1 : 0;
}

function mostPreciselyDated(ordered: readonly Props[]): Props | null {
  let best: Props | null = null;
  let bestSpan = Infinity;
  for (const c of ordered) {
    const span = dateSpanDays(c.startDate, c.endDate);
    // Strict < keeps the oldest report on ties.
    if (span < bestSpan) {
      best = c;
      bestSpan = span;
    }
  }
  return best;
}

/** The most frequent defined scalar, each value counted `weights[i]` times; ties go to the one seen first. */
function vote(values: ReadonlyArray<PropValue | undefined>, weights: readonly number[]): string | number | undefined {
  const counts = new Map<string | number, number>();
  for (const [i, v] of values.entries()) {
    if (typeof v === 'string' || typeof v === 'number') counts.set(v, (counts.get(v) ?? 0) + weights[i]!);
  }
  let best: string | number | undefined;
  let bestCount = 0;
  for (const [v, n] of counts) {
    if (n > bestCount) {
      best = v;
      bestCount = n;
    }
  }
  return best;
}

function asStrings(v: PropValue | undefined): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : typeof v === 'string' ? [v] : [];
}

/** A list property's items as strings; nothing for anything else. */
export function strings(v: PropValue | undefined): string[] {
  return Array.isArray(v) ? v.map(String) : [];
}

/** Distinct non-empty names in first-seen order, compared ignoring case and spacing. */
export function distinctNames(names: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of names) {
    const name = raw.replace(/\s+/g, ' ').trim();
    const key = name.toLowerCase();
    if (!name || seen.has(key)) continue;
    seen.add(key);
    out.push(name);
  }
  return out;
}

/** A canonical string of a set of properties, to tell whether a write would change anything. */
export function fingerprint(props: Props | null): string {
  if (!props) return '';
  return JSON.stringify(Object.keys(props).sort().map((k) => [k, props[k]]));
}
