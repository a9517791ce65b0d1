/**
 * Child process of bench:extract's cold-start figure, run as `npm run extract`
 * runs (`node --no-regexp-tier-up seed/cli/bundled.mjs bench/support/firstReport.ts
 * REPORT_FILE`, the options read from package.json):
 * a fresh Node that loads the modules `npm run extract` and the API's
 * extraction worker load (extractReport.ts, parseReport.ts), extracts the one
 * report whose file it is given, and prints how many milliseconds after the
 * process started the Extraction was ready — Node starting, the modules, the
 * curated data, the gazetteers, the dictionaries, and the extraction itself.
 * bench/support/firstReportViaIndex.ts does the same through seed/index.ts.
 */
import { extractReport } from '../../seed/extract/extractReport.ts';
import { parseReport } from '../../seed/read/parseReport.ts';
import { printFirstReport } from './firstReportResult.ts';

printFirstReport(extractReport, parseReport, 'node --no-regexp-tier-up seed/cli/bundled.mjs bench/support/firstReport.ts REPORT_FILE');
