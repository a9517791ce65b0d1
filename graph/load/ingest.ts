import { extractReport, listReportFiles, parseReport, readReportFile, type Language, type ParsedReport } from '../../seed/index.ts';
import type { Graph } from '../connection.ts';
import { DatabaseUnavailableError, InvalidReportInputError } from '../errors.ts';
import type { EntityLabel } from '../schema/model.ts';
import { loadExtraction, unchangedResult, type LoadOptions } from './loadExtraction.ts';
import { emptyLabelCounts, emptyRelationshipCounts, type LabelCounts, type LoadResult, type RelationshipCounts } from './types.ts';

/** A report given as text (the API's ingestReport); the fields override its front matter. */
export interface IngestTextInput {
  text: string;
  title?: string | null;
  url?: string | null;
  language?: Language | null;
  /** ISO date: YYYY-MM-DD (or YYYY-MM, YYYY) */
  publishedAt?: string | null;
}

const ISO_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const MAX_TEXT_CHARS = 2_000_000;

/** Text → extraction (seed) → resolution → one write transaction. */
export async function ingestText(graph: Graph, input: IngestTextInput, opts: LoadOptions = {}): Promise<LoadResult> {
  if (input.text.length > MAX_TEXT_CHARS) {
    throw new InvalidReportInputError(`text is ${input.text.length} characters, over the ${MAX_TEXT_CHARS} limit; split the report`);
  }
  if (input.language && input.language !== 'en' && input.language !== 'ru') {
    throw new InvalidReportInputError(`language must be 'en' or 'ru' (got '${String(input.language)}')`);
  }
  if (input.publishedAt && !ISO_DATE.test(input.publishedAt)) {
    throw new InvalidReportInputError(`publishedAt must be an ISO date like 2023-11-20 (got '${input.publishedAt}')`);
  }
  if (input.url && !/^https?:\/\/\S+$/i.test(input.url)) {
    throw new InvalidReportInputError(`url must be an http(s) address (got '${input.url}')`);
  }
  // The name only labels errors; the format is guessed from the content (HTML by its doctype).
  const parsed = parseReport(input.text, { fileName: '<text>' });
  const meta = {
    ...parsed.meta,
    ...(input.title?.trim() ? { title: input.title.trim() } : {}),
    ...(input.url ? { url: input.url } : {}),
    ...(input.language ? { language: input.language } : {}),
    ...(input.publishedAt ? { publishedAt: input.publishedAt } : {}),
  };
  return loadParsed(graph, { ...parsed, meta }, opts);
}

export interface IngestFileOptions extends LoadOptions {
  /** Files larger than this are refused (default: seed's DEFAULT_MAX_REPORT_BYTES). */
  maxBytes?: number;
}

/** A report file → extraction → resolution → one write transaction. Bad files throw seed's ReportInputError. */
export async function ingestFile(graph: Graph, path: string, opts: IngestFileOptions = {}): Promise<LoadResult> {
  return loadParsed(graph, await readReportFile(path, { maxBytes: opts.maxBytes }), opts);
}

async function loadParsed(graph: Graph, parsed: ParsedReport, opts: LoadOptions): Promise<LoadResult> {
  // The id is the hash of the text: a report already loaded needs no extraction.
  const loaded = await graph.read((tx) => unchangedResult(tx, parsed.meta.id));
  if (loaded) return loaded;
  // Extraction is CPU work outside the transaction and the ingest lock.
  const extraction = extractReport(parsed);
  return loadExtraction(graph, { ...extraction, text: extraction.text ?? parsed.text }, opts);
}

const isEmpty = `
RETURN NOT EXISTS { MATCH (:Report) } AND NOT EXISTS { MATCH (:Entity) } AS empty`;

/** True when no report and no entity has been loaded yet. */
export async function isGraphEmpty(graph: Graph): Promise<boolean> {
  const [row] = await graph.readRows<{ empty: boolean }>(isEmpty);
  return row?.empty ?? true;
}

/** One file done (or failed), for progress bars and logs. */
export interface IngestProgress {
  /** 1-based */
  index: number;
  total: number;
  file: string;
  result?: LoadResult;
  error?: Error;
}

/** What a batch of files did, summed. */
export interface IngestSummary {
  files: number;
  loaded: number;
  failed: Array<{ file: string; message: string }>;
  reports: { created: number; replaced: number; unchanged: number };
  labels: Partial<Record<EntityLabel, LabelCounts>>;
  relationships: RelationshipCounts;
  mergeSuggestions: number;
  ms: number;
}

export interface IngestFilesOptions extends IngestFileOptions {
  onProgress?: (p: IngestProgress) => void;
  /** Checked before each file: true stops the batch (the file in flight finishes or rolls back first). */
  shouldStop?: () => boolean;
  /**
   * A report that fails because the database is unavailable (a local Neo4j
   * being restarted, a server away) is tried again this many times, waiting
   * `retryBackoffMs` doubled each time (at most 30 s). Default 0: it fails.
   * Safe: a report whose transaction did commit is then found unchanged.
   */
  retries?: number;
  retryBackoffMs?: number;
  /** one call per retry, for a log line */
  onRetry?: (file: string, attempt: number, waitMs: number, error: Error) => void;
}

/** ingestFile, tried again after DatabaseUnavailableError as `opts` allows. */
async function ingestFileWithRetry(graph: Graph, file: string, opts: IngestFilesOptions): Promise<LoadResult> {
  let wait = opts.retryBackoffMs ?? 1000;
  for (let attempt = 1; ; attempt++) {
    try {
      return await ingestFile(graph, file, opts);
    } catch (err) {
      if (!(err instanceof DatabaseUnavailableError) || attempt > (opts.retries ?? 0) || opts.shouldStop?.()) throw err;
      opts.onRetry?.(file, attempt, wait, err);
      await new Promise((r) => setTimeout(r, wait));
      await graph.local?.ready(); // a local Neo4j being restarted: wait for it
      wait = Math.min(wait * 2, 30_000);
    }
  }
}

/**
 * Loads files and folders one report at a time. A bad path or file is
 * reported in `failed` and the others still load.
 */
export async function ingestPaths(graph: Graph, paths: readonly string[], opts: IngestFilesOptions = {}): Promise<IngestSummary> {
  const started = Date.now();
  const failed: IngestSummary['failed'] = [];
  const files: string[] = [];
  for (const p of paths) {
    try {
      files.push(...(await listReportFiles([p])));
    } catch (err) {
      failed.push({ file: p, message: messageOf(err, p) });
    }
  }
  const results: LoadResult[] = [];
  const unique = [...new Set(files)];
  for (const [i, file] of unique.entries()) {
    if (opts.shouldStop?.()) break;
    try {
      const result = await ingestFileWithRetry(graph, file, opts);
      results.push(result);
      opts.onProgress?.({ index: i + 1, total: unique.length, file, result });
    } catch (err) {
      failed.push({ file, message: messageOf(err, file) });
      opts.onProgress?.({ index: i + 1, total: unique.length, file, error: err instanceof Error ? err : new Error(String(err)) });
    }
  }
  return { ...summarize(results), files: unique.length, failed, ms: Date.now() - started };
}

/**
 * `npm start` on an empty graph: loads the bundled reports in `dir`.
 * Progress goes to `onProgress` one line per report.
 */
export function loadSeedReports(graph: Graph, dir: string, onProgress?: (line: string) => void): Promise<IngestSummary> {
  return ingestPaths(graph, [dir], {
    onProgress: (p) =>
      onProgress?.(
        p.error
          ? `[${p.index}/${p.total}] ${p.file}: failed: ${p.error.message}`
          : `[${p.index}/${p.total}] ${p.file}: ${p.result?.status} ${p.result?.reportId}`,
      ),
  });
}

export function summarize(results: readonly LoadResult[]): Omit<IngestSummary, 'files' | 'failed' | 'ms'> {
  const labels: IngestSummary['labels'] = {};
  const relationships = emptyRelationshipCounts();
  const reports = { created: 0, replaced: 0, unchanged: 0 };
  let mergeSuggestions = 0;
  for (const r of results) {
    reports[r.status] += 1;
    mergeSuggestions += r.mergeSuggestions;
    for (const [label, counts] of Object.entries(r.labels) as Array<[EntityLabel, LabelCounts]>) {
      const sum = (labels[label] ??= emptyLabelCounts());
      sum.created += counts.created;
      sum.merged += counts.merged;
      sum.unchanged += counts.unchanged;
      sum.removed += counts.removed;
    }
    for (const k of Object.keys(relationships) as Array<keyof RelationshipCounts>) relationships[k] += r.relationships[k];
  }
  return { loaded: results.length, reports, labels, relationships, mergeSuggestions };
}

/** One line that names the file: seed's input errors already do (file: problem; fix); others get the file and their kind. */
function messageOf(err: unknown, file: string): string {
  const line = (err instanceof Error ? err.message : String(err)).split('\n')[0] ?? '';
  const kind = err instanceof Error && err.name !== 'Error' && err.name !== 'ReportInputError' ? `${err.name}: ` : '';
  return line.startsWith(file) ? line : `${file}: ${kind}${line}`;
}
