import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import neo4j from 'neo4j-driver';
import { afterEach, describe, expect, it } from 'vitest';
import { LocalNeo4jError, startLocalNeo4j, type LocalNeo4j, type LocalNeo4jOptions } from '../../graph/index.ts';
import { freePort } from '../support/freePort.ts';

const dirs: string[] = [];
const running: LocalNeo4j[] = [];

function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'edugraph-lifecycle-'));
  dirs.push(d);
  return d;
}

async function options(dataDir: string, extra: Partial<LocalNeo4jOptions> = {}): Promise<LocalNeo4jOptions> {
  return { dataDir, boltPort: await freePort(), heapMiB: 256, pageCacheMiB: 64, cacheDir: '.cache', startTimeoutMs: 120_000, ...extra };
}

async function start(opts: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const neo = await startLocalNeo4j(opts);
  running.push(neo);
  return neo;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitUntilDead(pid: number, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (!isAlive(pid)) return true;
    await new Promise((r) => setTimeout(r, 250));
  }
  return !isAlive(pid);
}

async function runCypher(uri: string, cypher: string): Promise<unknown[]> {
  const driver = neo4j.driver(uri);
  try {
    const { records } = await driver.executeQuery(cypher);
    return records.map((r) => r.toObject());
  } finally {
    await driver.close();
  }
}

afterEach(async () => {
  await Promise.all(running.splice(0).map((n) => n.stop()));
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('the project-managed local Neo4j', () => {
  it('listens on 127.0.0.1, keeps the data across a stop and a restart, and leaves no JVM behind', async () => {
    const dataDir = tempDir();
    const first = await start(await options(dataDir));
    expect(first.version).toMatch(/^5\.26\./);
    expect(first.uri).toMatch(/^bolt:\/\/127\.0\.0\.1:\d+$/);
    await runCypher(first.uri, "CREATE (:Probe {id: 'kept'})");
    await first.stop();
    expect(isAlive(first.pid)).toBe(false);

    const second = await start(await options(dataDir));
    expect(await runCypher(second.uri, 'MATCH (p:Probe) RETURN p.id AS id')).toEqual([{ id: 'kept' }]);
    await second.stop();
    expect(isAlive(second.pid)).toBe(false);
  }, 240_000);

  it('does not outlive a parent killed with SIGKILL', async () => {
    const port = await freePort();
    const child = spawn(process.execPath, ['--import', 'tsx', 'tests/support/localNeo4jChild.ts', tempDir(), String(port)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const jvmPid = await new Promise<number>((resolve, reject) => {
      createInterface({ input: child.stdout }).on('line', (line) => {
        const m = /^JVM (\d+)$/.exec(line);
        if (m) resolve(Number(m[1]));
      });
      child.once('exit', (code) => reject(new Error(`child exited early with ${code}`)));
    });
    expect(isAlive(jvmPid)).toBe(true);
    child.kill('SIGKILL');
    expect(await waitUntilDead(jvmPid, 60_000)).toBe(true);
  }, 240_000);

  it('says to install JDK 17+ or set NEO4J_URI when Java is missing', async () => {
    const err = await startLocalNeo4j(await options(tempDir(), { javaBin: '/nonexistent/bin/java' })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LocalNeo4jError);
    expect((err as LocalNeo4jError).code).toBe('JAVA_MISSING');
    expect((err as Error).message).toMatch(/install JDK 17\+ .*or set NEO4J_URI/);
  }, 240_000);

  it('names the port and the way out when the Bolt port is taken', async () => {
    const blocker: Server = createServer();
    const port = await freePort();
    await new Promise<void>((r) => blocker.listen(port, '127.0.0.1', () => r()));
    try {
      const err = await startLocalNeo4j(await options(tempDir(), { boltPort: port })).catch((e: unknown) => e);
      expect((err as LocalNeo4jError).code).toBe('PORT_IN_USE');
      expect((err as Error).message).toContain(`Port ${port}`);
      expect((err as Error).message).toContain('NEO4J_BOLT_PORT');
    } finally {
      blocker.close();
    }
  }, 240_000);

  it('refuses a data directory locked by another running instance', async () => {
    const dataDir = tempDir();
    await start(await options(dataDir));
    const err = await startLocalNeo4j(await options(dataDir)).catch((e: unknown) => e);
    expect((err as LocalNeo4jError).code).toBe('DATA_LOCKED');
    expect((err as Error).message).toMatch(/locked by another Neo4j instance.*DATA_DIR/);
  }, 240_000);
});
