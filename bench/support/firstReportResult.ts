import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Extraction } from '../../seed/extraction.ts';
import type { ParsedReport } from '../../seed/read/parseReport.ts';

/**
 * What a first-report child prints: the one report whose file it is given
 * extracted, and how many milliseconds after the process started the
 * Extraction was ready (and the modules loaded), with the process's CPU time.
 */
export function printFirstReport(
  extractReport: (report: ParsedReport) => Extraction,
  parseReport: (text: string, options: { fileName: string }) => ParsedReport,
  usage: string,
): void {
  const [file] = process.argv.slice(2);
  if (!file) throw new Error(`usage: ${usage}`);
  const imported = performance.now();
  const x = extractReport(parseReport(readFileSync(file, 'utf8'), { fileName: basename(file) }));
  const done = performance.now();
  // CPU time of the whole process (every thread): steadier than the wall clock when other work shares the machine.
  const cpu = process.cpuUsage();
  process.stdout.write(`${JSON.stringify({ ms: done, importMs: imported, cpuMs: (cpu.user + cpu.system) / 1000, language: x.report.language, entities: x.entities.length })}\n`);
}
