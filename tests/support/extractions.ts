import { createHash } from 'node:crypto';
import type { SourcedClaim } from '../../graph/load/claims.ts';
import type { Entity, Extraction, Relation } from '../../seed/extraction.ts';

/** A hand-made Extraction; the report id is the hash of `text`, as seed/ makes it. */
export function extraction(opts: {
  text: string;
  title: string;
  url?: string | null;
  publishedAt?: string | null;
  entities: Entity[];
  relations?: Relation[];
  mergeCandidates?: Extraction['mergeCandidates'];
}): Extraction {
  return {
    report: {
      id: `report:${createHash('sha256').update(opts.text).digest('hex').slice(0, 16)}`,
      title: opts.title,
      language: 'en',
      url: opts.url ?? null,
      publishedAt: opts.publishedAt ?? null,
    },
    entities: opts.entities,
    relations: opts.relations ?? [],
    mergeCandidates: opts.mergeCandidates,
    text: opts.text,
  };
}

export const org = (id: string, name: string, aliases: string[] = [], extra: Partial<Entity> = {}): Entity =>
  ({ id, type: 'Organization', name, aliases, mentions: [{ start: 0, end: name.length, text: name }], ...extra }) as Entity;

export const person = (id: string, name: string, aliases: string[] = [], titles: string[] = []): Entity => ({
  id,
  type: 'Person',
  name,
  aliases,
  titles,
  mentions: [],
});

export const event = (id: string, name: string, startDate: string | null, endDate: string | null, aliases: string[] = []): Entity => ({
  id,
  type: 'Event',
  name,
  aliases,
  kind: 'round table',
  startDate,
  endDate,
  mentions: [],
});

export const country = (code: string, name: string): Entity => ({
  id: `country:${code}`,
  type: 'Country',
  code,
  name,
  aliases: [],
  names: { en: name },
  mentions: [],
});

export const rel = (type: Relation['type'], from: string, to: string, evidence: string, confidence = 0.9, roles?: string[]): Relation => ({
  type,
  from,
  to,
  evidence,
  confidence,
  ...(roles ? { roles } : {}),
});

/** The round table as the first seed report tells it (October 2023). */
export function reportA(variant = ''): Extraction {
  return extraction({
    text: `In October 2023 the round table was held in Kazakhstan.${variant}`,
    title: 'Creation of a personality-oriented development environment',
    entities: [
      org('org:investment-in-the-future', 'Contribution to the Future', ['charity foundation “Contribution to the Future”'], { kind: 'foundation' } as Partial<Entity>),
      org('org:kyrgyz-national-university', 'Kyrgyz National University named after J. Balasagyn'),
      person('person:petr-polozhevets', 'Petr Polozhevets', [], ['Executive Director']),
      event('event:round-table-2023', 'From Impact to Assistance', '2023-10', null),
      country('KZ', 'Kazakhstan'),
    ],
    relations: [
      rel('PARTNERED', 'org:investment-in-the-future', 'event:round-table-2023', 'The partners of the event were the foundation and the university.'),
      rel('PARTNERED', 'org:kyrgyz-national-university', 'event:round-table-2023', 'The partners of the event were the foundation and the university.'),
      rel('HELD_IN', 'event:round-table-2023', 'country:KZ', 'In October 2023 the round table was held in Kazakhstan.'),
      rel('AFFILIATED_WITH', 'person:petr-polozhevets', 'org:investment-in-the-future', 'the Executive Director of the Foundation, Petr Polozhevets', 0.8, ['Executive Director']),
    ],
  });
}

/** The same round table as the second seed report tells it (16–20 November 2023). */
export function reportB(variant = ''): Extraction {
  return extraction({
    text: `On 16 through 20 November 2023 the round table was held in Kazakhstan.${variant}`,
    title: "'Investment in the Future' Charitable Foundation Shared Successful Practices",
    entities: [
      org('org:investment-in-the-future', 'Investment in the Future', ["'Investment in the Future' Charitable Foundation"], { kind: 'foundation' } as Partial<Entity>),
      org('org:kyrgyz-national-university', 'J. Balasagyn Kyrgyz National University'),
      person('person:petr-polozhevets', 'Peter Polozhevets'),
      event('event:round-table-2023', 'From Impact to Facilitation', '2023-11-16', '2023-11-20'),
      country('KZ', 'Kazakhstan'),
    ],
    relations: [
      rel('PARTNERED', 'org:investment-in-the-future', 'event:round-table-2023', "The 'Investment in the Future' Charitable Foundation was a partner.", 0.95),
      rel('HELD_IN', 'event:round-table-2023', 'country:KZ', 'On 16 through 20 November 2023 the round table was held in Kazakhstan.'),
    ],
  });
}

/** What report `reportId` claims about an entity, for derivation tests. */
export const claim = (reportId: string, ingestedAt: string, props: SourcedClaim['claim'], publishedAt: string | null = null): SourcedClaim => ({
  reportId,
  publishedAt,
  ingestedAt,
  claim: props,
});
