/**
 * What the Add report page checks before it sends anything: a file that is
 * no report (wrong kind, empty, binary, not UTF-8) or a text over the
 * server's limit is refused here with a message naming the problem and the
 * fix. The server checks the same on its own (api/resolvers/reportInput.ts);
 * this only spares a person a 50 MB upload that would be refused.
 */

/** The server refuses longer texts (api/resolvers/reportInput.ts MAX_REPORT_CHARS). */
export const MAX_REPORT_CHARS = 2_000_000;

/** The kinds of file a report may be. */
export const REPORT_FILE_TYPES = ['.txt', '.md', '.markdown', '.html', '.htm'] as const;

export type Checked = { text: string } | { problem: string };

/** A size in words: "50.0 MB", "812 KB". */
export function sizeInWords(bytes: number): string {
  return bytes >= 1_000_000 ? `${(bytes / 1_000_000).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1000))} KB`;
}

/** A pasted or read text: refused when empty or over the server's limit. */
export function checkReportText(text: string, what = 'The text'): string | null {
  if (!text.trim()) return `${what} is empty: paste the report, or choose a .txt, .md or .html file.`;
  if (text.length > MAX_REPORT_CHARS) {
    return `${what} is ${text.length.toLocaleString('en')} characters (${sizeInWords(text.length)}), over the limit of ${MAX_REPORT_CHARS.toLocaleString('en')}: split the report into parts.`;
  }
  return null;
}

/** A dropped or chosen file's bytes as report text, or why it is not one. */
export function readReportBytes(name: string, bytes: Uint8Array): Checked {
  const lower = name.toLowerCase();
  if (!REPORT_FILE_TYPES.some((ext) => lower.endsWith(ext))) {
    return { problem: `${name} is not a report file: choose a .txt, .md or .html file (a PDF or Word file must be saved as text first).` };
  }
  // a byte count far past the limit is refused before decoding megabytes for nothing
  if (bytes.length > MAX_REPORT_CHARS * 4) return { problem: `${name} is ${sizeInWords(bytes.length)}, over the limit of ${MAX_REPORT_CHARS.toLocaleString('en')} characters: split the report into parts.` };
  if (bytes.subarray(0, 8192).includes(0)) return { problem: `${name} is a binary file, not text: save the report as UTF-8 text, Markdown or HTML.` };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { problem: `${name} is not UTF-8 text: save it as UTF-8 (most editors offer it under "Save as" → encoding).` };
  }
  const problem = checkReportText(text.replace(/^\uFEFF/, ''), name);
  return problem ? { problem } : { text: text.replace(/^\uFEFF/, '') };
}
