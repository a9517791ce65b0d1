import { availableParallelism } from 'node:os';
import { z } from 'zod';

/** Where the graph lives; read once at start from the environment. */
export interface GraphConfig {
  /** null: run the project-managed local Neo4j */
  uri: string | null;
  user: string;
  password: string;
  database: string | undefined;
  dataDir: string;
  cacheDir: string;
  boltPort: number;
  heapMiB: number;
  pageCacheMiB: number;
  startTimeoutMs: number;
  /** server-side timeout of every read transaction */
  readTimeoutMs: number;
  /** read transactions in the database at once; more wait their turn (see readSlots.ts) */
  maxConcurrentReads: number;
  /** the same while a write transaction runs, so writes are not starved by a crowd of reads */
  readsWhileWriting: number;
}

const port = z.coerce.number().int().min(1).max(65535);
const mib = z.coerce.number().int().min(64).max(16384);

const schema = z.object({
  NEO4J_URI: z
    .string()
    .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/.+/, 'must look like bolt://host:7687, neo4j://host or neo4j+s://host')
    .optional(),
  NEO4J_USER: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().default(''),
  NEO4J_DATABASE: z.string().min(1).optional(),
  DATA_DIR: z.string().min(1).default('.data'),
  EDUGRAPH_CACHE_DIR: z.string().min(1).default('.cache'),
  NEO4J_BOLT_PORT: port.default(7687),
  NEO4J_HEAP_MB: mib.default(512),
  NEO4J_PAGECACHE_MB: mib.default(256),
  NEO4J_START_TIMEOUT_MS: z.coerce.number().int().min(1000).default(120_000),
  NEO4J_READ_TIMEOUT_MS: z.coerce.number().int().min(100).default(15_000),
  // Below the driver's pool of 64 connections, so writes and health checks always find one.
  NEO4J_MAX_CONCURRENT_READS: z.coerce.number().int().min(1).max(1000).default(32),
  // Twice the cores keeps the CPU busy while one query waits on another round trip.
  NEO4J_READS_WHILE_WRITING: z.coerce.number().int().min(1).max(1000).default(Math.max(4, 2 * availableParallelism())),
});

/** Raised for a bad environment variable; the message names the variable. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Validates the Neo4j part of the environment; throws ConfigError naming each bad variable. */
export function readGraphConfig(env: NodeJS.ProcessEnv = process.env): GraphConfig {
  const parsed = schema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
  if (!parsed.success) {
    throw new ConfigError(formatIssues(parsed.error));
  }
  const e = parsed.data;
  return {
    uri: e.NEO4J_URI ?? null,
    user: e.NEO4J_USER,
    password: e.NEO4J_PASSWORD,
    database: e.NEO4J_DATABASE,
    dataDir: e.DATA_DIR,
    cacheDir: e.EDUGRAPH_CACHE_DIR,
    boltPort: e.NEO4J_BOLT_PORT,
    heapMiB: e.NEO4J_HEAP_MB,
    pageCacheMiB: e.NEO4J_PAGECACHE_MB,
    startTimeoutMs: e.NEO4J_START_TIMEOUT_MS,
    readTimeoutMs: e.NEO4J_READ_TIMEOUT_MS,
    maxConcurrentReads: e.NEO4J_MAX_CONCURRENT_READS,
    readsWhileWriting: Math.min(e.NEO4J_READS_WHILE_WRITING, e.NEO4J_MAX_CONCURRENT_READS),
  };
}

/** "PORT: must be ≤ 65535 (got '99999')" — one line per bad variable. */
export function formatIssues(error: z.ZodError): string {
  return error.issues
    .map((i) => `Invalid environment variable ${String(i.path[0])}: ${i.message}`)
    .join('\n');
}
