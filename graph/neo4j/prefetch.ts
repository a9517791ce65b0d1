/**
 * `npm install` hook: fetch the Neo4j jars and compile the launcher ahead of the
 * first `npm start`. It never fails the install: without Java or Maven (e.g. a
 * machine that will use NEO4J_URI) it says so and exits 0.
 */
import { buildLauncher } from './jars.ts';
import { requireJava } from './java.ts';

const cacheDir = process.env.EDUGRAPH_CACHE_DIR ?? '.cache';
try {
  if (process.env.NEO4J_URI) {
    console.log('[edugraph] NEO4J_URI is set: skipping the local Neo4j prefetch.');
  } else {
    requireJava();
    await buildLauncher(cacheDir, (line) => console.log(`[edugraph] ${line}`));
    console.log('[edugraph] Local Neo4j is ready to start.');
  }
} catch (err) {
  console.warn(`[edugraph] Skipped prefetching the local Neo4j: ${(err as Error).message}`);
}
