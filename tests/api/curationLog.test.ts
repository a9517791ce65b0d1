/**
 * The curation log over real HTTP: every kind of write made through the API
 * is there with who made it, the ids before and after and the reason given;
 * it pages newest first with cursors, filters by entity and curator, and is
 * for curators only. Refused writes leave no entry.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/index.ts';
import { startTestApi, TEST_ADMIN_TOKEN, type TestApi } from '../support/apiServer.ts';
import { connectSeededGraph } from '../support/testGraph.ts';

interface Entry {
  sequence: number;
  at: string;
  curator: string;
  action: string;
  reason: string | null;
  before: string[];
  after: string[];
  detail: string | null;
}
interface Page {
  curationLog: { totalCount: number; edges: Array<{ cursor: string; node: Entry }>; pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null } };
}

const LOG = `query ($first: Int, $after: String, $entity: ID, $curator: String) {
  curationLog(first: $first, after: $after, entity: $entity, curator: $curator) {
    totalCount
    edges { cursor node { sequence at curator action reason before after detail } }
    pageInfo { hasNextPage hasPreviousPage endCursor }
  }
}`;

let graph: Graph;
let api: TestApi;
let admin: string;
let curator: string;
let reader: string;
let orgs: string[];
let reportId: string;

async function ok<T>(query: string, variables: Record<string, unknown>, token: string): Promise<T> {
  const res = await api.gql<T>(query, variables, { token });
  expect(res.errors, query).toBeUndefined();
  return res.data!;
}

async function readLog(variables: Record<string, unknown> = {}, token = curator): Promise<Page['curationLog']> {
  return (await ok<Page>(LOG, { first: 100, ...variables }, token)).curationLog;
}

beforeAll(async () => {
  graph = await connectSeededGraph();
  api = await startTestApi(graph);
  orgs = (await graph.readRows<{ id: string }>('MATCH (o:Organization) RETURN o.id AS id ORDER BY id')).map((r) => r.id);
  await graph.writeRows(
    `CREATE (:MergeSuggestion {id: 'suggestion:accept-me', a: $orgs[2], b: $orgs[3], score: 0.9, reason: 'similar names', status: 'open'})
     CREATE (:MergeSuggestion {id: 'suggestion:reject-me', a: $orgs[4], b: $orgs[5], score: 0.8, reason: 'similar names', status: 'open'})`,
    { orgs },
  );
  const create = 'mutation ($name: String!, $role: Role!) { createAccount(name: $name, role: $role, reason: "team grows") { token } }';
  admin = (await ok<{ createAccount: { token: string } }>(create, { name: 'ada', role: 'ADMIN' }, TEST_ADMIN_TOKEN)).createAccount.token;
  curator = (await ok<{ createAccount: { token: string } }>(create, { name: 'cur', role: 'CURATOR' }, TEST_ADMIN_TOKEN)).createAccount.token;
  reader = (await ok<{ createAccount: { token: string } }>('mutation { createAccount(name: "reed", role: READER) { token } }', {}, TEST_ADMIN_TOKEN)).createAccount.token;

  reportId = (
    await ok<{ ingestReport: { reportId: string } }>(
      'mutation { ingestReport(text: "On 3 March 2024 Nazarbayev University hosted a seminar on inclusive schools in Astana.", language: "en", reason: "new report") { reportId } }',
      {},
      admin,
    )
  ).ingestReport.reportId;
  await ok('mutation ($id: ID!) { removeReport(id: $id, reason: "duplicate") { status } }', { id: reportId }, admin);
  await ok('mutation ($keep: ID!, $merge: ID!) { mergeEntities(keep: $keep, merge: $merge, reason: "same body") { id } }', { keep: orgs[0], merge: orgs[1] }, curator);
  await ok('mutation ($id: ID!) { addAlias(id: $id, alias: "The Kept One", reason: "its short name") { id } }', { id: orgs[0] }, curator);
  await ok('mutation { acceptMergeSuggestion(id: "suggestion:accept-me", reason: "checked") { status } }', {}, curator);
  await ok('mutation { rejectMergeSuggestion(id: "suggestion:reject-me", reason: "different bodies") { status } }', {}, curator);
  await ok('mutation { disableAccount(name: "ada", reason: "left") { name } }', {}, TEST_ADMIN_TOKEN);
});

afterAll(async () => {
  await api?.close();
  await graph?.close();
});

describe('curationLog', () => {
  it('records every kind of write with the account, the ids before and after, and the reason, newest first', async () => {
    const log = await readLog();
    const entries = log.edges.map((e) => e.node);
    expect(entries.map(({ sequence: _s, at: _a, ...rest }) => rest)).toEqual([
      { curator: 'bootstrap:admin', action: 'DISABLE_ACCOUNT', reason: 'left', before: ['account:ada'], after: ['account:ada'], detail: null },
      { curator: 'cur', action: 'REJECT_MERGE_SUGGESTION', reason: 'different bodies', before: [orgs[4], orgs[5]], after: [orgs[4], orgs[5]], detail: 'suggestion:reject-me' },
      { curator: 'cur', action: 'ACCEPT_MERGE_SUGGESTION', reason: 'checked', before: [orgs[2], orgs[3]], after: [orgs[2]], detail: 'suggestion:accept-me' },
      { curator: 'cur', action: 'ADD_ALIAS', reason: 'its short name', before: [orgs[0]], after: [orgs[0]], detail: 'The Kept One' },
      { curator: 'cur', action: 'MERGE_ENTITIES', reason: 'same body', before: [orgs[0], orgs[1]], after: [orgs[0]], detail: null },
      { curator: 'ada', action: 'REMOVE_REPORT', reason: 'duplicate', before: [reportId], after: [], detail: null },
      { curator: 'ada', action: 'INGEST_REPORT', reason: 'new report', before: [], after: [reportId], detail: null },
      { curator: 'bootstrap:admin', action: 'CREATE_ACCOUNT', reason: null, before: [], after: ['account:reed'], detail: 'reader' },
      { curator: 'bootstrap:admin', action: 'CREATE_ACCOUNT', reason: 'team grows', before: [], after: ['account:cur'], detail: 'curator' },
      { curator: 'bootstrap:admin', action: 'CREATE_ACCOUNT', reason: 'team grows', before: [], after: ['account:ada'], detail: 'admin' },
    ]);
    expect(entries.map((e) => e.sequence)).toEqual([10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
    for (const e of entries) expect(Date.parse(e.at)).toBeGreaterThan(Date.parse('2026-01-01'));
    expect(log.totalCount).toBe(10);
  });

  it('pages newest first with cursors: no entry twice or missed, the total on every page', async () => {
    const all = (await readLog()).edges.map((e) => e.node.sequence);
    const seen: number[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const page: Page['curationLog'] = await readLog({ first: 4, after });
      expect(page.totalCount).toBe(all.length);
      expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
      seen.push(...page.edges.map((e) => e.node.sequence));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      pages += 1;
    } while (after);
    expect(pages).toBe(3);
    expect(seen).toEqual(all);

    const wrongList = await api.gql(LOG, { after: Buffer.from('eg1:organizations:3').toString('base64url') }, { token: curator });
    expect(wrongList.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(wrongList.errors?.[0]?.message).toMatch(/'after' is not a cursor of the curationLog list/);
  });

  it('filters by an entity named before or after, and by curator', async () => {
    const aboutKept = await readLog({ entity: orgs[0] });
    expect(aboutKept.edges.map((e) => e.node.action)).toEqual(['ADD_ALIAS', 'MERGE_ENTITIES']);
    expect(aboutKept.totalCount).toBe(2);
    const aboutMerged = await readLog({ entity: orgs[1] });
    expect(aboutMerged.edges.map((e) => e.node.action)).toEqual(['MERGE_ENTITIES']);
    expect((await readLog({ entity: 'account:ada' })).edges.map((e) => e.node.action)).toEqual(['DISABLE_ACCOUNT', 'CREATE_ACCOUNT']);
    const byAda = await readLog({ curator: 'ada' });
    expect(byAda.edges.map((e) => e.node.action)).toEqual(['REMOVE_REPORT', 'INGEST_REPORT']);
  });

  it('is for curators and admins: a reader gets FORBIDDEN, an anonymous client UNAUTHENTICATED', async () => {
    expect((await api.gql(LOG, {}, { token: reader })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await api.gql(LOG)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await readLog({}, TEST_ADMIN_TOKEN)).totalCount).toBe(10);
  });

  it('refused writes leave no entry', async () => {
    const before = await readLog();
    expect((await api.gql('mutation ($id: ID!) { addAlias(id: $id, alias: "Nope") { id } }', { id: orgs[0] })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await api.gql('mutation { ingestReport(text: "Some text.", language: "en") { reportId } }', {}, { token: reader })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await api.gql('mutation ($k: ID!) { mergeEntities(keep: $k, merge: "org:no-such-org", reason: "x") { id } }', { k: orgs[0] }, { token: curator })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await api.gql('mutation { addAlias(id: "org:x", alias: "y", reason: $r) { id } }'.replace('$r', JSON.stringify('r'.repeat(1001))), {}, { token: curator })).errors?.[0]?.message).toMatch(/'reason' is 1001 characters; keep it to 1000/);
    expect(await readLog()).toEqual(before);
  });
});
