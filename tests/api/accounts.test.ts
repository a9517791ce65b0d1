/**
 * Accounts and roles over real HTTP: an admin creates accounts whose token
 * is shown once and works at once; readers read, curators curate and add
 * reports, admins remove reports and manage accounts, and the server refuses
 * the rest by itself; bad tokens are counted and then refused; a private server (read
 * access "token") answers nobody anonymous.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Graph } from '../../graph/index.ts';
import { startTestApi, TEST_ADMIN_TOKEN, type TestApi } from '../support/apiServer.ts';
import { dumpGraph } from '../support/graphDump.ts';
import { connectSeededGraph } from '../support/testGraph.ts';

let graph: Graph;
let api: TestApi;
let orgs: string[];

const CREATE = `mutation ($name: String!, $role: Role!, $reason: String) {
  createAccount(name: $name, role: $role, reason: $reason) { token account { name role disabled createdBy } }
}`;
const VIEWER = '{ viewer { name role } }';
const MERGE = 'mutation ($keep: ID!, $merge: ID!) { mergeEntities(keep: $keep, merge: $merge) { id } }';
const INGEST = 'mutation { ingestReport(text: "On 3 March 2024 Nazarbayev University hosted a seminar in Astana.", language: "en") { reportId } }';

/** The part of `eg_<16 hex id>_<secret>` that is secret. */
const secretOf = (token: string): string => token.slice('eg_0123456789abcdef_'.length);

async function createAccount(name: string, role: 'READER' | 'CURATOR' | 'ADMIN'): Promise<string> {
  const res = await api.gql<{ createAccount: { token: string } }>(CREATE, { name, role }, { token: TEST_ADMIN_TOKEN });
  expect(res.errors).toBeUndefined();
  return res.data!.createAccount.token;
}

beforeAll(async () => {
  graph = await connectSeededGraph();
  api = await startTestApi(graph);
  orgs = (await graph.readRows<{ id: string }>('MATCH (o:Organization) RETURN o.id AS id ORDER BY id')).map((r) => r.id);
});

afterAll(async () => {
  await api?.close();
  await graph?.close();
});

describe('accounts', () => {
  it('an admin creates a curator account; its token, returned once, signs in as that account at once', async () => {
    const res = await api.gql<{ createAccount: { token: string; account: unknown } }>(CREATE, { name: 'carol', role: 'CURATOR', reason: 'new curator' }, { token: TEST_ADMIN_TOKEN });
    expect(res.errors).toBeUndefined();
    expect(res.data!.createAccount.account).toEqual({ name: 'carol', role: 'CURATOR', disabled: false, createdBy: 'bootstrap:admin' });
    const token = res.data!.createAccount.token;
    expect((await api.gql(VIEWER, {}, { token })).data).toEqual({ viewer: { name: 'carol', role: 'CURATOR' } });
    expect((await api.gql(VIEWER)).data).toEqual({ viewer: null });
    expect((await api.gql(VIEWER, {}, { token: TEST_ADMIN_TOKEN })).data).toEqual({ viewer: { name: 'bootstrap:admin', role: 'ADMIN' } });

    // Listed with its role, never with its token.
    const listed = await api.gql<{ accounts: Array<Record<string, unknown>> }>('{ accounts { name role disabled } }', {}, { token: TEST_ADMIN_TOKEN });
    expect(listed.data!.accounts).toContainEqual({ name: 'carol', role: 'CURATOR', disabled: false });
    expect(JSON.stringify(listed)).not.toContain(secretOf(token));
  });

  it('stores a salted scrypt hash of the token, never the token', async () => {
    const token = await createAccount('hash-check', 'READER');
    const [row] = await graph.readRows<{ props: Record<string, unknown> }>("MATCH (a:Account {name: 'hash-check'}) RETURN properties(a) AS props");
    const secret = secretOf(token);
    const stored = JSON.stringify(row!.props);
    expect(stored).not.toContain(secret);
    const [kind, n, r, p, salt, hash] = String(row!.props.tokenHash).split('$');
    expect([kind, n, r, p]).toEqual(['scrypt', '16384', '8', '1']);
    expect(salt).toMatch(/^[0-9a-f]{32}$/);
    const { scryptSync } = await import('node:crypto');
    expect(scryptSync(secret, Buffer.from(salt!, 'hex'), 32, { N: 16384, r: 8, p: 1 }).toString('hex')).toBe(hash);
    // The same secret with another salt would hash otherwise: the salt is what makes it this account's hash.
    expect(scryptSync(secret, Buffer.alloc(16), 32, { N: 16384, r: 8, p: 1 }).toString('hex')).not.toBe(hash);
  });

  it('a curator merges and adds reports, but is refused removing them and managing accounts; nothing of those is written', async () => {
    const token = await createAccount('cur', 'CURATOR');
    const before = await dumpGraph(graph);
    const report = (await graph.readRows<{ id: string }>('MATCH (r:Report) RETURN r.id AS id LIMIT 1'))[0]!.id;
    const remove = await api.gql('mutation ($id: ID!) { removeReport(id: $id) { status } }', { id: report }, { token });
    expect(remove.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(remove.errors?.[0]?.message).toMatch(/"cur" is a curator account; this operation needs the admin role/);
    expect((await api.gql(CREATE, { name: 'sneaky', role: 'ADMIN' }, { token })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await dumpGraph(graph)).toEqual(before);

    // the explorer's Add report page is a curator's: ingesting is allowed (an admin takes it out again here)
    const ingest = await api.gql<{ ingestReport: { reportId: string } }>(INGEST, {}, { token });
    expect(ingest.errors).toBeUndefined();
    await api.gql('mutation ($id: ID!) { removeReport(id: $id) { status } }', { id: ingest.data!.ingestReport.reportId }, { token: TEST_ADMIN_TOKEN });
    expect(await dumpGraph(graph)).toEqual(before);

    const merged = await api.gql<{ mergeEntities: { id: string } }>(MERGE, { keep: orgs[0], merge: orgs[1] }, { token });
    expect(merged.errors).toBeUndefined();
    expect(merged.data!.mergeEntities.id).toBe(orgs[0]);
    expect(await graph.readRows('MATCH (o:Organization {id: $id}) RETURN o', { id: orgs[1] })).toEqual([]);
  });

  it('a reader and an anonymous client cannot merge: FORBIDDEN and UNAUTHENTICATED, and nothing changes', async () => {
    const token = await createAccount('reed', 'READER');
    const before = await dumpGraph(graph);
    const asReader = await api.gql(MERGE, { keep: orgs[2], merge: orgs[3] }, { token });
    expect(asReader.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(asReader.errors?.[0]?.message).toMatch(/"reed" is a reader account; this operation needs the curator role/);
    const anonymous = await api.gql(MERGE, { keep: orgs[2], merge: orgs[3] });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await api.gql('{ mergeSuggestions { id } }', {}, { token })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await dumpGraph(graph)).toEqual(before);
    // Reading is what a reader may do.
    expect((await api.gql<{ viewer: unknown }>(VIEWER, {}, { token })).data!.viewer).toEqual({ name: 'reed', role: 'READER' });
  });

  it('refuses a duplicate, empty or malformed name with a message naming the problem, and changes nothing', async () => {
    await createAccount('dup', 'READER');
    const before = await dumpGraph(graph);
    const duplicate = await api.gql(CREATE, { name: 'dup', role: 'ADMIN' }, { token: TEST_ADMIN_TOKEN });
    expect(duplicate.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(duplicate.errors?.[0]?.message).toMatch(/An account named "dup" exists already/);
    const empty = await api.gql(CREATE, { name: '  ', role: 'READER' }, { token: TEST_ADMIN_TOKEN });
    expect(empty.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(empty.errors?.[0]?.message).toMatch(/name cannot be empty/);
    const malformed = await api.gql(CREATE, { name: 'Bob Smith', role: 'READER' }, { token: TEST_ADMIN_TOKEN });
    expect(malformed.errors?.[0]?.message).toMatch(/"Bob Smith" is not a valid account name: use 1 to 64 lower-case letters/);
    const role = await api.gql(CREATE, { name: 'newbie', role: 'BOSS' }, { token: TEST_ADMIN_TOKEN });
    expect(role.errors?.[0]?.message).toMatch(/"BOSS".*Role/);
    expect(await dumpGraph(graph)).toEqual(before);
  });

  it('a disabled account is refused from then on, and its token never shows in the refusal', async () => {
    const token = await createAccount('leaver', 'CURATOR');
    const disabled = await api.gql<{ disableAccount: { name: string; disabled: boolean } }>(
      'mutation { disableAccount(name: "leaver", reason: "left the project") { name disabled } }',
      {},
      { token: TEST_ADMIN_TOKEN },
    );
    expect(disabled.data!.disableAccount).toEqual({ name: 'leaver', disabled: true });
    expect((await api.gql(VIEWER, {}, { token })).data).toEqual({ viewer: null });
    const refused = await api.gql(MERGE, { keep: orgs[2], merge: orgs[3] }, { token });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(JSON.stringify(refused)).not.toContain(token);
    const again = await api.gql('mutation { disableAccount(name: "leaver") { name } }', {}, { token: TEST_ADMIN_TOKEN });
    expect(again.errors?.[0]?.message).toMatch(/"leaver" is disabled already/);
    const unknown = await api.gql('mutation { disableAccount(name: "nobody") { name } }', {}, { token: TEST_ADMIN_TOKEN });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('npm run accounts -- add prints a token once that signs in over HTTP; list shows the account and disable refuses it', async () => {
    const cli = (...args: string[]) =>
      promisify(execFile)('npm', ['run', '--silent', 'accounts', '--', ...args], { env: { ...process.env, NEO4J_URI: inject('neo4jUri') } });
    const added = await cli('add', 'scripted', '--role', 'curator', '--reason', 'nightly merges');
    const token = added.stdout.trim();
    expect(token).toMatch(/^eg_[0-9a-f]{16}_[A-Za-z0-9_-]{43}$/);
    expect(added.stderr).toMatch(/Created curator account "scripted".*shown this once/);
    expect((await api.gql(VIEWER, {}, { token })).data).toEqual({ viewer: { name: 'scripted', role: 'CURATOR' } });

    const listed = await cli('list');
    expect(listed.stdout).toMatch(/^scripted\tcurator\tenabled\tcreated .* by cli:/m);
    expect(listed.stdout).not.toContain(secretOf(token));

    await expect(cli('add', 'boss', '--role', 'owner')).rejects.toMatchObject({ stderr: expect.stringMatching(/Allowed choices are reader, curator, admin/) });
    await expect(cli('add', 'scripted', '--role', 'reader')).rejects.toMatchObject({ stderr: expect.stringMatching(/An account named "scripted" exists already/) });
    expect((await cli('list')).stdout).not.toMatch(/^boss\t/m);

    await cli('disable', 'scripted');
    expect((await api.gql(VIEWER, {}, { token })).data).toEqual({ viewer: null });
  }, 120_000);
});

describe('sign-in failures', () => {
  it('are rate-limited per client: past the limit any token, even a right one, gets RATE_LIMITED (429) until the window passes', async () => {
    const strict = await startTestApi(graph, { EDUGRAPH_SIGNIN_FAILURE_LIMIT: '3' });
    try {
      const post = (token: string) =>
        fetch(`${strict.server.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ query: VIEWER }),
        });
      for (let i = 0; i < 3; i += 1) {
        const res = await strict.gql(VIEWER, {}, { token: `eg_0123456789abcdef_${'x'.repeat(42)}${i}` });
        expect(res.data).toEqual({ viewer: null });
      }
      const blocked = await post(`eg_0123456789abcdef_${'y'.repeat(43)}`);
      expect(blocked.status).toBe(429);
      expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
      const body = (await blocked.json()) as { errors: Array<{ message: string; extensions: { code: string } }> };
      expect(body.errors[0]!.extensions.code).toBe('RATE_LIMITED');
      expect(body.errors[0]!.message).toMatch(/Too many sign-ins with a bad token from this client/);
      expect(body.errors[0]!.message).not.toContain('yyyy');
      expect((await post(TEST_ADMIN_TOKEN)).status).toBe(429);
      // Without a token the client still reads, as anyone may on a public server.
      expect((await strict.gql(VIEWER)).data).toEqual({ viewer: null });
    } finally {
      await strict.close();
    }
  });
});

describe('read access "token"', () => {
  it('refuses anonymous reads and exports (401) and a bad token (403); a reader reads; /healthz stays open', async () => {
    const token = await createAccount('private-reader', 'READER');
    const closed = await startTestApi(graph, { EDUGRAPH_READ_ACCESS: 'token' });
    try {
      const anonymous = await closed.gql('{ stats { byType { type count } } }');
      expect(anonymous.status).toBe(401);
      expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(anonymous.errors?.[0]?.message).toMatch(/This server is private: every request needs a token/);
      expect(anonymous.data ?? null).toBeNull();
      const bad = await closed.gql('{ stats { byType { type count } } }', {}, { token: 'not-a-token-of-anyone' });
      expect(bad.status).toBe(403);
      expect(bad.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

      const asReader = await closed.gql<{ stats: { byType: unknown[] } }>('{ stats { byType { type count } } }', {}, { token });
      expect(asReader.errors).toBeUndefined();
      expect(asReader.data!.stats.byType.length).toBeGreaterThan(0);

      const exportUrl = `${closed.server.url}/export/neighborhood?id=${encodeURIComponent(orgs[0]!)}&format=graphml`;
      const exportAnonymous = await fetch(exportUrl);
      expect(exportAnonymous.status).toBe(401);
      expect(((await exportAnonymous.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]!.extensions.code).toBe('UNAUTHENTICATED');
      expect((await fetch(exportUrl, { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
      expect((await fetch(`${closed.server.url}/healthz`)).status).toBe(200);
    } finally {
      await closed.close();
    }
  });
});
