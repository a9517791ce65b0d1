import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ingestPaths, isGraphEmpty, listConflicts, loadSeedReports, type Graph } from '../../graph/index.ts';
import { connectTestGraph, resetGraph } from '../support/testGraph.ts';

let graph: Graph;

beforeAll(async () => {
  graph = await connectTestGraph();
});
afterAll(async () => {
  await graph.close();
});
beforeEach(async () => {
  await resetGraph(graph);
});

async function entitiesMatching(label: string, pattern: RegExp): Promise<Array<{ id: string; name: string; aliases: string[] }>> {
  const rows = await graph.readRows<{ id: string; name: string; aliases: string[]; labels: string[] }>(
    'MATCH (n:Entity) RETURN n.id AS id, n.name AS name, n.aliases AS aliases, labels(n) AS labels',
  );
  return rows.filter((r) => r.labels.includes(label) && [r.name, ...r.aliases].some((n) => pattern.test(n)));
}

describe('the seed reports', () => {
  it('the two seed reports yield one foundation, one Polozhevets, one round table, one Altynsarin academy, one Pavlodar university', async () => {
    expect(await isGraphEmpty(graph)).toBe(true);
    const lines: string[] = [];
    const summary = await loadSeedReports(graph, 'seed/reports', (line) => lines.push(line));
    console.log(JSON.stringify(summary, null, 1), lines);
    const all = await graph.readRows('MATCH (n:Entity) RETURN labels(n) AS l, n.id AS id, n.name AS name, n.aliases AS aliases ORDER BY id');
    console.log(all.map((r) => JSON.stringify(r)).join('\n'));
    console.log(JSON.stringify(await listConflicts(graph), null, 1));
    expect(summary.failed).toEqual([]);
    expect(await isGraphEmpty(graph)).toBe(false);
    expect(await entitiesMatching('Organization', /(Investment in|Contribution to) the Future/i)).toHaveLength(1);
    expect(await entitiesMatching('Person', /Polozhevets/i)).toHaveLength(1);
    expect(await entitiesMatching('Event', /From Impact to/i)).toHaveLength(1);
    expect(await entitiesMatching('Organization', /Altynsarin/i)).toHaveLength(1);
    expect(await entitiesMatching('Organization', /Pavlodar/i)).toHaveLength(1);
  });
});
