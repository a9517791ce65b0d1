import { isOrdinaryEnglishWord } from '../text/englishWords.ts';
import { parseRu } from '../text/russianMorphology.ts';

// Words a sentence does not end on: a line ending with one goes on in the next.
const OPEN_ENDING = /(?:^|\s)(?:of|the|and|for|in|to|a|an|with|by|on|at|from|as|или|и|в|во|на|с|со|по|для|из|от|к|о|об|при|за|под)$/iu;
const HYPHEN_BREAK = /\p{L}-$/u;

/**
 * Text copied from a PDF or an e-mail keeps the line breaks of its page
 * ("… the Regional Seminar on Teacher\nEducation opened …"), which cut names
 * and sentences apart. A paragraph whose breaks mostly fall mid-sentence (the
 * next line starts in lower case, or the line ends on a preposition or a
 * hyphenated word) is joined into one line; other paragraphs (headings,
 * lists, "Date: …" lines) keep their breaks.
 */
export function unwrapLines(text: string): string {
  return text
    .split(/(\n[ \t]*\n)/)
    .map((block) => {
      const lines = block.split('\n');
      // The blank-line separators are kept as they are; so is a paragraph whose breaks are its own.
      return lines.length > 1 && !/^\n[ \t]*\n$/.test(block) && isWrapped(lines) ? joinLines(lines) : block;
    })
    .join('');
}

function isWrapped(lines: string[]): boolean {
  if (lines.length < 2) return false;
  let midSentence = 0;
  for (let i = 0; i < lines.length - 1; i++) {
    const line = (lines[i] ?? '').trimEnd();
    const next = (lines[i + 1] ?? '').trimStart();
    if (/^\p{Ll}/u.test(next) || OPEN_ENDING.test(line) || HYPHEN_BREAK.test(line)) midSentence++;
  }
  return midSentence * 2 >= lines.length - 1;
}

function joinLines(lines: string[]): string {
  let out = (lines[0] ?? '').trimEnd();
  for (const raw of lines.slice(1)) {
    const line = raw.trim();
    if (!line) continue;
    const broken = /(\p{L}+)-$/u.exec(out);
    const tail = /^\p{L}+/u.exec(line)?.[0] ?? '';
    // "organ-\nized" is one word; «научно-\nпрактической» keeps its hyphen.
    if (broken && /^\p{Ll}/u.test(tail) && isWord(`${broken[1]}${tail}`)) out = `${out.slice(0, -1)}${line}`;
    else if (broken && /^\p{L}/u.test(tail)) out = `${out}${line}`;
    else out = `${out} ${line}`;
  }
  return out;
}

function isWord(word: string): boolean {
  if (/\p{Script=Cyrillic}/u.test(word)) return parseRu(word).some((p) => p.known);
  return isOrdinaryEnglishWord(word.toLowerCase());
}
