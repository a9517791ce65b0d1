/**
 * The two small guards in front of the driver (graph/circuitBreaker.ts,
 * graph/readSlots.ts), without a database: the probe is a plain function.
 */
import { describe, expect, it } from 'vitest';
import { CircuitBreaker } from '../../graph/circuitBreaker.ts';
import { DatabaseUnavailableError, QueryTimeoutError } from '../../graph/errors.ts';
import { ReadSlots } from '../../graph/readSlots.ts';

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

describe('the circuit breaker', () => {
  it('refuses calls at once while open and closes after the first probe that answers', async () => {
    let up = false;
    let probes = 0;
    const probe = async (): Promise<void> => {
      probes++;
      if (!up) throw new Error('down');
    };
    const breaker = new CircuitBreaker({ probeEveryMs: 20, probe });
    try {
      expect(() => breaker.check()).not.toThrow();
      breaker.trip(new Error('ServiceUnavailable'));
      expect(() => breaker.check()).toThrow(DatabaseUnavailableError);
      await sleep(100);
      expect(probes).toBeGreaterThan(1);
      expect(breaker.open).toBe(true);
      up = true;
      await sleep(100);
      expect(breaker.open).toBe(false);
      expect(() => breaker.check()).not.toThrow();
    } finally {
      breaker.stop();
    }
  });

  it('releases a call in flight with DatabaseUnavailableError when it trips, instead of holding it', async () => {
    const breaker = new CircuitBreaker({ probe: async () => undefined });
    try {
      const held = breaker.guard(new Promise<string>((resolve) => setTimeout(() => resolve('late'), 5000)));
      const t = Date.now();
      setTimeout(() => breaker.trip(new Error('gone')), 20);
      await expect(held).rejects.toBeInstanceOf(DatabaseUnavailableError);
      expect(Date.now() - t).toBeLessThan(1000);
    } finally {
      breaker.stop();
    }
  });

  it('passes results and errors of calls through while closed', async () => {
    const breaker = new CircuitBreaker({ probe: async () => undefined });
    await expect(breaker.guard(Promise.resolve(42))).resolves.toBe(42);
    await expect(breaker.guard(Promise.reject(new Error('syntax')))).rejects.toThrow('syntax');
    expect(breaker.open).toBe(false);
  });
});

describe('read slots', () => {
  it('lets `size` readers in at once and the next one in when a slot is released, first come first served', async () => {
    const slots = new ReadSlots(2);
    const a = await slots.acquire(1000);
    await slots.acquire(1000);
    const order: string[] = [];
    const c = slots.acquire(1000).then((release) => (order.push('c'), release));
    const d = slots.acquire(1000).then((release) => (order.push('d'), release));
    await sleep(20);
    expect(order).toEqual([]);
    expect(slots.queued).toBe(2);
    a();
    a(); // releasing twice frees one slot only
    (await c)();
    (await d)();
    expect(order).toEqual(['c', 'd']);
  });

  it('while a write runs, lets only `whileWriting` readers in, and the rest in when it ends', async () => {
    const slots = new ReadSlots(3, 1);
    const done = slots.writing();
    const a = await slots.acquire(1000);
    const order: string[] = [];
    const b = slots.acquire(1000).then((release) => (order.push('b'), release));
    const c = slots.acquire(1000).then((release) => (order.push('c'), release));
    await sleep(20);
    expect(slots.queued).toBe(2);
    done();
    done(); // ending twice counts once
    (await b)();
    (await c)();
    a();
    expect(order).toEqual(['b', 'c']);
    expect(slots.inUse).toBe(0);
  });

  it('lets readers already in finish when a write starts, and admits no new one until fewer than `whileWriting` run', async () => {
    const slots = new ReadSlots(2, 1);
    const a = await slots.acquire(1000);
    const b = await slots.acquire(1000);
    const done = slots.writing();
    let admitted = false;
    const c = slots.acquire(1000).then((release) => ((admitted = true), release));
    a();
    await sleep(20);
    expect(admitted).toBe(false); // one reader still in: the write's share
    b();
    (await c)();
    expect(admitted).toBe(true);
    done();
  });

  it('gives up with QueryTimeoutError when no slot frees within the time budget', async () => {
    const slots = new ReadSlots(1);
    await slots.acquire(1000);
    await expect(slots.acquire(30)).rejects.toBeInstanceOf(QueryTimeoutError);
    expect(slots.queued).toBe(0);
  });
});
