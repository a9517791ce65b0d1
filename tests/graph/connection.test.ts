import { createServer, connect, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { DatabaseUnavailableError, Graph, QueryTimeoutError, readGraphConfig } from '../../graph/index.ts';

/** Written into the statements under test: the relay drops a connection only when it carries one. */
const MARK = 'relay-drops-this';

interface Relay {
  uri: string;
  /** how many times a marked statement reached the relay */
  seen: number;
  close(): Promise<void>;
}

/**
 * A TCP relay in front of the run's Neo4j: everything passes through, except
 * that a client message carrying MARK closes both sides of its connection
 * while `drop(nth)` says so — a connection lost in the middle of a read, as
 * when a cluster member goes away or a network drops it.
 */
async function relay(drop: (nth: number) => boolean): Promise<Relay> {
  const target = new URL(inject('neo4jUri'));
  const sockets = new Set<Socket>();
  const state = { seen: 0 };
  const server: Server = createServer((client) => {
    const upstream = connect(Number(target.port), target.hostname);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('error', () => undefined);
      s.on('close', () => {
        sockets.delete(s);
        client.destroy();
        upstream.destroy();
      });
    }
    client.on('data', (chunk: Buffer) => {
      if (chunk.includes(MARK) && drop(++state.seen)) {
        client.destroy();
        upstream.destroy();
        return;
      }
      upstream.write(chunk);
    });
    upstream.on('data', (chunk: Buffer) => client.write(chunk));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    uri: `bolt://127.0.0.1:${(server.address() as AddressInfo).port}`,
    get seen() {
      return state.seen;
    },
    async close() {
      for (const s of sockets) s.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

function connectThrough(r: Relay): Promise<Graph> {
  return Graph.connect(readGraphConfig({ ...process.env, NEO4J_URI: r.uri }));
}

describe('a read statement (auto-commit, one round trip)', () => {
  let graph: Graph;
  let relayed: { relay: Relay; graph: Graph } | null = null;

  beforeAll(async () => {
    graph = await Graph.connect(readGraphConfig({ ...process.env, NEO4J_URI: inject('neo4jUri') }));
  });
  afterAll(async () => {
    await graph.close();
  });
  afterEach(async () => {
    await relayed?.graph.close();
    await relayed?.relay.close();
    relayed = null;
  });

  async function through(drop: (nth: number) => boolean): Promise<{ relay: Relay; graph: Graph }> {
    const r = await relay(drop);
    relayed = { relay: r, graph: await connectThrough(r) };
    return relayed;
  }

  it('answers with its records and releases its read slot', async () => {
    const rows = await graph.readRows<{ n: number }>('UNWIND [1, 2, 3] AS n RETURN n');
    expect(rows.map((r) => r.n)).toEqual([1, 2, 3]);
    expect(graph.readSlots.inUse).toBe(0);
  });

  it('is sent again on a new connection when its connection drops mid-statement, and answers', async () => {
    const { relay: r, graph: g } = await through((nth) => nth === 1);
    const rows = await g.readRows<{ mark: string }>('RETURN $mark AS mark', { mark: MARK });
    expect(rows).toEqual([{ mark: MARK }]);
    expect(r.seen).toBe(2);
    expect(g.breaker.open).toBe(false);
  });

  it('is tried twice when the connection drops every time, then fails with DatabaseUnavailableError and opens the breaker', async () => {
    const { relay: r, graph: g } = await through(() => true);
    await expect(g.readRows('RETURN $mark AS mark', { mark: MARK })).rejects.toBeInstanceOf(DatabaseUnavailableError);
    expect(r.seen).toBe(2);
    expect(g.breaker.open).toBe(true);
    expect(g.readSlots.inUse).toBe(0);
    // …and the next read is told "retry later" without waiting for the database.
    const started = Date.now();
    await expect(g.readRows('RETURN 1 AS one')).rejects.toBeInstanceOf(DatabaseUnavailableError);
    expect(Date.now() - started).toBeLessThan(100);
  });

  it('is not retried when its time budget has no room for the retry', async () => {
    const { relay: r, graph: g } = await through(() => true);
    const started = Date.now();
    await expect(g.readStatement('RETURN $mark AS mark', { mark: MARK }, 800)).rejects.toBeInstanceOf(DatabaseUnavailableError);
    expect(r.seen).toBe(1);
    expect(Date.now() - started).toBeLessThan(800);
  });

  it('is not retried when the statement itself is wrong: the database error comes back at once', async () => {
    const { relay: r, graph: g } = await through(() => false);
    await expect(g.readStatement(`RETURN '${MARK}' AS mark, nosuchfunction(1)`)).rejects.toThrow(/nosuchfunction/i);
    expect(r.seen).toBe(1);
    expect(g.breaker.open).toBe(false);
  });

  it("fails with the database's error and the stack of the code that awaited it", async () => {
    const failing = async function readsAMissingFunction(): Promise<unknown> {
      const rows = await graph.readStatement('RETURN nosuchfunction(1) AS x');
      return rows;
    };
    const err = (await failing().catch((e: unknown) => e)) as Error;
    expect(err.message).toMatch(/nosuchfunction/i);
    expect(err.stack).toContain('readsAMissingFunction');
    expect(err.stack).not.toContain('withCallerStack');
    expect(Error.stackTraceLimit).toBeGreaterThan(0);
  });

  it('is stopped by the database once its time budget is spent: QueryTimeoutError', async () => {
    const started = Date.now();
    await expect(
      graph.readStatement('UNWIND range(1, 2000000000) AS x WITH x WHERE x < 0 RETURN count(x) AS n', {}, 500),
    ).rejects.toBeInstanceOf(QueryTimeoutError);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(graph.breaker.open).toBe(false);
  });

  it('counts the time spent waiting for a read slot against its budget', async () => {
    const held = await Promise.all(Array.from({ length: graph.readSlots.size }, () => graph.readSlots.acquire(5_000)));
    try {
      await expect(graph.readStatement('RETURN 1 AS one', {}, 300)).rejects.toBeInstanceOf(QueryTimeoutError);
    } finally {
      for (const release of held) release();
    }
    expect(await graph.readRows('RETURN 1 AS one')).toEqual([{ one: 1 }]);
  });
});
