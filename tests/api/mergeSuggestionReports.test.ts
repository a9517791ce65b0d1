/**
 * MergeSuggestion.suggestedBy over real HTTP against the real Neo4j: the
 * reports whose loading made a suggestion, as the evidence a curator reads
 * in the Review tab.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadExtraction, noResolution, removeReport, type Graph } from '../../graph/index.ts';
import { extraction, org, rel, event } from '../support/extractions.ts';
import { startTestApi, TEST_ADMIN_TOKEN, type TestApi } from '../support/apiServer.ts';
import { connectTestGraph, resetGraph } from '../support/testGraph.ts';

const QUERY = `query ($status: MergeSuggestionStatus) {
  mergeSuggestions(status: $status) { aId bId suggestedBy { id title url } }
}`;

type Answer = { mergeSuggestions: Array<{ aId: string; bId: string; suggestedBy: Array<{ id: string; title: string; url: string | null }> }> };

let graph: Graph;
let api: TestApi;

const first = extraction({
  text: 'Contribution to the Future was a partner of the round table.',
  title: 'First report',
  url: 'https://example.org/first',
  entities: [org('org:contribution-to-the-future', 'Contribution to the Future'), event('event:rt', 'Round table', '2023-10', null)],
  relations: [rel('PARTNERED', 'org:contribution-to-the-future', 'event:rt', 'Contribution to the Future was a partner of the round table.')],
});
const suggesting = (text: string, title: string) =>
  extraction({
    text,
    title,
    entities: [org('org:investment-in-the-future', 'Investment in the Future'), event('event:rt', 'Round table', '2023-11-16', null)],
    relations: [rel('PARTNERED', 'org:investment-in-the-future', 'event:rt', text)],
    mergeCandidates: [{ a: 'org:investment-in-the-future', b: 'org:contribution-to-the-future', score: 0.7, reason: 'same quoted name shape' }],
  });
const second = suggesting('Investment in the Future was a partner of the round table.', 'Second report');
const third = suggesting('Investment in the Future partnered the round table again.', 'Third report');

beforeAll(async () => {
  graph = await connectTestGraph();
  await resetGraph(graph);
  for (const x of [first, second, third]) await loadExtraction(graph, x, { resolve: noResolution });
  api = await startTestApi(graph);
});

afterAll(async () => {
  await api?.close();
  await graph?.close();
});

describe('MergeSuggestion.suggestedBy', () => {
  it('lists the reports whose loading made the suggestion, in the order they were loaded', async () => {
    const res = await api.gql<Answer>(QUERY, {}, { token: TEST_ADMIN_TOKEN });
    expect(res.errors).toBeUndefined();
    expect(res.data!.mergeSuggestions).toEqual([
      {
        aId: 'org:investment-in-the-future',
        bId: 'org:contribution-to-the-future',
        suggestedBy: [
          { id: second.report.id, title: 'Second report', url: null },
          { id: third.report.id, title: 'Third report', url: null },
        ],
      },
    ]);
  });

  it('leaves out a report removed since', async () => {
    await removeReport(graph, third.report.id);
    const res = await api.gql<Answer>(QUERY, {}, { token: TEST_ADMIN_TOKEN });
    expect(res.errors).toBeUndefined();
    expect(res.data!.mergeSuggestions[0]!.suggestedBy.map((r) => r.id)).toEqual([second.report.id]);
  });

  it('is read only by curators and admins, as the suggestions are', async () => {
    const res = await api.gql<Answer>(QUERY, {});
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(res.data ?? null).toBeNull();
  });
});
