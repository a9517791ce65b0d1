/**
 * Writes over GraphQL: refused without the admin token, and with it the same
 * pipeline as the CLI — ingestReport adds a report's facts, removeReport takes
 * back exactly those facts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/index.ts';
import { startTestApi, TEST_ADMIN_TOKEN, type TestApi } from '../support/apiServer.ts';
import { dumpGraph } from '../support/graphDump.ts';
import { connectSeededGraph } from '../support/testGraph.ts';

let graph: Graph;
let api: TestApi;
let readOnly: TestApi;

const REPORT = `Nazarbayev University hosted a seminar on parental engagement

On 3 March 2024, the seminar "Parents and School" was held in Astana. The 'Investment in the Future' Charitable Foundation and Nazarbayev University were the partners of the seminar.`;

const INGEST = `mutation ($text: String!) {
  ingestReport(text: $text, title: "A seminar in Astana", language: "en", publishedAt: "2024-03-05") {
    reportId title status report { id title publishedAt } labels { type created } relationships { created }
  }
}`;

// Written for this test: two sentences of German, the length of a short report.
const GERMAN = 'Am 14. März fand in Leipzig eine Fachtagung zur inklusiven Bildung statt. Die Stiftung Bildungswege und die Universität Leipzig haben sie gemeinsam organisiert.';

const INGEST_AS = `mutation ($text: String!, $language: String) {
  ingestReport(text: $text, language: $language) { reportId status report { language } }
}`;

beforeAll(async () => {
  graph = await connectSeededGraph();
  api = await startTestApi(graph);
  readOnly = await startTestApi(graph, { EDUGRAPH_ADMIN_TOKEN: '' });
});

afterAll(async () => {
  await api?.close();
  await readOnly?.close();
  await graph?.close();
});

describe('writes', () => {
  it('are refused without the token, with a wrong token, and when the server has no token configured; nothing is written', async () => {
    const before = await dumpGraph(graph);
    const missing = await api.gql(INGEST, { text: REPORT });
    expect(missing.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(missing.errors?.[0]?.message).toMatch(/Authorization: Bearer/);
    const wrong = await api.gql(INGEST, { text: REPORT }, { token: 'not-the-admin-token-at-all' });
    expect(wrong.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const unconfigured = await readOnly.gql(INGEST, { text: REPORT }, { token: TEST_ADMIN_TOKEN });
    expect(unconfigured.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(unconfigured.errors?.[0]?.message).toMatch(/EDUGRAPH_ADMIN_TOKEN/);
    for (const m of [
      'mutation { removeReport(id: "report:0000000000000000") { status } }',
      'mutation { mergeEntities(keep: "org:unesco", merge: "org:unesco-iite") { id } }',
      'mutation { splitEntity(id: "org:unesco", mergedId: "org:unesco-iite") { id } }',
      'mutation { addAlias(id: "org:unesco", alias: "U") { id } }',
      'mutation { rejectMergeSuggestion(id: "x") { id } }',
      '{ mergeSuggestions { id } }',
    ]) {
      expect((await api.gql(m)).errors?.[0]?.extensions?.code, m).toBe('UNAUTHENTICATED');
    }
    expect(await dumpGraph(graph)).toEqual(before);
  });

  it('with the token, ingestReport adds a report and removeReport takes back exactly its facts', async () => {
    const before = await dumpGraph(graph);
    const added = await api.gql<{ ingestReport: { reportId: string; status: string; report: { id: string; publishedAt: string } } }>(
      INGEST,
      { text: REPORT },
      { token: TEST_ADMIN_TOKEN },
    );
    expect(added.errors).toBeUndefined();
    const { reportId, status, report } = added.data!.ingestReport;
    expect(status).toBe('created');
    expect(report).toMatchObject({ id: reportId, publishedAt: '2024-03-05' });

    // Its facts are there, with it as their source.
    const found = await api.gql<{ search: Array<{ node: { id: string; events: Array<{ role: string; event: { id: string; name: string }; sources: Array<{ report: { id: string } }> }> } }> }>(
      `{ search(text: "Nazarbayev University", types: [Organization], first: 1) { node { id ... on Organization { events { role event { id name } sources { report { id } } } } } } }`,
    );
    const nu = found.data!.search[0]!.node;
    expect(nu.events.length).toBeGreaterThan(0);
    expect(nu.events.every((e) => e.sources.every((s) => s.report.id === reportId))).toBe(true);
    const foundation = await api.gql<{ node: { events: Array<{ event: { id: string }; sources: Array<{ report: { id: string } }> }> } }>(
      '{ node(id: "org:investment-in-the-future") { ... on Organization { events { event { id } sources { report { id } } } } } }',
    );
    const seminar = nu.events[0]!.event.id;
    expect(foundation.data!.node.events.some((e) => e.event.id === seminar && e.sources.some((s) => s.report.id === reportId))).toBe(true);

    // Ingesting the same text again changes nothing.
    const again = await api.gql<{ ingestReport: { status: string } }>(INGEST, { text: REPORT }, { token: TEST_ADMIN_TOKEN });
    expect(again.data!.ingestReport.status).toBe('unchanged');

    const removed = await api.gql<{ removeReport: { reportId: string; status: string; report: unknown } }>(
      'mutation ($id: ID!) { removeReport(id: $id) { reportId status report { id } } }',
      { id: reportId },
      { token: TEST_ADMIN_TOKEN },
    );
    expect(removed.errors).toBeUndefined();
    expect(removed.data!.removeReport).toEqual({ reportId, status: 'removed', report: null });
    expect(await dumpGraph(graph)).toEqual(before);
  });

  it('ingestReport refuses a report in another language with BAD_USER_INPUT and a message naming it, as a browser client shows it; nothing is written', async () => {
    const before = await dumpGraph(graph);
    const res = await api.gql(INGEST_AS, { text: GERMAN }, { token: TEST_ADMIN_TOKEN });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toMatch(/the report seems to be in German, and EduGraph extracts English and Russian reports only; .*language "en"\|"ru" in the ingestReport mutation/);
    expect(await dumpGraph(graph)).toEqual(before);
  });

  it('ingestReport reads a report in another language as English or Russian when its language argument says so', async () => {
    const before = await dumpGraph(graph);
    const res = await api.gql<{ ingestReport: { reportId: string; status: string; report: { language: string } } }>(
      INGEST_AS,
      { text: GERMAN, language: 'en' },
      { token: TEST_ADMIN_TOKEN },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.ingestReport).toMatchObject({ status: 'created', report: { language: 'en' } });
    await api.gql('mutation ($id: ID!) { removeReport(id: $id) { status } }', { id: res.data!.ingestReport.reportId }, { token: TEST_ADMIN_TOKEN });
    expect(await dumpGraph(graph)).toEqual(before);
  });

  it('with the token, addAlias makes a new name searchable', async () => {
    const res = await api.gql<{ addAlias: { id: string; aliases: string[] } }>(
      'mutation { addAlias(id: "org:kostanay-regional-university-baitursynuly", alias: "KRU Baitursynov") { id ... on Organization { aliases } } }',
      {},
      { token: TEST_ADMIN_TOKEN },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.addAlias.aliases).toContain('KRU Baitursynov');
    const hit = await api.gql<{ search: Array<{ node: { id: string } }> }>('{ search(text: "Baitursynov") { node { id } } }');
    expect(hit.data!.search[0]?.node.id).toBe('org:kostanay-regional-university-baitursynuly');
  });

  it('user errors of writes have codes: a bad report id, an unknown report', async () => {
    const bad = await api.gql('mutation { removeReport(id: "org:unesco") { status } }', {}, { token: TEST_ADMIN_TOKEN });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const unknown = await api.gql('mutation { removeReport(id: "report:0000000000000000") { status } }', {}, { token: TEST_ADMIN_TOKEN });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const badDate = await api.gql(INGEST.replace('"2024-03-05"', '"2024-02-30"'), { text: REPORT }, { token: TEST_ADMIN_TOKEN });
    expect(badDate.errors?.[0]?.message).toMatch(/is not a date/);
  });
});
