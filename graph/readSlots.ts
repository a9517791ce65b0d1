import { QueryTimeoutError } from './errors.ts';

/**
 * Admission of read transactions into the database, first come first
 * served: at most `size` at once, and while a write transaction runs at
 * most `whileWriting`. Without the second bound an ingest's two dozen
 * sequential queries each share the CPU with every client's read: under 32
 * read clients a write took tens of seconds. The first bound is larger
 * because, with no write to protect, Neo4j sharing its CPU among the reads
 * lets a quick read finish quickly, while a short queue in front of it makes
 * every read wait behind the slow ones ahead (a neighbourhood behind a hub's
 * partner suggestions). Writes never take a slot.
 */
export class ReadSlots {
  private running = 0;
  private writers = 0;
  private readonly waiting: Array<() => void> = [];

  /**
   * @param size reads in the database at once when no write runs
   * @param whileWriting reads in the database at once while a write runs (at most `size`)
   */
  constructor(
    readonly size: number,
    readonly whileWriting: number = size,
  ) {}

  /** Reads waiting for a slot (for health and tests). */
  get queued(): number {
    return this.waiting.length;
  }

  /** Reads admitted and not yet released. */
  get inUse(): number {
    return this.running;
  }

  private get limit(): number {
    return this.writers > 0 ? Math.min(this.size, this.whileWriting) : this.size;
  }

  /**
   * Resolves with a release function once a slot is free; throws
   * QueryTimeoutError when none frees up within `timeoutMs` (the time spent
   * queueing counts against the caller's budget like time in the database).
   */
  async acquire(timeoutMs: number): Promise<() => void> {
    if (this.waiting.length === 0 && this.running < this.limit) {
      this.running += 1;
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

  /**
   * A write transaction starts: until the returned function is called, reads
   * beyond `whileWriting` wait (reads already admitted finish on their own).
   */
  writing(): () => void {
    this.writers += 1;
    let done = false;
    return () => {
      if (done) return;
      done = true;
      this.writers -= 1;
      this.admit();
    };
  }

  private releaser(): () => void {
    let done = false;
    return () => {
      if (done) return;
      done = true;
      this.running -= 1;
      this.admit();
    };
  }

  /** Lets waiting reads in, oldest first, while the limit allows. */
  private admit(): void {
    while (this.waiting.length > 0 && this.running < this.limit) {
      this.running += 1;
      this.waiting.shift()!();
    }
  }
}
