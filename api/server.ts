import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { graphHealth, type Graph } from '../graph/index.ts';
import type { ServerConfig } from './config.ts';
import type { ApiContext } from './context.ts';
import type { Logger } from './logger.ts';
import { buildSchema } from './schema.ts';

export interface RunningServer {
  url: string;
  http: Server;
  close(): Promise<void>;
}

export interface ServerOptions {
  /** built explorer (index.html and assets), served at / */
  explorerDir?: string;
}

/** One HTTP server: /healthz, /graphql and (when built) the explorer at /. */
export async function startServer(graph: Graph, config: ServerConfig, log: Logger, options: ServerOptions = {}): Promise<RunningServer> {
  const app = express();
  app.disable('x-powered-by');
  const http = createServer(app);
  const apollo = new ApolloServer<ApiContext>({
    schema: buildSchema(),
    introspection: config.introspection,
    includeStacktraceInErrorResponses: !config.production,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer: http })],
  });
  await apollo.start();

  app.get('/healthz', async (_req, res) => {
    const h = await graphHealth(graph);
    res.status(h.ok ? 200 : 503).json({ status: h.ok ? 'ok' : 'database unavailable', ...h });
  });

  app.use(
    '/graphql',
    express.json({ limit: '25mb' }),
    expressMiddleware(apollo, {
      context: async ({ req: _req }) => ({
        graph,
        config,
        log,
        isAdmin: false,
      }),
    }),
  );

  if (options.explorerDir) {
    app.use(express.static(options.explorerDir, { index: 'index.html', maxAge: '1h' }));
  }

  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(config.port, config.host, () => resolve());
  });
  const { port } = http.address() as AddressInfo;
  const url = `http://${config.host}:${port}`;
  return {
    url,
    http,
    async close() {
      await apollo.stop();
    },
  };
}
