import { Command, Option } from 'commander';
import type { Language } from '../extraction.ts';
import { extractReport } from '../extract/extractReport.ts';
import { DEFAULT_MAX_REPORT_BYTES, readReportFile } from '../read/readReportFile.ts';
import { listReportFiles } from '../read/listReportFiles.ts';
import { ReportInputError } from '../read/ReportInputError.ts';

/** `npm run extract -- FILE…`: one Extraction JSON per report on stdout, one line per failure on stderr. */
const program = new Command()
  .name('extract')
  .description('Print the Extraction JSON of each report (no database needed).')
  .argument('<paths...>', 'report files or folders (.txt .md .markdown .html .htm)')
  .option('--max-bytes <n>', 'refuse files larger than this', String(DEFAULT_MAX_REPORT_BYTES))
  .option('--compact', 'one JSON object per line instead of pretty-printed')
  .option('--no-text', 'leave the report body out of the output')
  .addOption(new Option('--language <code>', 'read every report as English or Russian, whatever it seems to be in').choices(['en', 'ru']))
  .action(async (paths: string[], opts: { maxBytes: string; compact?: boolean; text: boolean; language?: Language }) => {
    const maxBytes = Number(opts.maxBytes);
    let failed = 0;
    // Arguments are handled in order so output and errors line up with what was asked.
    for (const p of paths) {
      let files: string[] = [];
      try {
        files = await listReportFiles([p]);
      } catch (e) {
        failed++;
        report(e);
      }
      for (const file of files) {
        try {
          const extraction = extractReport(await readReportFile(file, { maxBytes, language: opts.language }));
          if (!opts.text) delete extraction.text;
          process.stdout.write(`${JSON.stringify(extraction, null, opts.compact ? undefined : 2)}\n`);
        } catch (e) {
          failed++;
          report(e);
        }
      }
    }
    process.exitCode = failed > 0 ? 1 : 0;
  });

function report(e: unknown): void {
  if (e instanceof ReportInputError) process.stderr.write(`error: ${e.message}\n`);
  else throw e;
}

await program.parseAsync();
