/**
 * The account store: names and roles are checked before anything is
 * written, a token signs in only as its own enabled account, and account
 * changes are in the curation log with the rest of the writes.
 */
import { describe, expect, it } from 'vitest';
import {
  AccountError,
  accountForToken,
  createAccount,
  curationLog,
  disableAccount,
  listAccounts,
  loadExtraction,
  mergeEntities,
  noResolution,
  NotFoundError,
  type Graph,
} from '../../graph/index.ts';
import { dumpGraph } from '../support/graphDump.ts';
import { extraction, org, reportA } from '../support/extractions.ts';
import { useEmptyGraph } from '../support/testGraph.ts';

let graph: Graph;

useEmptyGraph((g) => (graph = g));

const cli = { name: 'cli:tester', reason: 'testing' };

describe('accounts', () => {
  it('refuse an unknown role, an empty, malformed or taken name, naming the problem, and write nothing', async () => {
    await createAccount(graph, { name: 'alice', role: 'curator' }, cli);
    const before = await dumpGraph(graph);
    await expect(createAccount(graph, { name: 'bob', role: 'owner' }, cli)).rejects.toThrow(/"owner" is not a role; give one of reader, curator, admin/);
    await expect(createAccount(graph, { name: '', role: 'reader' }, cli)).rejects.toThrow(/name cannot be empty/);
    await expect(createAccount(graph, { name: 'cli:alice', role: 'reader' }, cli)).rejects.toThrow(AccountError);
    await expect(createAccount(graph, { name: 'alice', role: 'admin' }, cli)).rejects.toThrow(/An account named "alice" exists already/);
    await expect(disableAccount(graph, 'nobody', cli)).rejects.toThrow(NotFoundError);
    expect(await dumpGraph(graph)).toEqual(before);
    expect((await curationLog(graph, { first: 10 })).totalCount).toBe(1);
  });

  it('a token signs in as its own enabled account only: not with another secret, an unknown id, a malformed token, or once disabled', async () => {
    const { token } = await createAccount(graph, { name: 'alice', role: 'curator' }, cli);
    const { token: other } = await createAccount(graph, { name: 'bob', role: 'reader' }, cli);
    expect(await accountForToken(graph, token)).toEqual({ name: 'alice', role: 'curator' });
    expect(await accountForToken(graph, other)).toEqual({ name: 'bob', role: 'reader' });
    const [id, secret] = [token.slice(3, 19), token.slice(20)];
    const otherSecret = other.slice(20);
    expect(await accountForToken(graph, `eg_${id}_${otherSecret}`)).toBeNull();
    expect(await accountForToken(graph, `eg_${'0'.repeat(16)}_${secret}`)).toBeNull();
    expect(await accountForToken(graph, token.slice(0, -1))).toBeNull();
    expect(await accountForToken(graph, '')).toBeNull();

    await disableAccount(graph, 'alice', cli);
    expect(await accountForToken(graph, token)).toBeNull();
    expect((await listAccounts(graph)).map((a) => [a.name, a.role, a.disabledAt !== null, a.createdBy])).toEqual([
      ['alice', 'curator', true, 'cli:tester'],
      ['bob', 'reader', false, 'cli:tester'],
    ]);
  });
});

describe('the curation log', () => {
  it('records a write with an actor in its own transaction: a failed write leaves no entry, an unchanged report none either', async () => {
    await createAccount(graph, { name: 'alice', role: 'admin' }, cli);
    const first = await loadExtraction(graph, reportA(), { resolve: noResolution, actor: { name: 'alice' } });
    await loadExtraction(graph, reportA(), { resolve: noResolution, actor: { name: 'alice' } });
    const changed = await loadExtraction(graph, reportA(' (changed)'), { resolve: noResolution, actor: { name: 'alice', reason: 'corrected text' } });
    expect(changed.replaced).toEqual([first.reportId]);
    await loadExtraction(graph, extraction({ text: 'other', title: 'Other', entities: [org('org:x', 'X')] }), { resolve: noResolution });
    await expect(mergeEntities(graph, 'org:x', 'org:no-such', { name: 'alice' })).rejects.toThrow(NotFoundError);

    const page = await curationLog(graph, { first: 10 });
    expect(page.entries.map(({ at: _at, ...e }) => e)).toEqual([
      { seq: 3, by: 'alice', action: 'INGEST_REPORT', reason: 'corrected text', before: [first.reportId], after: [changed.reportId], detail: null },
      { seq: 2, by: 'alice', action: 'INGEST_REPORT', reason: null, before: [], after: [first.reportId], detail: null },
      { seq: 1, by: 'cli:tester', action: 'CREATE_ACCOUNT', reason: 'testing', before: [], after: ['account:alice'], detail: 'admin' },
    ]);
    expect(page).toMatchObject({ hasNextPage: false, totalCount: 3 });
  });
});
