import DataLoader from 'dataloader';
import {
  collaboratorsOf,
  eventsReportedBy,
  mentionsOf,
  nodesById,
  relationshipsOf,
  reportsOnEvents,
  reportTexts,
  type CollaborationRecord,
  type Graph,
  type MentionRecord,
  type NodeRecord,
  type ReadOptions,
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
  /** key: `${first}\u0000${organizationId}` */
  collaborators: DataLoader<string, CollaborationRecord[]>;
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

export function createLoaders(graph: Graph, read: () => ReadOptions): Loaders {
  return {
    node: fromMap<NodeRecord | null>((ids) => nodesById(graph, ids, read()), null),
    relationships: fromMap<RelationshipRecord[]>((ids) => relationshipsOf(graph, ids, read()), []),
    mentions: fromMap<MentionRecord[]>((ids) => mentionsOf(graph, ids, read()), []),
    reportEvents: fromMap<NodeRecord[]>((ids) => eventsReportedBy(graph, ids, read()), []),
    eventReports: fromMap<NodeRecord[]>((ids) => reportsOnEvents(graph, ids, read()), []),
    reportText: fromMap<string | null>((ids) => reportTexts(graph, ids, read()), null),
    collaborators: new DataLoader<string, CollaborationRecord[]>(
      async (keys) => {
        // One query per distinct page size (in practice one).
        const byFirst = new Map<number, string[]>();
        for (const key of keys) {
          const [first, id] = key.split('\u0000') as [string, string];
          byFirst.set(Number(first), [...(byFirst.get(Number(first)) ?? []), id]);
        }
        const results = new Map<string, CollaborationRecord[]>();
        for (const [first, ids] of byFirst) {
          const found = await collaboratorsOf(graph, ids, first, read());
          for (const id of ids) results.set(`${first}\u0000${id}`, found.get(id) ?? []);
        }
        return keys.map((k) => results.get(k) ?? []);
      },
      { maxBatchSize: MAX_BATCH },
    ),
  };
}
