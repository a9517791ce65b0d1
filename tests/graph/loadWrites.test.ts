import { describe, expect, it } from 'vitest';
import { CLAIMS_OF, type Graph } from '../../graph/index.ts';
import {
  applyBatch,
  createReports,
  createRelationships,
  deleteClaimsOf,
  deleteRelationshipsById,
  rederiveRelationships,
  updateRelationships,
} from '../../graph/load/applyBatch.ts';
import type { BatchChanges } from '../../graph/load/batchState.ts';
import { resetGraph, useEmptyGraph } from '../support/testGraph.ts';

let graph: Graph;

useEmptyGraph((g) => (graph = g));

interface PlanNode {
  operatorType: string;
  children: PlanNode[];
}

async function operators(cypher: string): Promise<string[]> {
  // Parameters of the right types, whichever the statement uses (`keys` is a list in one, a map in another).
  const params = { rows: [], ids: [], props: {}, elementIds: [], keys: cypher.includes('$keys[') ? {} : [], after: '', first: 10 };
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

function changes(part: Partial<BatchChanges>): BatchChanges {
  return {
    deleteReports: [], deleteRelationships: [], deleteEntities: [], deleteSuggestions: [], createEntities: [], updateEntities: [],
    createReports: [], createRelationships: [], updateRelationships: [], rederiveRelationships: [], createClaims: [], upsertSuggestions: [],
    ...part,
  };
}

describe('what a batch creates', () => {
  it('finds the entities it links and mentions through the id index, never by scanning', async () => {
    for (const statement of [createReports, createRelationships]) {
      const ops = await operators(statement);
      expect(ops.some((op) => op.includes('IndexSeek'))).toBe(true);
      expect(ops.filter((op) => op === 'NodeByLabelScan' || op === 'AllNodesScan')).toEqual([]);
    }
  });

  it('writes every label and relationship type, and each report with its mentions, in one statement each', async () => {
    await resetGraph(graph);
    await graph.write((tx) =>
      applyBatch(tx, changes({
        createEntities: [
          { label: 'Organization', props: { id: 'org:a', name: 'A' } },
          { label: 'Event', props: { id: 'event:e', name: 'E' } },
          { label: 'Organization', props: { id: 'org:b', name: 'B' } },
        ],
        createReports: [{ props: { id: 'report:1', title: 'One' }, mentions: [{ id: 'org:a', props: { name: 'A' } }, { id: 'event:e', props: { name: 'E' } }], reportsOn: ['event:e'] }],
        createRelationships: [
          { type: 'ORGANIZED', from: 'org:a', to: 'event:e', props: { sourceCount: 1 } },
          { type: 'PARTNERED', from: 'org:b', to: 'event:e', props: { sourceCount: 1 } },
        ],
      })),
    );
    const rows = await graph.readRows<{ line: string }>(
      "MATCH (a)-[r]->(b) RETURN a.id + ' ' + type(r) + ' ' + b.id + ' ' + [l IN labels(b) WHERE l <> 'Entity'][0] AS line ORDER BY line",
    );
    expect(rows.map((r) => r.line)).toEqual([
      'org:a ORGANIZED event:e Event',
      'org:b PARTNERED event:e Event',
      'report:1 MENTIONS event:e Event',
      'report:1 MENTIONS org:a Organization',
      'report:1 REPORTS_ON event:e Event',
    ]);
  });

  it('refuses a label or relationship type outside the model before writing anything', async () => {
    await resetGraph(graph);
    const bogusLabel = changes({ createEntities: [{ label: 'Secret' as never, props: { id: 'org:x' } }] });
    await expect(graph.write((tx) => applyBatch(tx, bogusLabel))).rejects.toThrow(/Unknown entity label 'Secret'/);
    const bogusType = changes({
      createEntities: [{ label: 'Organization', props: { id: 'org:x' } }],
      createRelationships: [{ type: 'OWNS', from: 'org:x', to: 'org:x', props: {} }],
    });
    await expect(graph.write((tx) => applyBatch(tx, bogusType))).rejects.toThrow(/Unknown relationship type 'OWNS'/);
    expect(await graph.readRows('MATCH (n:Entity) RETURN n')).toEqual([]);
  });
});
