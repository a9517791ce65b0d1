import { readFile, stat } from 'node:fs/promises';
import type { Language } from '../extraction.ts';
import { parseReport, type ParsedReport, type ReportFormat } from './parseReport.ts';
import { ReportInputError } from './ReportInputError.ts';
import { isReportFileName, REPORT_EXTENSIONS } from './listReportFiles.ts';

export interface ReadOptions {
  /** Files larger than this are refused (bytes). */
  maxBytes?: number;
  format?: ReportFormat;
  /** Read the report as this language whatever its front matter says or its text seems to be in. */
  language?: Language;
}

export const DEFAULT_MAX_REPORT_BYTES = 5 * 1024 * 1024; // reports are articles, not archives

/** Reads, checks and parses one report file; every failure is a ReportInputError. */
export async function readReportFile(path: string, options: ReadOptions = {}): Promise<ParsedReport> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_REPORT_BYTES;
  const info = await stat(path).catch(() => null);
  if (!info) throw new ReportInputError('MISSING_FILE', path, 'file not found', 'check the path');
  if (info.isDirectory()) {
    throw new ReportInputError('UNSUPPORTED_FILE_TYPE', path, 'is a directory', 'pass it to listReportFiles or name the files inside');
  }
  if (!options.format && !isReportFileName(path)) {
    throw new ReportInputError('UNSUPPORTED_FILE_TYPE', path, 'not a report file', `use one of ${REPORT_EXTENSIONS.join(' ')}`);
  }
  if (info.size > maxBytes) {
    throw new ReportInputError(
      'FILE_TOO_LARGE',
      path,
      `file is ${formatBytes(info.size)}, over the ${formatBytes(maxBytes)} limit`,
      'split the report or raise the size limit',
    );
  }
  const bytes = await readFile(path);
  if (bytes.length === 0) throw new ReportInputError('EMPTY_FILE', path, 'file is empty', 'add the report text or remove the file');
  if (bytes.subarray(0, 8192).includes(0)) {
    throw new ReportInputError('BINARY_FILE', path, 'file is binary, not text', 'save the report as UTF-8 text, Markdown or HTML');
  }
  let content: string;
  try {
    content = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ReportInputError('UNDECODABLE_TEXT', path, 'text is not valid UTF-8', 're-save the file with UTF-8 encoding');
  }
  return parseReport(content, { fileName: path, format: options.format, language: options.language });
}

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} B`;
}
