import DataLoader from 'dataloader';
import {
  claimsOf,
  collaboratorsOf,
  collaboratorsProjectionKey,
  eventsReportedBy,
  mentionsOf,
  nodesById,
  relationshipsOf,
  reportsOnEvents,
  reportTexts,
  type CollaboratorsProjection,
  type OrganizationCollaborators,
  type Graph,
  type MentionRecord,
  type NodeRecord,
  type ReadOptions,
  type RelationshipClaimRecord,
  type RelationshipRecord,
} from '../graph/index.ts';

/**
 * Per-request DataLoaders: every relationship field of a response is answered
 * by one query per loader and tick, whatever the number of parent nodes (no
 * N+1), and repeated ids are read once.
 */
export interface Loaders {
  node: DataLoader<string, NodeRecord | null>;
  relationships: DataLoader<string, RelationshipRecord[]>;
  mentions: DataLoader<string, MentionRecord[]>;
  reportEvents: DataLoader<string, NodeRecord[]>;
  eventReports: DataLoader<string, NodeRecord[]>;
  reportText: DataLoader<string, string | null>;
  /** key: collaboratorsKey(first, evidence, organizationId, projection); null when the id names no organization */
  collaborators: DataLoader<string, OrganizationCollaborators | null>;
  /** key: claimsKey(first, after, relationship key): a page of a relationship's claims */
  claims: DataLoader<string, RelationshipClaimRecord[]>;
}

/** Largest batch one query receives. */
const MAX_BATCH = 500;

function fromMap<V>(fetch: (ids: readonly string[]) => Promise<Map<string, V>>, missing: V) {
  return new DataLoader<string, V>(
    async (ids) => {
      const found = await fetch(ids);
      return ids.map((id) => found.get(id) ?? missing);
    },
    { maxBatchSize: MAX_BATCH },
  );
}

/** The collaborators loader's key: the query's settings, then the id (which may hold anything). */
export function collaboratorsKey(first: number, evidence: boolean, id: string, projection: CollaboratorsProjection = FULL_PROJECTION): string {
  return `${collaboratorsQueryKey(first, evidence, remember(projection))}\u0000${id}`;
}

function collaboratorsQueryKey(first: number, evidence: boolean, projection: string): string {
  return `${first}\u0000${evidence ? 1 : 0}\u0000${projection}`;
}

function parseCollaboratorsKey(key: string): { first: number; evidence: boolean; projection: CollaboratorsProjection; id: string } {
  const [first, evidence, projection] = key.split('\u0000', 3) as [string, string, string];
  const id = key.slice(first.length + evidence.length + projection.length + 3);
  return { first: Number(first), evidence: evidence === '1', projection: projections.get(projection) ?? FULL_PROJECTION, id };
}

const FULL_PROJECTION: CollaboratorsProjection = { organizations: null, events: null };

// Projections named in loader keys, by name. Bounded: a name no longer here is read as the
// full projection, which answers any selection (it only reads more).
const projections = new Map<string, CollaboratorsProjection>();
const MAX_PROJECTIONS = 256;

function remember(projection: CollaboratorsProjection): string {
  const name = collaboratorsProjectionKey(projection);
  if (!projections.has(name) && projections.size < MAX_PROJECTIONS) projections.set(name, projection);
  return name;
}

/** The claims loader's key: the page, then the relationship key. */
export function claimsKey(first: number, after: string | null, key: string): string {
  return `${first}\u0000${after ?? ''}\u0000${key}`;
}

function parseClaimsKey(k: string): { page: string; first: number; after: string | null; key: string } {
  const [first, after] = k.split('\u0000', 2) as [string, string];
  return { page: `${first}\u0000${after}`, first: Number(first), after: after || null, key: k.slice(first.length + after.length + 2) };
}

/** Groups loader keys by what they share (the page settings), in first-seen order. */
function byPage<T extends { page: string }>(items: readonly T[]): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(item.page, [...(groups.get(item.page) ?? []), item]);
  return [...groups.values()];
}

export function createLoaders(graph: Graph, read: () => ReadOptions): Loaders {
  return {
    node: fromMap<NodeRecord | null>((ids) => nodesById(graph, ids, read()), null),
    relationships: fromMap<RelationshipRecord[]>((ids) => relationshipsOf(graph, ids, read()), []),
    mentions: fromMap<MentionRecord[]>((ids) => mentionsOf(graph, ids, read()), []),
    reportEvents: fromMap<NodeRecord[]>((ids) => eventsReportedBy(graph, ids, read()), []),
    eventReports: fromMap<NodeRecord[]>((ids) => reportsOnEvents(graph, ids, read()), []),
    reportText: fromMap<string | null>((ids) => reportTexts(graph, ids, read()), null),
    collaborators: new DataLoader<string, OrganizationCollaborators | null>(
      async (keys) => {
        // One query per distinct page size, evidence and projection (in practice one).
        const byQuery = new Map<string, { first: number; evidence: boolean; projection: CollaboratorsProjection; ids: string[] }>();
        for (const key of keys) {
          const { first, evidence, projection, id } = parseCollaboratorsKey(key);
          const query = key.slice(0, key.length - id.length);
          const group = byQuery.get(query) ?? { first, evidence, projection, ids: [] };
          group.ids.push(id);
          byQuery.set(query, group);
        }
        const results = new Map<string, OrganizationCollaborators>();
        for (const [query, { first, evidence, projection, ids }] of byQuery) {
          const found = await collaboratorsOf(graph, ids, first, { ...read(), evidence, projection });
          for (const [id, value] of found) results.set(query + id, value);
        }
        return keys.map((k) => results.get(k) ?? null);
      },
      { maxBatchSize: MAX_BATCH },
    ),
    claims: new DataLoader<string, RelationshipClaimRecord[]>(
      async (keys) => {
        // One query per distinct page (in practice one: every field asks for the first page).
        const results = new Map<string, RelationshipClaimRecord[]>();
        for (const group of byPage(keys.map(parseClaimsKey))) {
          const { first, after } = group[0]!;
          const found = await claimsOf(graph, group.map((g) => g.key), { first, after }, read());
          for (const g of group) results.set(claimsKey(first, after, g.key), found.get(g.key) ?? []);
        }
        return keys.map((k) => results.get(k) ?? []);
      },
      { maxBatchSize: MAX_BATCH },
    ),
  };
}
