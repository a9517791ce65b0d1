/**
 * The Extraction contract of DESIGN.md: what `npm run extract` prints and what
 * `graph/` loads. Outside tools depend on this shape; change it only additively.
 * It lives beside the model whose vocabulary it uses; seed/ re-exports it.
 */

import type { EntityLabel, RelationType } from './model.ts';

export { ENTITY_LABELS as ENTITY_TYPES, RELATION_TYPES, type RelationType } from './model.ts';
export type EntityType = EntityLabel;

export type Language = 'en' | 'ru';

/** A span of the report text (after front matter / HTML stripping), [start, end). */
export interface Mention {
  start: number;
  end: number;
  text: string;
}

export interface ReportMeta {
  /** `report:<sha256 of the body text, first 16 hex>` */
  id: string;
  title: string;
  language: Language;
  url: string | null;
  /** ISO date (YYYY-MM-DD) or null */
  publishedAt: string | null;
  publisher?: string | null;
}

interface EntityBase {
  id: string;
  name: string;
  /** Every other name this entity was seen under in this report (and curated aliases). */
  aliases: string[];
  mentions: Mention[];
}

export interface OrganizationEntity extends EntityBase {
  type: 'Organization';
  kind?: OrganizationKind;
  acronym?: string | null;
  countryCode?: string | null;
}

export type OrganizationKind =
  | 'university'
  | 'foundation'
  | 'ministry'
  | 'academy'
  | 'institute'
  | 'school'
  | 'ngo'
  | 'intergovernmental'
  | 'other';

export interface PersonEntity extends EntityBase {
  type: 'Person';
  titles?: string[];
}

export interface CountryEntity extends EntityBase {
  type: 'Country';
  /** ISO 3166 alpha-2 */
  code: string;
  /** names by language, e.g. { en: 'Kazakhstan', ru: 'Казахстан' } */
  names?: Partial<Record<Language, string>>;
}

export interface CityEntity extends EntityBase {
  type: 'City';
  countryCode?: string | null;
  lat?: number | null;
  lon?: number | null;
}

export interface EventEntity extends EntityBase {
  type: 'Event';
  kind?: string | null;
  startDate: string | null;
  endDate: string | null;
  /** How precise the stated dates are ("in October 2023" is a month: 2023-10-01…2023-10-31). */
  datePrecision?: 'day' | 'month' | 'year' | null;
}

export interface PracticeEntity extends EntityBase {
  type: 'Practice';
  description?: string | null;
  audience?: string | null;
}

export interface TopicEntity extends EntityBase {
  type: 'Topic';
  /** labels by language, from the curated taxonomy */
  labels?: Partial<Record<Language, string>>;
}

export type Entity =
  | OrganizationEntity
  | PersonEntity
  | CountryEntity
  | CityEntity
  | EventEntity
  | PracticeEntity
  | TopicEntity;

export interface Relation {
  type: RelationType;
  from: string;
  to: string;
  /** The sentence that states the relation, verbatim from the report text. */
  evidence: string;
  /** Offsets of the evidence sentence in the report text. */
  evidenceStart?: number;
  evidenceEnd?: number;
  confidence: number;
  /** AFFILIATED_WITH roles, e.g. ['Executive Director'] */
  roles?: string[];
}

/** An uncertain identity match inside one report, left for a curator. */
export interface MergeCandidate {
  a: string;
  b: string;
  score: number;
  reason: string;
}

export interface Extraction {
  report: ReportMeta;
  entities: Entity[];
  relations: Relation[];
  /** Uncertain same-entity pairs (not merged). Optional for older producers. */
  mergeCandidates?: MergeCandidate[];
  /** The report body the offsets refer to (loaded as Report.text). */
  text?: string;
}
