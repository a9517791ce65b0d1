/**
 * One API under test, in its own process so its RSS is its own and it does
 * not share an event loop with the load generator:
 *   tsx bench/api/serve.ts edugraph|raw|neo4j-graphql NEO4J_URI
 * prints `READY <base url>` and serves until its stdin closes.
 */
import neo4j from 'neo4j-driver';
import { createLogger } from '../../api/logger.ts';
import { readServerConfig } from '../../api/config.ts';
import { startServer } from '../../api/server.ts';
import { Graph, readGraphConfig } from '../../graph/index.ts';
import { startNeo4jGraphqlServer } from '../baselines/neo4jGraphqlServer.ts';
import { startRawCypherServer } from '../baselines/rawCypherServer.ts';
import { freePort } from '../support/benchNeo4j.ts';

async function main(): Promise<void> {
  const [target, uri] = process.argv.slice(2);
  if (!target || !uri) throw new Error('usage: serve.ts edugraph|raw|neo4j-graphql NEO4J_URI');
  const port = await freePort();
  let stop: () => Promise<void>;
  let url: string;
  if (target === 'edugraph') {
    const graph = await Graph.connect(readGraphConfig({ ...process.env, NEO4J_URI: uri }));
    const config = readServerConfig({ ...process.env, PORT: String(port), HOST: '127.0.0.1', NODE_ENV: 'production', EDUGRAPH_SEED_ON_EMPTY: 'false' });
    const server = await startServer(graph, config, createLogger(true), {});
    url = `${server.url}/graphql`;
    stop = async () => {
      await server.close();
      await graph.close();
    };
  } else {
    const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', ''), { maxConnectionPoolSize: 64 });
    if (target === 'raw') {
      const server = await startRawCypherServer(driver, port);
      url = `http://127.0.0.1:${port}`;
      stop = async () => {
        await new Promise((r) => server.close(r));
        await driver.close();
      };
    } else if (target === 'neo4j-graphql') {
      const s = await startNeo4jGraphqlServer(driver, port);
      url = s.url.replace(/\/$/, '');
      stop = async () => {
        await s.stop();
        await driver.close();
      };
    } else throw new Error(`unknown target ${target}`);
  }
  process.stdout.write(`READY ${url}\n`);
  process.stdin.resume();
  process.stdin.on('end', () => void stop().then(() => process.exit(0)));
}

main().catch((err: unknown) => {
  process.stderr.write(`${(err as Error).stack ?? String(err)}\n`);
  process.exit(1);
});
