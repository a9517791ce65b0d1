import { readServerConfig, type ServerConfig } from '../../api/config.ts';
import { createLogger } from '../../api/logger.ts';
import { startServer, type RunningServer } from '../../api/server.ts';
import type { Graph } from '../../graph/index.ts';

/** Admin token the API tests configure (16+ characters, as the config requires). */
export const TEST_ADMIN_TOKEN = 'test-admin-token-0123456789';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  contentType: string | null;
  data?: T | null;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: { code?: string; [k: string]: unknown } }>;
}

export interface TestApi {
  server: RunningServer;
  config: ServerConfig;
  /** POSTs one GraphQL request as a client would (JSON, graphql-response+json accepted). */
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, opts?: { token?: string }): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

/** The real HTTP server on a free port (PORT=0) over the test graph. */
export async function startTestApi(graph: Graph, env: Record<string, string> = {}): Promise<TestApi> {
  const config = readServerConfig({ HOST: '127.0.0.1', PORT: '0', NODE_ENV: 'test', EDUGRAPH_ADMIN_TOKEN: TEST_ADMIN_TOKEN, ...env });
  const server = await startServer(graph, config, createLogger(false));
  return {
    server,
    config,
    async gql(query, variables, opts = {}) {
      const res = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json',
          ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as Omit<GraphQLResponse, 'status' | 'contentType'>;
      return { status: res.status, contentType: res.headers.get('content-type'), ...body } as never;
    },
    close: () => server.close(),
  };
}
