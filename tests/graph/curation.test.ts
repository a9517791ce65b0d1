import { describe, expect, it } from 'vitest';
import {
  acceptMergeSuggestion,
  addAlias,
  CurationError,
  listConflicts,
  listMergeSuggestions,
  loadExtraction,
  mergeEntities,
  noResolution,
  NotFoundError,
  rejectMergeSuggestion,
  removeReport,
  type Graph,
} from '../../graph/index.ts';
import { relationshipProvenance } from '../support/relationshipProvenance.ts';
import { event, extraction, org, person, reportA, reportB, rel } from '../support/extractions.ts';
import { useEmptyGraph } from '../support/testGraph.ts';

let graph: Graph;

useEmptyGraph((g) => (graph = g));

// Identity is the curator's here: only exact ids join entities, so the tests
// decide which names stay apart.
const load = (e: Parameters<typeof loadExtraction>[1]): ReturnType<typeof loadExtraction> => loadExtraction(graph, e, { resolve: noResolution });

async function entity(id: string): Promise<Record<string, unknown> | undefined> {
  return (await graph.readRows<{ props: Record<string, unknown> }>('MATCH (n:Entity {id: $id}) RETURN properties(n) AS props', { id }))[0]?.props;
}

async function sourcesOf(type: string, from: string, to: string): Promise<string[] | undefined> {
  return (await relationshipProvenance(graph, type, from, to))?.sources as string[] | undefined;
}

/** Two reports that name one foundation under two ids (resolution did not catch it). */
function twoNamesForOneFoundation(): { first: ReturnType<typeof extraction>; second: ReturnType<typeof extraction> } {
  const first = extraction({
    text: 'first',
    title: 'First',
    entities: [org('org:contribution-to-the-future', 'Contribution to the Future'), event('event:rt', 'Round table', '2023-10', null)],
    relations: [rel('PARTNERED', 'org:contribution-to-the-future', 'event:rt', 'Contribution to the Future was a partner.')],
  });
  const second = extraction({
    text: 'second',
    title: 'Second',
    entities: [
      org('org:investment-in-the-future', 'Investment in the Future'),
      event('event:rt', 'Round table', '2023-11-16', '2023-11-20'),
      person('person:polozhevets', 'Peter Polozhevets'),
    ],
    relations: [
      rel('PARTNERED', 'org:investment-in-the-future', 'event:rt', 'Investment in the Future was a partner.', 0.95),
      rel('AFFILIATED_WITH', 'person:polozhevets', 'org:investment-in-the-future', 'Peter Polozhevets of the Foundation.'),
    ],
    mergeCandidates: [{ a: 'org:investment-in-the-future', b: 'org:contribution-to-the-future', score: 0.7, reason: 'same quoted name shape' }],
  });
  return { first, second };
}

describe('conflicts', () => {
  it('keeps both dates of the round table, each with its source, and lists the conflict', async () => {
    const a = reportA();
    const b = reportB();
    await load(a);
    await load(b);
    const conflicts = await listConflicts(graph);
    expect(conflicts).toEqual([
      {
        entityId: 'event:round-table-2023',
        entityType: 'Event',
        entityName: expect.any(String),
        property: 'startDate',
        shown: '2023-11-16',
        claims: [
          { value: '2023-10', sources: [{ reportId: a.report.id, title: a.report.title, url: null, publishedAt: null }] },
          { value: '2023-11-16', sources: [{ reportId: b.report.id, title: b.report.title, url: null, publishedAt: null }] },
        ],
      },
    ]);
    // Once one side is retracted there is nothing left to disagree about.
    await removeReport(graph, a.report.id);
    expect(await listConflicts(graph)).toEqual([]);
  });
});

describe('curator merges', () => {
  it('a curator merge keeps one id and records the other', async () => {
    const { first, second } = twoNamesForOneFoundation();
    await load(first);
    await load(second);
    const result = await mergeEntities(graph, 'org:investment-in-the-future', 'org:contribution-to-the-future');
    expect(result).toMatchObject({ id: 'org:investment-in-the-future', mergedIds: ['org:contribution-to-the-future'] });
    expect(result.aliases).toEqual(expect.arrayContaining(['Investment in the Future', 'Contribution to the Future']));
    expect(await entity('org:contribution-to-the-future')).toBeUndefined();
    // The two PARTNERED relationships fold into one with both sources.
    expect(await sourcesOf('PARTNERED', 'org:investment-in-the-future', 'event:rt')).toEqual(
      expect.arrayContaining([first.report.id, second.report.id]),
    );
    const mentions = await graph.readRows<{ report: string }>(
      "MATCH (r:Report)-[:MENTIONS]->(:Entity {id: 'org:investment-in-the-future'}) RETURN r.id AS report ORDER BY report",
    );
    expect(mentions.map((m) => m.report).sort()).toEqual([first.report.id, second.report.id].sort());
    // The suggestion for that pair is settled by the merge.
    expect(await listMergeSuggestions(graph, 'open')).toEqual([]);

    // A later report that still says org:contribution-to-the-future lands on the kept node.
    const third = extraction({
      text: 'third',
      title: 'Third',
      entities: [org('org:contribution-to-the-future', 'Contribution to the Future Foundation')],
    });
    const loaded = await load(third);
    expect(loaded.labels.Organization).toMatchObject({ created: 0, merged: 1 });
    expect(await entity('org:contribution-to-the-future')).toBeUndefined();
    expect((await entity('org:investment-in-the-future'))?.aliases).toContain('Contribution to the Future Foundation');
  });

  it('a merge folds a report\'s two claims of one relationship into one, and leaves its claims of other relationships alone', async () => {
    const one = extraction({
      text: 'one report, two names',
      title: 'One',
      entities: [org('org:a', 'A'), org('org:b', 'B'), event('event:x', 'X', null, null), event('event:y', 'Y', null, null)],
      relations: [
        rel('PARTNERED', 'org:a', 'event:x', 'A partnered X.', 0.6),
        rel('PARTNERED', 'org:b', 'event:x', 'B partnered X.', 0.9),
        rel('HOSTED', 'org:b', 'event:y', 'B hosted Y.'),
      ],
    });
    await load(one);
    await mergeEntities(graph, 'org:a', 'org:b');
    const partnered = await relationshipProvenance(graph, 'PARTNERED', 'org:a', 'event:x');
    expect(partnered).toMatchObject({ sourceCount: 1, confidence: 0.9, sources: [one.report.id] });
    expect((partnered!.evidence as string[]).sort()).toEqual(['A partnered X.', 'B partnered X.']);
    expect(await relationshipProvenance(graph, 'HOSTED', 'org:a', 'event:y')).toMatchObject({ sourceCount: 1, sources: [one.report.id], evidence: ['B hosted Y.'] });
  });

  it('removing a report after a merge takes out only its claims', async () => {
    const { first, second } = twoNamesForOneFoundation();
    await load(first);
    await load(second);
    await mergeEntities(graph, 'org:investment-in-the-future', 'org:contribution-to-the-future');
    await removeReport(graph, first.report.id);
    expect(await sourcesOf('PARTNERED', 'org:investment-in-the-future', 'event:rt')).toEqual([second.report.id]);
    const kept = await entity('org:investment-in-the-future');
    expect(kept?.aliases).toEqual(['Investment in the Future']);
    expect(kept?.mergedIds).toEqual(['org:contribution-to-the-future']);
  });

  it('refuses to merge entities of different types, or ids that do not exist', async () => {
    await load(reportA());
    await expect(mergeEntities(graph, 'org:investment-in-the-future', 'person:petr-polozhevets')).rejects.toThrow(CurationError);
    await expect(mergeEntities(graph, 'org:investment-in-the-future', 'person:petr-polozhevets')).rejects.toThrow(
      /only entities of the same type can be merged/,
    );
    await expect(mergeEntities(graph, 'org:investment-in-the-future', 'org:nope')).rejects.toThrow(NotFoundError);
    await expect(mergeEntities(graph, 'org:investment-in-the-future', 'org:investment-in-the-future')).rejects.toThrow(CurationError);
  });

  it('a curator alias is searchable and survives the removal of every other name source', async () => {
    const a = reportA();
    await load(a);
    await load(reportB());
    const result = await addAlias(graph, 'org:investment-in-the-future', 'Фонд «Вклад в будущее»');
    expect(result.aliases).toContain('Фонд «Вклад в будущее»');
    const hits = await graph.readRows<{ id: string }>(
      "CALL db.index.fulltext.queryNodes('entity_names', 'vklad budushchee') YIELD node RETURN node.id AS id",
    );
    expect(hits.map((h) => h.id)).toEqual(['org:investment-in-the-future']);
    await removeReport(graph, a.report.id);
    expect((await entity('org:investment-in-the-future'))?.aliases).toContain('Фонд «Вклад в будущее»');
    await expect(addAlias(graph, 'org:investment-in-the-future', '  ')).rejects.toThrow(CurationError);
    await expect(addAlias(graph, 'org:nope', 'x')).rejects.toThrow(NotFoundError);
  });
});

describe('merge suggestions', () => {
  it('records an uncertain match as an open suggestion, and accepting it merges the pair', async () => {
    const { first, second } = twoNamesForOneFoundation();
    await load(first);
    const loaded = await load(second);
    expect(loaded.mergeSuggestions).toBe(1);
    const [open] = await listMergeSuggestions(graph, 'open');
    expect(open).toMatchObject({
      a: 'org:investment-in-the-future',
      b: 'org:contribution-to-the-future',
      aName: 'Investment in the Future',
      bName: 'Contribution to the Future',
      type: 'Organization',
      score: 0.7,
      status: 'open',
      sources: [second.report.id],
    });
    const accepted = await acceptMergeSuggestion(graph, open!.id);
    expect(accepted.suggestion.status).toBe('accepted');
    expect(accepted.merge.mergedIds).toEqual(['org:contribution-to-the-future']);
    expect(await entity('org:contribution-to-the-future')).toBeUndefined();
    await expect(acceptMergeSuggestion(graph, open!.id)).rejects.toThrow(/already accepted/);
  });

  it('a rejected suggestion stays rejected when another report suggests the pair again', async () => {
    const { first, second } = twoNamesForOneFoundation();
    await load(first);
    await load(second);
    const [open] = await listMergeSuggestions(graph, 'open');
    const rejected = await rejectMergeSuggestion(graph, open!.id);
    expect(rejected.status).toBe('rejected');
    await load({ ...second, report: { ...second.report, id: 'report:another', title: 'Another' } });
    expect(await listMergeSuggestions(graph, 'open')).toEqual([]);
    const [again] = await listMergeSuggestions(graph, 'rejected');
    expect(again?.sources).toHaveLength(2);
    // Both entities stay apart.
    expect(await entity('org:contribution-to-the-future')).toBeDefined();
  });

  it('a suggestion disappears with the only report that made it', async () => {
    const { first, second } = twoNamesForOneFoundation();
    await load(first);
    await load(second);
    await removeReport(graph, second.report.id);
    expect(await listMergeSuggestions(graph)).toEqual([]);
    await expect(rejectMergeSuggestion(graph, 'suggestion:nope')).rejects.toThrow(NotFoundError);
  });
});
