import { Kind, type FieldNode, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';
import type { CollaboratorsProjection, NodeProjection } from '../../graph/index.ts';

/**
 * Fields of the node types answered from the node's own stored properties,
 * and which they read (nodes.ts, analysis.ts, the default resolvers). A
 * field missing here and from READS_BY_ID makes the projection null: every
 * property is read, as before projections existed.
 */
const PROPERTY_FIELDS: Record<string, readonly string[]> = {
  id: [],
  name: [],
  __typename: [],
  aliases: ['aliases'], // falls back to [name]
  mergedIds: ['mergedIds'],
  kind: ['kind'],
  acronym: ['acronym'],
  countryCode: ['countryCode'],
  country: ['countryCode'], // Organization: the country of its code; City: that, else its IN_COUNTRY edge
  titles: ['titles'],
  code: ['code'], // falls back to the id
  nameEn: ['nameEn'],
  nameRu: ['nameRu'],
  lat: ['lat'],
  lon: ['lon'],
  startDate: ['startDate'],
  endDate: ['endDate'],
  description: ['description'],
  audience: ['audience'],
  labelEn: ['labelEn'], // falls back to name
  labelRu: ['labelRu'],
  title: ['title'], // a report's; name is its title too
  url: ['url'],
  language: ['language'],
  publishedAt: ['publishedAt'],
  ingestedAt: ['ingestedAt'],
};

/** Fields that read other nodes, relationships or the report text through the per-request loaders, by the node's id alone. */
const READS_BY_ID = new Set([
  'basedIn',
  'partOf',
  'parts',
  'people',
  'events',
  'practices',
  'collaborators',
  'mentionedIn',
  'affiliations',
  'spokeAt',
  'located',
  'participatedIn',
  'organizations',
  'countries',
  'speakers',
  'topics',
  'heldIn',
  'reports',
  'presentedBy',
  'text',
  'mentions',
]);

type Fragments = Record<string, FragmentDefinitionNode>;

/**
 * What a node-valued field's selection reads of the node: its properties,
 * and whether an event's countries are derived. Null when it selects a field
 * this table does not know (then everything is read). Fragments and inline
 * fragments of every type count: reading a property another type would
 * need costs nothing when the node lacks it.
 */
export function nodeProjection(selectionSet: SelectionSetNode | undefined, fragments: Fragments): NodeProjection | null {
  const properties = new Set<string>();
  let countryCodes = false;
  let known = true;
  const seen = new Set<string>();
  const visit = (set: SelectionSetNode | undefined): void => {
    for (const s of set?.selections ?? []) {
      if (s.kind === Kind.FIELD) {
        const name = s.name.value;
        if (name === 'countryCodes') countryCodes = true;
        else if (PROPERTY_FIELDS[name]) for (const p of PROPERTY_FIELDS[name]) properties.add(p);
        else if (!READS_BY_ID.has(name)) known = false;
      } else if (s.kind === Kind.INLINE_FRAGMENT) {
        visit(s.selectionSet);
      } else if (!seen.has(s.name.value)) {
        seen.add(s.name.value);
        visit(fragments[s.name.value]?.selectionSet);
      }
    }
  };
  visit(selectionSet);
  return known ? { properties: [...properties].sort(), countryCodes } : null;
}

/** The subfields named `name` of a selection, through fragments. */
function subfieldsNamed(selectionSet: SelectionSetNode | undefined, name: string, fragments: Fragments): FieldNode[] {
  const found: FieldNode[] = [];
  const seen = new Set<string>();
  const visit = (set: SelectionSetNode | undefined): void => {
    for (const s of set?.selections ?? []) {
      if (s.kind === Kind.FIELD) {
        if (s.name.value === name) found.push(s);
      } else if (s.kind === Kind.INLINE_FRAGMENT) {
        visit(s.selectionSet);
      } else if (!seen.has(s.name.value)) {
        seen.add(s.name.value);
        visit(fragments[s.name.value]?.selectionSet);
      }
    }
  };
  visit(selectionSet);
  return found;
}

/** Union of two projections; null (everything) absorbs. */
function union(a: NodeProjection | null, b: NodeProjection | null): NodeProjection | null {
  if (!a || !b) return null;
  return { properties: [...new Set([...a.properties, ...b.properties])].sort(), countryCodes: a.countryCodes || b.countryCodes };
}

/** What the subfields named `name` of the given fields read of their node (null: everything). */
export function childProjection(fields: readonly FieldNode[], name: string, fragments: Fragments): NodeProjection | null {
  let projection: NodeProjection | null = { properties: [], countryCodes: false };
  for (const f of fields) for (const child of subfieldsNamed(f.selectionSet, name, fragments)) projection = union(projection, nodeProjection(child.selectionSet, fragments));
  return projection;
}

// Apollo keeps validated documents and hands the same FieldNodes to every
// request with that query text: a selection's projection is worked out once.
const collaboratorsProjections = new WeakMap<FieldNode, CollaboratorsProjection>();

/**
 * What a Collaboration selection reads of its organizations and shared
 * events. With involvements or sources asked for, every property: those
 * answers name both again, and are rare.
 */
export function collaboratorsProjection(fields: readonly FieldNode[], fragments: Fragments): CollaboratorsProjection {
  const cacheable = fields.length === 1;
  const cached = cacheable ? collaboratorsProjections.get(fields[0]!) : undefined;
  if (cached) return cached;
  // lookahead.ts's COLLABORATION_EVIDENCE (imported here it would make the two modules import each other)
  const evidence = fields.some((f) => ['involvements', 'sources'].some((n) => subfieldsNamed(f.selectionSet, n, fragments).length > 0));
  const projection: CollaboratorsProjection = evidence
    ? { organizations: null, events: null }
    : { organizations: childProjection(fields, 'organization', fragments), events: childProjection(fields, 'sharedEvents', fragments) };
  if (cacheable) collaboratorsProjections.set(fields[0]!, projection);
  return projection;
}

const nodeProjections = new WeakMap<FieldNode, NodeProjection | null>();

/**
 * What the subfields named `name` of the field being resolved read of their
 * node (search's `node`, a path's `nodes`), worked out once per document.
 */
export function projectionOf(info: { fieldNodes: readonly FieldNode[]; fragments: Fragments }, name: string): NodeProjection | null {
  if (info.fieldNodes.length !== 1) return childProjection(info.fieldNodes, name, info.fragments);
  // A field node belongs to one document, and its resolver always asks for the same child.
  const field = info.fieldNodes[0]!;
  if (nodeProjections.has(field)) return nodeProjections.get(field)!;
  const projection = childProjection([field], name, info.fragments);
  nodeProjections.set(field, projection);
  return projection;
}
