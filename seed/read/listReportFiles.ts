import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { ReportInputError } from './ReportInputError.ts';

export const REPORT_EXTENSIONS: readonly string[] = ['.txt', '.md', '.markdown', '.html', '.htm'];

export function isReportFileName(name: string): boolean {
  return REPORT_EXTENSIONS.includes(extname(name).toLowerCase());
}

/**
 * Expands files and folders into report files (folders recursively, sorted,
 * hidden entries skipped). A named file is kept whatever its extension so that
 * reading it gives a precise error; a folder without reports is an error.
 */
export async function listReportFiles(paths: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    const info = await stat(p).catch(() => null);
    if (!info) throw new ReportInputError('MISSING_FILE', p, 'no such file or directory', 'check the path');
    if (info.isDirectory()) {
      const found = await walk(p);
      if (found.length === 0) {
        throw new ReportInputError(
          'NO_REPORTS_IN_DIRECTORY',
          p,
          'directory contains no reports',
          `add files ending in ${REPORT_EXTENSIONS.join(' ')} or name the files directly`,
        );
      }
      out.push(...found);
    } else {
      out.push(p);
    }
  }
  return [...new Set(out)];
}

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  const out: string[] = [];
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const full = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(full)));
    else if (e.isFile() && isReportFileName(e.name)) out.push(full);
  }
  return out;
}
