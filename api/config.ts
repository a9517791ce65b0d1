import { z } from 'zod';
import { ConfigError, formatIssues } from '../graph/index.ts';

/** HTTP side of the configuration; read once at start. */
export interface ServerConfig {
  host: string;
  port: number;
  production: boolean;
  /** NODE_ENV=development: stack traces and internal messages reach clients (never in test or production) */
  development: boolean;
  /** the bootstrap admin's token; null: only accounts (npm run accounts) can sign in */
  adminToken: string | null;
  /** public: anyone may read; token: every GraphQL request and export needs a reader's (or higher) token */
  readAccess: 'public' | 'token';
  /** sign-ins with a bad token one client (IP address) may make per 15 minutes before it is refused for the rest of them */
  signInFailureLimit: number;
  /** allowed cross-origin callers; empty means same origin only */
  corsOrigins: string[];
  introspection: boolean;
  /** load seed/reports when the graph is empty */
  seedOnEmpty: boolean;
  seedDir: string;
  /** budget of one GraphQL request; every database read gets what is left of it */
  requestTimeoutMs: number;
  /** GraphQL mutations one client (IP address) may send per minute */
  writeLimitPerMinute: number;
}

const schema = z.object({
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  EDUGRAPH_ADMIN_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  EDUGRAPH_READ_ACCESS: z.enum(['public', 'token']).default('public'),
  EDUGRAPH_SIGNIN_FAILURE_LIMIT: z.coerce.number().int().min(1).max(10_000).default(10),
  EDUGRAPH_CORS_ORIGINS: z.string().default(''),
  EDUGRAPH_INTROSPECTION: z.enum(['true', 'false']).optional(),
  EDUGRAPH_SEED_ON_EMPTY: z.enum(['true', 'false']).default('true'),
  EDUGRAPH_SEED_DIR: z.string().min(1).default('seed/reports'),
  EDUGRAPH_REQUEST_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(20_000),
  EDUGRAPH_WRITE_LIMIT: z.coerce.number().int().min(1).max(100_000).default(60),
});

export function readServerConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const parsed = schema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
  if (!parsed.success) throw new ConfigError(formatIssues(parsed.error));
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  return {
    host: e.HOST,
    port: e.PORT,
    production,
    development: e.NODE_ENV === 'development',
    adminToken: e.EDUGRAPH_ADMIN_TOKEN ?? null,
    readAccess: e.EDUGRAPH_READ_ACCESS,
    signInFailureLimit: e.EDUGRAPH_SIGNIN_FAILURE_LIMIT,
    corsOrigins: e.EDUGRAPH_CORS_ORIGINS.split(',').map((s) => s.trim()).filter(Boolean),
    introspection: e.EDUGRAPH_INTROSPECTION ? e.EDUGRAPH_INTROSPECTION === 'true' : !production,
    seedOnEmpty: e.EDUGRAPH_SEED_ON_EMPTY === 'true',
    seedDir: e.EDUGRAPH_SEED_DIR,
    requestTimeoutMs: e.EDUGRAPH_REQUEST_TIMEOUT_MS,
    writeLimitPerMinute: e.EDUGRAPH_WRITE_LIMIT,
  };
}
