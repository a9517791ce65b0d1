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
const ENDS_WITH_ABBREVIATION = /(?:^|[\s(])(?:\p{Lu}|\p{Lu}\.\s*\p{Lu}\p{Ll}|St|Dr|Prof|Mr|Mrs|Ms|Jr|им|г|гг|ул|проф|акад)\.$/u;

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

function pushLine(line: string, offset: number, out: Sentence[]): void {
  if (!line.trim()) return;
  const pieces: Array<{ start: number; end: number }> = [];
  for (const node of split(line)) {
    if (node.type !== 'Sentence') continue;
    const [s, e] = node.range;
    const last = pieces[pieces.length - 1];
    if (last && ENDS_WITH_ABBREVIATION.test(line.slice(last.start, last.end))) last.end = e;
    else pieces.push({ start: s, end: e });
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
