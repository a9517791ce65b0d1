/**
 * Child process of bench:extract's cold-start figure: a fresh Node (with tsx,
 * as every npm script runs) that loads seed, extracts the one report whose
 * file it is given, and prints how many milliseconds after the process
 * started the Extraction was ready — Node and tsx starting, the modules, the
 * curated data, the gazetteers, the dictionaries, and the extraction itself.
 *
 * `cli` loads the modules `npm run extract` and the API's extraction worker
 * load (extractReport.ts, parseReport.ts); `index` loads seed/index.ts, as the
 * bench itself and the API do, which brings graph/ and the Neo4j driver too.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

const [file, entry = 'cli'] = process.argv.slice(2);
if (!file || (entry !== 'cli' && entry !== 'index')) throw new Error('usage: firstReport.ts REPORT_FILE [cli|index]');
const { extractReport, parseReport } =
  entry === 'index'
    ? await import('../../seed/index.ts')
    : { ...(await import('../../seed/extract/extractReport.ts')), ...(await import('../../seed/read/parseReport.ts')) };
const imported = performance.now();
const x = extractReport(parseReport(readFileSync(file, 'utf8'), { fileName: basename(file) }));
const done = performance.now();
// CPU time of the whole process (every thread): steadier than the wall clock when other work shares the machine.
const cpu = process.cpuUsage();
process.stdout.write(`${JSON.stringify({ ms: done, importMs: imported, cpuMs: (cpu.user + cpu.system) / 1000, language: x.report.language, entities: x.entities.length })}\n`);
