import type { Language, ReportMeta } from '../extraction.ts';
import { cleanBody } from './cleanBody.ts';
import { detectLanguage } from './detectLanguage.ts';
import { splitFrontMatter, splitHeaderLines } from './frontMatter.ts';
import { htmlToText } from './htmlToText.ts';
import { markdownToText } from './markdownToText.ts';
import { ReportInputError } from './ReportInputError.ts';
import { reportId } from './reportId.ts';

export type ReportFormat = 'text' | 'markdown' | 'html';

/** A report ready for extraction: metadata plus the body all offsets refer to. */
export interface ParsedReport {
  meta: ReportMeta;
  text: string;
  format: ReportFormat;
  /** Where it came from (a path, or a label for in-memory input). */
  source: string;
}

export interface ParseOptions {
  /** Used in error messages and to guess the format from the extension. */
  fileName?: string;
  format?: ReportFormat;
  /** Read the report as this language whatever its front matter says or its text seems to be in. */
  language?: Language;
}

export function formatFromFileName(name: string): ReportFormat {
  const lower = name.toLowerCase();
  if (lower.endsWith('.html') || lower.endsWith('.htm')) return 'html';
  if (lower.endsWith('.md') || lower.endsWith('.markdown')) return 'markdown';
  return 'text';
}

/** Parses report content already in memory (front matter, HTML/Markdown, cleaning, language, id). */
export function parseReport(content: string, options: ParseOptions = {}): ParsedReport {
  const file = options.fileName ?? '<input>';
  const format = options.format ?? formatFromFileName(file);
  const fenced = splitFrontMatter(content.replace(/^\uFEFF/, ''), file);
  const { data, rest } = Object.keys(fenced.data).length || fenced.rest !== content.replace(/^\uFEFF/, '') ? fenced : splitHeaderLines(fenced.rest);
  const converted =
    format === 'html' || (format === 'text' && /^\s*<(?:!doctype|html)\b/i.test(rest))
      ? htmlToText(rest)
      : format === 'markdown'
        ? markdownToText(rest)
        : { text: rest, title: null };
  const text = cleanBody(converted.text);
  if (!text) {
    throw new ReportInputError('EMPTY_FILE', file, 'report has no text', 'add the report text or remove the file');
  }
  const firstLine = text.split('\n').find((l) => l.trim())?.trim() ?? '';
  const title = data.title ?? converted.title ?? (firstLine.length <= 300 ? firstLine : `${firstLine.slice(0, 120)}…`);
  return {
    meta: {
      id: reportId(text),
      title,
      language: options.language ?? data.language ?? languageOf(text, file),
      url: data.url ?? null,
      publishedAt: data.publishedAt ?? null,
      publisher: data.publisher ?? null,
    },
    text,
    format: format === 'text' && converted.title !== null ? 'html' : format,
    source: file,
  };
}

/** The detected language, or a refusal naming the one the text seems to be in and how to force English or Russian. */
function languageOf(text: string, file: string): Language {
  const guess = detectLanguage(text);
  if (guess.supported) return guess.language;
  throw new ReportInputError(
    'UNSUPPORTED_LANGUAGE',
    file,
    `the report seems to be in ${guess.name}, and EduGraph extracts English and Russian reports only`,
    'if it is English or Russian, say so: "language: en" (or ru) in its front matter, --language en|ru on the command line, or language "en"|"ru" in the ingestReport mutation',
  );
}
