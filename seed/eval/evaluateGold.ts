import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { extractReport } from '../extract/extractReport.ts';
import { readReportFile } from '../read/readReportFile.ts';
import { GoldReportSchema, scoreExtraction, sumScores, type Scores } from './scoreExtraction.ts';

/** Extracts every report that has a gold-*.json in `dir` and scores it. */
export async function evaluateGold(dir: string, root: string): Promise<{ perReport: Array<{ report: string; scores: Scores }>; total: Scores }> {
  const files = (await readdir(dir)).filter((f) => /^gold-.*\.json$/.test(f)).sort();
  const perReport: Array<{ report: string; scores: Scores }> = [];
  for (const f of files) {
    const gold = GoldReportSchema.parse(JSON.parse(await readFile(join(dir, f), 'utf8')));
    const extraction = extractReport(await readReportFile(join(root, gold.report)));
    perReport.push({ report: gold.report, scores: scoreExtraction(extraction, gold) });
  }
  return { perReport, total: sumScores(perReport.map((r) => r.scores)) };
}
