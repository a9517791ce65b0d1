import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { ReportInputError } from './ReportInputError.ts';

const FrontMatterSchema = z
  .object({
    title: z.string().min(1).optional(),
    url: z.string().min(1).optional(),
    language: z.enum(['en', 'ru']).optional(),
    publishedAt: z
      .union([z.string(), z.date()])
      .transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v))
      .optional(),
    publisher: z.string().min(1).optional(),
  })
  .passthrough();

export type FrontMatter = z.infer<typeof FrontMatterSchema>;

const FENCE = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Splits optional YAML front matter (between `---` lines) from the rest of the file. */
export function splitFrontMatter(content: string, file: string): { data: FrontMatter; rest: string } {
  const m = FENCE.exec(content);
  if (!m) return { data: {}, rest: content };
  let raw: unknown;
  try {
    raw = parseYaml(m[1] ?? '');
  } catch (e) {
    const why = e instanceof Error ? e.message.split('\n')[0] : String(e);
    throw new ReportInputError('INVALID_FRONT_MATTER', file, `front matter is not valid YAML (${why})`, 'fix the YAML between the --- lines or remove it');
  }
  if (raw === null || raw === undefined) return { data: {}, rest: content.slice(m[0].length) };
  const parsed = FrontMatterSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join('.') || 'front matter';
    throw new ReportInputError(
      'INVALID_FRONT_MATTER',
      file,
      `front matter field "${where}" is invalid (${issue?.message ?? 'unexpected value'})`,
      'use a mapping with title, url, language (en|ru), publishedAt (YYYY-MM-DD), publisher',
    );
  }
  return { data: parsed.data, rest: content.slice(m[0].length) };
}

/** Keys a plain header block may carry ("source: …", "language: en"), as some publishers' exports and feeds write them. */
const HEADER_LINE = /^(source|language|lang|title|url|link|published|publishedat|date|publisher)\s*:\s*(.+?)\s*$/i;

/**
 * A block of `key: value` lines at the top of a plain text report, ended by a
 * blank line, is metadata like front matter without the `---` fences: without
 * this, "source: …" became the report's title and first sentence. Only known
 * keys count, and only when every line of the block is one; an unknown
 * language or a date that is not ISO is left for detection to decide.
 */
export function splitHeaderLines(content: string): { data: FrontMatter; rest: string } {
  const m = /^((?:[^\n]*\n){1,8}?)[ \t]*\r?\n/.exec(content);
  const lines = m?.[1]?.split(/\r?\n/).filter((l) => l.trim()) ?? [];
  if (!m || lines.length === 0 || !lines.every((l) => HEADER_LINE.test(l))) return { data: {}, rest: content };
  const data: FrontMatter = {};
  for (const l of lines) {
    const [, key = '', value = ''] = HEADER_LINE.exec(l) ?? [];
    const k = key.toLowerCase();
    if ((k === 'language' || k === 'lang') && /^(?:en|ru)$/i.test(value)) data.language = value.toLowerCase() as 'en' | 'ru';
    else if (k === 'title') data.title = value;
    else if ((k === 'url' || k === 'link' || k === 'source') && /^https?:\/\//i.test(value)) data.url = value;
    else if ((k === 'published' || k === 'publishedat' || k === 'date') && /^\d{4}-\d{2}-\d{2}$/.test(value)) data.publishedAt = value;
    else if (k === 'publisher') data.publisher = value;
  }
  return { data, rest: content.slice(m[0].length) };
}
