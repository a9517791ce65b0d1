import { unwrapLines } from './unwrapLines.ts';

// Lines that are page furniture, not report text: share buttons, back links,
// language notices and the lone captions site templates leave behind.
const BOILERPLATE_LINE =
  /^(?:share|share this|поделиться|назад|back|back to news|вернуться|print|печать|read more|подробнее|tweet|like|эксперт|expert|эксперты|\*?\s*some links open the russian version of the website\.?|\*?\s*некоторые ссылки ведут на русскую версию сайта\.?)$/i;

/**
 * The normalised body that ids, offsets and evidence refer to: NFC, Unix line
 * ends, no trailing spaces, no boilerplate lines, at most one blank line in a row,
 * and paragraphs hard-wrapped by a PDF or a mail client joined into lines.
 */
export function cleanBody(raw: string): string {
  const lines = raw
    .normalize('NFC')
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/\u00A0/g, ' ')
    .split('\n')
    .map((l) => l.replace(/[ \t]+$/g, ''))
    .filter((l) => !BOILERPLATE_LINE.test(l.trim()));
  return unwrapLines(lines.join('\n').replace(/\n[ \t]*\n(?:[ \t]*\n)+/g, '\n\n').trim());
}
