import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../support/freePort.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'edugraph-start-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function javaPidsUsing(dir: string): number[] {
  try {
    return execFileSync('pgrep', ['-f', dir], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .map(Number);
  } catch {
    return []; // pgrep exits 1 when nothing matches
  }
}

describe('npm start', () => {
  it('brings up Neo4j and the server, answers /healthz with the Neo4j version, and Ctrl-C leaves nothing running', async () => {
    const port = await freePort();
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      NEO4J_BOLT_PORT: String(await freePort()),
      NEO4J_HEAP_MB: '256',
      NEO4J_PAGECACHE_MB: '64',
      NODE_ENV: 'development', // vitest sets 'test', which quiets the log this test reads
    };
    delete env.NEO4J_URI;
    // `npm start` runs `tsx api/main.ts`; starting that directly lets SIGINT reach it like Ctrl-C does.
    const server = spawn(process.execPath, ['--import', 'tsx', 'api/main.ts'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    server.stdout.on('data', (d: Buffer) => (output += d.toString()));
    server.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const exited = new Promise<number | null>((r) => server.once('exit', (code) => r(code)));

    let health: { status: string; neo4jVersion: string; schemaVersion: number } | null = null;
    const deadline = Date.now() + 280_000;
    while (!health && Date.now() < deadline && server.exitCode === null) {
      try {
        const res = await fetch(`http://127.0.0.1:${port}/healthz`);
        if (res.status === 200) health = (await res.json()) as typeof health;
      } catch {
        await new Promise((r) => setTimeout(r, 500));
      }
    }
    expect(health, output).not.toBeNull();
    expect(health!.status).toBe('ok');
    expect(health!.neo4jVersion).toMatch(/^5\.26\./);
    expect(health!.schemaVersion).toBeGreaterThanOrEqual(1);
    expect(javaPidsUsing(dataDir).length).toBeGreaterThan(0);

    server.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(javaPidsUsing(dataDir)).toEqual([]);
    expect(output).toMatch(/EduGraph is up/);
  }, 300_000);
});
