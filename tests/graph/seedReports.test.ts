import { describe, expect, it } from 'vitest';
import { isGraphEmpty, listConflicts, removeReport, type Graph } from '../../graph/index.ts';
import { ingestFile, loadSeedReports } from '../../seed/index.ts';
import { countGraph, dumpGraph } from '../support/graphDump.ts';
import { useEmptyGraph } from '../support/testGraph.ts';

const SEED_DIR = 'seed/reports';
const FIRST = 'seed/reports/000_e72165b3f7539cff.txt';
const SECOND = 'seed/reports/001_ca50cbd2200c6381.txt';

let graph: Graph;

useEmptyGraph((g) => (graph = g));

async function entitiesNamed(label: string, pattern: RegExp): Promise<Array<{ id: string; name: string }>> {
  const rows = await graph.readRows<{ id: string; name: string; aliases: string[]; labels: string[] }>(
    'MATCH (n:Entity) RETURN n.id AS id, n.name AS name, n.aliases AS aliases, labels(n) AS labels',
  );
  return rows.filter((r) => r.labels.includes(label) && [r.name, ...r.aliases].some((n) => pattern.test(n)));
}

describe('the seed reports', () => {
  it('the two seed reports yield one foundation, one Polozhevets, one round table, one Altynsarin academy, one Pavlodar university', async () => {
    expect(await isGraphEmpty(graph)).toBe(true);
    const lines: string[] = [];
    const summary = await loadSeedReports(graph, SEED_DIR, (line) => lines.push(line));
    expect(summary.failed).toEqual([]);
    expect(summary.reports).toEqual({ created: 2, replaced: 0, unchanged: 0 });
    expect(lines).toHaveLength(2);
    expect(await isGraphEmpty(graph)).toBe(false);

    expect(await entitiesNamed('Organization', /(Investment in|Contribution to) the Future/i)).toHaveLength(1);
    expect(await entitiesNamed('Person', /Polozhevets/i)).toHaveLength(1);
    expect(await entitiesNamed('Event', /From Impact to/i)).toHaveLength(1);
    expect(await entitiesNamed('Organization', /Altynsarin/i)).toHaveLength(1);
    expect(await entitiesNamed('Organization', /Pavlodar/i)).toHaveLength(1);
    // …and different entities stay apart.
    expect(await entitiesNamed('Organization', /Kyrgyz National University/i)).toHaveLength(1);
  });

  it('keeps the October and the November dates of the round table, shows the narrower, and lists the conflict', async () => {
    const first = await ingestFile(graph, FIRST);
    const second = await ingestFile(graph, SECOND);
    const [roundTable] = await entitiesNamed('Event', /From Impact to/i);
    const claims = await graph.readRows<{ report: string; startDate: string }>(
      'MATCH (r:Report)-[m:MENTIONS]->(:Event {id: $id}) RETURN r.id AS report, m.startDate AS startDate ORDER BY startDate',
      { id: roundTable!.id },
    );
    expect(claims).toEqual([
      { report: first.reportId, startDate: expect.stringMatching(/^2023-10/) },
      { report: second.reportId, startDate: '2023-11-16' },
    ]);
    const node = (await graph.readRows<{ s: string; e: string }>('MATCH (n:Event {id: $id}) RETURN n.startDate AS s, n.endDate AS e', { id: roundTable!.id }))[0];
    expect(node).toEqual({ s: '2023-11-16', e: '2023-11-20' });

    const conflict = (await listConflicts(graph, { entityId: roundTable!.id })).find((c) => c.property === 'startDate');
    expect(conflict?.claims.map((c) => [c.value.slice(0, 7), c.sources.map((s) => s.reportId)])).toEqual([
      ['2023-10', [first.reportId]],
      ['2023-11', [second.reportId]],
    ]);
  });

  it('re-ingesting the seed reports changes nothing, and removing one keeps what the other says', async () => {
    await loadSeedReports(graph, SEED_DIR);
    const before = await dumpGraph(graph);
    const again = await loadSeedReports(graph, SEED_DIR);
    expect(again.reports).toEqual({ created: 0, replaced: 0, unchanged: 2 });
    expect(await dumpGraph(graph)).toEqual(before);

    const second = await ingestFile(graph, SECOND);
    const result = await removeReport(graph, second.reportId);
    expect(result.relationships.deleted + result.relationships.updated).toBeGreaterThan(0);
    expect(await entitiesNamed('Organization', /(Investment in|Contribution to) the Future/i)).toHaveLength(1);
    // The Pavlodar university and Kostanay university are named only in the second report.
    expect(await entitiesNamed('Organization', /Pavlodar/i)).toHaveLength(0);
    const claims = await graph.readRows<{ n: number }>('MATCH (c:Claim {report: $id}) RETURN count(c) AS n', { id: second.reportId });
    expect(claims[0]?.n).toBe(0);
    const { nodes } = await countGraph(graph);
    expect(nodes).toBeGreaterThan(10);
  });
});
