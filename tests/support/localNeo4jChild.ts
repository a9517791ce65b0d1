/**
 * Child process for the "SIGKILL of the parent" test: starts a local Neo4j,
 * prints `JVM <pid>` and waits to be killed.
 */
import { startLocalNeo4j } from '../../graph/index.ts';

const [dataDir, port] = process.argv.slice(2);
const neo = await startLocalNeo4j({
  dataDir: dataDir!,
  boltPort: Number(port),
  heapMiB: 256,
  pageCacheMiB: 64,
  cacheDir: process.env.EDUGRAPH_CACHE_DIR ?? '.cache',
  startTimeoutMs: 120_000,
});
console.log(`JVM ${neo.pid}`);
setInterval(() => {}, 1 << 30);
