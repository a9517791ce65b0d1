import { describe, expect, it } from 'vitest';
import { ConstraintViolationError, noResolution, removeReport, type Graph } from '../../graph/index.ts';
import { loadExtraction } from '../support/seedLoad.ts';
import { extraction, org, reportA, reportB, rel } from '../support/extractions.ts';
import { countGraph, dumpGraph } from '../support/graphDump.ts';
import { relationshipProvenance } from '../support/relationshipProvenance.ts';
import { resetGraph, useEmptyGraph } from '../support/testGraph.ts';

let graph: Graph;

useEmptyGraph((g) => (graph = g));

const relationship = (type: string, from: string, to: string): Promise<Record<string, unknown> | undefined> => relationshipProvenance(graph, type, from, to);

async function entity(id: string): Promise<Record<string, unknown> | undefined> {
  return (await graph.readRows<{ props: Record<string, unknown> }>('MATCH (n:Entity {id: $id}) RETURN properties(n) AS props', { id }))[0]?.props;
}

describe('loading a report', () => {
  it('creates entities with both labels, names, search text and the report with its claims', async () => {
    const a = reportA();
    const result = await loadExtraction(graph, a);
    expect(result.status).toBe('created');
    expect(result.labels.Organization).toEqual({ created: 2, merged: 0, unchanged: 0, removed: 0 });
    expect(result.relationships).toMatchObject({ created: 4, updated: 0 });

    const foundation = await entity('org:investment-in-the-future');
    expect(foundation).toMatchObject({ name: 'Contribution to the Future', kind: 'foundation' });
    expect(foundation?.aliases).toEqual(['Contribution to the Future', 'charity foundation “Contribution to the Future”']);
    const labels = await graph.readRows<{ labels: string[] }>("MATCH (n {id: 'person:petr-polozhevets'}) RETURN labels(n) AS labels");
    expect(labels[0]?.labels.sort()).toEqual(['Entity', 'Person']);
    expect(String((await entity('person:petr-polozhevets'))?.searchText)).toContain('петр положевец');

    const report = (await graph.readRows<{ r: Record<string, unknown> }>('MATCH (r:Report {id: $id}) RETURN properties(r) AS r', { id: a.report.id }))[0]?.r;
    expect(report).toMatchObject({ title: a.report.title, language: 'en', text: a.text });
    expect(typeof report?.ingestedAt).toBe('string');
    const reportsOn = await graph.readRows('MATCH (:Report {id: $id})-[:REPORTS_ON]->(e:Event) RETURN e.id AS id', { id: a.report.id });
    expect(reportsOn).toEqual([{ id: 'event:round-table-2023' }]);
    const mentions = await graph.readRows<{ n: number }>('MATCH (:Report {id: $id})-[m:MENTIONS]->() RETURN count(m) AS n', { id: a.report.id });
    expect(mentions[0]?.n).toBe(5);

    const partnered = await relationship('PARTNERED', 'org:investment-in-the-future', 'event:round-table-2023');
    expect(partnered).toMatchObject({
      sources: [a.report.id],
      evidence: ['The partners of the event were the foundation and the university.'],
      evidenceSources: [a.report.id],
      confidence: 0.9,
    });
    const affiliated = await relationship('AFFILIATED_WITH', 'person:petr-polozhevets', 'org:investment-in-the-future');
    expect(affiliated).toMatchObject({ roles: ['Executive Director'], claimedRoleSources: [a.report.id] });
  });

  it('finds a Cyrillic name by a Latin query and a Latin name by a Cyrillic query', async () => {
    await loadExtraction(
      graph,
      extraction({
        text: 'names',
        title: 'names',
        entities: [
          { id: 'person:kazakova', type: 'Person', name: 'Елена Казакова', aliases: [], mentions: [] },
          { id: 'person:polozhevets', type: 'Person', name: 'Petr Polozhevets', aliases: [], mentions: [] },
        ],
      }),
    );
    const find = async (q: string): Promise<string[]> =>
      (await graph.readRows<{ id: string }>("CALL db.index.fulltext.queryNodes('entity_names', $q) YIELD node RETURN node.id AS id", { q })).map((r) => r.id);
    expect(await find('Kazakova')).toEqual(['person:kazakova']);
    expect(await find('Положевец')).toEqual(['person:polozhevets']);
  });

  it('merges a second report into the same nodes, keeping every source and sentence', async () => {
    const a = reportA();
    const b = reportB();
    await loadExtraction(graph, a);
    const result = await loadExtraction(graph, b);
    expect(result.status).toBe('created');
    expect(result.labels.Organization).toEqual({ created: 0, merged: 2, unchanged: 0, removed: 0 });
    expect(result.relationships).toMatchObject({ created: 0, updated: 2 });

    const foundation = await entity('org:investment-in-the-future');
    expect(foundation?.aliases).toEqual(
      expect.arrayContaining(['Contribution to the Future', 'Investment in the Future', "'Investment in the Future' Charitable Foundation"]),
    );
    const partnered = await relationship('PARTNERED', 'org:investment-in-the-future', 'event:round-table-2023');
    expect(partnered?.sources).toEqual([a.report.id, b.report.id]);
    expect(partnered?.evidenceSources).toEqual([a.report.id, b.report.id]);
    expect(partnered?.confidence).toBe(0.95);
    const { nodes } = await countGraph(graph);
    expect(nodes).toBe(5 + 2);
  });
});

describe('provenance and conflicts', () => {
  it('keeps both dates of the round table, each with its source, and derives the most precise', async () => {
    const a = reportA();
    const b = reportB();
    await loadExtraction(graph, a);
    await loadExtraction(graph, b);
    const claims = await graph.readRows<{ report: string; startDate: string; endDate: string | null }>(
      `MATCH (r:Report)-[m:MENTIONS]->(:Event {id: 'event:round-table-2023'})
       RETURN r.id AS report, m.startDate AS startDate, m.endDate AS endDate ORDER BY startDate`,
    );
    expect(claims).toEqual([
      { report: a.report.id, startDate: '2023-10', endDate: null },
      { report: b.report.id, startDate: '2023-11-16', endDate: '2023-11-20' },
    ]);
    expect(await entity('event:round-table-2023')).toMatchObject({ startDate: '2023-11-16', endDate: '2023-11-20' });
  });
});

describe('idempotence, replacement, removal', () => {
  it('re-ingesting an identical report changes nothing', async () => {
    await loadExtraction(graph, reportA());
    await loadExtraction(graph, reportB());
    const before = await dumpGraph(graph);
    const counts = await countGraph(graph);
    const again = await loadExtraction(graph, reportA());
    expect(again.status).toBe('unchanged');
    expect(again.labels.Organization).toEqual({ created: 0, merged: 0, unchanged: 2, removed: 0 });
    expect(await countGraph(graph)).toEqual(counts);
    expect(await dumpGraph(graph)).toEqual(before);
  });

  it('a changed version of the same report replaces its claims', async () => {
    const a = reportA();
    await loadExtraction(graph, a);
    await loadExtraction(graph, reportB());
    // The corrected version: same title, no url, new text; it drops the Kyrgyz university and names a new partner.
    const changed = extraction({
      text: `${a.text} Corrected.`,
      title: a.report.title,
      entities: [
        ...a.entities.filter((e) => e.id !== 'org:kyrgyz-national-university'),
        org('org:altynsarin-academy', 'National Academy of Education named after Y. Altynsarin'),
      ],
      relations: [
        ...a.relations.filter((r) => r.from !== 'org:kyrgyz-national-university'),
        rel('PARTNERED', 'org:altynsarin-academy', 'event:round-table-2023', 'The Academy was a partner.'),
      ],
    });
    const result = await loadExtraction(graph, changed);
    expect(result.status).toBe('replaced');
    expect(result.replaced).toEqual([a.report.id]);
    // The foundation is told the same way (unchanged); the university lost a link (merged); the academy is new.
    expect(result.labels.Organization).toEqual({ created: 1, merged: 1, unchanged: 1, removed: 0 });
    expect(result.labels.Person).toEqual({ created: 0, merged: 0, unchanged: 1, removed: 0 });

    const reports = await graph.readRows<{ id: string }>('MATCH (r:Report) RETURN r.id AS id ORDER BY id');
    expect(reports.map((r) => r.id)).not.toContain(a.report.id);
    const partnered = await relationship('PARTNERED', 'org:investment-in-the-future', 'event:round-table-2023');
    expect(partnered?.sources).toEqual(expect.arrayContaining([changed.report.id]));
    expect(partnered?.sources).not.toContain(a.report.id);
    // Report B still names the Kyrgyz university, but only A said it was a partner.
    expect(await entity('org:kyrgyz-national-university')).toBeDefined();
    expect(await relationship('PARTNERED', 'org:kyrgyz-national-university', 'event:round-table-2023')).toBeUndefined();
    expect(await relationship('PARTNERED', 'org:altynsarin-academy', 'event:round-table-2023')).toBeDefined();
  });

  it('a new version at the same url replaces the old one whatever its title', async () => {
    const v1 = extraction({ text: 'v1', title: 'First title', url: 'https://example.org/news/1', entities: [org('org:a', 'A')] });
    const v2 = extraction({ text: 'v2', title: 'Second title', url: 'https://example.org/news/1', entities: [org('org:b', 'B')] });
    await loadExtraction(graph, v1);
    const result = await loadExtraction(graph, v2);
    expect(result).toMatchObject({ status: 'replaced', replaced: [v1.report.id] });
    expect(result.labels.Organization).toMatchObject({ created: 1, removed: 1 });
    expect(await entity('org:a')).toBeUndefined();
  });

  it('removing a report keeps facts another report also asserts', async () => {
    const a = reportA();
    const b = reportB();
    await loadExtraction(graph, a);
    await loadExtraction(graph, b);
    const result = await removeReport(graph, a.report.id);
    expect(result.relationships).toMatchObject({ deleted: 2, updated: 2 });

    const partnered = await relationship('PARTNERED', 'org:investment-in-the-future', 'event:round-table-2023');
    expect(partnered).toMatchObject({ sources: [b.report.id], evidenceSources: [b.report.id], confidence: 0.95 });
    // Only report A said Petr works at the foundation, and only A made the university a partner.
    expect(await relationship('AFFILIATED_WITH', 'person:petr-polozhevets', 'org:investment-in-the-future')).toBeUndefined();
    expect(await relationship('PARTNERED', 'org:kyrgyz-national-university', 'event:round-table-2023')).toBeUndefined();
    const foundation = await entity('org:investment-in-the-future');
    expect(foundation?.name).toBe('Investment in the Future');
    expect(foundation?.aliases).not.toContain('Contribution to the Future');
    const person = await entity('person:petr-polozhevets');
    expect(person).toMatchObject({ name: 'Peter Polozhevets' });
    expect(person?.titles).toBeUndefined();

    // Removing the last report leaves nothing behind.
    await removeReport(graph, b.report.id);
    expect(await countGraph(graph)).toEqual({ nodes: 0, relationships: 0, claims: 0 });
  });

  it('loading then removing a report restores the graph exactly', async () => {
    await loadExtraction(graph, reportA());
    const before = await dumpGraph(graph);
    const b = reportB();
    await loadExtraction(graph, b);
    await removeReport(graph, b.report.id);
    expect(await dumpGraph(graph)).toEqual(before);
  });

  it('removing one of many reports that make the same claim reads the tally, not every claim, and leaves what the others give', async () => {
    const same = (i: number) => extraction({ text: `Report ${i} on the fund.`, title: `Fund report ${i}`, publishedAt: `2024-0${i}-01`, entities: [org('org:fund', 'The Fund')] });
    const clock = (): (() => Date) => {
      let t = Date.parse('2026-01-01T00:00:00Z');
      return () => new Date((t += 1000));
    };
    const first = clock();
    for (const i of [1, 3]) await loadExtraction(graph, same(i), { now: first, resolve: noResolution });
    const withoutMiddle = await entity('org:fund');
    await resetGraph(graph);
    const second = clock();
    for (const i of [1, 2, 3]) await loadExtraction(graph, same(i), { now: second, resolve: noResolution });
    await removeReport(graph, same(2).report.id);
    const { claimTally: after, ...props } = (await entity('org:fund'))!;
    const { claimTally: expected, ...expectedProps } = withoutMiddle!;
    expect(props).toEqual(expectedProps);
    // The same groups, weights and oldest reports; only load times may differ.
    expect(JSON.parse(after as string).map((r: unknown[]) => [r[0], r[3], r[4]])).toEqual(JSON.parse(expected as string).map((r: unknown[]) => [r[0], r[3], r[4]]));
  });

  it('a report that fails to load leaves the graph as it was', async () => {
    await loadExtraction(graph, reportA());
    const before = await dumpGraph(graph);
    // A constraint violation after every write of report B: the whole transaction must roll back.
    const failing = loadExtraction(graph, reportB(), {
      beforeCommit: async (tx) => {
        await tx.run("CREATE (:Entity:Organization {id: 'org:investment-in-the-future'})");
      },
    });
    await expect(failing).rejects.toBeInstanceOf(ConstraintViolationError);
    expect(await dumpGraph(graph)).toEqual(before);
    // The lock was released: the next load goes through.
    expect((await loadExtraction(graph, reportB())).status).toBe('created');
  });

  it('two concurrent ingests of overlapping reports do not duplicate entities', async () => {
    const results = await Promise.all([loadExtraction(graph, reportA()), loadExtraction(graph, reportB()), loadExtraction(graph, reportA())]);
    expect(results.map((r) => r.status).sort()).toEqual(['created', 'created', 'unchanged']);
    const rows = await graph.readRows<{ n: number }>("MATCH (n:Organization {id: 'org:investment-in-the-future'}) RETURN count(n) AS n");
    expect(rows[0]?.n).toBe(1);
    const partnered = await relationship('PARTNERED', 'org:investment-in-the-future', 'event:round-table-2023');
    expect((partnered?.sources as string[]).length).toBe(2);
  });
});
