import { z } from 'zod';
import { ALIGNED_TYPES, NAMED_TYPES, type AlignedType } from './alignedTypes.ts';
import { scoringForm } from './nameSimilarity.ts';
import { familyOf, isScoredRelation, type RelationFamily } from './relationFamilies.ts';


export interface GoldEntity {
  names: string[];
  /** ISO alpha-2, for countries: they match by code, never by name */
  code?: string;
  /** an exact id the extraction must produce (the seeds' taxonomy topics) */
  id?: string;
  startDate?: string | null;
  endDate?: string | null;
}

export interface EntityRef {
  type: AlignedType;
  index: number;
}

export interface GoldRelation {
  family: RelationFamily;
  from: EntityRef;
  to: EntityRef;
}

/** A hand annotation in the one shape the scorer reads, whatever file format it came from. */
export interface GoldDocument {
  entities: Record<AlignedType, GoldEntity[]>;
  relations: GoldRelation[];
  /** the entity types this annotation lists exhaustively: the rows of its table */
  types: readonly AlignedType[];
}

export function emptyEntities<T>(): Record<AlignedType, T[]> {
  return { Organization: [], Person: [], Country: [], City: [], Event: [], Practice: [], Topic: [] };
}

const named = z.object({ name: z.string(), aliases: z.array(z.string()).optional(), nameEn: z.string().optional() });

/** A dev-set annotation (tests/fixtures/dev-reports/gold/*.json; schema in that folder's README). */
export const DevGoldSchema = z.object({
  events: z.array(named.extend({ startDate: z.string().nullable().optional(), endDate: z.string().nullable().optional() })).default([]),
  organizations: z.array(named).default([]),
  people: z.array(named).default([]),
  countries: z.array(z.union([z.string(), z.object({ code: z.string(), name: z.string().optional() })])).default([]),
  cities: z.array(named).default([]),
  topics: z.array(z.string()).default([]),
  practices: z.array(z.string()).default([]),
  relations: z.array(z.object({ type: z.string(), from: z.string(), to: z.string() })).default([]),
});
export type DevGold = z.infer<typeof DevGoldSchema>;

/** Every name a dev-set entity may be found under; Russian gold's nameEn links across languages. */
export function devGoldNames(x: z.infer<typeof named>): string[] {
  return [x.name, ...(x.nameEn ? [x.nameEn] : []), ...(x.aliases ?? [])].filter((n) => n !== '');
}

/**
 * Dev-set gold → GoldDocument. Relation ends are names; each is looked up in
 * the reference scorer's order (organizations, people, countries by code,
 * cities, events) so an ambiguous name resolves the same way in both.
 * Practices and topics are looked up last, and only for the families that end
 * in them, so the five reference families never see them.
 */
export function fromDevGold(raw: unknown): GoldDocument {
  const g = DevGoldSchema.parse(raw);
  const entities = emptyEntities<GoldEntity>();
  entities.Organization = g.organizations.map((o) => ({ names: devGoldNames(o) }));
  entities.Person = g.people.map((p) => ({ names: devGoldNames(p) }));
  entities.Country = g.countries.map((c) =>
    typeof c === 'string' ? { code: c.toUpperCase(), names: [c] } : { code: c.code.toUpperCase(), names: [c.name ?? c.code] },
  );
  entities.City = g.cities.map((c) => ({ names: devGoldNames(c) }));
  entities.Event = g.events.map((e) => ({ names: devGoldNames(e), startDate: e.startDate ?? null, endDate: e.endDate ?? null }));
  entities.Practice = g.practices.map((p) => ({ names: [p] }));
  entities.Topic = g.topics.map((t) => ({ names: [t] }));

  const find = (name: string, withDescriptions: boolean): EntityRef | null => {
    const order: AlignedType[] = ['Organization', 'Person', 'Country', 'City', 'Event', ...(withDescriptions ? (['Practice', 'Topic'] as const) : [])];
    for (const type of order) {
      const index = entities[type].findIndex((e) =>
        type === 'Country' ? e.code === name.toUpperCase() : e.names.some((n) => scoringForm(n) === scoringForm(name)),
      );
      if (index >= 0) return { type, index };
    }
    return null;
  };
  const relations: GoldRelation[] = [];
  for (const r of g.relations) {
    const descriptive = r.type === 'presented_practice' || r.type === 'addresses_topic';
    const from = find(r.from, descriptive);
    const to = find(r.to, descriptive);
    if (!from || !to) continue;
    const family = familyOf(r.type, from.type);
    if (family && isScoredRelation(family, from.type, to.type)) relations.push({ family, from, to });
  }
  return { entities, relations, types: NAMED_TYPES };
}

/** A seed annotation (tests/fixtures/gold-*.json): entities with keys, relations between keys, DESIGN's relation types. */
export const SeedGoldSchema = z.object({
  report: z.string(),
  note: z.string().optional(),
  entities: z.array(z.object({ key: z.string(), type: z.enum(ALIGNED_TYPES), names: z.array(z.string()), id: z.string().optional() })),
  relations: z.array(z.object({ type: z.string(), from: z.string(), to: z.string() })),
});
export type SeedGold = z.infer<typeof SeedGoldSchema>;

/** Seed gold → GoldDocument. Its practices and topics are annotated exhaustively, so they get rows too. */
export function fromSeedGold(raw: unknown): GoldDocument {
  const g = SeedGoldSchema.parse(raw);
  const entities = emptyEntities<GoldEntity>();
  const refs = new Map<string, EntityRef>();
  for (const e of g.entities) {
    const code = e.type === 'Country' ? (e.id?.replace(/^country:/, '') ?? e.key).toUpperCase() : undefined;
    const entity: GoldEntity = { names: e.names, ...(code ? { code } : e.id ? { id: e.id } : {}) };
    refs.set(e.key, { type: e.type, index: entities[e.type].push(entity) - 1 });
  }
  const relations: GoldRelation[] = [];
  for (const r of g.relations) {
    const from = refs.get(r.from);
    const to = refs.get(r.to);
    if (!from || !to) throw new Error(`seed gold for ${g.report}: relation ${r.type} names an unknown key (${!from ? r.from : r.to}); add the entity or fix the key`);
    const family = familyOf(r.type, from.type);
    if (family && isScoredRelation(family, from.type, to.type)) relations.push({ family, from, to });
  }
  return { entities, relations, types: ALIGNED_TYPES };
}
