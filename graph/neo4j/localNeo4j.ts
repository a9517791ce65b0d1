import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { buildLauncher, type ProgressFn } from './jars.ts';
import { LocalNeo4jError, requireJava } from './java.ts';

export interface LocalNeo4jOptions {
  dataDir: string; // the store lives in <dataDir>/neo4j
  boltPort: number; // bound on 127.0.0.1 only
  heapMiB: number; // JVM -Xms/-Xmx
  pageCacheMiB: number; // server.memory.pagecache.size
  cacheDir: string; // resolved classpath + compiled launcher
  startTimeoutMs: number; // READY must arrive within this
  progress?: ProgressFn; // human-readable start-up steps
  javaBin?: string; // for tests of the "no Java" path
}

export interface LocalNeo4j {
  uri: string;
  version: string;
  pid: number;
  /** Resolves when the JVM has exited; clean shutdown first, then signals. */
  stop(): Promise<void>;
  /** Called once if the JVM exits without stop() (crash, OOM, kill -9). */
  onUnexpectedExit(listener: (code: number | null, signal: NodeJS.Signals | null) => void): void;
}

/** Rejects with PORT_IN_USE when something already listens on 127.0.0.1:port. */
export function assertPortFree(port: number): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const probe = createServer();
    probe.once('error', (err: NodeJS.ErrnoException) => {
      reject(
        err.code === 'EADDRINUSE'
          ? new LocalNeo4jError(
              `Port ${port} on 127.0.0.1 is already in use (another Neo4j?): set NEO4J_BOLT_PORT to a free port, stop the other process, or set NEO4J_URI to use that server.`,
              'PORT_IN_USE',
            )
          : err,
      );
    });
    probe.listen({ host: '127.0.0.1', port, exclusive: true }, () => probe.close(() => resolvePromise()));
  });
}

/** Starts Neo4j Community embedded in a child JVM that cannot outlive this process. */
export async function startLocalNeo4j(opts: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const progress = opts.progress ?? (() => {});
  const java = requireJava(opts.javaBin);
  await assertPortFree(opts.boltPort);
  const { classpath } = await buildLauncher(opts.cacheDir, progress);
  const home = resolve(opts.dataDir, 'neo4j');
  mkdirSync(home, { recursive: true });

  progress(`Starting Neo4j on 127.0.0.1:${opts.boltPort} (data: ${home}, heap ${opts.heapMiB} MiB, page cache ${opts.pageCacheMiB} MiB)…`);
  const child = spawn(
    java.bin,
    [
      `-Xms${opts.heapMiB}m`,
      `-Xmx${opts.heapMiB}m`,
      '-XX:+UseG1GC',
      '-XX:+ExitOnOutOfMemoryError',
      '-Dfile.encoding=UTF-8',
      '-cp',
      classpath,
      'Launcher',
      home,
      String(opts.boltPort),
      String(opts.pageCacheMiB),
    ],
    // stdin stays an open pipe: its EOF is how the JVM learns we are gone.
    // Its own process group: Ctrl-C in a terminal reaches only us, so a CLI
    // can finish the transaction in flight before it stops Neo4j itself.
    { stdio: ['pipe', 'pipe', 'pipe'], detached: true },
  );

  const stderrTail: string[] = [];
  createInterface({ input: child.stderr! }).on('line', (line) => {
    stderrTail.push(line);
    if (stderrTail.length > 30) stderrTail.shift();
  });

  const version = await waitForReady(child, opts, home, stderrTail);

  let stopping = false;
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  const unexpected: Array<(code: number | null, signal: NodeJS.Signals | null) => void> = [];
  child.once('exit', (code, signal) => {
    if (!stopping) for (const l of unexpected) l(code, signal);
  });

  return {
    uri: `bolt://127.0.0.1:${opts.boltPort}`,
    version,
    pid: child.pid!,
    onUnexpectedExit: (l) => unexpected.push(l),
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      stopping = true;
      child.stdin!.end(); // the launcher shuts Neo4j down cleanly on EOF
      if (await within(exited, 30_000)) return;
      child.kill('SIGTERM'); // shutdown hook: still a clean store
      if (await within(exited, 15_000)) return;
      child.kill('SIGKILL');
      await exited;
    },
  };
}

function waitForReady(child: ChildProcess, opts: LocalNeo4jOptions, home: string, stderrTail: string[]): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const fail = (err: LocalNeo4jError): void => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(err);
    };
    const timer = setTimeout(() => {
      fail(
        new LocalNeo4jError(
          `Neo4j did not become ready within ${Math.round(opts.startTimeoutMs / 1000)} s; see ${home}/logs/debug.log, raise NEO4J_START_TIMEOUT_MS, or set NEO4J_URI.`,
          'START_TIMEOUT',
        ),
      );
    }, opts.startTimeoutMs);
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      if (line.startsWith('READY ')) {
        clearTimeout(timer);
        resolvePromise(line.slice(6).trim());
      } else if (line.startsWith('ERROR ')) {
        const [, kind = 'OTHER', ...rest] = line.split(' ');
        const detail = rest.join(' ');
        if (kind === 'LOCKED')
          fail(
            new LocalNeo4jError(
              `The data directory ${home} is locked by another Neo4j instance: stop the other EduGraph, or set DATA_DIR to another folder. (${detail})`,
              'DATA_LOCKED',
            ),
          );
        else if (kind === 'PORT')
          fail(
            new LocalNeo4jError(
              `Port ${opts.boltPort} on 127.0.0.1 is already in use: set NEO4J_BOLT_PORT to a free port or set NEO4J_URI. (${detail})`,
              'PORT_IN_USE',
            ),
          );
        else fail(new LocalNeo4jError(`Neo4j failed to start: ${detail}`, 'START_FAILED'));
      }
    });
    child.once('exit', (code, signal) => {
      fail(
        new LocalNeo4jError(
          `Neo4j exited during start-up (code ${code}, signal ${signal}). Last output:\n${stderrTail.join('\n')}`,
          'START_FAILED',
        ),
      );
    });
    child.once('error', (err) => fail(new LocalNeo4jError(`Could not run Java: ${err.message}`, 'START_FAILED')));
  });
}

function within(p: Promise<void>, ms: number): Promise<boolean> {
  return new Promise((r) => {
    const t = setTimeout(() => r(false), ms);
    void p.then(() => {
      clearTimeout(t);
      r(true);
    });
  });
}
