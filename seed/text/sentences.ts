import { split } from 'sentence-splitter';

/** A sentence of the body text; `text === body.slice(start, end)`. */
export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
}

// sentence-splitter ends a sentence after initials ("Y. Altynsarin") and a few
// abbreviations; these are re-joined when the next piece continues the line.
// «И.И. Петров»: Russian initials written without a space are initials too (a Latin "U.S." may end a sentence).
const ENDS_WITH_ABBREVIATION = /(?:^|[\s(])(?:\p{Lu}|\p{Lu}\.\s*\p{Lu}\p{Ll}|[А-ЯЁ]\.[А-ЯЁ]|St|Dr|Prof|Mr|Mrs|Ms|Jr|им|г|гг|ул|проф|акад)\.$/u;
// "School No. 11", "Vol. 3", «п. 4»: an abbreviation that a number follows never ends a sentence.
const ENDS_WITH_NUMBER_WORD = /(?:^|[\s(])(?:No|Nos|no|Vol|vol|Art|art|p|pp|п|ст)\.$/u;
// «г.», «гг.» after a year is «год», which ends a sentence when a capital follows («в 2024 г. Учителя …»); before a name it is «город» («г. Лима»).
const ENDS_WITH_YEAR_WORD = /(?<![\p{N}])(?:1[89]|20)\d{2}(?:-(?:е|х))?\s*гг?\.$/u;
// sentence-splitter never ends a sentence at a number and a full stop ("1. Item"); a year does end one: "… on 3 June 2024. Teachers from …".
const YEAR_THEN_SENTENCE = /(?<![\p{N}.,])(?:1[89]|20)\d{2}(?:\s*гг?)?\.(?=\s+[\p{Lu}«"“„])/gu;

/** Sentences with offsets; every line break is also a boundary (headings, list items). */
export function splitSentences(body: string): Sentence[] {
  const out: Sentence[] = [];
  let lineStart = 0;
  for (const line of body.split('\n')) {
    pushLine(line, lineStart, out);
    lineStart += line.length + 1;
  }
  return out.map((s, index) => ({ ...s, index }));
}

/** A piece cut after every year that closes a sentence. */
function splitAfterYears(line: string, start: number, end: number): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let from = start;
  for (const m of line.slice(start, end).matchAll(YEAR_THEN_SENTENCE)) {
    const cut = start + m.index + m[0].length;
    out.push({ start: from, end: cut });
    from = cut;
  }
  out.push({ start: from, end });
  return out;
}

function pushLine(line: string, offset: number, out: Sentence[]): void {
  if (!line.trim()) return;
  const pieces: Array<{ start: number; end: number }> = [];
  for (const node of split(line)) {
    if (node.type !== 'Sentence') continue;
    const [s, e] = node.range;
    const last = pieces[pieces.length - 1];
    const lastText = last ? line.slice(last.start, last.end) : '';
    const newSentence = ENDS_WITH_YEAR_WORD.test(lastText) && /^\s*[\p{Lu}«"“„]/u.test(line.slice(s, e));
    const numberFollows = ENDS_WITH_NUMBER_WORD.test(lastText) && /^\s*\d/u.test(line.slice(s, e));
    if (last && (ENDS_WITH_ABBREVIATION.test(lastText) || numberFollows) && !newSentence) last.end = e;
    else pieces.push(...splitAfterYears(line, s, e));
  }
  for (const p of pieces) {
    let s = p.start;
    let e = p.end;
    // Leading list bullets and numbering are layout, not sentence text.
    const lead = /^[\s•·▪◦*\-–—]*(?:\d{1,2}[.)]\s+)?/u.exec(line.slice(s, e));
    s += lead ? lead[0].length : 0;
    while (e > s && /\s/.test(line[e - 1] ?? '')) e--;
    if (e > s) out.push({ index: 0, start: offset + s, end: offset + e, text: line.slice(s, e) });
  }
}
