/**
 * The curation workbench's behaviour (explorer/src/controller: Session,
 * MergeReview, CurationLogPages, Workbench) in Node against the real server
 * and Neo4j: signing in with a token, walking the merge suggestions, merging,
 * undoing by split, and reading the history the decisions left.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CurationApi, type ViewerView } from '../../explorer/src/api/CurationApi.ts';
import { ExplorerApi } from '../../explorer/src/api/ExplorerApi.ts';
import { ApiError, GraphQLClient } from '../../explorer/src/api/GraphQLClient.ts';
import { CurationLogPages, Workbench, type CurationChange, type LogView, type ReviewView, type TokenStore } from '../../explorer/src/controller/index.ts';
import { Requests } from '../../explorer/src/controller/Requests.ts';
import type { Graph } from '../../graph/index.ts';
import { startTestApi, TEST_ADMIN_TOKEN, type TestApi } from '../support/apiServer.ts';
import { connectTestGraph, resetGraph } from '../support/testGraph.ts';
import { COLLEGE, loadReviewPairs, PERSON } from './support/reviewPairs.ts';

let graph: Graph;
let api: TestApi;
const tokens: Record<'curator' | 'reader' | 'admin', string> = { curator: '', reader: '', admin: '' };

class MemoryTokens implements TokenStore {
  value: string | null = null;
  read = () => this.value;
  write = (token: string | null) => void (this.value = token);
}

/** A workbench as the page builds it, over the real API, and what it reported. */
function workbench() {
  const store = new MemoryTokens();
  const client = new GraphQLClient({ endpoint: `${api.server.url}/graphql`, token: () => store.read() });
  const explorer = new ExplorerApi(client);
  const heard = { sessions: [] as Array<ViewerView | null>, reviews: [] as ReviewView[], history: [] as LogView[], log: [] as LogView[], failures: [] as Array<[string, unknown]>, writes: [] as CurationChange[] };
  const wb = new Workbench({
    api: new CurationApi(client),
    details: (ref) => explorer.details(ref.id, ref.type),
    tokens: store,
    events: {
      session: (v) => heard.sessions.push(v),
      review: (v) => heard.reviews.push(v),
      history: (v) => heard.history.push(v),
      log: (v) => heard.log.push(v),
      failed: (what, err) => heard.failures.push([what, err]),
    },
    wrote: (change) => heard.writes.push(change),
  });
  return { wb, store, heard };
}

async function signedIn(role: keyof typeof tokens) {
  const t = workbench();
  expect(await t.wb.session.signIn(tokens[role])).toMatchObject({ ok: true });
  return t;
}

beforeAll(async () => {
  graph = await connectTestGraph();
  api = await startTestApi(graph);
});

beforeEach(async () => {
  await resetGraph(graph);
  await loadReviewPairs(graph);
  const create = 'mutation ($name: String!, $role: Role!) { createAccount(name: $name, role: $role) { token } }';
  for (const [name, role] of [['carla', 'curator'], ['rita', 'reader'], ['ada', 'admin']] as const) {
    const res = await api.gql<{ createAccount: { token: string } }>(create, { name, role: role.toUpperCase() }, { token: TEST_ADMIN_TOKEN });
    expect(res.errors).toBeUndefined();
    tokens[role] = res.data!.createAccount.token;
  }
});

afterAll(async () => {
  await api?.close();
  await graph?.close();
});

describe('signing in', () => {
  it('signs a curator in with their token, names them and their role, and keeps the token in the tab store only', async () => {
    const { wb, store, heard } = workbench();
    const outcome = await wb.session.signIn(`  ${tokens.curator}\n`);
    expect(outcome).toEqual({ ok: true, viewer: { name: 'carla', role: 'curator' } });
    expect(heard.sessions).toEqual([{ name: 'carla', role: 'curator' }]);
    expect(store.value).toBe(tokens.curator);
    expect([wb.session.may('review'), wb.session.may('merge'), wb.session.may('history'), wb.session.may('log')]).toEqual([true, true, true, false]);
  });

  it('refuses a token that is nobody’s without repeating it, and keeps whoever was signed in', async () => {
    const { wb, store } = await signedIn('reader');
    const wrong = 'not-a-real-token-0123456789abcdef';
    const outcome = await wb.session.signIn(wrong);
    expect(outcome.ok).toBe(false);
    expect(outcome.ok ? '' : outcome.message).toMatch(/not the token of an enabled account/);
    expect(outcome.ok ? '' : outcome.message).not.toContain(wrong);
    expect(wb.session.viewer).toEqual({ name: 'rita', role: 'reader' });
    expect(store.value).toBe(tokens.reader);
  });

  it('asks for a token before asking the server when the field is empty', async () => {
    const { wb, store } = workbench();
    expect(await wb.session.signIn('   ')).toEqual({ ok: false, message: 'Paste your access token first.' });
    expect(store.value).toBeNull();
  });

  it('signs out: forgets the token and everything the workbench read', async () => {
    const { wb, store, heard } = await signedIn('curator');
    await wb.review.open();
    expect(wb.review.view.pair).not.toBeNull();
    wb.session.signOut();
    expect(store.value).toBeNull();
    expect(wb.session.viewer).toBeNull();
    expect(heard.sessions.at(-1)).toBeNull();
    expect(wb.review.view).toMatchObject({ status: 'idle', pair: null });
  });

  it('signs in again with the token the tab kept, and forgets one that no longer signs in', async () => {
    const kept = workbench();
    kept.store.value = tokens.admin;
    await kept.wb.session.resume();
    expect(kept.wb.session.viewer).toEqual({ name: 'ada', role: 'admin' });
    expect(kept.wb.session.may('log')).toBe(true);

    await api.gql('mutation { disableAccount(name: "ada") { name } }', {}, { token: TEST_ADMIN_TOKEN });
    const stale = workbench();
    stale.store.value = tokens.admin;
    await stale.wb.session.resume();
    expect(stale.wb.session.viewer).toBeNull();
    expect(stale.store.value).toBeNull();
  });

  it('gives a reader no curation action', async () => {
    const { wb } = await signedIn('reader');
    expect([wb.session.may('review'), wb.session.may('merge'), wb.session.may('history'), wb.session.may('log')]).toEqual([false, false, false, false]);
  });
});

describe('reviewing merge suggestions', () => {
  it('shows the most certain suggestion first, both entities side by side with the evidence', async () => {
    const { wb } = await signedIn('curator');
    await wb.review.open();
    const v = wb.review.view;
    expect(v).toMatchObject({ status: 'ready', position: 1, open: 2 });
    expect(v.pair!.suggestion).toMatchObject({ score: COLLEGE.score, reason: expect.stringMatching(/Northern/) });
    expect(v.pair!.suggestion!.reports.map((r) => [r.title, r.url])).toEqual([['Autumn forum of pedagogical colleges', 'https://example.org/autumn-forum']]);
    expect([v.pair!.a.id, v.pair!.b.id]).toEqual([COLLEGE.keep, COLLEGE.merge]);
    expect(v.pair!.a.properties).toContainEqual(['Kind', 'university']);
    expect(v.pair!.b.relationships.flatMap((r) => r.sources.map((s) => s.evidence))).toContain("North Teachers' College took part in the autumn forum of pedagogical colleges.");
    expect(v.pair!.b.reports.map((r) => r.title)).toEqual(['Autumn forum of pedagogical colleges']);
  });

  it('merges on Merge, says so, and moves on to the next suggestion; the canvas hears what changed', async () => {
    const { wb, heard } = await signedIn('curator');
    await wb.review.open();
    await wb.review.run('merge');
    expect(heard.writes).toEqual([{ removed: [COLLEGE.merge], changed: [COLLEGE.keep], added: [] }]);
    expect(wb.review.view).toMatchObject({ status: 'ready', position: 1, open: 1, lastMerge: { kept: { id: COLLEGE.keep }, merged: { id: COLLEGE.merge } } });
    expect(wb.review.view.note).toBe(`Merged ${COLLEGE.mergeName} into ${COLLEGE.keepName}. Undo splits them again.`);
    expect(wb.review.view.pair!.a.id).toBe(PERSON.keep);
    const merged = await api.gql<{ node: { id: string; mergedIds: string[] } }>(`{ node(id: "${COLLEGE.keep}") { id ... on Organization { mergedIds } } }`);
    expect(merged.data!.node.mergedIds).toEqual([COLLEGE.merge]);
  });

  it('undoes the last merge by splitting, and the entity’s History lists both steps with the curator’s name', async () => {
    const { wb, heard } = await signedIn('curator');
    await wb.review.open();
    await wb.review.run('merge');
    await wb.review.run('undo');
    expect(heard.writes.at(-1)).toEqual({ removed: [], changed: [COLLEGE.keep], added: [COLLEGE.merge] });
    expect(wb.review.view.lastMerge).toBeNull();
    expect(wb.review.view.note).toMatch(/Undone: North Teachers' College is an entity of its own again/);
    const back = await api.gql<{ node: { id: string } | null }>(`{ node(id: "${COLLEGE.merge}") { id } }`);
    expect(back.data!.node?.id).toBe(COLLEGE.merge);

    await wb.showHistory({ id: COLLEGE.keep, type: 'Organization', name: COLLEGE.keepName });
    const h = wb.history.view;
    expect(h).toMatchObject({ status: 'ready', totalCount: 2, hasMore: false });
    expect(h.entries.map((e) => [e.action, e.curator])).toEqual([
      ['SPLIT_ENTITY', 'carla'],
      ['ACCEPT_MERGE_SUGGESTION', 'carla'],
    ]);
  });

  it('Not the same keeps the pair apart for good; Skip brings a suggestion round again after the others', async () => {
    const { wb } = await signedIn('curator');
    await wb.review.open();
    await wb.review.run('skip');
    expect(wb.review.view.pair!.a.id).toBe(PERSON.keep);
    expect(wb.review.view.position).toBe(2);
    await wb.review.run('reject');
    expect(wb.review.view).toMatchObject({ open: 1, position: 1 });
    expect(wb.review.view.pair!.a.id).toBe(COLLEGE.keep);
    const rejected = await api.gql<{ mergeSuggestions: Array<{ aId: string }> }>('{ mergeSuggestions(status: REJECTED) { aId } }', {}, { token: tokens.curator });
    expect(rejected.data!.mergeSuggestions.map((s) => s.aId)).toEqual([PERSON.keep]);
    await wb.review.run('merge');
    expect(wb.review.view).toMatchObject({ status: 'empty', pair: null });
  });

  it('compares two entities picked on the canvas and merges the second into the first', async () => {
    const { wb, heard } = await signedIn('curator');
    await wb.review.pick({ id: PERSON.merge, type: 'Person', name: PERSON.mergeName });
    expect(wb.review.view.picked?.id).toBe(PERSON.merge);
    await wb.review.pick({ id: COLLEGE.keep, type: 'Organization', name: COLLEGE.keepName });
    expect(wb.review.view.note).toMatch(/only entities of one type can be merged/);
    await wb.review.pick({ id: PERSON.keep, type: 'Person', name: PERSON.keepName });
    expect(wb.review.view).toMatchObject({ status: 'ready', picked: null, pair: { suggestion: null, a: { id: PERSON.merge }, b: { id: PERSON.keep } } });
    await wb.review.run('merge');
    expect(heard.writes).toEqual([{ removed: [PERSON.keep], changed: [PERSON.merge], added: [] }]);
    const log = await api.gql<{ curationLog: { edges: Array<{ node: { action: string; curator: string } }> } }>(
      `{ curationLog(entity: "${PERSON.merge}") { edges { node { action curator } } } }`,
      {},
      { token: tokens.curator },
    );
    expect(log.data!.curationLog.edges.map((e) => e.node)).toEqual([{ action: 'MERGE_ENTITIES', curator: 'carla' }]);
  });

  it('a reader who forces a merge is refused by the server, and the failure is reported without changing anything', async () => {
    const curator = await signedIn('curator');
    await curator.wb.review.open();
    const pair = curator.wb.review.view.pair!;
    const { wb, heard } = await signedIn('reader');
    // the page offers no Review to a reader; drive the controller as a forced button would
    await wb.review.pick({ id: pair.a.id, type: pair.a.type, name: pair.a.name });
    await wb.review.pick({ id: pair.b.id, type: pair.b.type, name: pair.b.name });
    await wb.review.run('merge');
    expect(heard.writes).toEqual([]);
    const [what, err] = heard.failures[0]!;
    expect(what).toBe(`Could not merge ${COLLEGE.mergeName} into ${COLLEGE.keepName}`);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).code).toBe('FORBIDDEN');
    expect((err as ApiError).message).not.toContain(tokens.reader);
    const still = await api.gql<{ node: { id: string } | null }>(`{ node(id: "${COLLEGE.merge}") { id } }`);
    expect(still.data!.node?.id).toBe(COLLEGE.merge);
  });
});

describe('the curation log', () => {
  it('pages an admin through every entry, newest first, and filters by curator', async () => {
    const curator = await signedIn('curator');
    await curator.wb.review.open();
    await curator.wb.review.run('merge');
    await curator.wb.review.run('reject');
    const { wb } = await signedIn('admin');
    const pages = wb.log;
    await wb.showLog();
    const all = pages.view.totalCount;
    // three accounts created, a merge accepted and a suggestion rejected
    expect(all).toBe(5);
    expect(pages.view.entries[0]).toMatchObject({ action: 'REJECT_MERGE_SUGGESTION', curator: 'carla' });

    await wb.showLog('carla');
    expect(pages.view.entries.map((e) => e.action)).toEqual(['REJECT_MERGE_SUGGESTION', 'ACCEPT_MERGE_SUGGESTION']);
    expect(pages.view.filter.curator).toBe('carla');
  });

  it('reads older entries a page at a time until there are no more', async () => {
    const small = new CurationLogPages({
      api: new CurationApi(new GraphQLClient({ endpoint: `${api.server.url}/graphql`, token: () => tokens.admin })),
      requests: new Requests({}),
      changed: () => undefined,
      pageSize: 2,
    });
    await small.open({});
    expect(small.view).toMatchObject({ entries: [expect.anything(), expect.anything()], totalCount: 3, hasMore: true });
    await small.more();
    expect(small.view.entries.map((e) => e.sequence)).toEqual([3, 2, 1]);
    expect(small.view.hasMore).toBe(false);
  });

  it('does not read the whole log for a curator: only admins may read every curator’s entries', async () => {
    const { wb, heard } = await signedIn('curator');
    await wb.showLog();
    expect(wb.log.view).toMatchObject({ status: 'idle', entries: [] });
    expect(heard.log.every((v) => v.status === 'idle')).toBe(true);
    expect(heard.failures).toEqual([]);
  });
});
