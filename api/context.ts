import { QueryTimeoutError, type Graph, type ReadOptions } from '../graph/index.ts';
import type { Auth, Viewer } from './auth.ts';
import type { ServerConfig } from './config.ts';
import { createLoaders, type Loaders } from './loaders.ts';
import type { Logger } from './logger.ts';

/** What every resolver receives; one per request. */
export interface ApiContext {
  graph: Graph;
  config: ServerConfig;
  log: Logger;
  /** what the Authorization header proved; writes check it with requireRole */
  auth: Auth;
  /** the signed-in account (or the bootstrap admin); null when anonymous or the token is nobody's */
  viewer: Viewer | null;
  /** per-request batching and caching of node and relationship reads */
  loaders: Loaders;
  /** read options with what is left of the request's time budget; throws once it is spent */
  read(): ReadOptions;
}

export function createContext(graph: Graph, config: ServerConfig, log: Logger, auth: Auth, now: () => number = Date.now): ApiContext {
  const deadline = now() + config.requestTimeoutMs;
  const read = (): ReadOptions => {
    const left = deadline - now();
    if (left <= 0) throw new QueryTimeoutError();
    return { timeoutMs: Math.min(left, graph.config.readTimeoutMs) };
  };
  return { graph, config, log, auth, viewer: typeof auth === 'string' ? null : auth, read, loaders: createLoaders(graph, read) };
}
