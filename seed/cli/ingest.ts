/**
 * `npm run ingest -- PATH…`: loads report files and folders into the graph
 * (the local Neo4j unless NEO4J_URI names another), a batch of reports per
 * transaction (--batch-size), with progress per file and a summary per label. `--remove REPORT_ID`
 * retracts reports. Exit status 1 when any file or removal failed.
 */
import { Command, Option } from 'commander';
import cliProgress from 'cli-progress';
import { applyMigrations, commandLineActor, DEFAULT_BATCH_SIZE, ENTITY_LABELS, Graph, readGraphConfig, removeReport, type LoadResult } from '../../graph/index.ts';
import { ingestPaths, type IngestProgress, type IngestSummary } from '../index.ts';
import { DEFAULT_MAX_REPORT_BYTES, type Language } from '../index.ts';

interface Options {
  remove?: string[];
  maxBytes: string;
  retries: string;
  batchSize: string;
  language?: Language;
}

const program = new Command()
  .name('ingest')
  .description('Load event reports into the EduGraph knowledge graph.')
  .argument('[paths...]', 'report files or folders (.txt .md .markdown .html .htm)')
  .option('--remove <reportId...>', 'retract reports by id (report:<hash>) instead of, or before, loading')
  .option('--max-bytes <n>', 'refuse report files larger than this', String(DEFAULT_MAX_REPORT_BYTES))
  .option('--retries <n>', 'times to retry a batch while the database is unavailable (backoff 1 s, doubling)', '6')
  .option('--batch-size <n>', 'reports per write transaction (a batch that fails is retried one report at a time)', String(DEFAULT_BATCH_SIZE))
  .addOption(new Option('--language <code>', 'read every report as English or Russian, whatever it seems to be in').choices(['en', 'ru']))
  .showHelpAfterError()
  .action(async (paths: string[], opts: Options) => {
    if (paths.length === 0 && !opts.remove?.length) program.error('error: name at least one report file or folder, or --remove REPORT_ID');
    const maxBytes = Number(opts.maxBytes);
    if (!Number.isInteger(maxBytes) || maxBytes <= 0) program.error(`error: --max-bytes must be a positive whole number (got '${opts.maxBytes}')`);
    const retries = Number(opts.retries);
    if (!Number.isInteger(retries) || retries < 0) program.error(`error: --retries must be a whole number ≥ 0 (got '${opts.retries}')`);
    const batchSize = Number(opts.batchSize);
    if (!Number.isInteger(batchSize) || batchSize <= 0) program.error(`error: --batch-size must be a positive whole number (got '${opts.batchSize}')`);
    process.exitCode = await run(paths, opts.remove ?? [], maxBytes, retries, batchSize, opts.language);
  });

async function run(paths: string[], removals: string[], maxBytes: number, retries: number, batchSize: number, language: Language | undefined): Promise<number> {
  let stopping = false;
  let graph: Graph | null = null;
  // Ctrl-C: the batch in flight commits or rolls back, then the graph (and the local Neo4j) closes.
  const onSignal = (signal: NodeJS.Signals): void => {
    if (stopping) {
      process.stderr.write(`\n${signal} again: closing now.\n`);
      void (graph?.close() ?? Promise.resolve()).finally(() => process.exit(130));
      return;
    }
    stopping = true;
    process.stderr.write(`\n${signal}: stopping after the current batch…\n`);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  let failures = 0;
  try {
    const log = (line: string): void => void process.stderr.write(`[neo4j] ${line}\n`);
    // With `npm start` running, its local Neo4j holds the store: use it rather than fail on the lock.
    graph = await Graph.connect(readGraphConfig(), { progress: log, onEvent: log, attachToRunningLocal: true });
    await applyMigrations(graph);

    for (const id of removals) {
      if (stopping) break;
      try {
        const r = await removeReport(graph, id, commandLineActor());
        const labels = Object.entries(r.labels).map(([l, c]) => `${l} −${c.removed} ~${c.updated}`).join(', ');
        console.log(`removed ${r.reportId} "${r.title}": ${labels || 'no entities changed'}; relationships ${r.relationships.deleted} deleted, ${r.relationships.updated} updated`);
      } catch (err) {
        failures++;
        process.stderr.write(`error: ${(err as Error).message}\n`);
      }
    }

    if (paths.length > 0 && !stopping) {
      const progress = progressReporter();
      const summary = await ingestPaths(graph, paths, {
        actor: commandLineActor(),
        maxBytes,
        batchSize,
        language,
        onProgress: progress.update,
        shouldStop: () => stopping,
        retries,
        onRetry: (file, attempt, waitMs) =>
          process.stderr.write(`retry: ${file}: the database is unavailable; attempt ${attempt + 1} of ${retries + 1} in ${Math.round(waitMs / 1000)} s\n`),
      });
      progress.stop();
      for (const f of summary.failed) process.stderr.write(`error: ${f.message}\n`);
      failures += summary.failed.length;
      printSummary(summary);
    }
  } catch (err) {
    const e = err as Error;
    process.stderr.write(`error: ${e.name && e.name !== 'Error' ? `${e.name}: ` : ''}${e.message.split('\n')[0]}\n`);
    failures++;
  } finally {
    await graph?.close();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
  if (stopping) return 130;
  return failures > 0 ? 1 : 0;
}

/** A bar on a terminal; one plain line per report when output goes to a file or a pipe. */
function progressReporter(): { update: (p: IngestProgress) => void; stop: () => void } {
  if (!process.stdout.isTTY) {
    return {
      update: (p) => {
        if (p.result) console.log(`[${p.index}/${p.total}] ${p.file}: ${describe(p.result)}`);
        else console.log(`[${p.index}/${p.total}] ${p.file}: failed`);
      },
      stop: () => {},
    };
  }
  const bar = new cliProgress.SingleBar(
    { format: 'ingest [{bar}] {value}/{total} {file}', hideCursor: true, clearOnComplete: false },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update: (p) => {
      if (!started) {
        bar.start(p.total, 0, { file: '' });
        started = true;
      }
      bar.update(p.index, { file: p.file });
    },
    stop: () => {
      if (started) bar.stop();
    },
  };
}

function describe(r: LoadResult): string {
  if (r.status === 'unchanged') return `unchanged ${r.reportId}`;
  const created = Object.values(r.labels).reduce((n, c) => n + c.created, 0);
  const merged = Object.values(r.labels).reduce((n, c) => n + c.merged, 0);
  const replaced = r.status === 'replaced' ? ` (replaces ${r.replaced.join(', ')})` : '';
  return `${r.status} ${r.reportId}${replaced}: ${created} new, ${merged} merged entities`;
}

function printSummary(s: IngestSummary): void {
  const rows = ENTITY_LABELS.filter((l) => s.labels[l]).map((l) => [l, s.labels[l]!.created, s.labels[l]!.merged, s.labels[l]!.unchanged, s.labels[l]!.removed]);
  const header = ['label', 'created', 'merged', 'unchanged', 'removed'];
  const table = [header, ...rows].map((r) => r.map(String));
  const widths = header.map((_, i) => Math.max(...table.map((r) => r[i]!.length)));
  console.log('');
  for (const r of table) console.log(r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  '));
  const rel = s.relationships;
  console.log(`relationships: ${rel.created} created, ${rel.updated} updated, ${rel.unchanged} unchanged, ${rel.deleted} deleted`);
  console.log(
    `reports: ${s.reports.created} created, ${s.reports.replaced} replaced, ${s.reports.unchanged} unchanged, ${s.failed.length} failed` +
      `; ${s.mergeSuggestions} merge suggestions; ${(s.ms / 1000).toFixed(1)} s`,
  );
}

await program.parseAsync();
