import { DatabaseUnavailableError } from './errors.ts';

export interface CircuitBreakerOptions {
  /** one cheap round trip to the database; resolves when it answers */
  probe: () => Promise<void>;
  /** wait between probes while open */
  probeEveryMs?: number;
  /** a probe that has not answered by then counts as failed */
  probeTimeoutMs?: number;
}

/**
 * Remembers that the database is away, so callers are told "retry later" at
 * once instead of each waiting out the driver's retries and connection
 * timeouts. It opens when a call finds the database unavailable (or the
 * local supervisor reports the JVM gone); while open every call fails at
 * once and calls in flight are released; one probe runs in the background
 * every `probeEveryMs`, and the first that answers closes it.
 */
export class CircuitBreaker {
  private cause: unknown = null;
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;
  private readonly inFlight = new Set<(err: DatabaseUnavailableError) => void>();

  constructor(private readonly opts: CircuitBreakerOptions) {}

  get open(): boolean {
    return this.cause !== null;
  }

  /** Throws DatabaseUnavailableError while open. */
  check(): void {
    if (this.cause !== null) throw new DatabaseUnavailableError(this.cause);
  }

  /** Opens (or keeps open) and releases every guarded call with DatabaseUnavailableError. */
  trip(cause: unknown): void {
    if (this.stopped) return;
    const wasOpen = this.open;
    this.cause = cause ?? new Error('the database is unavailable');
    for (const release of [...this.inFlight]) release(new DatabaseUnavailableError(this.cause));
    if (!wasOpen) this.scheduleProbe();
  }

  /** Closes: the database answered. */
  reset(): void {
    this.cause = null;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  /** `work`'s outcome, or DatabaseUnavailableError as soon as the breaker trips. */
  async guard<T>(work: Promise<T>): Promise<T> {
    let release!: (err: DatabaseUnavailableError) => void;
    const tripped = new Promise<never>((_, reject) => {
      release = reject;
    });
    this.inFlight.add(release);
    try {
      return await Promise.race([work, tripped]);
    } finally {
      this.inFlight.delete(release);
      // Abandoned work may still fail later; nobody is waiting for it then.
      work.catch(() => undefined);
    }
  }

  stop(): void {
    this.stopped = true;
    this.reset();
  }

  private scheduleProbe(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => void this.probeOnce(), this.opts.probeEveryMs ?? 1000);
    this.timer.unref();
  }

  private async probeOnce(): Promise<void> {
    this.timer = null;
    if (!this.open || this.stopped) return;
    let timeout: NodeJS.Timeout | undefined;
    try {
      const probe = this.opts.probe();
      probe.catch(() => undefined); // a probe that answers after its timeout must not be an unhandled rejection
      await Promise.race([
        probe,
        new Promise((_, reject) => {
          timeout = setTimeout(() => reject(new Error('probe timed out')), this.opts.probeTimeoutMs ?? 5000);
        }),
      ]);
      this.reset();
    } catch {
      if (this.open && !this.timer) this.scheduleProbe();
    } finally {
      clearTimeout(timeout);
    }
  }
}
