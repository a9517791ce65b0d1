import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { graphHealth, type Graph } from '../graph/index.ts';
import { armor, ARMOR_LIMITS } from './armor.ts';
import { authenticate, requireReadAccess } from './auth.ts';
import type { ServerConfig } from './config.ts';
import { compiledExecutionGateway } from './compiledExecution.ts';
import { compressedAnswers } from './compressedAnswers.ts';
import { createContext, type ApiContext } from './context.ts';
import { costExtension, costLimitRule } from './cost.ts';
import { createFormatError } from './errors.ts';
import { neighborhoodExportRoute } from './export/index.ts';
import { graphiqlPage } from './graphiql.ts';
import { graphqlFastPath } from './graphqlFastPath.ts';
import { builtFileOptions, precompressedStatic } from './precompressed.ts';
import { answersLegacyJson, legacyJsonStatus } from './legacyJson.ts';
import { clientKey, corsPolicy, ideSecurityHeaders, requestErrors, securityHeaderList, securityHeaders, signInLimiter, writeRateLimit } from './security.ts';
import type { Logger } from './logger.ts';
import { buildSchema } from './schema.ts';
import { schemaFile } from './schemaFile.ts';

export interface RunningServer {
  url: string;
  http: Server;
  close(): Promise<void>;
}

export interface ServerOptions {
  /** built explorer (index.html, graphiql.html and assets), served at /; default explorer/dist when it exists */
  explorerDir?: string;
}

/** Where `vite build` puts the explorer (and the GraphQL IDE page). */
export const DEFAULT_EXPLORER_DIR = fileURLToPath(new URL('../explorer/dist', import.meta.url));

/** Largest request body: a report for ingestReport (2M characters, JSON-escaped) fits. */
const MAX_BODY = '8mb';
const MAX_BODY_BYTES = 8 * 1024 * 1024;

/** One HTTP server: /healthz, /graphql (API, and the GraphQL IDE for browsers) and (when built) the explorer at /. */
export async function startServer(graph: Graph, config: ServerConfig, log: Logger, options: ServerOptions = {}): Promise<RunningServer> {
  const explorerDir = options.explorerDir ?? (existsSync(DEFAULT_EXPLORER_DIR) ? DEFAULT_EXPLORER_DIR : undefined);
  const app = express();
  app.disable('x-powered-by');
  // Express hashes every body it sends for an ETag; answers to GraphQL POSTs and
  // /healthz are never revalidated, and express.static sets its own.
  app.set('etag', false);
  // CSP (own origin only, no inline script), nosniff, no framing… on every response.
  const headers = securityHeaderList();
  app.use(securityHeaders(headers));
  // A script's POST /graphql skips Express (graphqlFastPath.ts); the listener is set once Apollo has started.
  let listener: (req: IncomingMessage, res: ServerResponse) => void = app;
  const http = createServer((req, res) => listener(req, res));
  const protection = armor(config.production);
  const apollo = new ApolloServer<ApiContext>({
    // Apollo parses, validates and caches documents; a query runs compiled (compiledExecution.ts).
    gateway: compiledExecutionGateway(buildSchema()),
    introspection: config.introspection,
    includeStacktraceInErrorResponses: config.development,
    formatError: createFormatError({ development: config.development, log }),
    // Browsers get a Content-Type that needs a preflight for anything but a
    // plain GET; Apollo refuses "simple" requests without it (CSRF).
    csrfPrevention: true,
    allowBatchedHttpRequests: protection.allowBatchedHttpRequests,
    validationRules: [...protection.validationRules, costLimitRule(ARMOR_LIMITS.maxCost)],
    // graphql-js stops parsing past this many tokens: a GRAPHQL_PARSE_FAILED (400) before any work.
    parseOptions: { maxTokens: ARMOR_LIMITS.maxTokens },
    plugins: [
      // graphql-armor types its plugins for any context; they never read ours.
      ...(protection.plugins as unknown as ApolloServerPlugin<ApiContext>[]),
      ApolloServerPluginDrainHttpServer({ httpServer: http }),
      writeRateLimit<ApiContext>(config),
      costExtension<ApiContext>(ARMOR_LIMITS.maxCost),
      // A bad document is 200, not 400, in an application/json answer, as GraphQL over HTTP asks (legacyJson.ts).
      legacyJsonStatus<ApiContext>(),
      // The default landing page loads Apollo Sandbox from a CDN; ours is bundled (graphiql.ts).
      ApolloServerPluginLandingPageDisabled(),
      // No HTTP caching of GraphQL answers (the graph changes with every
      // ingest), and computing cache hints wraps every field resolver.
      ApolloServerPluginCacheControlDisabled(),
    ],
    logger: {
      debug: (m: string) => log.debug(m),
      info: (m: string) => log.info(m),
      warn: (m: string) => log.warn(m),
      error: (m: string) => log.error(m),
    },
  });
  await apollo.start();

  const signIns = signInLimiter(config);
  // Every request that reads the graph signs in first; with EDUGRAPH_READ_ACCESS=token, one that cannot is refused here.
  const signIn = async (req: IncomingMessage) => {
    const client = clientKey(req);
    const auth = await authenticate(req.headers, client, { graph, config, signIns });
    requireReadAccess(auth, config);
    return { auth, client };
  };
  // The GraphQL context, for the Express route and the fast path alike.
  const graphqlContext = async (req: IncomingMessage): Promise<ApiContext> => {
    const { auth, client } = await signIn(req);
    return Object.assign(createContext(graph, config, log, auth), { clientKey: client, answersLegacyJson: () => answersLegacyJson(req) });
  };

  app.get('/healthz', async (_req, res) => {
    const h = await graphHealth(graph);
    res.status(h.ok ? 200 : 503).json({ status: h.ok ? 'ok' : 'database unavailable', ...h });
  });

  app.get('/schema.graphql', corsPolicy(config), schemaFile(config.introspection));

  // The neighbourhood of an entity as a GraphML, GEXF or Cytoscape.js file, for scripts (api/export/).
  app.get('/export/neighborhood', corsPolicy(config), neighborhoodExportRoute(graph, config, log, async (req) => (await signIn(req)).auth));

  // after the IDE's page, which is served precompressed
  const compress = compressedAnswers();
  app.use(
    '/graphql',
    corsPolicy(config),
    ideSecurityHeaders(),
    graphiqlPage(explorerDir),
    compress,
    express.json({ limit: MAX_BODY }),
    expressMiddleware(apollo, { context: async ({ req }) => graphqlContext(req) }),
  );

  if (explorerDir) {
    app.use(precompressedStatic(explorerDir), express.static(explorerDir, builtFileOptions(explorerDir)));
  }
  app.use(requestErrors(MAX_BODY, log));
  listener = graphqlFastPath({ apollo, context: graphqlContext, headers, compress, maxBodyBytes: MAX_BODY_BYTES, maxBody: MAX_BODY, log }, app);

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
