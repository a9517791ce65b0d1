import type { Graph } from '../graph/index.ts';
import type { ServerConfig } from './config.ts';
import type { Logger } from './logger.ts';

/** What every resolver receives; one per request. */
export interface ApiContext {
  graph: Graph;
  config: ServerConfig;
  log: Logger;
  /** true when the request carried the configured admin bearer token */
  isAdmin: boolean;
}
