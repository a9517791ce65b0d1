import DataLoader from 'dataloader';
import {
  claimsOf,
  collaboratorsOf,
  eventsReportedBy,
  mentionsOf,
  nodesById,
  relationshipsOf,
  reportsOnEvents,
  reportTexts,
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
  /** key: collaboratorsKey(first, evidence, organizationId); null when the id names no organization */
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

/** The collaborators loader's key: the query's two settings, then the id (which may hold anything). */
export function collaboratorsKey(first: number, evidence: boolean, id: string): string {
  return `${collaboratorsQueryKey(first, evidence)}\u0000${id}`;
}

function collaboratorsQueryKey(first: number, evidence: boolean): string {
  return `${first}\u0000${evidence ? 1 : 0}`;
}

function parseCollaboratorsKey(key: string): { first: number; evidence: boolean; id: string } {
  const [first, evidence] = key.split('\u0000', 2) as [string, string];
  return { first: Number(first), evidence: evidence === '1', id: key.slice(first.length + evidence.length + 2) };
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
        // One query per distinct page size and evidence (in practice one).
        const byQuery = new Map<string, { first: number; evidence: boolean; ids: string[] }>();
        for (const key of keys) {
          const { first, evidence, id } = parseCollaboratorsKey(key);
          const query = collaboratorsQueryKey(first, evidence);
          const group = byQuery.get(query) ?? { first, evidence, ids: [] };
          group.ids.push(id);
          byQuery.set(query, group);
        }
        const results = new Map<string, OrganizationCollaborators>();
        for (const { first, evidence, ids } of byQuery.values()) {
          const found = await collaboratorsOf(graph, ids, first, { ...read(), evidence });
          for (const [id, value] of found) results.set(collaboratorsKey(first, evidence, id), value);
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
