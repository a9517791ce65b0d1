import { describe, expect, it } from 'vitest';
import { CLAIMS_OF, type Graph } from '../../graph/index.ts';
import { deleteClaimsOf, deleteRelationshipsById, rederiveRelationships, updateRelationships } from '../../graph/load/applyBatch.ts';
import { resetGraph, useEmptyGraph } from '../support/testGraph.ts';

let graph: Graph;

useEmptyGraph((g) => (graph = g));

interface PlanNode {
  operatorType: string;
  children: PlanNode[];
}

async function operators(cypher: string): Promise<string[]> {
  // Parameters of the right types, whichever the statement uses (`keys` is a list in one, a map in another).
  const params = { ids: [], props: {}, elementIds: [], keys: cypher.includes('$keys[') ? {} : [], after: '', first: 10 };
  const plan = await graph.write(async (tx) => (await tx.run(`EXPLAIN ${cypher}`, params)).summary.plan as PlanNode | false);
  const out: string[] = [];
  const walk = (p: PlanNode): void => {
    out.push(p.operatorType.split('@')[0]!);
    p.children.forEach(walk);
  };
  if (plan) walk(plan);
  return out;
}

describe('writes to relationships the loader read', () => {
  // A scan per row made every batch slower as the graph grew.
  it('find them by element id with a seek, never a scan of every relationship', async () => {
    await resetGraph(graph);
    await graph.writeRows('UNWIND range(1, 200) AS i CREATE (:Probe {i: i})-[:PROBE]->(:Probe {i: -i})');
    for (const statement of [updateRelationships, rederiveRelationships, deleteRelationshipsById]) {
      const ops = await operators(statement);
      expect(ops).toContain('DirectedRelationshipByElementIdSeek');
      expect(ops.filter((op) => op.includes('AllRelationshipsScan'))).toEqual([]);
    }
  });
});

describe('claims', () => {
  it('are found by key and by report through their indexes, never by scanning every claim', async () => {
    await resetGraph(graph);
    await graph.writeRows("UNWIND range(1, 200) AS i CREATE (:Claim {key: 'K ' + (i % 7), report: 'report:' + i, order: toString(i)})");
    for (const statement of [CLAIMS_OF, rederiveRelationships, deleteClaimsOf]) {
      const ops = await operators(statement);
      expect(ops.some((op) => op.startsWith('NodeIndexSeek'))).toBe(true);
      expect(ops.filter((op) => op === 'NodeByLabelScan' || op === 'AllNodesScan')).toEqual([]);
    }
  });

  it('a page of a relationship\'s claims comes in index order: no sort of all its claims', async () => {
    const ops = await operators(CLAIMS_OF);
    expect(ops.filter((op) => op === 'Sort')).toEqual([]);
  });
});
