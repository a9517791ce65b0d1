import type { AlignedType } from './alignedTypes.ts';

/**
 * Relations are scored by family: the role an organization played in an
 * event matters less than that it took part, and gold and extraction name
 * relation types differently (the dev set's `organized`, DESIGN's ORGANIZED).
 */
export const RELATION_FAMILIES = ['took part', 'spoke at', 'affiliation', 'located', 'part of', 'presented', 'covered'] as const;
export type RelationFamily = (typeof RELATION_FAMILIES)[number];

/** The families the dev set's reference scorer counts in its relations-F1. */
export const CORE_FAMILIES: readonly RelationFamily[] = ['took part', 'spoke at', 'affiliation', 'located', 'part of'];

const FAMILY_OF_TYPE: Record<string, RelationFamily> = {
  organized: 'took part',
  partnered: 'took part',
  hosted: 'took part',
  participated: 'took part',
  ORGANIZED: 'took part',
  PARTNERED: 'took part',
  HOSTED: 'took part',
  PARTICIPATED_IN: 'took part',
  spoke_at: 'spoke at',
  SPOKE_AT: 'spoke at',
  affiliated_with: 'affiliation',
  AFFILIATED_WITH: 'affiliation',
  located_in: 'located',
  HELD_IN: 'located',
  BASED_IN: 'located',
  IN_COUNTRY: 'located',
  part_of: 'part of',
  PART_OF: 'part of',
  presented_practice: 'presented',
  PRESENTED: 'presented',
  COVERED: 'covered',
};

/**
 * The family of a relation type, or null when it is not scored. The dev set
 * writes `addresses_topic` for both an event's topic (COVERED, scored) and a
 * practice's topic (ADDRESSES, derived from keywords and not annotated
 * everywhere), so its family depends on where it starts.
 */
export function familyOf(type: string, fromType: AlignedType): RelationFamily | null {
  if (type === 'addresses_topic') return fromType === 'Event' ? 'covered' : null;
  return FAMILY_OF_TYPE[type] ?? null;
}

/**
 * A city's country and an organization's country are gazetteer facts or
 * attributes that the gold does not list as relations everywhere, so they are
 * left out on both sides (as the reference scorer does).
 */
export function isScoredRelation(family: RelationFamily, fromType: AlignedType, toType: AlignedType): boolean {
  return !(family === 'located' && (fromType === 'City' || fromType === 'Organization') && toType === 'Country');
}
