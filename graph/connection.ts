import neo4j, { type Driver, type ManagedTransaction, type QueryResult } from 'neo4j-driver';
import type { GraphConfig } from './config.ts';
import { DatabaseUnavailableError, mapDriverError } from './errors.ts';
import { assertPortFree } from './neo4j/localNeo4j.ts';
import { LocalNeo4jSupervisor } from './neo4j/supervisor.ts';
import type { ProgressFn } from './neo4j/jars.ts';
import { recordsToPlain, type Plain } from './values.ts';

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
 * Every read goes through executeRead and every write through executeWrite, so
 * cluster routing and the driver's retries work the same against Aura.
 */
export class Graph {
  private constructor(
    readonly driver: Driver,
    readonly config: GraphConfig,
    readonly local: LocalNeo4jSupervisor | null,
    readonly uri: string,
  ) {}

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
      maxTransactionRetryTime: 15_000,
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
   * While the local Neo4j is being restarted, fail at once (callers answer
   * "retry later") rather than hold a request through the driver's retries.
   */
  private assertUp(): void {
    if (this.local?.down) throw new DatabaseUnavailableError(new Error('the local Neo4j is restarting'));
  }

  /** Runs `work` in a read transaction with the configured timeout. */
  async read<T>(work: (tx: Tx) => Promise<T>, timeoutMs = this.config.readTimeoutMs): Promise<T> {
    this.assertUp();
    const session = this.driver.session({ database: this.config.database, defaultAccessMode: neo4j.session.READ });
    try {
      return await session.executeRead(work, { timeout: timeoutMs });
    } catch (err) {
      throw mapDriverError(err);
    } finally {
      await session.close();
    }
  }

  /** Runs `work` in one write transaction: all of it commits or none of it does. */
  async write<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    this.assertUp();
    const session = this.driver.session({ database: this.config.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      return await session.executeWrite(work);
    } catch (err) {
      throw mapDriverError(err);
    } finally {
      await session.close();
    }
  }

  /** One read query, rows as plain objects. */
  async readRows<T = Row>(cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
    return this.read(async (tx) => recordsToPlain<T>((await tx.run(cypher, params)).records));
  }

  /** One write query, rows as plain objects. */
  async writeRows<T = Row>(cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
    return this.write(async (tx) => recordsToPlain<T>((await tx.run(cypher, params)).records));
  }

  /** Schema commands (constraints, indexes) cannot run inside managed transactions with data writes. */
  async runSchemaCommand(cypher: string): Promise<QueryResult> {
    const session = this.driver.session({ database: this.config.database });
    try {
      return await session.run(cypher);
    } catch (err) {
      throw mapDriverError(err);
    } finally {
      await session.close();
    }
  }

  async serverVersion(): Promise<string> {
    const info = await this.driver.getServerInfo({ database: this.config.database });
    // agent looks like "Neo4j/5.26.30"
    return info.agent?.split('/')[1] ?? info.agent ?? 'unknown';
  }

  async close(): Promise<void> {
    await this.driver.close();
    await this.local?.stop();
  }
}

async function isPortTaken(port: number): Promise<boolean> {
  try {
    await assertPortFree(port);
    return false;
  } catch {
    return true;
  }
}
