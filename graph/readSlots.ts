import { QueryTimeoutError } from './errors.ts';

/**
 * At most `size` read transactions in the database at once; the rest wait
 * here, first come first served. Without it every client request runs
 * concurrently inside Neo4j, and an ingest's two dozen sequential queries
 * each share the CPU with all of them: under 32 read clients a write took
 * tens of seconds. Writes do not take a slot, so they only compete with
 * `size` reads.
 */
export class ReadSlots {
  private free: number;
  private readonly waiting: Array<() => void> = [];

  constructor(readonly size: number) {
    this.free = size;
  }

  /** Reads waiting for a slot (for health and tests). */
  get queued(): number {
    return this.waiting.length;
  }

  /**
   * Resolves with a release function once a slot is free; throws
   * QueryTimeoutError when none frees up within `timeoutMs` (the time spent
   * queueing counts against the caller's budget like time in the database).
   */
  async acquire(timeoutMs: number): Promise<() => void> {
    if (this.free > 0) {
      this.free -= 1;
      return this.releaser();
    }
    await new Promise<void>((resolve, reject) => {
      const grant = (): void => {
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        const i = this.waiting.indexOf(grant);
        if (i >= 0) this.waiting.splice(i, 1);
        reject(new QueryTimeoutError(new Error(`no read slot free within ${timeoutMs} ms`)));
      }, timeoutMs);
      this.waiting.push(grant);
    });
    return this.releaser();
  }

  private releaser(): () => void {
    let done = false;
    return () => {
      if (done) return;
      done = true;
      const next = this.waiting.shift();
      // the slot passes straight to the next reader, so `free` stays as it is
      if (next) next();
      else this.free += 1;
    };
  }
}
