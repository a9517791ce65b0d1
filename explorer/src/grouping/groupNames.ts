/**
 * What a group is called: on the canvas ("Kazakhstan (312)") and for screen
 * readers ("Kazakhstan: 312 organizations"), from its members' types.
 */
import type { EntityType } from '../model.ts';

const NOUNS: Readonly<Record<EntityType, readonly [one: string, many: string]>> = {
  Organization: ['organization', 'organizations'],
  Person: ['person', 'people'],
  Event: ['event', 'events'],
  Practice: ['practice', 'practices'],
  Topic: ['topic', 'topics'],
  Country: ['country', 'countries'],
  City: ['city', 'cities'],
  Report: ['report', 'reports'],
};

const NUMBER = new Intl.NumberFormat('en');

/** "312 organizations", "1 person". */
export function countOf(type: EntityType, n: number): string {
  const [one, many] = NOUNS[type];
  return `${NUMBER.format(n)} ${n === 1 ? one : many}`;
}

/** "Organizations": a type group's name. */
export function pluralName(type: EntityType): string {
  const many = NOUNS[type][1];
  return many.charAt(0).toUpperCase() + many.slice(1);
}

/**
 * The members in words: "312 organizations" when they are all of one type,
 * else the total and the three largest types ("40 entities: 30 organizations,
 * 8 people, 2 events").
 */
export function membersPhrase(byType: ReadonlyMap<EntityType, number>): string {
  const ranked = [...byType].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const total = ranked.reduce((s, [, n]) => s + n, 0);
  if (ranked.length === 1) return countOf(ranked[0]![0], total);
  const parts = ranked.slice(0, 3).map(([t, n]) => countOf(t, n));
  if (ranked.length > 3) parts.push('…');
  return `${NUMBER.format(total)} entities: ${parts.join(', ')}`;
}

let regions: Intl.DisplayNames | null = null;

/** A country's English name from its ISO alpha-2 code; '' (no country known) is "No country". */
export function countryName(code: string): string {
  if (!code) return 'No country';
  try {
    regions ??= new Intl.DisplayNames(['en'], { type: 'region' });
    return regions.of(code.toUpperCase()) ?? code;
  } catch {
    return code; // not a region code Intl knows
  }
}

/** The canvas label of a group: its name and how many it holds. */
export function groupLabel(name: string, members: number): string {
  return `${name} (${NUMBER.format(members)})`;
}
