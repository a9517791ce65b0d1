/**
 * A relationship many reports assert: its sources come a page at a time,
 * oldest report first, with the total, so a hub answers as fast as a pair.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadExtractions, noResolution, type Graph } from '../../graph/index.ts';
import { startTestApi, type TestApi } from '../support/apiServer.ts';
import { event, extraction, org, rel } from '../support/extractions.ts';
import { connectTestGraph, resetGraph } from '../support/testGraph.ts';

let graph: Graph;
let api: TestApi;

const REPORTS = 45;

/** Report i, published on day i of 2024 (the last five undated), each saying the fund partnered the forum. */
function report(i: number) {
  return extraction({
    text: `Report ${i}: the Fund partnered the Forum.`,
    title: `Forum report ${i}`,
    publishedAt: i < REPORTS - 5 ? `2024-01-${String(1 + (i % 28)).padStart(2, '0')}` : null,
    entities: [org('org:fund', 'The Fund'), event('event:forum', 'The Forum', '2024-01-01', null)],
    relations: [rel('PARTNERED', 'org:fund', 'event:forum', `Sentence ${i}.`, 0.5 + (i % 5) / 10)],
  });
}

const PAGE = `query ($first: Int, $after: String) {
  node(id: "org:fund") { ... on Organization { events { sourceCount confidence sources(first: $first, after: $after) { cursor evidence report { id publishedAt } } } } }
}`;

type Page = { sourceCount: number; confidence: number; sources: Array<{ cursor: string; evidence: string; report: { id: string; publishedAt: string | null } }> };

async function page(first: number, after?: string): Promise<Page> {
  const res = await api.gql<{ node: { events: Page[] } }>(PAGE, { first, after: after ?? null });
  expect(res.errors).toBeUndefined();
  return res.data!.node.events[0]!;
}

beforeAll(async () => {
  graph = await connectTestGraph();
  await resetGraph(graph);
  const outcomes = await loadExtractions(graph, Array.from({ length: REPORTS }, (_, i) => report(i)), { resolve: noResolution, batchSize: 10 });
  expect(outcomes.filter((o) => o.error)).toEqual([]);
  api = await startTestApi(graph);
});

afterAll(async () => {
  await api?.close();
  await graph?.close();
});

describe('sources of a relationship', () => {
  it('are paged oldest report first, undated last, with the total count, and the pages cover every report once', async () => {
    const seen: Page['sources'] = [];
    let after: string | undefined;
    for (;;) {
      const p = await page(20, after);
      expect(p.sourceCount).toBe(REPORTS);
      expect(p.confidence).toBe(0.9);
      if (p.sources.length === 0) break;
      seen.push(...p.sources);
      after = p.sources.at(-1)!.cursor;
    }
    expect(seen).toHaveLength(REPORTS);
    expect(new Set(seen.map((s) => s.report.id)).size).toBe(REPORTS);
    const dates = seen.map((s) => s.report.publishedAt ?? '~');
    expect(dates).toEqual([...dates].sort());
    expect(seen.at(-1)!.report.publishedAt).toBeNull();
    expect(seen[0]!.evidence).toMatch(/^Sentence \d+\.$/);
  });

  it('a page is never larger than asked, and at most 100', async () => {
    expect((await page(3)).sources).toHaveLength(3);
    const res = await api.gql(PAGE, { first: 101 });
    expect(res.errors?.[0]?.message).toMatch(/first/);
  });
});
