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
