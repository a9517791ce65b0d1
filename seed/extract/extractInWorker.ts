import { Worker } from 'node:worker_threads';
import type { Extraction } from '../extraction.ts';
import type { ParsedReport } from '../read/parseReport.ts';

type Pending = { resolve: (e: Extraction) => void; reject: (err: Error) => void };

/**
 * extractReport on a worker thread. Extraction is 0.1–0.5 s of CPU per report
 * (2 s for the first, which loads the gazetteers); on the server's own thread
 * it stalls every request in flight, including the ingest's own database
 * round trips. One worker, started on first use, unref'd so it never keeps
 * the process alive, and started again if it dies.
 */
export class ExtractionWorker {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  extract(parsed: ParsedReport): Promise<Extraction> {
    const worker = this.worker ?? this.start();
    const id = this.nextId++;
    return new Promise<Extraction>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, parsed });
    });
  }

  async close(): Promise<void> {
    const w = this.worker;
    this.worker = null;
    await w?.terminate();
  }

  private start(): Worker {
    const worker = new Worker(new URL('./extractWorker.mjs', import.meta.url));
    worker.unref();
    worker.on('message', (msg: { id: number; extraction?: Extraction; error?: { name: string; message: string } }) => {
      const p = this.pending.get(msg.id);
      if (!p) return;
      this.pending.delete(msg.id);
      if (msg.error) p.reject(Object.assign(new Error(msg.error.message), { name: msg.error.name }));
      else p.resolve(msg.extraction!);
    });
    const fail = (err: Error): void => {
      if (this.worker === worker) this.worker = null;
      for (const p of this.pending.values()) p.reject(err);
      this.pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`the extraction worker exited (code ${code})`)));
    this.worker = worker;
    return worker;
  }
}
