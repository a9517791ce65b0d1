import { startLocalNeo4j, type LocalNeo4j, type LocalNeo4jOptions } from './localNeo4j.ts';

export interface SupervisorOptions extends LocalNeo4jOptions {
  /** one line per restart attempt, for the server log */
  onRestart?: (line: string) => void;
  /** first wait before a restart; doubles per failed attempt up to maxBackoffMs */
  backoffMs?: number;
  maxBackoffMs?: number;
}

/**
 * Keeps the local Neo4j running: if the JVM dies without being asked (crash,
 * OOM, kill -9), it is started again on the same port and data, with backoff.
 * Neo4j replays its transaction log on start, so committed writes survive.
 */
export class LocalNeo4jSupervisor {
  private current: LocalNeo4j;
  private stopped = false;
  private restarting: Promise<void> | null = null;
  private readonly listeners: Array<(down: boolean) => void> = [];
  restarts = 0;

  private constructor(
    first: LocalNeo4j,
    private readonly opts: SupervisorOptions,
  ) {
    this.current = first;
    this.watch(first);
  }

  static async start(opts: SupervisorOptions): Promise<LocalNeo4jSupervisor> {
    return new LocalNeo4jSupervisor(await startLocalNeo4j(opts), opts);
  }

  get uri(): string {
    return this.current.uri;
  }
  get version(): string {
    return this.current.version;
  }
  get pid(): number {
    return this.current.pid;
  }
  /** true while a restart is under way */
  get down(): boolean {
    return this.restarting !== null;
  }
  /** Called with true the moment the JVM is found gone, with false once it is back. */
  onStateChange(listener: (down: boolean) => void): void {
    this.listeners.push(listener);
  }
  /** resolves once the current restart (if any) is over */
  async ready(): Promise<void> {
    await this.restarting;
  }

  private watch(neo: LocalNeo4j): void {
    neo.onUnexpectedExit((code, signal) => {
      if (this.stopped) return;
      this.opts.onRestart?.(`Local Neo4j (pid ${neo.pid}) exited unexpectedly (code ${code}, signal ${signal}); restarting.`);
      this.restarting = this.restartLoop().finally(() => {
        this.restarting = null;
      });
      for (const l of this.listeners) l(true);
    });
  }

  private async restartLoop(): Promise<void> {
    let wait = this.opts.backoffMs ?? 1000;
    const max = this.opts.maxBackoffMs ?? 30_000;
    for (let attempt = 1; !this.stopped; attempt++) {
      await new Promise((r) => setTimeout(r, wait));
      if (this.stopped) return;
      try {
        const next = await startLocalNeo4j({ ...this.opts, progress: undefined });
        if (this.stopped) {
          await next.stop();
          return;
        }
        this.current = next;
        this.restarts += 1;
        this.watch(next);
        this.opts.onRestart?.(`Local Neo4j is back (pid ${next.pid}) after ${attempt} attempt(s).`);
        for (const l of this.listeners) l(false);
        return;
      } catch (err) {
        this.opts.onRestart?.(`Restart attempt ${attempt} failed: ${(err as Error).message}; next try in ${Math.round((wait * 2) / 1000)} s.`);
        wait = Math.min(wait * 2, max);
      }
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.restarting;
    await this.current.stop();
  }
}
