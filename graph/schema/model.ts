/** Node labels of the graph model (DESIGN.md), and how ids name them. */

export const ENTITY_LABELS = ['Organization', 'Person', 'Country', 'City', 'Event', 'Practice', 'Topic'] as const;
export type EntityLabel = (typeof ENTITY_LABELS)[number];

/** Relationship types between entities (DESIGN.md, "Graph model"), subject → object. */
export const RELATION_TYPES = [
  'BASED_IN',
  'IN_COUNTRY',
  'PART_OF',
  'AFFILIATED_WITH',
  'ORGANIZED',
  'PARTNERED',
  'HOSTED',
  'PARTICIPATED_IN',
  'HELD_IN',
  'SPOKE_AT',
  'COVERED',
  'PRESENTED',
  'PRESENTED_AT',
  'ADDRESSES',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** A relationship's key, as its claims are stored and read: "TYPE from to" (ids hold no spaces). */
export function relationshipKey(type: string, from: string, to: string): string {
  return `${type} ${from} ${to}`;
}

/** Every label whose nodes carry a unique `id`. `Entity` is shared by all entity labels. */
export const ID_LABELS = [...ENTITY_LABELS, 'Report', 'MergeSuggestion', 'Entity'] as const;
export type IdLabel = (typeof ID_LABELS)[number];

const PREFIX_TO_LABEL: Record<string, EntityLabel | 'Report'> = {
  org: 'Organization',
  person: 'Person',
  country: 'Country',
  city: 'City',
  event: 'Event',
  practice: 'Practice',
  topic: 'Topic',
  report: 'Report',
};

/** 'org:unesco' → 'Organization'; null for an id of no known form. */
export function labelOfId(id: string): EntityLabel | 'Report' | null {
  const prefix = id.slice(0, id.indexOf(':'));
  return PREFIX_TO_LABEL[prefix] ?? null;
}

/** Labels are never parameters in Cypher; this guard keeps interpolated ones to the known set. */
export function assertEntityLabel(label: string): asserts label is EntityLabel {
  if (!(ENTITY_LABELS as readonly string[]).includes(label)) {
    throw new Error(`Unknown entity label '${label}'; expected one of ${ENTITY_LABELS.join(', ')}`);
  }
}

/** Relationship types are never parameters in Cypher either; the same guard for them. */
export function assertRelationType(type: string): asserts type is RelationType {
  if (!(RELATION_TYPES as readonly string[]).includes(type)) {
    throw new Error(`Unknown relationship type '${type}'; expected one of ${RELATION_TYPES.join(', ')}`);
  }
}
