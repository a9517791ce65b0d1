import { stringify } from 'yaml';

/**
 * A dev-set report file starts with `key: value` lines (source, language), a
 * blank line, then the report with its headline first. The reader takes such
 * a header for text, so every dev report would get the title "source: …" and
 * the loader would take each for a new version of the one before. This
 * rewrites the header as front matter the reader knows: the headline as
 * title, the declared language.
 */
export function withFrontMatter(raw: string): string {
  const lines = raw.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header: Record<string, string> = {};
  let i = 0;
  for (; i < lines.length && /^[a-z][\w-]*:\s/i.test(lines[i]!); i++) {
    const [, key, value] = /^([a-z][\w-]*):\s*(.*)$/i.exec(lines[i]!)!;
    header[key!.toLowerCase()] = value!.trim();
  }
  if (i === 0) return raw;
  const body = lines.slice(i).join('\n').replace(/^\s*\n/, '');
  const title = body.split('\n').find((l) => l.trim() !== '')?.trim();
  const front = {
    ...(title ? { title } : {}),
    ...(header.language === 'en' || header.language === 'ru' ? { language: header.language } : {}),
  };
  return `---\n${stringify(front).trimEnd()}\n---\n${body}`;
}
