import { describe, expect, it } from 'vitest';
import {
  addAlias,
  CurationError,
  listMergeSuggestions,
  loadExtraction,
  mergeEntities,
  noResolution,
  NotFoundError,
  removeReport,
  splitEntity,
  SPLIT_REASON,
  type Graph,
} from '../../graph/index.ts';
import { loadSeedReports } from '../../seed/index.ts';
import { dumpGraph, dumpWithoutDecisionOn } from '../support/graphDump.ts';
import { event, extraction, org, person, rel } from '../support/extractions.ts';
import { relationshipProvenance } from '../support/relationshipProvenance.ts';
import { useEmptyGraph } from '../support/testGraph.ts';

let graph: Graph;

useEmptyGraph((g) => (graph = g));

// Only exact ids join entities: the tests decide which names stay apart.
const load = (e: Parameters<typeof loadExtraction>[1]): ReturnType<typeof loadExtraction> => loadExtraction(graph, e, { resolve: noResolution });

const dumpWithoutDecisions = (pair: [string, string]): Promise<string[]> => dumpWithoutDecisionOn(graph, pair);

async function entity(id: string): Promise<Record<string, unknown> | undefined> {
  return (await graph.readRows<{ props: Record<string, unknown> }>('MATCH (n:Entity {id: $id}) RETURN properties(n) AS props', { id }))[0]?.props;
}

/**
 * Alpha Foundation (org:a) and Alpha Fund (org:b), which a curator will take
 * for one: each with its own reports, relationships, curated alias and merge
 * suggestions, a report naming both (its claims about the two fold on a
 * merge), and a link between the two (a self-loop once merged).
 */
async function loadTwoAlphas(): Promise<{ second: ReturnType<typeof extraction> }> {
  await load(
    extraction({
      text: 'Both Alpha Foundation and Alpha Fund partnered the round table; Pat Doe chairs the Fund.',
      title: 'Third',
      entities: [
        org('org:a', 'Alpha Foundation'),
        org('org:b', 'Alpha Fund'),
        event('event:x', 'Round table', null, null),
        person('person:p', 'Pat Doe'),
      ],
      relations: [
        rel('PARTNERED', 'org:a', 'event:x', 'Alpha Foundation was a partner.', 0.5),
        rel('PARTNERED', 'org:b', 'event:x', 'Alpha Fund was a partner.', 0.95),
        rel('AFFILIATED_WITH', 'person:p', 'org:a', 'Pat Doe of the Foundation.', 0.7, ['member']),
        rel('AFFILIATED_WITH', 'person:p', 'org:b', 'Pat Doe chairs the Fund.', 0.9, ['chair']),
      ],
    }),
  );
  await load(
    extraction({
      text: 'Alpha Foundation partnered the round table; Pat Doe directs it.',
      title: 'First',
      publishedAt: '2023-10-01',
      entities: [
        org('org:a', 'Alpha Foundation', [], { kind: 'foundation', countryCode: 'KZ' }),
        event('event:x', 'Round table', '2023-10', null),
        person('person:p', 'Pat Doe', [], ['Director']),
        org('org:c', 'Gamma Fund'),
      ],
      relations: [
        rel('PARTNERED', 'org:a', 'event:x', 'Alpha Foundation partnered the round table.', 0.6),
        rel('AFFILIATED_WITH', 'person:p', 'org:a', 'Pat Doe directs Alpha Foundation.', 0.8, ['director']),
      ],
      mergeCandidates: [{ a: 'org:a', b: 'org:c', score: 0.61, reason: 'shared word' }],
    }),
  );
  const second = extraction({
    text: 'Alpha Fund, part of Alpha Foundation, hosted the forum and partnered the round table.',
    title: 'Second',
    url: 'https://example.org/second',
    entities: [
      org('org:b', 'Alpha Fund', ['The Alpha Fund'], { kind: 'foundation' }),
      org('org:a', 'Alpha Foundation'),
      org('org:c', 'Gamma Fund'),
      org('org:d', 'Delta Fund'),
      event('event:x', 'Round table', '2023-11-16', '2023-11-20'),
      event('event:y', 'Forum', null, null),
    ],
    relations: [
      rel('PARTNERED', 'org:b', 'event:x', 'Alpha Fund partnered the round table.', 0.9),
      rel('HOSTED', 'org:b', 'event:y', 'Alpha Fund hosted the forum.'),
      rel('PART_OF', 'org:b', 'org:a', 'Alpha Fund, part of Alpha Foundation.'),
    ],
    mergeCandidates: [
      { a: 'org:a', b: 'org:b', score: 0.7, reason: 'same first word' },
      { a: 'org:b', b: 'org:c', score: 0.62, reason: 'shared word' },
      { a: 'org:b', b: 'org:d', score: 0.63, reason: 'shared word' },
    ],
  });
  await load(second);
  await addAlias(graph, 'org:a', 'AF');
  await addAlias(graph, 'org:b', 'Fonds Alpha');
  return { second };
}

describe('splitting a merge', () => {
  it('a merge followed by a split leaves the graph as it was before the merge', async () => {
    await loadTwoAlphas();
    const before = await dumpWithoutDecisions(['org:a', 'org:b']);
    await mergeEntities(graph, 'org:a', 'org:b');
    expect(await dumpWithoutDecisions(['org:a', 'org:b'])).not.toEqual(before);

    const split = await splitEntity(graph, 'org:a', 'org:b');
    expect(split).toEqual({
      kept: { id: 'org:a', name: 'Alpha Foundation', mergedIds: [] },
      restored: { id: 'org:b', type: 'Organization', name: 'Alpha Fund', aliases: expect.arrayContaining(['Alpha Fund', 'Fonds Alpha']) },
    });
    expect(await dumpWithoutDecisions(['org:a', 'org:b'])).toEqual(before);
    // The decision: the pair is "not the same".
    expect(await listMergeSuggestions(graph, 'rejected')).toEqual([
      expect.objectContaining({ a: 'org:a', b: 'org:b', status: 'rejected' }),
    ]);
  });

  it('a split restores what the merged entity\'s reports say even after one of them is removed', async () => {
    const { second } = await loadTwoAlphas();
    await mergeEntities(graph, 'org:a', 'org:b');
    await removeReport(graph, second.report.id);
    await splitEntity(graph, 'org:a', 'org:b');
    expect((await entity('org:b'))?.aliases).toEqual(['Alpha Fund', 'Fonds Alpha']);
    expect(await relationshipProvenance(graph, 'HOSTED', 'org:b', 'event:y')).toBeUndefined();
    expect(await relationshipProvenance(graph, 'PARTNERED', 'org:b', 'event:x')).toMatchObject({ sourceCount: 1, evidence: ['Alpha Fund was a partner.'] });
    expect(await relationshipProvenance(graph, 'PARTNERED', 'org:a', 'event:x')).toMatchObject({ sourceCount: 2, confidence: 0.6 });
    expect(await relationshipProvenance(graph, 'AFFILIATED_WITH', 'person:p', 'org:b')).toMatchObject({ roles: ['chair'] });
    expect(await relationshipProvenance(graph, 'AFFILIATED_WITH', 'person:p', 'org:a')).toMatchObject({ sourceCount: 2 });
  });

  it('a split of an entity no report mentions any more only lets later reports name it apart', async () => {
    const { second } = await loadTwoAlphas();
    const third = (await graph.readRows<{ id: string }>("MATCH (r:Report {title: 'Third'}) RETURN r.id AS id"))[0]!.id;
    await mergeEntities(graph, 'org:a', 'org:b');
    await removeReport(graph, second.report.id);
    await removeReport(graph, third);
    expect((await splitEntity(graph, 'org:a', 'org:b')).restored).toBeNull();
    expect(await entity('org:b')).toBeUndefined();
    expect((await entity('org:a'))?.mergedIds).toBeUndefined();
    await load(extraction({ text: 'Alpha Fund again.', title: 'Later', entities: [org('org:b', 'Alpha Fund')] }));
    expect(await entity('org:b')).toMatchObject({ name: 'Alpha Fund' });
  });

  it('merging and splitting seed entities of every kind leaves the seed graph as it was', async () => {
    expect((await loadSeedReports(graph, 'seed/reports')).failed).toEqual([]);
    // The two best-connected entities of each type with two or more: the ones a merge moves most for.
    const pairs = await graph.readRows<{ ids: string[] }>(
      `MATCH (n:Entity) WITH [l IN labels(n) WHERE l <> 'Entity'][0] AS type, n, COUNT { (n)--() } AS degree
       ORDER BY degree DESC, n.id
       WITH type, collect(n.id)[0..2] AS ids WHERE size(ids) = 2
       RETURN ids ORDER BY ids[0]`,
    );
    expect(pairs.length).toBeGreaterThanOrEqual(3);
    for (const { ids } of pairs) {
      const [keep, merge] = ids as [string, string];
      const before = await dumpWithoutDecisions([keep, merge]);
      await mergeEntities(graph, keep, merge);
      await splitEntity(graph, keep, merge);
      expect(await dumpWithoutDecisions([keep, merge]), `${merge} into ${keep}`).toEqual(before);
      expect(await listMergeSuggestions(graph, 'rejected')).toContainEqual(expect.objectContaining({ a: keep, b: merge, reason: SPLIT_REASON, sources: [] }));
    }
  });

  it('a split keeps the two apart when the same reports and a new version of one are loaded again', async () => {
    const { second } = await loadTwoAlphas();
    await mergeEntities(graph, 'org:a', 'org:b');
    await splitEntity(graph, 'org:a', 'org:b');

    expect((await load(second)).status).toBe('unchanged');
    const newVersion = extraction({
      text: 'Alpha Fund, part of Alpha Foundation, hosted the forum (updated).',
      title: 'Second',
      url: 'https://example.org/second',
      entities: [org('org:b', 'Alpha Fund'), org('org:a', 'Alpha Foundation'), event('event:y', 'Forum', null, null)],
      relations: [rel('HOSTED', 'org:b', 'event:y', 'Alpha Fund hosted the forum.')],
      mergeCandidates: [{ a: 'org:a', b: 'org:b', score: 0.8, reason: 'same first word' }],
    });
    expect((await load(newVersion)).status).toBe('replaced');
    expect(await entity('org:b')).toMatchObject({ name: 'Alpha Fund' });
    expect((await entity('org:a'))?.mergedIds).toBeUndefined();
    expect(await relationshipProvenance(graph, 'HOSTED', 'org:b', 'event:y')).toMatchObject({ sources: [newVersion.report.id] });
    expect(await listMergeSuggestions(graph, 'open')).not.toContainEqual(expect.objectContaining({ a: 'org:a', b: 'org:b' }));
    // Suggested again by the new version, the pair stays rejected.
    expect(await listMergeSuggestions(graph, 'rejected')).toEqual([
      expect.objectContaining({ id: 'suggestion:org:a+org:b', status: 'rejected', score: 0.8, sources: [newVersion.report.id] }),
    ]);
  });

  it('splits nested merges newest first, each back as it was', async () => {
    await loadTwoAlphas();
    const before = await dumpWithoutDecisions(['org:a', 'org:b']);
    await mergeEntities(graph, 'org:b', 'org:d');
    await mergeEntities(graph, 'org:a', 'org:b');
    await mergeEntities(graph, 'org:a', 'org:c');
    await expect(splitEntity(graph, 'org:a', 'org:d')).rejects.toThrow(
      'org:d was merged into org:b, which was merged into org:a since: split org:b from org:a first.',
    );
    await expect(splitEntity(graph, 'org:a', 'org:b')).rejects.toThrow('org:a took in org:c after org:b: split it from org:a first.');
    await splitEntity(graph, 'org:a', 'org:c');
    await splitEntity(graph, 'org:a', 'org:b');
    await splitEntity(graph, 'org:b', 'org:d');
    const decisions = new Set(['suggestion:org:a+org:c', 'suggestion:org:b+org:d']);
    const after = (await dumpWithoutDecisions(['org:a', 'org:b'])).filter((line) => ![...decisions].some((id) => line.includes(`"id":"${id}"`)));
    expect(after).toEqual(before.filter((line) => ![...decisions].some((id) => line.includes(`"id":"${id}"`))));
  });
});

describe('a split that cannot be made', () => {
  it('names the problem and changes nothing: never merged, unknown ids, an entity from itself, a merge without a record', async () => {
    await loadTwoAlphas();
    await mergeEntities(graph, 'org:a', 'org:b');
    const before = await dumpGraph(graph);

    await expect(splitEntity(graph, 'org:a', 'org:a')).rejects.toThrow(CurationError);
    await expect(splitEntity(graph, 'org:a', 'org:a')).rejects.toThrow('Cannot split org:a from itself');
    await expect(splitEntity(graph, 'org:nope', 'org:b')).rejects.toThrow(NotFoundError);
    await expect(splitEntity(graph, 'org:nope', 'org:b')).rejects.toThrow("No entity with id 'org:nope'.");
    await expect(splitEntity(graph, 'org:a', 'org:nope')).rejects.toThrow(NotFoundError);
    await expect(splitEntity(graph, 'org:a', 'org:nope')).rejects.toThrow("No entity was merged into org:a as 'org:nope' (merged into it: org:b).");
    await expect(splitEntity(graph, 'org:a', 'org:c')).rejects.toThrow('org:c is an entity of its own, never merged into org:a: there is nothing to split.');
    await expect(splitEntity(graph, 'org:c', 'org:b')).rejects.toThrow('org:b was merged into org:a, not into org:c.');
    expect(await dumpGraph(graph)).toEqual(before);

    // A merge made before merges were recorded.
    await graph.writeRows("MATCH (m:MergeRecord {merged: 'org:b'}) DELETE m");
    const unrecorded = await dumpGraph(graph);
    await expect(splitEntity(graph, 'org:a', 'org:b')).rejects.toThrow(
      "The merge of org:b into org:a predates split records; it can't be undone automatically.",
    );
    expect(await dumpGraph(graph)).toEqual(unrecorded);
  });
});
