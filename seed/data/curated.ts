import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { derivedTable, fileFingerprint, packageFingerprint, sourceFingerprint } from '../cache/derivedCache.ts';

/**
 * The reviewable data of seed/data/*.yaml, validated once. Tests and callers
 * may pass their own (e.g. empty) data to prove rules work without it.
 */
const OrgKindSchema = z.enum(['university', 'foundation', 'ministry', 'academy', 'institute', 'school', 'ngo', 'intergovernmental', 'other']);

const CuratedOrganizationSchema = z.object({
  id: z.string().regex(/^org:[a-z0-9-]+$/),
  name: z.string().min(1),
  kind: OrgKindSchema,
  country: z.string().length(2).nullable().optional(),
  acronym: z.string().nullable().optional(),
  partOf: z.string().regex(/^org:[a-z0-9-]+$/).optional(),
  /** A company: its name followed by a product's name ("… Classroom", «… Учебник») names the product, not the company. */
  company: z.boolean().optional(),
  aliases: z.array(z.string().min(1)).default([]),
});

const PlacesSchema = z.object({
  // One entry per country: a second one would silently replace the first's names.
  countries: z
    .array(z.object({ code: z.string().length(2), aliases: z.array(z.string()) }))
    .refine((list) => new Set(list.map((c) => c.code)).size === list.length, { message: 'a country code is listed twice under countries: merge its aliases into one entry' }),
  demonyms: z.array(z.object({ code: z.string().length(2), words: z.array(z.string()) })),
  abbreviations: z.array(z.object({ code: z.string().length(2), forms: z.array(z.string().min(2)), alone: z.boolean().default(false) })).default([]),
  regions: z.array(z.object({ names: z.array(z.string().min(3)).min(1) })).default([]),
  cities: z.array(
    z.object({
      name: z.string(),
      country: z.string().length(2),
      gazetteerName: z.string().optional(),
      aliases: z.array(z.string()).default([]),
    }),
  ),
});

const TopicSchema = z.object({
  id: z.string().regex(/^topic:[a-z0-9-]+$/),
  en: z.string(),
  ru: z.string(),
  patterns: z.object({ en: z.array(z.string()).default([]), ru: z.array(z.string()).default([]) }),
});

const PersonNamesSchema = z.object({ firstNames: z.array(z.array(z.string()).min(1)) });

export type CuratedOrganization = z.infer<typeof CuratedOrganizationSchema>;
export type CuratedCity = z.infer<typeof PlacesSchema>['cities'][number];
export type TaxonomyTopic = z.infer<typeof TopicSchema>;

export interface CuratedData {
  organizations: CuratedOrganization[];
  places: z.infer<typeof PlacesSchema>;
  /** Each row: canonical spelling first, then variants (Latin and Cyrillic). */
  firstNames: string[][];
  taxonomy: TaxonomyTopic[];
}

function load<T>(file: string, schema: z.ZodType<T>): T {
  const url = new URL(`./${file}`, import.meta.url);
  const parsed = schema.safeParse(parseYaml(readFileSync(url, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`seed/data/${file}: ${issue?.path.join('.') ?? ''} ${issue?.message ?? 'invalid'}; fix the entry`);
  }
  return parsed.data;
}

let cached: CuratedData | null = null;

const FILES = ['organizations.yaml', 'places.yaml', 'personNames.yaml', 'taxonomy.yaml'];

/**
 * The curated data shipped in seed/data, loaded and validated on first use.
 * Parsing and validating the YAML takes a noticeable part of the first
 * report's time, so the validated data is kept in a cache file
 * (seed/cache/derivedCache.ts) whose key covers the four YAML files, this
 * file's schemas and the yaml and zod packages: an edited file is read and
 * validated again (and an invalid one refused, as ever) on next use.
 */
export function curatedData(): CuratedData {
  cached ??= derivedTable(
    'curated',
    () => [...FILES.map((f) => fileFingerprint(fileURLToPath(new URL(`./${f}`, import.meta.url)))), sourceFingerprint(import.meta.url), packageFingerprint('yaml'), packageFingerprint('zod')],
    (): CuratedData => ({
      organizations: load('organizations.yaml', z.array(CuratedOrganizationSchema)),
      places: load('places.yaml', PlacesSchema),
      firstNames: load('personNames.yaml', PersonNamesSchema).firstNames,
      taxonomy: load('taxonomy.yaml', z.array(TopicSchema)),
    }),
  );
  return cached;
}

/** Curated data with nothing in it, for testing what the generic rules do alone. */
export function emptyCuratedData(keepTaxonomy = true): CuratedData {
  const full = curatedData();
  return {
    organizations: [],
    places: { countries: [], demonyms: [], abbreviations: [], regions: [], cities: [] },
    firstNames: [],
    taxonomy: keepTaxonomy ? full.taxonomy : [],
  };
}
