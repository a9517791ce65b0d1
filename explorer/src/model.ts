/**
 * The explorer's view of the graph: what a node and an edge on the canvas
 * carry. Shapes follow the GraphQL contract (`neighborhood` → GraphSlice);
 * attributes beyond `id type name degree` are optional and filled in when the
 * API provides them (country, coordinates, event dates).
 */

/** Entity types of DESIGN.md, in legend order. */
export const ENTITY_TYPES = ['Organization', 'Person', 'Event', 'Practice', 'Topic', 'Country', 'City', 'Report'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export interface GNode {
  id: string;
  type: EntityType;
  name: string;
  /** relationships in the whole graph (not only on canvas) */
  degree: number;
  /** ISO alpha-2: the country of an organization, city, country or event (an event's first) */
  countryCode?: string | null;
  /** every country the entity is in: an event may be held in several */
  countryCodes?: readonly string[] | null;
  lat?: number | null;
  lon?: number | null;
  /** ISO dates of an event */
  startDate?: string | null;
  endDate?: string | null;
}

export interface GEdge {
  id: string;
  source: string;
  target: string;
  /** relationship type, e.g. PARTNERED */
  type: string;
}

export interface GraphSlice {
  nodes: GNode[];
  edges: GEdge[];
  truncated: boolean;
}

const TYPE_BY_KEY = new Map<string, EntityType>(ENTITY_TYPES.map((t) => [t.toLowerCase(), t]));

/**
 * The API may spell types as GraphQL enum values (ORGANIZATION) or type names
 * (Organization); both map to the same EntityType. Unknown → null.
 */
export function normalizeType(raw: string | null | undefined): EntityType | null {
  if (!raw) return null;
  return TYPE_BY_KEY.get(raw.replace(/[^a-z]/gi, '').toLowerCase()) ?? null;
}

/** The type an id implies by its prefix (`org:` → Organization), for ids from a URL. */
export function typeOfId(id: string): EntityType | null {
  const prefix = id.slice(0, id.indexOf(':'));
  const byPrefix: Record<string, EntityType> = {
    org: 'Organization',
    person: 'Person',
    country: 'Country',
    city: 'City',
    event: 'Event',
    practice: 'Practice',
    topic: 'Topic',
    report: 'Report',
  };
  return byPrefix[prefix] ?? null;
}

/** Readable relationship name: PARTICIPATED_IN → "participated in". */
export function relationLabel(type: string): string {
  return type.toLowerCase().replace(/_/g, ' ');
}
