import { access, readdir, readFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { Language } from '../extraction.ts';
import { extractReport } from '../extract/extractReport.ts';
import { readReportFile } from '../read/readReportFile.ts';
import { ALIGNED_TYPES, NAMED_TYPES, type AlignedType } from './alignedTypes.ts';
import { fromDevGold, fromSeedGold, SeedGoldSchema } from './goldDocument.ts';
import { partOf, type Part } from './reportParts.ts';
import { scoreReport } from './scoreReport.ts';
import type { ScoredReport } from './summarize.ts';

export interface EvaluatedReport extends ScoredReport {
  part: Part;
}

export interface FolderEvaluation {
  dir: string;
  layout: 'dev' | 'seed';
  /** the entity types its gold lists exhaustively */
  types: readonly AlignedType[];
  reports: EvaluatedReport[];
}

/** Raised for a folder that cannot be scored; the message says what it should hold. */
export class EvaluationInputError extends Error {
  override name = 'EvaluationInputError';
}

const exists = (p: string): Promise<boolean> => access(p).then(() => true, () => false);

/** The language a dev-set report declares in its `language:` header line, if any. */
function declaredLanguage(raw: string): Language | null {
  const m = /^language:\s*(en|ru)\s*$/m.exec(raw.split('\n').slice(0, 5).join('\n'));
  return m ? (m[1] as Language) : null;
}

/**
 * Extracts and scores every report of a dev-layout folder: `gold/NAME.json`
 * (the dev set's schema) beside `reports/NAME.<ext>`. Reports are read and
 * extracted exactly as `npm run extract` does.
 */
export async function evaluateDevFolder(dir: string): Promise<FolderEvaluation> {
  const goldDir = join(dir, 'gold');
  const reportDir = join(dir, 'reports');
  if (!(await exists(goldDir)) || !(await exists(reportDir))) {
    throw new EvaluationInputError(`${dir} is not a dev-layout folder: it needs reports/NAME.txt and gold/NAME.json side by side (see tests/fixtures/dev-reports/README.md)`);
  }
  const reportFiles = new Map((await readdir(reportDir)).map((f) => [basename(f, extname(f)), f]));
  const reports: EvaluatedReport[] = [];
  for (const f of (await readdir(goldDir)).filter((f) => f.endsWith('.json')).sort()) {
    const name = f.slice(0, -'.json'.length);
    const reportFile = reportFiles.get(name);
    if (!reportFile) throw new EvaluationInputError(`${join(goldDir, f)} has no report: add ${join(reportDir, `${name}.txt`)} or remove the gold file`);
    const path = join(reportDir, reportFile);
    const gold = fromDevGold(JSON.parse(await readFile(join(goldDir, f), 'utf8')));
    const extraction = extractReport(await readReportFile(path));
    const language = declaredLanguage(await readFile(path, 'utf8')) ?? extraction.report.language;
    reports.push({ name, language, part: partOf(name), score: scoreReport(gold, extraction) });
  }
  if (reports.length === 0) throw new EvaluationInputError(`${goldDir} holds no gold *.json files`);
  return { dir, layout: 'dev', types: NAMED_TYPES, reports };
}

/** Extracts and scores the reports named by the seed gold files (`gold-*.json`) in `dir`; their paths are relative to `root`. */
export async function evaluateSeedFolder(dir: string, root: string): Promise<FolderEvaluation> {
  const files = (await readdir(dir)).filter((f) => /^gold-.*\.json$/.test(f)).sort();
  if (files.length === 0) throw new EvaluationInputError(`${dir} holds no gold-*.json files`);
  const reports: EvaluatedReport[] = [];
  for (const f of files) {
    const raw: unknown = JSON.parse(await readFile(join(dir, f), 'utf8'));
    const { report } = SeedGoldSchema.parse(raw);
    const extraction = extractReport(await readReportFile(join(root, report)));
    reports.push({ name: report, language: extraction.report.language, part: 'other', score: scoreReport(fromSeedGold(raw), extraction) });
  }
  return { dir, layout: 'seed', types: ALIGNED_TYPES, reports };
}

/** A folder in either layout: dev (reports/ + gold/) or seed (gold-*.json naming report paths under `root`). */
export async function evaluateFolder(dir: string, root: string): Promise<FolderEvaluation> {
  if (!(await exists(dir))) throw new EvaluationInputError(`${dir} does not exist: name a folder of reports/ + gold/, or of gold-*.json files`);
  if (await exists(join(dir, 'gold'))) return evaluateDevFolder(dir);
  const hasSeedGold = (await readdir(dir)).some((f) => /^gold-.*\.json$/.test(f));
  if (hasSeedGold) return evaluateSeedFolder(dir, root);
  throw new EvaluationInputError(`${dir} holds neither gold/ (with reports/ beside it) nor gold-*.json files: nothing to score`);
}
