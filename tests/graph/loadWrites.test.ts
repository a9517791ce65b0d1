import { describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/index.ts';
import { appendToRelationships, updateRelationships } from '../../graph/load/applyBatch.ts';
import { deleteRelationshipsById } from '../../graph/load/applyPlan.ts';
import { resetGraph, useEmptyGraph } from '../support/testGraph.ts';

let graph: Graph;

useEmptyGraph((g) => (graph = g));

interface PlanNode {
  operatorType: string;
  children: PlanNode[];
}

async function operators(cypher: string): Promise<string[]> {
  const plan = await graph.write(async (tx) => (await tx.run(`EXPLAIN ${cypher}`, { ids: [], props: {}, elementIds: [] })).summary.plan as PlanNode | false);
  const out: string[] = [];
  const walk = (p: PlanNode): void => {
    out.push(p.operatorType.split('@')[0]!);
    p.children.forEach(walk);
  };
  if (plan) walk(plan);
  return out;
}

describe('writes to relationships the loader read', () => {
  // A scan per row made every batch slower as the graph grew: 1.7 ms a report at 1,000 reports, 26 ms at 7,000.
  it('find them by element id with a seek, never a scan of every relationship', async () => {
    await resetGraph(graph);
    await graph.writeRows('UNWIND range(1, 200) AS i CREATE (:Probe {i: i})-[:PROBE]->(:Probe {i: -i})');
    for (const statement of [updateRelationships, appendToRelationships, deleteRelationshipsById]) {
      const ops = await operators(statement);
      expect(ops).toContain('DirectedRelationshipByElementIdSeek');
      expect(ops.filter((op) => op.includes('AllRelationshipsScan'))).toEqual([]);
    }
  });

  it('append a batch\'s sources to the stored lists and overwrite in place', async () => {
    const [row] = await graph.writeRows<{ id: string }>(
      "CREATE (:Probe)-[r:PROBE {sources: ['report:a'], sourceConfidences: [0.5], confidence: 0.5, evidence: ['a'], evidenceSources: ['report:a']}]->(:Probe) RETURN elementId(r) AS id",
    );
    const id = row!.id;
    const added = { sources: ['report:b'], sourceConfidences: [0.9], confidence: 0.9, evidence: ['b1', 'b2'], evidenceSources: ['report:b', 'report:b'], claimedRoles: ['rector'], claimedRoleSources: ['report:b'] };
    await graph.write((tx) => tx.run(appendToRelationships, { ids: [id], props: { [id]: added } }));
    const [after] = await graph.readRows<{ props: Record<string, unknown> }>('MATCH ()-[r:PROBE]->() RETURN properties(r) AS props');
    expect(after!.props).toEqual({
      sources: ['report:a', 'report:b'],
      sourceConfidences: [0.5, 0.9],
      confidence: 0.9,
      evidence: ['a', 'b1', 'b2'],
      evidenceSources: ['report:a', 'report:b', 'report:b'],
      roles: ['rector'],
      claimedRoles: ['rector'],
      claimedRoleSources: ['report:b'],
    });
    await graph.write((tx) => tx.run(updateRelationships, { ids: [id], props: { [id]: { sources: ['report:c'] } } }));
    const [replaced] = await graph.readRows<{ props: Record<string, unknown> }>('MATCH ()-[r:PROBE]->() RETURN properties(r) AS props');
    expect(replaced!.props).toEqual({ sources: ['report:c'] });
  });
});
