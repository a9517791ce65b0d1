/**
 * `npm start`: starts (or connects to) Neo4j, applies the schema, loads the
 * bundled reports into an empty graph, and serves GraphQL, the explorer and
 * /healthz until Ctrl-C.
 */
import { ensureExplorerBuilt } from '../explorer/index.ts';
import { applyMigrations, Graph, isGraphEmpty, readGraphConfig } from '../graph/index.ts';
import { loadSeedReports } from '../seed/index.ts';
import { readServerConfig } from './config.ts';
import { createLogger } from './logger.ts';
import { startServer } from './server.ts';

const log = createLogger();

async function main(): Promise<void> {
  const graphConfig = readGraphConfig();
  const serverConfig = readServerConfig();
  // built (when missing or stale) while Neo4j starts; without it the API still serves
  const explorer = ensureExplorerBuilt({ log: (line) => log.info(line) }).catch((err: unknown) => {
    log.warn(`Explorer not served: ${(err as Error).message}`);
    return undefined;
  });
  const graph = await Graph.connect(graphConfig, { progress: (line) => log.info(line), onEvent: (line) => log.warn(line) });
  let closing: Promise<void> | null = null;
  const shutdown = (signal: string): Promise<void> => {
    closing ??= (async () => {
      log.info(`${signal}: shutting down`);
      await server?.close().catch((err: unknown) => log.error({ err }, 'HTTP server did not close cleanly'));
      await graph.close();
      log.info('stopped');
    })();
    return closing;
  };
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      void shutdown(signal).then(() => process.exit(0));
    });
  }
  try {
    const migrated = await applyMigrations(graph);
    log.info(`Neo4j ${await graph.serverVersion()} (${graph.mode}) at ${graph.uri}, schema v${migrated.to}`);
    if (serverConfig.seedOnEmpty && (await isGraphEmpty(graph))) {
      log.info(`Empty graph: loading the reports in ${serverConfig.seedDir}`);
      const seeded = await loadSeedReports(graph, serverConfig.seedDir, (line) => log.info(line));
      for (const f of seeded.failed) log.warn(f.message);
      log.info(`Loaded ${seeded.loaded} of ${seeded.files} reports in ${(seeded.ms / 1000).toFixed(1)} s`);
    }
    server = await startServer(graph, serverConfig, log, { explorerDir: await explorer });
    log.info(`EduGraph is up: explorer ${server.url}/ · GraphQL ${server.url}/graphql · health ${server.url}/healthz`);
  } catch (err) {
    await shutdown('startup failure');
    throw err;
  }
}

main().catch((err: unknown) => {
  // Known errors carry a message that says what to do; the stack adds nothing for a user.
  const e = err as Error;
  log.error(e.name && e.name !== 'Error' ? `${e.name}: ${e.message}` : e.message);
  if (process.env.NODE_ENV === 'development' && process.env.DEBUG) log.error(e.stack);
  process.exit(1);
});
