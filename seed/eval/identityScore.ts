import { z } from 'zod';
import { devGoldNames, type DevGold } from './goldDocument.ts';
import { nameSimilarity } from './nameSimilarity.ts';
import { MATCH_THRESHOLDS } from './scoreReport.ts';

/** identities.json of a dev-layout folder: which mentions in different reports are one real entity. */
export const IdentitiesSchema = z.object({
  organizations: z.array(z.object({ id: z.string(), nameEn: z.string().optional(), mentions: z.array(z.object({ report: z.string(), name: z.string() })) })).default([]),
  people: z.array(z.object({ id: z.string(), nameEn: z.string().optional(), mentions: z.array(z.object({ report: z.string(), name: z.string() })) })).default([]),
  cities: z.array(z.object({ id: z.string(), nameEn: z.string().optional(), mentions: z.array(z.object({ report: z.string(), name: z.string() })) })).default([]),
});
export type Identities = z.infer<typeof IdentitiesSchema>;

/** A graph node as one report mentions it. */
export interface MentionedNode {
  nodeId: string;
  type: string;
  /** the node's name and aliases, and the name as the report writes it */
  names: string[];
}

export interface IdentityScore {
  /** real entities named by two or more reports that were each found in the graph */
  groups: number;
  /** of those, the ones that ended as one node */
  unified: number;
  /** real entities spread over several nodes */
  split: Array<{ identity: string; nodes: string[] }>;
  /** nodes that hold two or more different real entities */
  wrongMerges: Array<{ node: string; holds: string[] }>;
  /** reports with gold that were not found in the graph */
  missingReports: string[];
}

const LISTS = [
  ['organizations', 'Organization'],
  ['people', 'Person'],
  ['cities', 'City'],
] as const;

/**
 * Cross-report identity after a folder of reports is in the graph, computed as
 * the dev set's identity-score.mjs does: each gold organization, person and
 * city is located at the most similar node its report mentions (over the
 * type's threshold); a real entity of identities.json is unified when all its
 * located mentions are one node, and a node is a wrong merge when it holds
 * mentions of two different real entities (an entity outside identities.json
 * is real on its own).
 */
export function scoreIdentity(golds: ReadonlyMap<string, DevGold>, identities: Identities, mentions: ReadonlyMap<string, readonly MentionedNode[] | undefined>): IdentityScore {
  const located = new Map<string, string | null>();
  const missingReports: string[] = [];
  for (const [report, gold] of golds) {
    const mentioned = mentions.get(report);
    if (!mentioned) {
      missingReports.push(report);
      continue;
    }
    for (const [list, type] of LISTS) {
      const candidates = mentioned.filter((m) => m.type === type);
      for (const g of gold[list]) {
        const names = devGoldNames(g);
        let best: string | null = null;
        let score = 0;
        for (const m of candidates) {
          const s = nameSimilarity(names, m.names);
          if (s > score) {
            score = s;
            best = m.nodeId;
          }
        }
        located.set(`${report}|${type}|${g.name}`, score >= MATCH_THRESHOLDS[type] ? best : null);
      }
    }
  }

  const owners = new Map<string, Set<string>>();
  for (const [key, node] of located) if (node) owners.set(node, (owners.get(node) ?? new Set()).add(`single:${key}`));
  let groups = 0;
  let unified = 0;
  const split: IdentityScore['split'] = [];
  for (const [list, type] of LISTS) {
    for (const identity of identities[list]) {
      const nodes: string[] = [];
      for (const m of identity.mentions) {
        const key = `${m.report}|${type}|${m.name}`;
        const node = located.get(key);
        if (!node) continue;
        nodes.push(node);
        const held = owners.get(node)!;
        held.delete(`single:${key}`);
        held.add(`group:${identity.id}`);
      }
      if (nodes.length < 2) continue;
      groups++;
      const distinct = [...new Set(nodes)];
      if (distinct.length === 1) unified++;
      else split.push({ identity: identity.nameEn ?? identity.id, nodes: distinct });
    }
  }
  const wrongMerges = [...owners].filter(([, held]) => held.size > 1).map(([node, held]) => ({ node, holds: [...held] }));
  return { groups, unified, split, wrongMerges, missingReports };
}
