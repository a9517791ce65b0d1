import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Graph, graphHealth, readGraphConfig } from '../../graph/index.ts';
import { freePort } from '../support/freePort.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'edugraph-supervisor-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

async function eventually<T>(probe: () => Promise<T>, ok: (v: T) => boolean, ms: number): Promise<T> {
  const end = Date.now() + ms;
  let last = await probe();
  while (!ok(last) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 500));
    last = await probe();
  }
  return last;
}

describe('the local Neo4j supervisor', () => {
  it('restarts a JVM killed with SIGKILL, with a log line, and keeps committed data', async () => {
    const events: string[] = [];
    const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, NEO4J_BOLT_PORT: String(await freePort()), NEO4J_HEAP_MB: '256', NEO4J_PAGECACHE_MB: '64' };
    delete env.NEO4J_URI;
    const graph = await Graph.connect(readGraphConfig(env), { onEvent: (l) => events.push(l) });
    try {
      await graph.writeRows("CREATE (:Probe {id: 'committed'})");
      const firstPid = graph.local!.pid;
      process.kill(firstPid, 'SIGKILL');

      const down = await eventually(() => graphHealth(graph), (h) => !h.ok, 10_000);
      expect(down.ok).toBe(false);

      const up = await eventually(() => graphHealth(graph), (h) => h.ok, 180_000);
      expect(up.ok).toBe(true);
      await graph.local!.ready();
      expect(graph.local!.pid).not.toBe(firstPid);
      expect(await graph.readRows('MATCH (p:Probe) RETURN p.id AS id')).toEqual([{ id: 'committed' }]);
      expect(events.some((e) => /exited unexpectedly.*restarting/.test(e))).toBe(true);
      expect(events.some((e) => /is back/.test(e))).toBe(true);
    } finally {
      await graph.close();
    }
  }, 240_000);
});
