import neo4j, { isRetryableError, type Driver, type ManagedTransaction, type QueryResult, type Record as Neo4jRecord, type Session } from 'neo4j-driver';
import type { GraphConfig } from './config.ts';
import { CircuitBreaker } from './circuitBreaker.ts';
import { DatabaseUnavailableError, mapDriverError } from './errors.ts';
import { assertPortFree } from './neo4j/localNeo4j.ts';
import { LocalNeo4jSupervisor } from './neo4j/supervisor.ts';
import type { ProgressFn } from './neo4j/jars.ts';
import { ReadSlots } from './readSlots.ts';
import { recordsToPlain, type Plain } from './values.ts';

/**
 * How long the driver keeps retrying a transaction after a retryable error:
 * one retry, about a second later. That covers a deadlock or a cluster
 * leader switch; a database that is away is the circuit breaker's business,
 * and callers get "retry later" rather than being held for the driver's
 * default 30 s.
 */
const MAX_TRANSACTION_RETRY_MS = 500;
/**
 * A single-statement read is not a managed transaction (Graph.readStatement),
 * so the driver does not retry it: it is retried here as the driver would
 * retry executeRead under MAX_TRANSACTION_RETRY_MS — once, about a second
 * after a retryable failure.
 */
const READ_RETRY_DELAY_MS = 1_000;
/** A host that does not answer (firewalled, down) is given up on after this, not the driver's default 30 s. */
const CONNECTION_TIMEOUT_MS = 5_000;

export type Tx = ManagedTransaction;
export type Row = Record<string, Plain>;

export interface ConnectOptions {
  progress?: ProgressFn;
  /** notable events worth a log line (local Neo4j restarts) */
  onEvent?: (line: string) => void;
  /**
   * Command-line tools set this: when the local Neo4j is already running
   * (`npm start` in another terminal), use it instead of failing on the lock.
   */
  attachToRunningLocal?: boolean;
}

/**
 * The one owner of the driver (and, in zero-setup mode, of the local Neo4j JVM).
 * Every read goes through executeRead or, one statement alone, readStatement
 * (which retries as executeRead would), and every write through executeWrite,
 * so cluster routing and retries work the same against Aura.
 */
export class Graph {
  /** open while the database is known to be away: calls fail at once */
  readonly breaker: CircuitBreaker;
  readonly readSlots: ReadSlots;
  /**
   * Shared by every session this process opens: a read sees what this
   * process committed before it, on a cluster too (a follower waits for the
   * write), not only on the single local server.
   */
  readonly bookmarks = neo4j.bookmarkManager();

  private constructor(
    readonly driver: Driver,
    readonly config: GraphConfig,
    readonly local: LocalNeo4jSupervisor | null,
    readonly uri: string,
  ) {
    this.readSlots = new ReadSlots(config.maxConcurrentReads, config.readsWhileWriting);
    this.breaker = new CircuitBreaker({
      probe: async () => {
        if (this.local?.down) throw new Error('the local Neo4j is restarting');
        await this.driver.getServerInfo({ database: this.config.database });
      },
    });
    local?.onStateChange((down) => (down ? this.breaker.trip(new Error('the local Neo4j is restarting')) : this.breaker.reset()));
  }

  static async connect(config: GraphConfig, opts: ConnectOptions = {}): Promise<Graph> {
    let local: LocalNeo4jSupervisor | null = null;
    let uri = config.uri;
    if (!uri && opts.attachToRunningLocal && (await isPortTaken(config.boltPort))) {
      uri = `bolt://127.0.0.1:${config.boltPort}`;
      opts.progress?.(`Using the Neo4j already running at ${uri}.`);
    }
    if (!uri) {
      local = await LocalNeo4jSupervisor.start({
        dataDir: config.dataDir,
        boltPort: config.boltPort,
        heapMiB: config.heapMiB,
        pageCacheMiB: config.pageCacheMiB,
        cacheDir: config.cacheDir,
        startTimeoutMs: config.startTimeoutMs,
        progress: opts.progress,
        onRestart: opts.onEvent,
      });
      uri = local.uri;
    }
    // The local Neo4j runs with auth off (loopback only) and ignores credentials.
    const auth = neo4j.auth.basic(config.user, config.password);
    const driver = neo4j.driver(uri, auth, {
      maxConnectionPoolSize: 64,
      connectionAcquisitionTimeout: 10_000,
      maxTransactionRetryTime: MAX_TRANSACTION_RETRY_MS,
      connectionTimeout: CONNECTION_TIMEOUT_MS,
      disableLosslessIntegers: false,
      userAgent: 'edugraph/0.1',
    });
    const graph = new Graph(driver, config, local, uri);
    try {
      await driver.verifyConnectivity({ database: config.database });
    } catch (err) {
      await graph.close();
      throw mapDriverError(err);
    }
    return graph;
  }

  get mode(): 'local' | 'external' {
    return this.local ? 'local' : 'external';
  }

  /**
   * While the database is known to be away (the local Neo4j restarting, an
   * external one found unreachable), fail at once: callers answer "retry later".
   */
  private assertUp(): void {
    if (this.local?.down) throw new DatabaseUnavailableError(new Error('the local Neo4j is restarting'));
    this.breaker.check();
  }

  /** The domain error for `err`; one that says the database is away opens the breaker. */
  private failure(err: unknown): unknown {
    const mapped = mapDriverError(err);
    if (mapped instanceof DatabaseUnavailableError) this.breaker.trip(mapped.cause);
    return mapped;
  }

  /**
   * Runs `work` in a read transaction with the configured timeout, once one of
   * the read slots is free (time spent waiting counts against `timeoutMs`).
   * A read in flight when the database goes away is released at once.
   */
  async read<T>(work: (tx: Tx) => Promise<T>, timeoutMs = this.config.readTimeoutMs): Promise<T> {
    this.assertUp();
    const queued = Date.now();
    const release = await this.readSlots.acquire(timeoutMs);
    let session: Session | undefined;
    try {
      this.assertUp();
      session = this.driver.session({ database: this.config.database, defaultAccessMode: neo4j.session.READ, bookmarkManager: this.bookmarks });
      const left = Math.max(1, timeoutMs - (Date.now() - queued));
      return await this.breaker.guard(session.executeRead(work, { timeout: left }));
    } catch (err) {
      throw err instanceof DatabaseUnavailableError ? err : this.failure(err);
    } finally {
      release();
      // Not awaited: a session whose database vanished can take a connection timeout to close.
      void session?.close().catch(() => undefined);
    }
  }

  /**
   * One read statement, as an auto-commit transaction: RUN and PULL go out
   * together and the answer comes back in one round trip, where
   * executeRead first waits for BEGIN's answer and ends with COMMIT's, three
   * round trips (bench/README.md, "One round trip per read"). The same
   * admission, time budget and breaker as read(). The driver retries only
   * managed transactions, so a retryable failure (a dropped connection, a
   * leader switch, a transient database error) is retried here: once,
   * READ_RETRY_DELAY_MS later, and only while the budget leaves room for it.
   * For reads alone: re-running a write that failed after it committed would
   * apply it twice.
   */
  async readStatement(cypher: string, params: Record<string, unknown> = {}, timeoutMs = this.config.readTimeoutMs): Promise<Neo4jRecord[]> {
    this.assertUp();
    const deadline = Date.now() + timeoutMs;
    const release = await this.readSlots.acquire(timeoutMs);
    try {
      this.assertUp();
      return await this.breaker.guard(this.runWithRetry(cypher, params, deadline));
    } catch (err) {
      throw err instanceof DatabaseUnavailableError ? err : this.failure(err);
    } finally {
      release();
    }
  }

  private async runWithRetry(cypher: string, params: Record<string, unknown>, deadline: number): Promise<Neo4jRecord[]> {
    for (let attempt = 1; ; attempt++) {
      const session = this.driver.session({ database: this.config.database, defaultAccessMode: neo4j.session.READ, bookmarkManager: this.bookmarks });
      try {
        return (await runWithoutStack(session, cypher, params, Math.max(1, deadline - Date.now()))).records;
      } catch (err) {
        if (attempt > 1 || !isRetryableError(err) || deadline - Date.now() <= READ_RETRY_DELAY_MS) throw withCallerStack(err);
      } finally {
        // Not awaited, as in read(): the records are in, and a dead connection can take a timeout to close.
        void session.close().catch(() => undefined);
      }
      await new Promise((resolve) => setTimeout(resolve, READ_RETRY_DELAY_MS));
      // The breaker may have opened meanwhile (the caller was released then): no attempt against a database known to be away.
      this.assertUp();
    }
  }

  /**
   * Runs `work` in one write transaction: all of it commits or none of it does.
   * Writes are not released early like reads: a commit under way is left to
   * finish or fail on its own (the driver's retries are short). `timeoutMs`
   * replaces the database's transaction timeout for this one.
   */
  async write<T>(work: (tx: Tx) => Promise<T>, timeoutMs?: number): Promise<T> {
    this.assertUp();
    // While it runs, fewer reads are let into the database (readSlots.ts), so the write is not starved.
    const written = this.readSlots.writing();
    const session = this.driver.session({ database: this.config.database, defaultAccessMode: neo4j.session.WRITE, bookmarkManager: this.bookmarks });
    try {
      return await session.executeWrite(work, timeoutMs === undefined ? undefined : { timeout: timeoutMs });
    } catch (err) {
      throw this.failure(err);
    } finally {
      written();
      await session.close().catch(() => undefined);
    }
  }

  /** One read query, rows as plain objects. */
  async readRows<T = Row>(cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
    return recordsToPlain<T>(await this.readStatement(cypher, params));
  }

  /** One write query, rows as plain objects. */
  async writeRows<T = Row>(cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
    return this.write(async (tx) => recordsToPlain<T>((await tx.run(cypher, params)).records));
  }

  /** Schema commands (constraints, indexes) cannot run inside managed transactions with data writes. */
  async runSchemaCommand(cypher: string): Promise<QueryResult> {
    this.assertUp();
    const session = this.driver.session({ database: this.config.database, bookmarkManager: this.bookmarks });
    try {
      return await session.run(cypher);
    } catch (err) {
      throw this.failure(err);
    } finally {
      await session.close();
    }
  }

  async serverVersion(): Promise<string> {
    this.assertUp();
    const info = await this.driver.getServerInfo({ database: this.config.database }).catch((err: unknown) => {
      throw this.failure(err);
    });
    // agent looks like "Neo4j/5.26.30"
    return info.agent?.split('/')[1] ?? info.agent ?? 'unknown';
  }

  async close(): Promise<void> {
    this.breaker.stop();
    await this.driver.close();
    await this.local?.stop();
  }
}

/**
 * session.run, without the call stack the driver captures for every result
 * to put on its error should one come: formatting that stack, through
 * tsx's source maps, cost 0.2–0.25 ms of CPU per request, a tenth of a
 * small answer's (bench/README.md, "One round trip per read").
 * withCallerStack puts the caller's frames on the error when there is one.
 * Error.stackTraceLimit is restored before anything else can run:
 * session.run is synchronous.
 */
function runWithoutStack(session: Session, cypher: string, params: Record<string, unknown>, timeoutMs: number): ReturnType<Session['run']> {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return session.run(cypher, params, { timeout: timeoutMs });
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** A failed read's error with the stack of whoever awaited the read (the async frames up to the resolver), captured only now. */
function withCallerStack(err: unknown): unknown {
  if (err instanceof Error) {
    const here = new Error().stack?.split('\n').slice(2).join('\n');
    if (here) err.stack = `${err.name}: ${err.message}\n${here}`;
  }
  return err;
}

async function isPortTaken(port: number): Promise<boolean> {
  try {
    await assertPortFree(port);
    return false;
  } catch {
    return true;
  }
}
