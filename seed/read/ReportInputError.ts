export type ReportInputErrorCode =
  | 'MISSING_FILE'
  | 'NO_REPORTS_IN_DIRECTORY'
  | 'UNSUPPORTED_FILE_TYPE'
  | 'EMPTY_FILE'
  | 'BINARY_FILE'
  | 'FILE_TOO_LARGE'
  | 'UNDECODABLE_TEXT'
  | 'INVALID_FRONT_MATTER'
  | 'UNSUPPORTED_LANGUAGE';

/**
 * A problem with a report file that the user can fix. The message is one line:
 * the file, what is wrong, and what to do about it.
 */
export class ReportInputError extends Error {
  override readonly name = 'ReportInputError';
  readonly code: ReportInputErrorCode;
  readonly file: string;

  constructor(code: ReportInputErrorCode, file: string, problem: string, fix: string) {
    super(`${file}: ${problem}; ${fix}`);
    this.code = code;
    this.file = file;
  }
}
