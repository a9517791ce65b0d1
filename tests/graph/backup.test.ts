import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  accountForToken,
  addAlias,
  applyMigrations,
  backupGraph,
  createAccount,
  curationLog,
  listMergeSuggestions,
  rejectMergeSuggestion,
  disableAccount,
  BackupFormatError,
  Graph,
  LATEST_SCHEMA_VERSION,
  loadExtraction,
  mergeEntities,
  noResolution,
  readGraphConfig,
  restoreGraph,
  RestoreRefusedError,
  splitEntity,
  startLocalNeo4j,
  type LocalNeo4j,
} from '../../graph/index.ts';
import { extraction, event, org, rel } from '../support/extractions.ts';
import { freePort } from '../support/freePort.ts';
import { connectTestGraph, resetGraph } from '../support/testGraph.ts';

const dir = mkdtempSync(join(tmpdir(), 'edugraph-backup-'));
let source: Graph;
let freshNeo4j: LocalNeo4j;
let fresh: Graph;

beforeAll(async () => {
  source = await connectTestGraph();
  freshNeo4j = await startLocalNeo4j({
    dataDir: join(dir, 'fresh'),
    boltPort: await freePort(),
    heapMiB: 256,
    pageCacheMiB: 64,
    cacheDir: '.cache',
    startTimeoutMs: 120_000,
  });
  fresh = await Graph.connect(readGraphConfig({ ...process.env, NEO4J_URI: freshNeo4j.uri }));
});
afterAll(async () => {
  await source.close();
  await fresh.close();
  await freshNeo4j.stop();
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(async () => {
  await resetGraph(source);
  await resetGraph(fresh);
});

/** Every node and relationship with all properties, in a stable order. */
async function dump(graph: Graph): Promise<unknown> {
  const nodes = await graph.readRows(
    `MATCH (n) WHERE NOT n:EduGraphSchema
     RETURN labels(n) AS labels, n.id AS id, properties(n) AS props ORDER BY id, n.key, n.report, n.name, n.seq`,
  );
  const rels = await graph.readRows(
    `MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS type, b.id AS b, properties(r) AS props ORDER BY a, type, b`,
  );
  const sortLabels = nodes.map((n) => ({ ...n, labels: [...(n.labels as string[])].sort() }));
  return { nodes: sortLabels, rels };
}

async function seedVariedGraph(graph: Graph): Promise<void> {
  await graph.writeRows(
    `CREATE (r:Report {id: 'report:abc', title: 'A "quoted" title', text: 'Line one\\nВторая строка', ingestedAt: datetime('2026-11-22T10:15:30.123456789Z'), publishedAt: date('2023-11-20')})
     CREATE (o:Entity:Organization {id: 'org:investment-in-the-future', name: 'Investment in the Future', aliases: ['Investment in the Future', 'Вклад в будущее'], big: 9007199254740993})
     CREATE (c:Entity:City {id: 'city:kz-astana', name: 'Astana', lat: 51.1694, lon: 71.4491, location: point({latitude: 51.1694, longitude: 71.4491})})
     CREATE (e:Entity:Event {id: 'event:round-table', name: 'Round table', startDate: '2023-11-16'})
     CREATE (m:MergeSuggestion {id: 'merge:1', a: 'org:a', b: 'org:b', score: 0.7, status: 'open'})
     CREATE (r)-[:REPORTS_ON]->(e)
     CREATE (r)-[:MENTIONS {name: 'Вклад в будущее'}]->(o)
     CREATE (o)-[:PARTNERED {sources: ['report:abc'], evidence: ['The partners were…'], evidenceSources: ['report:abc'], confidence: 0.9}]->(e)
     CREATE (e)-[:HELD_IN {sources: ['report:abc'], evidence: ['…in Astana.'], evidenceSources: ['report:abc'], confidence: 0.8}]->(c)`,
  );
}

describe('backup and restore', () => {
  it('restores a backup into a fresh database as an identical graph', async () => {
    await seedVariedGraph(source);
    const file = join(dir, 'full.ndjson');
    const summary = await backupGraph(source, file);
    expect(summary).toMatchObject({ nodes: 5, relationships: 4, schemaVersion: LATEST_SCHEMA_VERSION });

    await applyMigrations(fresh);
    const restored = await restoreGraph(fresh, file);
    expect(restored).toEqual({ nodes: 5, relationships: 4 });
    expect(await dump(fresh)).toEqual(await dump(source));
    // types survive, not only printed values
    const [row] = await fresh.readRows<{ t: string; big: string }>(
      "MATCH (r:Report) MATCH (o:Organization) RETURN valueType(r.ingestedAt) AS t, toString(o.big) AS big",
    );
    expect(row).toEqual({ t: 'ZONED DATETIME NOT NULL', big: '9007199254740993' });
  });

  it('keeps accounts and the curation log: a restored token still signs in, the log reads the same and numbers on', async () => {
    await seedVariedGraph(source);
    const { token } = await createAccount(source, { name: 'carol', role: 'curator' }, { name: 'cli:ops', reason: 'new curator' });
    await createAccount(source, { name: 'gone', role: 'reader' }, { name: 'cli:ops' });
    await disableAccount(source, 'gone', { name: 'cli:ops', reason: 'left' });
    await addAlias(source, 'org:investment-in-the-future', 'IiF', { name: 'carol', reason: 'acronym' });
    const file = join(dir, 'accounts.ndjson');
    await backupGraph(source, file);

    await applyMigrations(fresh);
    await restoreGraph(fresh, file);
    expect(await dump(fresh)).toEqual(await dump(source));
    expect(await accountForToken(fresh, token)).toEqual({ name: 'carol', role: 'curator' });
    const log = await curationLog(fresh, { first: 10 });
    expect(log).toEqual(await curationLog(source, { first: 10 }));
    expect(log.entries.map((e) => [e.seq, e.by, e.action])).toEqual([
      [4, 'carol', 'ADD_ALIAS'],
      [3, 'cli:ops', 'DISABLE_ACCOUNT'],
      [2, 'cli:ops', 'CREATE_ACCOUNT'],
      [1, 'cli:ops', 'CREATE_ACCOUNT'],
    ]);
    // The restored log goes on from where the backup left it; the disabled account stays disabled.
    await createAccount(fresh, { name: 'dave', role: 'reader' }, { name: 'cli:ops' });
    expect((await curationLog(fresh, { first: 1 })).entries[0]).toMatchObject({ seq: 5, after: ['account:dave'] });
    await expect(createAccount(fresh, { name: 'carol', role: 'admin' }, { name: 'cli:ops' })).rejects.toThrow(/exists already/);
    expect((await fresh.readRows<{ disabled: boolean }>("MATCH (a:Account {name: 'gone'}) RETURN a.disabledAt IS NOT NULL AS disabled"))[0]).toEqual({ disabled: true });
  });

  it('keeps merge records: a merge backed up and restored can still be split', async () => {
    const report = extraction({
      text: 'Alpha Foundation and Alpha Fund partnered the round table.',
      title: 'Alphas',
      entities: [org('org:a', 'Alpha Foundation'), org('org:b', 'Alpha Fund'), event('event:x', 'Round table', null, null)],
      relations: [rel('PARTNERED', 'org:a', 'event:x', 'Alpha Foundation partnered.'), rel('PARTNERED', 'org:b', 'event:x', 'Alpha Fund partnered.')],
    });
    await loadExtraction(source, report, { resolve: noResolution });
    await mergeEntities(source, 'org:a', 'org:b');
    const file = join(dir, 'merged.ndjson');
    await backupGraph(source, file);

    await applyMigrations(fresh);
    await restoreGraph(fresh, file);
    expect(await dump(fresh)).toEqual(await dump(source));
    const split = await splitEntity(fresh, 'org:a', 'org:b');
    expect(split.restored).toMatchObject({ id: 'org:b', name: 'Alpha Fund' });
    const partners = await fresh.readRows<{ id: string }>("MATCH (o:Organization)-[:PARTNERED]->(:Event {id: 'event:x'}) RETURN o.id AS id ORDER BY id");
    expect(partners).toEqual([{ id: 'org:a' }, { id: 'org:b' }]);
  });

  it('keeps a curator\'s "not the same": after a restore the pair stays apart when a report suggests it again', async () => {
    const alpha = extraction({
      text: 'Alpha Foundation partnered the round table.',
      title: 'Alpha',
      entities: [org('org:a', 'Alpha Foundation'), event('event:x', 'Round table', null, null)],
      relations: [rel('PARTNERED', 'org:a', 'event:x', 'Alpha Foundation partnered.')],
    });
    const fund = (id: string) =>
      extraction({
        text: `Alpha Fund partnered the round table (${id}).`,
        title: `Alpha Fund ${id}`,
        entities: [org('org:b', 'Alpha Fund'), event('event:x', 'Round table', null, null)],
        relations: [rel('PARTNERED', 'org:b', 'event:x', 'Alpha Fund partnered.')],
        mergeCandidates: [{ a: 'org:b', b: 'org:a', score: 0.7, reason: 'one word apart' }],
      });
    await loadExtraction(source, alpha, { resolve: noResolution });
    await loadExtraction(source, fund('first'), { resolve: noResolution });
    const [open] = await listMergeSuggestions(source, 'open');
    await rejectMergeSuggestion(source, open!.id);
    const file = join(dir, 'decided.ndjson');
    await backupGraph(source, file);

    await applyMigrations(fresh);
    await restoreGraph(fresh, file);
    const again = fund('second');
    await loadExtraction(fresh, { ...again, report: { ...again.report, id: 'report:alpha-fund-again' } }, { resolve: noResolution });
    expect(await listMergeSuggestions(fresh, 'open')).toEqual([]);
    expect((await listMergeSuggestions(fresh, 'rejected')).map((x) => x.sources.length)).toEqual([2]);
  });

  it('refuses a non-empty database unless told to replace it', async () => {
    await seedVariedGraph(source);
    const file = join(dir, 'refuse.ndjson');
    await backupGraph(source, file);
    await expect(restoreGraph(source, file)).rejects.toThrow(RestoreRefusedError);
    await expect(restoreGraph(source, file)).rejects.toThrow(/not empty.*--replace/);
    const before = await dump(source);
    await restoreGraph(source, file, { replace: true });
    expect(await dump(source)).toEqual(before);
  });

  it('rejects a truncated backup and restores nothing', async () => {
    await seedVariedGraph(source);
    const file = join(dir, 'cut.ndjson');
    await backupGraph(source, file);
    const lines = readFileSync(file, 'utf8').trim().split('\n');
    writeFileSync(file, lines.slice(0, -2).join('\n'));
    await expect(restoreGraph(fresh, file)).rejects.toThrow(BackupFormatError);
    expect(await fresh.readRows('MATCH (n) WHERE NOT n:EduGraphSchema RETURN n')).toEqual([]);
  });

  it('rejects a label that could smuggle Cypher into the restore', async () => {
    const file = join(dir, 'hostile.ndjson');
    writeFileSync(
      file,
      [
        JSON.stringify({ header: { format: 'edugraph-backup', version: 1, schemaVersion: 1, createdAt: '2026-01-01' } }),
        JSON.stringify({ node: { k: 0, labels: ['X) DETACH DELETE n //'], props: {} } }),
      ].join('\n'),
    );
    await expect(restoreGraph(fresh, file)).rejects.toThrow(/not a valid name/);
  });
});
