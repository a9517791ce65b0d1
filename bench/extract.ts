/**
 * Extraction throughput, single core: the corpus's report texts through
 * seed's extractReport (reading included), against two baselines in the same
 * run: reading alone (parseReport: front matter, cleaning, language, id) and
 * a regular-expression extractor (bench/baselines/regexExtractor.ts).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractReport, parseReport, type Extraction } from '../seed/index.ts';
import { regexExtract } from './baselines/regexExtractor.ts';
import { Corpus, type ScaleName, type SyntheticReport } from './corpus/index.ts';
import { progress, ratio, round, throttled } from './support/progress.ts';

/** Most reports timed: medium and large take the first 1,000 (throughput, not totals; extraction is per report). */
const MAX_REPORTS: Record<ScaleName, number> = { small: 1_000, medium: 1_000, large: 1_000 };
/** Longest the main pass may take. */
const MAX_SECONDS = 300;
/** Fresh processes timed per language for the first report (the median is reported: start-up is noisy on a shared machine). */
const COLD_RUNS = 5;

export interface ExtractResult {
  reports: number;
  characters: number;
  seconds: number;
  reportsPerSecond: number;
  charsPerSecond: number;
  msPerReportP50: number;
  msPerReportP95: number;
  baselines: {
    parseOnly: { reportsPerSecond: number; charsPerSecond: number };
    regex: { reportsPerSecond: number; charsPerSecond: number };
  };
  ratios: { extractVsParseOnly: number | null; extractVsRegex: number | null };
  quality: {
    /** relations extracted per fact the text states (same report) */
    relationsPerStatedFact: number;
    /** distinct organization ids extracted ÷ distinct organizations the reports name */
    orgIdsPerTrueOrg: number;
    /** mean entities per report, extracted vs stated */
    entitiesPerReport: { extracted: number; stated: number };
  };
  byLanguage: Record<string, { reports: number; reportsPerSecond: number }>;
  /**
   * The first report of each language in a fresh Node process: milliseconds
   * from the process's start (Node, tsx, seed's modules, data and
   * dictionaries loaded) to its Extraction, median of COLD_RUNS runs; keyed
   * by language (modules loaded as `npm run extract` loads them) and
   * "<language> via seed/index.ts". worstMedianMs: the slower language, as
   * `npm run extract` loads seed.
   */
  firstReport: { runs: number; medianMs: Record<string, number>; ms: Record<string, number[]>; worstMedianMs: number } | null;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export async function benchExtract(scale: ScaleName, seed: number): Promise<{ result: ExtractResult; extractions: Extraction[] }> {
  const corpus = new Corpus({ scale, seed, limit: MAX_REPORTS[scale] });
  progress(`extract: generating ${corpus.size} reports (scale ${scale}, seed ${seed})…`);
  const reports: SyntheticReport[] = [...corpus.reports()];
  const characters = reports.reduce((n, r) => n + r.content.length, 0);

  // warm-up: JIT, curated data, gazetteers
  for (const r of reports.slice(0, 20)) extractReport(parseReport(r.content, { fileName: r.fileName }));

  const firstReport = measureFirstReport(reports);

  progress('extract: baseline parseReport only…');
  let t = performance.now();
  for (const r of reports) parseReport(r.content, { fileName: r.fileName });
  const parseSeconds = (performance.now() - t) / 1000;

  progress('extract: baseline regular expressions…');
  t = performance.now();
  for (const r of reports) regexExtract(r.content);
  const regexSeconds = (performance.now() - t) / 1000;

  progress(`extract: extractReport over ${reports.length} reports (at most ${MAX_SECONDS} s)…`);
  const tick = throttled(5000, progress);
  const times: number[] = [];
  const extractions: Extraction[] = [];
  const langTime: Record<string, { n: number; s: number }> = {};
  let done = 0;
  let doneChars = 0;
  const started = performance.now();
  for (const r of reports) {
    const t0 = performance.now();
    const x = extractReport(parseReport(r.content, { fileName: r.fileName }));
    const ms = performance.now() - t0;
    times.push(ms);
    extractions.push(x);
    const lt = (langTime[r.language] ??= { n: 0, s: 0 });
    lt.n++;
    lt.s += ms / 1000;
    done++;
    doneChars += r.content.length;
    tick(`extract: ${done}/${reports.length} reports, ${round(done / ((performance.now() - started) / 1000))} reports/s`);
    if ((performance.now() - started) / 1000 > MAX_SECONDS) break;
  }
  const seconds = (performance.now() - started) / 1000;
  times.sort((a, b) => a - b);

  // quality against the corpus's own truth
  let stated = 0;
  let extractedRel = 0;
  let statedEntities = 0;
  let extractedEntities = 0;
  const trueOrgs = new Set<string>();
  const orgIds = new Set<string>();
  for (let i = 0; i < extractions.length; i++) {
    const r = reports[i]!;
    const x = extractions[i]!;
    stated += new Set(r.rendered.facts.map((f) => `${f.type}|${f.from}|${f.to}`)).size;
    extractedRel += x.relations.length;
    statedEntities += r.rendered.names.size;
    extractedEntities += x.entities.length;
    for (const k of r.rendered.names.keys()) if (k.startsWith('org:')) trueOrgs.add(k);
    for (const e of x.entities) if (e.type === 'Organization') orgIds.add(e.id);
  }

  const reportsPerSecond = done / seconds;
  const parseRps = reports.length / parseSeconds;
  const regexRps = reports.length / regexSeconds;
  const result: ExtractResult = {
    reports: done,
    characters: doneChars,
    seconds: round(seconds, 2),
    reportsPerSecond: round(reportsPerSecond),
    charsPerSecond: Math.round(doneChars / seconds),
    msPerReportP50: round(percentile(times, 50), 2),
    msPerReportP95: round(percentile(times, 95), 2),
    baselines: {
      parseOnly: { reportsPerSecond: round(parseRps), charsPerSecond: Math.round(characters / parseSeconds) },
      regex: { reportsPerSecond: round(regexRps), charsPerSecond: Math.round(characters / regexSeconds) },
    },
    // how many times slower than each baseline the real extractor is
    ratios: { extractVsParseOnly: ratio(parseRps, reportsPerSecond, 1), extractVsRegex: ratio(regexRps, reportsPerSecond, 1) },
    quality: {
      relationsPerStatedFact: round(extractedRel / Math.max(1, stated), 2),
      orgIdsPerTrueOrg: round(orgIds.size / Math.max(1, trueOrgs.size), 2),
      entitiesPerReport: { extracted: round(extractedEntities / done), stated: round(statedEntities / done) },
    },
    byLanguage: Object.fromEntries(Object.entries(langTime).map(([k, v]) => [k, { reports: v.n, reportsPerSecond: round(v.n / v.s) }])),
    firstReport,
  };
  progress(
    `extract: ${result.reportsPerSecond} reports/s, ${result.charsPerSecond} chars/s (p50 ${result.msPerReportP50} ms); ` +
      `parse-only ${result.baselines.parseOnly.reportsPerSecond}/s, regex ${result.baselines.regex.reportsPerSecond}/s`,
  );
  return { result, extractions };
}

const REPO_ROOT = fileURLToPath(new URL('../', import.meta.url));
/**
 * How the child loads seed: `cli` as `npm run extract` does (its modules, from
 * the bundle seed/cli/bundled.mjs runs), `index` through seed/index.ts under
 * tsx, as the bench itself and the API do.
 */
function childArgs(entry: 'cli' | 'index'): string[] {
  return entry === 'cli' ? [...extractCommand().slice(1, -1), 'bench/support/firstReport.ts'] : ['--import', 'tsx', 'bench/support/firstReportViaIndex.ts'];
}

/** `npm run extract`'s command from package.json (`node [options] seed/cli/bundled.mjs seed/cli/extract.ts`), word by word. */
function extractCommand(): string[] {
  const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  const words = manifest.scripts.extract?.split(/\s+/) ?? [];
  if (words[0] !== 'node' || words.at(-1) !== 'seed/cli/extract.ts') throw new Error(`bench: package.json's extract script is no longer \`node … seed/cli/extract.ts\`: ${manifest.scripts.extract}`);
  return words;
}

/**
 * Cold start: the corpus's first English and first Russian report, each in
 * its own fresh Node process (TypeScript already compiled into tsx's cache by
 * this process and the bundle built by a first untimed run, as on any run
 * after the first; seed's derived tables already in node_modules/.cache, as
 * after any first run), the runs interleaved so a busy spell on the machine
 * does not fall on one language.
 */
function measureFirstReport(reports: SyntheticReport[]): ExtractResult['firstReport'] {
  const firsts = new Map<string, SyntheticReport>();
  for (const r of reports) if (!firsts.has(r.language)) firsts.set(r.language, r);
  if (firsts.size === 0) return null;
  progress(`extract: first report in a fresh process, ${COLD_RUNS} runs per language and entry…`);
  const dir = mkdtempSync(join(tmpdir(), 'edugraph-first-report-'));
  try {
    const files = [...firsts].map(([language, r]) => {
      const file = join(dir, r.fileName);
      writeFileSync(file, r.content);
      return { language, file };
    });
    const child = (entry: 'cli' | 'index', file: string): number => {
      const out = execFileSync(process.execPath, [...childArgs(entry), file], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 120_000 });
      return (JSON.parse(out.trim().split('\n').pop()!) as { ms: number }).ms;
    };
    child('cli', files[0]!.file);
    const ms: Record<string, number[]> = {};
    for (let run = 0; run < COLD_RUNS; run++) {
      for (const entry of ['cli', 'index'] as const) {
        for (const { language, file } of files) {
          (ms[entry === 'cli' ? language : `${language} via seed/index.ts`] ??= []).push(Math.round(child(entry, file)));
        }
      }
    }
    const medianMs = Object.fromEntries(Object.entries(ms).map(([k, v]) => [k, percentile([...v].sort((a, b) => a - b), 50)]));
    const worstMedianMs = Math.max(...[...firsts.keys()].map((k) => medianMs[k]!));
    progress(`extract: first report ${Object.entries(medianMs).map(([k, v]) => `${k} ${v} ms`).join(', ')} after the process starts (median of ${COLD_RUNS})`);
    return { runs: COLD_RUNS, medianMs, ms, worstMedianMs };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
