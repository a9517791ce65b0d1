import {
  DatabaseUnavailableError,
  DEFAULT_BATCH_SIZE,
  emptyLabelCounts,
  emptyRelationshipCounts,
  InvalidReportInputError,
  unchangedResults,
  type EntityLabel,
  type Graph,
  type LabelCounts,
  type LoadOptions,
  type LoadResult,
  type RelationshipCounts,
} from '../../graph/index.ts';
import type { Extraction, Language } from '../extraction.ts';
import { extractReport } from '../extract/extractReport.ts';
import { listReportFiles } from '../read/listReportFiles.ts';
import { parseReport, type ParsedReport } from '../read/parseReport.ts';
import { readReportFile } from '../read/readReportFile.ts';
// Reports ingested from text are resolved against the graph the way seed resolves identities, unless told otherwise.
import { loadManyWithSeed as loadExtractions, loadWithSeed as loadExtraction } from '../resolve/loaderResolution.ts';

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

export interface IngestTextOptions extends LoadOptions {
  /** Runs the extraction (default: extractReport on this thread; the server passes an ExtractionWorker's). */
  extract?: (parsed: ParsedReport) => Promise<Extraction>;
}

/** Text → extraction (seed) → resolution → one write transaction. */
export async function ingestText(graph: Graph, input: IngestTextInput, opts: IngestTextOptions = {}): Promise<LoadResult> {
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
  // A language given is passed in, not set afterwards: it also stops a text that seems to be in another language from being refused.
  const parsed = parseReport(input.text, { fileName: '<text>', language: input.language ?? undefined });
  const meta = {
    ...parsed.meta,
    ...(input.title?.trim() ? { title: input.title.trim() } : {}),
    ...(input.url ? { url: input.url } : {}),
    ...(input.publishedAt ? { publishedAt: input.publishedAt } : {}),
  };
  return loadParsed(graph, { ...parsed, meta }, opts);
}

export interface IngestFileOptions extends LoadOptions {
  /** Files larger than this are refused (default: seed's DEFAULT_MAX_REPORT_BYTES). */
  maxBytes?: number;
  /** Read every report as this language, whatever its front matter says or its text seems to be in. */
  language?: Language;
}

/** A report file → extraction → resolution → one write transaction. Bad files throw seed's ReportInputError. */
export async function ingestFile(graph: Graph, path: string, opts: IngestFileOptions = {}): Promise<LoadResult> {
  return loadParsed(graph, await readReportFile(path, { maxBytes: opts.maxBytes, language: opts.language }), opts);
}

async function loadParsed(graph: Graph, parsed: ParsedReport, opts: IngestTextOptions): Promise<LoadResult> {
  // The id is the hash of the text: a report already loaded needs no extraction.
  const loaded = (await graph.read((tx) => unchangedResults(tx, [parsed.meta.id]))).get(parsed.meta.id) ?? null;
  if (loaded) return loaded;
  // Extraction is CPU work outside the transaction and the ingest lock.
  const extraction = opts.extract ? await opts.extract(parsed) : extractReport(parsed);
  return loadExtraction(graph, { ...extraction, text: extraction.text ?? parsed.text }, opts);
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
  /** Checked before each batch: true stops (the batch in flight commits or rolls back first). */
  shouldStop?: () => boolean;
  /**
   * A report that fails because the database is unavailable (a local Neo4j
   * being restarted, a server away) is tried again this many times, waiting
   * `retryBackoffMs` doubled each time (at most 30 s). Default 0: it fails.
   * Safe: a report whose transaction did commit is then found unchanged.
   */
  retries?: number;
  retryBackoffMs?: number;
  /** reports per write transaction (default DEFAULT_BATCH_SIZE) */
  batchSize?: number;
  /** one call per retry, for a log line */
  onRetry?: (file: string, attempt: number, waitMs: number, error: Error) => void;
}

/**
 * Loads files and folders in batches of `batchSize` reports per write
 * transaction (loadExtractions): each batch's files are read and extracted
 * (CPU work, outside the transaction and the ingest lock), then loaded
 * together. A bad path or file, or a report that does not load, is reported
 * in `failed` and the others still load. Progress is one call per file, in
 * order, as each batch ends.
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
  const size = Math.max(1, Math.floor(opts.batchSize ?? DEFAULT_BATCH_SIZE));
  for (let start = 0; start < unique.length; start += size) {
    if (opts.shouldStop?.()) break;
    const chunk = unique.slice(start, start + size);
    for (const [j, outcome] of (await ingestChunk(graph, chunk, opts)).entries()) {
      const file = chunk[j]!;
      const progress = { index: start + j + 1, total: unique.length, file };
      if (outcome.result) {
        results.push(outcome.result);
        opts.onProgress?.({ ...progress, result: outcome.result });
      } else {
        const error = outcome.error ?? new Error('not loaded');
        failed.push({ file, message: messageOf(error, file) });
        opts.onProgress?.({ ...progress, error });
      }
    }
  }
  return { ...summarize(results), files: unique.length, failed, ms: Date.now() - started };
}

type FileOutcome = { result?: LoadResult; error?: Error };

/** One batch of files: read, skip those already loaded, extract the rest, load them in one transaction. */
async function ingestChunk(graph: Graph, files: readonly string[], opts: IngestFilesOptions): Promise<FileOutcome[]> {
  const out: FileOutcome[] = files.map(() => ({}));
  const parsed: Array<{ i: number; parsed: ParsedReport }> = [];
  for (const [i, file] of files.entries()) {
    try {
      parsed.push({ i, parsed: await readReportFile(file, { maxBytes: opts.maxBytes, language: opts.language }) });
    } catch (err) {
      out[i] = { error: asError(err) };
    }
  }
  // The id is the hash of the text: a report already loaded needs no extraction.
  let loaded: Map<string, LoadResult>;
  try {
    loaded = await withRetry(graph, opts, files[0] ?? '', () => graph.read((tx) => unchangedResults(tx, parsed.map((p) => p.parsed.meta.id))));
  } catch (err) {
    for (const { i } of parsed) out[i] = { error: asError(err) };
    return out;
  }
  const pending: Array<{ i: number; extraction: Extraction }> = [];
  for (const { i, parsed: p } of parsed) {
    const done = loaded.get(p.meta.id);
    if (done) {
      out[i] = { result: done };
      continue;
    }
    try {
      const extraction = extractReport(p);
      pending.push({ i, extraction: { ...extraction, text: extraction.text ?? p.text } });
    } catch (err) {
      out[i] = { error: asError(err) };
    }
  }
  // Reports the database was unavailable for are tried again together; the others are done.
  let wait = opts.retryBackoffMs ?? 1000;
  for (let attempt = 1; pending.length > 0; attempt++) {
    const outcomes = await loadExtractions(graph, pending.map((p) => p.extraction), {
      ...opts,
      batchSize: pending.length,
      onProgress: undefined,
      shouldStop: undefined,
    });
    const retry: typeof pending = [];
    for (const [k, o] of outcomes.entries()) {
      const p = pending[k]!;
      if (mayRetry(o.error, attempt, opts)) retry.push(p);
      else out[p.i] = o.result ? { result: o.result } : { error: o.error };
    }
    if (retry.length === 0) break;
    const first = files[retry[0]!.i]!;
    opts.onRetry?.(retry.length > 1 ? `${first} (and ${retry.length - 1} more)` : first, attempt, wait, outcomes.find((o) => o.error)!.error!);
    wait = await backOff(graph, wait);
    pending.splice(0, pending.length, ...retry);
  }
  return out;
}

/** `work`, tried again after DatabaseUnavailableError as `opts` allows. */
async function withRetry<T>(graph: Graph, opts: IngestFilesOptions, file: string, work: () => Promise<T>): Promise<T> {
  let wait = opts.retryBackoffMs ?? 1000;
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (err) {
      if (!mayRetry(err, attempt, opts)) throw err;
      opts.onRetry?.(file, attempt, wait, err);
      wait = await backOff(graph, wait);
    }
  }
}

/** Whether `err` on this attempt is tried again: the database was unavailable and `opts` allows another. */
function mayRetry(err: unknown, attempt: number, opts: IngestFilesOptions): err is DatabaseUnavailableError {
  return err instanceof DatabaseUnavailableError && attempt <= (opts.retries ?? 0) && !opts.shouldStop?.();
}

/** Waits `wait` ms, then for a local Neo4j being restarted; returns the next wait (doubled, at most 30 s). */
async function backOff(graph: Graph, wait: number): Promise<number> {
  await new Promise((r) => setTimeout(r, wait));
  await graph.local?.ready();
  return Math.min(wait * 2, 30_000);
}

function asError(err: unknown): Error {
  return err instanceof Error ? err : new Error(String(err));
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
