/**
 * `npm run bench [-- --scale small|medium|large]`: every benchmark in order
 * (extraction, loading, API under load, explorer) against a fresh local Neo4j
 * in a temporary directory; `npm run bench:<name>` runs one. Progress goes to
 * stderr; results to bench/results/<date>-<scale>[-<name>].{json,md}.
 * bench:explorer's parts: EDUGRAPH_BENCH_EXPLORER_PARTS (explorerParts below).
 */
import { benchApi } from './apiLoad.ts';
import { Corpus, corpusTruth } from './corpus/index.ts';
import { benchExplorer } from './explorerRender.ts';
import { benchExplorerOverview } from './explorerOverview.ts';
import { benchExtract } from './extract.ts';
import { benchLoad } from './load.ts';
import { judgeTargets, toMarkdown, writeReport, type BenchReport } from './report.ts';
import { startBenchNeo4j, type BenchNeo4j } from './support/benchNeo4j.ts';
import { keptStoreDir, readKeptLoad } from './support/keptLoad.ts';
import { loadCorpus } from './support/loadCorpus.ts';
import { machineInfo } from './support/machine.ts';
import { MemorySampler } from './support/memory.ts';
import { parseOptions, USAGE } from './support/options.ts';
import { progress } from './support/progress.ts';
import { DEFAULT_BATCH_SIZE } from '../graph/index.ts';

const COMMANDS = ['all', 'extract', 'load', 'api', 'explorer'] as const;
type Command = (typeof COMMANDS)[number];

const EXPLORER_PARTS = ['render', 'overview'] as const;
type ExplorerPart = (typeof EXPLORER_PARTS)[number];

/**
 * EDUGRAPH_BENCH_EXPLORER_PARTS=render or =overview narrows bench:explorer to
 * one part: `render` draws synthetic graphs (explorerRender.ts), `overview`
 * loads the corpus into a Neo4j and opens the real explorer on it
 * (explorerOverview.ts). Both by default.
 */
function explorerParts(): ReadonlySet<ExplorerPart> {
  const named = (process.env.EDUGRAPH_BENCH_EXPLORER_PARTS ?? '').split(',').map((x) => x.trim()).filter(Boolean);
  const bad = named.filter((x) => !(EXPLORER_PARTS as readonly string[]).includes(x));
  if (bad.length) throw new Error(`EDUGRAPH_BENCH_EXPLORER_PARTS: unknown part '${bad.join(', ')}' (parts: ${EXPLORER_PARTS.join(', ')})`);
  return new Set(named.length ? (named as ExplorerPart[]) : EXPLORER_PARTS);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const named = (COMMANDS as readonly string[]).includes(args[0] ?? '');
  const command: Command = named ? (args[0] as Command) : 'all';
  const opts = parseOptions(named ? args.slice(1) : args);
  const want = (c: Command): boolean => command === 'all' || command === c;
  const parts = explorerParts();
  // Only the load continues a kept store: the API benchmark and the extraction would measure it again from scratch.
  if (opts.keep && command !== 'load') throw new Error('--keep is for bench:load only');
  progress(`${command === 'all' ? 'bench' : `bench:${command}`} at scale ${opts.scale} (seed ${opts.seed})`);

  const report: BenchReport = {
    date: new Date().toISOString().slice(0, 10),
    command: command === 'all' ? 'bench' : `bench:${command}`,
    scale: opts.scale,
    seed: opts.seed,
    machine: machineInfo(),
    neo4j: null,
    corpus: null,
    extract: null,
    load: null,
    api: null,
    explorer: null,
    explorerOverview: null,
    memory: {},
    targets: [],
  };

  if (want('extract') || want('load') || want('api')) {
    progress('corpus: counting what it states…');
    report.corpus = corpusTruth(new Corpus({ scale: opts.scale, seed: opts.seed }));
  }

  let fromText = null;
  if (want('extract') || (want('load') && opts.scale === 'small')) {
    const mem = new MemorySampler(null, null).start();
    const { result, extractions } = await benchExtract(opts.scale, opts.seed);
    report.memory.extract = await mem.stop();
    if (want('extract')) report.extract = result;
    // small loads what was extracted from text; medium and large load generated Extractions (extraction is timed on a prefix)
    if (opts.scale === 'small') fromText = extractions;
  }

  let neo: BenchNeo4j | null = null;
  try {
    if (want('load') || want('api')) {
      // Read before Neo4j starts: it creates the store, and a store without figures is refused.
      const kept = opts.keep ? readKeptLoad(opts.keep, { scale: opts.scale, seed: opts.seed, batchSize: DEFAULT_BATCH_SIZE }) : null;
      neo = await startBenchNeo4j(opts.scale, opts.keep ? keptStoreDir(opts.keep) : undefined);
      report.neo4j = { version: neo.local.version, heapMiB: neo.heapMiB, pageCacheMiB: neo.pageCacheMiB };
      const mem = new MemorySampler(neo.local.pid, neo.graph).start();
      if (want('load')) {
        report.load = await benchLoad(neo, opts.scale, opts.seed, fromText, { maxMinutes: opts.maxLoadMinutes, keep: opts.keep ? { dir: opts.keep, kept } : null });
      } else {
        await loadCorpus(neo.graph, opts.scale, opts.seed, 'api');
      }
      report.memory.load = await mem.stop();
    }
    if (want('api') && neo) {
      const mem = new MemorySampler(neo.local.pid, neo.graph).start();
      report.api = await benchApi(neo, opts.seed, opts.duration, mem);
      report.memory.api = await mem.stop();
    }
    if (want('explorer') && parts.has('overview')) {
      // on the graph the load or the API benchmark left, when this run has one; else loaded here
      let loaded: { reports: number; seconds: number } | null = null;
      if (!neo) {
        neo = await startBenchNeo4j(opts.scale);
        report.neo4j = { version: neo.local.version, heapMiB: neo.heapMiB, pageCacheMiB: neo.pageCacheMiB };
        const mem = new MemorySampler(neo.local.pid, neo.graph).start();
        loaded = await loadCorpus(neo.graph, opts.scale, opts.seed, 'explorer overview');
        report.memory.load = await mem.stop();
      }
      const mem = new MemorySampler(neo.local.pid, neo.graph).start();
      report.explorerOverview = { ...(await benchExplorerOverview(neo, { screenshot: opts.screenshot })), loaded };
      report.memory.explorerOverview = await mem.stop();
    }
  } finally {
    await neo?.stop();
  }

  if (want('explorer') && parts.has('render')) {
    const mem = new MemorySampler(null, null).start();
    report.explorer = await benchExplorer();
    report.memory.explorer = await mem.stop();
  }

  report.targets = judgeTargets(report);
  if (opts.write) {
    const files = writeReport(report);
    progress(`results: ${files.md} and ${files.json}`);
  }
  process.stdout.write(toMarkdown(report) + '\n');
}

main().catch((err: unknown) => {
  process.stderr.write(`${(err as Error).message}\n${USAGE}\n`);
  process.exit(1);
});
