/**
 * Runs force layouts in a Web Worker when the page can have one, and on the
 * calling thread otherwise (Node, headless tests, a browser or policy that
 * refuses the worker, a worker that failed to load): the same computation
 * either way, so the picture does not depend on where it was made.
 */
import type { Point } from '../state/ViewState.ts';
import type { ForceJob } from './forceLayout.ts';

/**
 * fcose and its bases (about 125 kB) loaded only when a layout runs on this
 * thread: on a page the worker has its own copy, and the page's first
 * script stays smaller.
 */
const here = (job: ForceJob): Promise<Record<string, Point>> => import('./forceLayout.ts').then((m) => m.forceLayoutPositions(job));

export interface LayoutRequest {
  id: number;
  job: ForceJob;
}

export type LayoutReply = { id: number; positions: Record<string, Point> } | { id: number; error: string };

interface Pending {
  job: ForceJob;
  resolve(positions: Record<string, Point>): void;
  reject(err: Error): void;
}

export class ForceLayoutRunner {
  /** undefined: not started yet; null: none, layouts run here */
  private worker: Worker | null | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  constructor(useWorker: boolean) {
    if (!useWorker || typeof Worker === 'undefined') this.worker = null;
  }

  /** Starts the worker ahead of the first layout, so loading its script does not delay that layout. */
  warmUp(): void {
    this.ensureWorker();
  }

  /** True while layouts go to a worker (false after falling back to this thread). */
  get inWorker(): boolean {
    return !!this.worker;
  }

  run(job: ForceJob): Promise<Record<string, Point>> {
    const worker = this.ensureWorker();
    if (!worker) return here(job);
    return new Promise((resolve, reject) => {
      const id = this.nextId++;
      this.pending.set(id, { job, resolve, reject });
      worker.postMessage({ id, job } satisfies LayoutRequest);
    });
  }

  destroy(): void {
    this.worker?.terminate();
    this.worker = null;
    this.pending.clear();
  }

  private ensureWorker(): Worker | null {
    if (this.worker !== undefined) return this.worker;
    try {
      const worker = new Worker(new URL('./layoutWorker.ts', import.meta.url), { type: 'module' });
      worker.onmessage = (e: MessageEvent<LayoutReply>) => this.settle(e.data);
      worker.onerror = (e) => {
        e.preventDefault(); // handled: the layouts run here instead
        this.fallBack();
      };
      worker.onmessageerror = () => this.fallBack();
      this.worker = worker;
    } catch {
      this.worker = null;
    }
    return this.worker;
  }

  private settle(reply: LayoutReply): void {
    const p = this.pending.get(reply.id);
    if (!p) return;
    this.pending.delete(reply.id);
    if ('positions' in reply) p.resolve(reply.positions);
    else p.reject(new Error(`Layout failed: ${reply.error}`));
  }

  /** The worker could not load or died: what it had not answered is laid out here, and so is everything after. */
  private fallBack(): void {
    this.worker?.terminate();
    this.worker = null;
    const waiting = [...this.pending.values()];
    this.pending.clear();
    for (const p of waiting) here(p.job).then(p.resolve, (err: unknown) => p.reject(err instanceof Error ? err : new Error(String(err))));
  }
}
