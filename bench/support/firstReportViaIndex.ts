/**
 * Child process of bench:extract's cold-start figure through seed/index.ts
 * (`node --import tsx bench/support/firstReportViaIndex.ts REPORT_FILE`), as
 * the bench itself and the API load seed, which brings graph/ and the Neo4j
 * driver too: otherwise as bench/support/firstReport.ts.
 */
import { extractReport, parseReport } from '../../seed/index.ts';
import { printFirstReport } from './firstReportResult.ts';

printFirstReport(extractReport, parseReport, 'node --import tsx bench/support/firstReportViaIndex.ts REPORT_FILE');
