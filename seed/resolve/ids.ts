import { slugify } from '../text/slugify.ts';

/** Deterministic ids of DESIGN.md: the same name gives the same id in every report. */

export function orgId(slugWords: readonly string[], countryCode: string | null, qualifyByCountry: boolean): string {
  const base = slugify(slugWords.join(' '), 14) || 'unnamed';
  return `org:${base}${qualifyByCountry && countryCode ? `-${countryCode.toLowerCase()}` : ''}`;
}

export function personId(given: string | null, surname: string): string {
  return `person:${slugify(`${given ?? ''} ${surname}`) || 'unnamed'}`;
}

export function countryId(code: string): string {
  return `country:${code.toUpperCase()}`;
}

export function cityId(countryCode: string, name: string): string {
  return `city:${countryCode.toLowerCase()}-${slugify(name)}`;
}

/**
 * `event:<year>-<cc>-<kind>-<first title word>`: two reports on one event agree
 * on year, country and kind even when they translate the title differently,
 * and the first content word of a title ("Impact") usually survives translation.
 */
export function eventId(parts: { year: string | null; countryCode: string | null; kind: string; titleWord: string | null }): string {
  const bits = [parts.year, parts.countryCode?.toLowerCase(), parts.kind, parts.titleWord].filter((b): b is string => !!b);
  return `event:${slugify(bits.join(' ')) || 'event'}`;
}

export function practiceId(name: string): string {
  return `practice:${slugify(name, 8) || 'practice'}`;
}
