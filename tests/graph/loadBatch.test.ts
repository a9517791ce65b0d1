import { describe, expect, it } from 'vitest';
import { Corpus } from '../../bench/corpus/index.ts';
import { InvalidExtractionError, mergeEntities, noResolution, type Graph } from '../../graph/index.ts';
import { loadExtraction, loadExtractions } from '../support/seedLoad.ts';
import type { Entity, Extraction } from '../../seed/index.ts';
import { extraction, org, rel, reportA, reportB } from '../support/extractions.ts';
import { dumpGraph } from '../support/graphDump.ts';
import { resetGraph, useEmptyGraph } from '../support/testGraph.ts';

let graph: Graph;

useEmptyGraph((g) => (graph = g));

/** A clock that ticks one second per call: the same ingestedAt for the same load order, batched or not. */
function clock(): () => Date {
  let t = Date.parse('2025-01-01T00:00:00Z');
  return () => new Date((t += 1000));
}

async function loadOneByOne(xs: readonly Extraction[]): Promise<string[]> {
  const now = clock();
  for (const x of xs) await loadExtraction(graph, x, { now });
  return dumpGraph(graph);
}

async function loadBatched(xs: readonly Extraction[], batchSize: number): Promise<string[]> {
  const outcomes = await loadExtractions(graph, xs, { now: clock(), batchSize });
  expect(outcomes.filter((o) => o.error)).toEqual([]);
  return dumpGraph(graph);
}

const corpus = (n: number): Extraction[] => [...new Corpus({ scale: 'small', seed: 11 }).extractions()].slice(0, n);

const university = (id: string, name: string, text: string): Extraction =>
  extraction({
    text,
    title: text,
    entities: [org(id, name), org('org:foundation', 'Contribution to the Future')],
    relations: [rel('PARTNERED', id, 'org:foundation', text)],
  });

describe('loading reports in batches', () => {
  it('yields the same graph as loading them one at a time', async () => {
    const xs = [reportA(), reportB(), ...corpus(40)];
    const oneByOne = await loadOneByOne(xs);
    await resetGraph(graph);
    expect(await loadBatched(xs, 15)).toEqual(oneByOne);
  }, 240_000);

  it('resolves a report against entities an earlier report of the same batch introduced', async () => {
    const first = university('org:kyrgyz-national-university', 'Kyrgyz National University named after J. Balasagyn', 'first');
    const second = university('org:balasagyn-university', 'J. Balasagyn Kyrgyz National University', 'second');
    const oneByOne = await loadOneByOne([first, second]);
    const orgs = oneByOne.filter((line) => line.includes('"Organization"'));
    expect(orgs).toHaveLength(2); // the two names are one university, and the foundation
    await resetGraph(graph);
    expect(await loadBatched([first, second], 10)).toEqual(oneByOne);
  });

  it('follows curator merges and replaces versions already in the graph, as one at a time would', async () => {
    const named = (id: string, text: string, url?: string): Extraction =>
      extraction({ text, title: text, url, entities: [org(id, 'Gamma College'), org('org:foundation', 'Contribution to the Future')], relations: [rel('PARTNERED', id, 'org:foundation', text)] });
    const v1 = named('org:gamma', 'version one', 'https://example.org/gamma');
    const before = async (): Promise<void> => {
      await loadExtraction(graph, v1, { now: () => new Date('2024-01-01T00:00:00Z') });
      // Without resolution the same college gets a second id, which a curator then merges.
      await loadExtraction(graph, named('org:gamma-college', 'another report'), { now: () => new Date('2024-01-02T00:00:00Z'), resolve: noResolution });
      await mergeEntities(graph, 'org:gamma', 'org:gamma-college');
    };
    // A later report names the merged-away id; a new version replaces the one in the graph.
    const xs = [named('org:gamma-college', 'names the merged id'), named('org:gamma', 'version two', 'https://example.org/gamma')];
    await before();
    const oneByOne = await loadOneByOne(xs);
    await resetGraph(graph);
    await before();
    const outcomes = await loadExtractions(graph, xs, { now: clock() });
    expect(outcomes.map((o) => o.result?.status)).toEqual(['created', 'replaced']);
    expect(await dumpGraph(graph)).toEqual(oneByOne);
  });

  it('re-ingesting a batch writes nothing', async () => {
    const xs = [reportA(), reportB(), ...corpus(20)];
    await loadExtractions(graph, xs, { batchSize: 10 });
    const before = await dumpGraph(graph);
    const again = await loadExtractions(graph, xs, { batchSize: 10 });
    expect(again.map((o) => o.result?.status)).toEqual(xs.map(() => 'unchanged'));
    expect(await dumpGraph(graph)).toEqual(before);
  });

  it('replaces an earlier version of a report loaded earlier in the same batch', async () => {
    const v1 = extraction({ text: 'v1', title: 'First title', url: 'https://example.org/news/1', entities: [org('org:a', 'Alpha Institute')] });
    const v2 = extraction({ text: 'v2', title: 'Second title', url: 'https://example.org/news/1', entities: [org('org:b', 'Beta Lyceum')] });
    const oneByOne = await loadOneByOne([reportA(), v1, v2]);
    await resetGraph(graph);
    const outcomes = await loadExtractions(graph, [reportA(), v1, v2], { now: clock() });
    expect(outcomes.map((o) => o.result?.status)).toEqual(['created', 'created', 'replaced']);
    expect(outcomes[2]?.result?.replaced).toEqual([v1.report.id]);
    expect(await dumpGraph(graph)).toEqual(oneByOne);
  });

  it('re-derives a popular entity from every claim when a report that named it is replaced, equal claims folded', async () => {
    const naming = (text: string, name: string, kind: string, url?: string): Extraction =>
      extraction({ text, title: text, url, entities: [org('org:hub', name, [], { kind } as Partial<Entity>)] });
    const institute = (text: string): Extraction => naming(text, 'Hub Institute of Education', 'institute');
    const before = async (): Promise<void> => {
      const now = clock();
      // The oldest claim says ngo; four equal ones say institute, and outvote it only as four.
      const xs = [naming('report 1', 'Hub Institute', 'ngo'), naming('report 2', 'Hub Institute', 'ngo', 'https://example.org/2'), ...[3, 4, 5, 6].map((i) => institute(`report ${i}`))];
      for (const x of xs) await loadExtraction(graph, x, { now, resolve: noResolution });
    };
    const xs = [naming('report 2, second version', 'Hub Institute', 'ngo', 'https://example.org/2'), institute('report 7')];
    await before();
    const oneByOne = await loadOneByOne(xs);
    const hub = await graph.readRows<{ name: string; kind: string }>('MATCH (n:Organization {id: $id}) RETURN n.name AS name, n.kind AS kind', { id: 'org:hub' });
    expect(hub).toEqual([{ name: 'Hub Institute of Education', kind: 'institute' }]); // five claims against two
    await resetGraph(graph);
    await before();
    const outcomes = await loadExtractions(graph, xs, { now: clock(), batchSize: 2 });
    expect(outcomes.map((o) => o.result?.status)).toEqual(['replaced', 'created']);
    expect(await dumpGraph(graph)).toEqual(oneByOne);
  });

  it('loads a graph stored before claim tallies existed as it loads one with them', async () => {
    const xs = [reportA(), reportB(), ...corpus(30)];
    const withTallies = await loadBatched(xs, 8);
    await resetGraph(graph);
    const now = clock();
    await loadExtractions(graph, xs.slice(0, 16), { now, batchSize: 8 });
    await graph.write((tx) => tx.run('MATCH (n:Entity) REMOVE n.claimTally'));
    await loadExtractions(graph, xs.slice(16), { now, batchSize: 8 });
    // Entities the later reports touch get their tally back; the others stay without one until they are written.
    const untallied = (dump: string[]): string[] => dump.map((line) => line.replace(/,"claimTally":"(?:[^"\\]|\\.)*"/, ''));
    const dump = await dumpGraph(graph);
    expect(untallied(dump)).toEqual(untallied(withTallies));
    expect(dump.filter((line) => line.includes('claimTally')).every((line) => withTallies.includes(line))).toBe(true);
  });

  it('a report whose transaction fails is left out and the others of its batch still load', async () => {
    const a = reportA();
    const b = reportB();
    const c = university('org:c', 'Gamma College', 'third');
    const outcomes = await loadExtractions(graph, [a, b, c], {
      now: clock(),
      beforeCommit: async (tx, ids) => {
        if (ids.includes(b.report.id)) await tx.run('RETURN 1 / 0');
      },
    });
    expect(outcomes.map((o) => Boolean(o.error))).toEqual([false, true, false]);
    expect(outcomes[1]?.reportId).toBe(b.report.id);
    const reports = await graph.readRows<{ id: string }>('MATCH (r:Report) RETURN r.id AS id ORDER BY id');
    expect(reports.map((r) => r.id).sort()).toEqual([a.report.id, c.report.id].sort());
    const sources = await graph.readRows<{ sources: string[] }>("MATCH (c:Claim) WHERE c.key STARTS WITH 'PARTNERED ' RETURN collect(DISTINCT c.report) AS sources");
    expect(sources[0]?.sources).not.toContain(b.report.id);
  });

  it('an invalid extraction is refused by name and the rest of the batch loads in one transaction', async () => {
    const bad = extraction({ text: 'bad', title: '   ', entities: [org('org:x', 'X')] });
    const outcomes = await loadExtractions(graph, [reportA(), bad, reportB()], { batchSize: 10 });
    expect(outcomes[1]?.error).toBeInstanceOf(InvalidExtractionError);
    expect(outcomes.map((o) => o.result?.status)).toEqual(['created', undefined, 'created']);
    expect(await graph.readRows('MATCH (n:Organization {id: $id}) RETURN n.id AS id', { id: 'org:x' })).toEqual([]);
  });
});
