import type { Language } from '../../seed/index.ts';
import { badInput } from '../errors.ts';

/** seed's ingestText refuses longer texts too; checked here first so a preview refuses what a load would. */
export const MAX_REPORT_CHARS = 2_000_000;

/** How much of a text is looked at for binary content, and the share of control characters that makes it binary. */
const BINARY_SAMPLE = 8000;
const BINARY_SHARE = 0.1;

/** A report as ingestReport and previewReport take it. */
export interface ReportTextArgs {
  text: string;
  title?: string | null;
  url?: string | null;
  language?: string | null;
  publishedAt?: string | null;
}

export interface ReportText {
  text: string;
  title: string | null;
  url: string | null;
  language: Language | null;
  publishedAt: string | null;
}

/**
 * The checks a report's text and fields pass before anything reads it, each
 * refusal naming the argument and what to do. A binary file read as text
 * is mostly control characters and U+FFFD; a report quoting a stray NUL is
 * not refused.
 */
export function reportTextArgs(args: ReportTextArgs): ReportText {
  if (!args.text.trim()) throw badInput("'text' is empty: send the report body.", 'text');
  if (args.text.length > MAX_REPORT_CHARS) {
    throw badInput(`'text' is ${args.text.length} characters, over the ${MAX_REPORT_CHARS} limit: split the report.`, 'text');
  }
  const sample = args.text.slice(0, BINARY_SAMPLE);
  let control = 0;
  for (const ch of sample) {
    const code = ch.charCodeAt(0);
    if (code <= 0x08 || (code >= 0x0e && code <= 0x1f) || code === 0xfffd) control++;
  }
  if (control > sample.length * BINARY_SHARE) {
    throw badInput(`'text' looks like a binary file, not a report: ${control} of its first ${sample.length} characters are control characters. Send UTF-8 text, Markdown or HTML.`, 'text');
  }
  if (args.language && args.language !== 'en' && args.language !== 'ru') {
    throw badInput(`'language' must be "en" or "ru" (got ${JSON.stringify(args.language)}); omit it to detect the language.`, 'language');
  }
  const url = args.url?.trim() || null;
  if (url && !/^https?:\/\/\S+$/i.test(url)) throw badInput(`'url' must be an http(s) address (got ${JSON.stringify(url)}).`, 'url');
  return {
    text: args.text,
    title: args.title?.trim() || null,
    url,
    language: (args.language as Language | null | undefined) ?? null,
    publishedAt: args.publishedAt ?? null,
  };
}
