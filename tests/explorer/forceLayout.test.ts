/**
 * The force layout off the page's thread (explorer/src/graph/forceLayout.ts,
 * ForceLayoutRunner.ts): the computation over plain data, the answer taken
 * from a worker, and the fall-back to the calling thread when there is no
 * worker or it fails. The worker here is a stand-in; the real one runs in
 * Chromium in e2e.test.ts.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { forceLayoutPositions, type ForceJob } from '../../explorer/src/graph/forceLayout.ts';
import { ForceLayoutRunner, type LayoutReply, type LayoutRequest } from '../../explorer/src/graph/ForceLayoutRunner.ts';
import { fcoseDefaults } from '../../explorer/src/graph/layouts.ts';

const job: ForceJob = {
  nodes: Array.from({ length: 12 }, (_, i) => ({ id: `n${i}`, w: 30, h: 30 })),
  edges: Array.from({ length: 11 }, (_, i) => ({ source: `n${i + 1}`, target: `n${Math.floor(i / 3)}` })),
  options: { ...fcoseDefaults, numIter: 300 },
  seed: 7,
};

/** A stand-in for the browser's Worker: remembers what it was sent; the test answers or fails it. */
class FakeWorker {
  static last: FakeWorker | null = null;
  onmessage: ((e: { data: LayoutReply }) => void) | null = null;
  onerror: ((e: { preventDefault(): void }) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  sent: LayoutRequest[] = [];
  terminated = false;
  constructor() {
    FakeWorker.last = this;
  }
  postMessage(m: LayoutRequest): void {
    this.sent.push(m);
  }
  terminate(): void {
    this.terminated = true;
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
  FakeWorker.last = null;
});

describe('the force layout over plain data', () => {
  it('places every entity at its own spot, the same way each time for the same seed', () => {
    const a = forceLayoutPositions(job);
    expect(Object.keys(a).sort()).toEqual(job.nodes.map((n) => n.id).sort());
    expect(new Set(Object.values(a).map((p) => `${Math.round(p.x)}:${Math.round(p.y)}`)).size).toBe(job.nodes.length);
    expect(forceLayoutPositions(job)).toEqual(a);
  });

  it('keeps pinned entities at their positions', () => {
    const pinned = forceLayoutPositions({ ...job, options: { ...job.options, fixedNodeConstraint: [{ nodeId: 'n0', position: { x: 500, y: -200 } }] } });
    expect(pinned['n0']!.x).toBeCloseTo(500, 0);
    expect(pinned['n0']!.y).toBeCloseTo(-200, 0);
  });
});

describe('running it off the page', () => {
  it('takes the positions the worker answers with', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const runner = new ForceLayoutRunner(true);
    const pending = runner.run(job);
    const worker = FakeWorker.last!;
    expect(runner.inWorker).toBe(true);
    expect(worker.sent).toHaveLength(1);
    expect(worker.sent[0]!.job).toEqual(job);
    worker.onmessage!({ data: { id: worker.sent[0]!.id, positions: { n0: { x: 1, y: 2 } } } });
    await expect(pending).resolves.toEqual({ n0: { x: 1, y: 2 } });
  });

  it('lays out on the calling thread when a worker cannot be created', async () => {
    vi.stubGlobal(
      'Worker',
      class {
        constructor() {
          throw new Error('refused by the page’s policy');
        }
      },
    );
    const runner = new ForceLayoutRunner(true);
    await expect(runner.run(job)).resolves.toEqual(forceLayoutPositions(job));
    expect(runner.inWorker).toBe(false);
  });

  it('lays out on the calling thread what a worker that failed to load left unanswered, and everything after', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const runner = new ForceLayoutRunner(true);
    const pending = runner.run(job);
    const worker = FakeWorker.last!;
    let handled = false;
    worker.onerror!({ preventDefault: () => (handled = true) });
    await expect(pending).resolves.toEqual(forceLayoutPositions(job));
    expect(handled).toBe(true);
    expect(worker.terminated).toBe(true);
    expect(runner.inWorker).toBe(false);
    await expect(runner.run(job)).resolves.toEqual(forceLayoutPositions(job));
    expect(worker.sent).toHaveLength(1);
  });

  it('reports a layout the worker could not compute as a failure', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const runner = new ForceLayoutRunner(true);
    const pending = runner.run(job);
    const worker = FakeWorker.last!;
    worker.onmessage!({ data: { id: worker.sent[0]!.id, error: 'no memory' } });
    await expect(pending).rejects.toThrow(/Layout failed: no memory/);
  });

  it('never starts a worker without a page (headless, Node)', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const runner = new ForceLayoutRunner(false);
    await expect(runner.run(job)).resolves.toEqual(forceLayoutPositions(job));
    expect(FakeWorker.last).toBeNull();
  });
});
