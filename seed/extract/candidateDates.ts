import { findDates, type DateRange } from './dates.ts';
import type { EventCandidate, ExtractionContext } from './Extractor.ts';
import { dateOptions } from './referenceDate.ts';

/** Characters between a date phrase and a span of text (a mention). */
export function gap(d: DateRange, span: { start: number; end: number }): number {
  return d.from >= span.end ? d.from - span.end : span.start >= d.to ? span.start - d.to : 0;
}

/**
 * An event named in a sentence with another keeps only a date that stands
 * nearer to its own name than to the other's: in "The round table "A" was
 * part of the Forum "B", held on 3–5 June" the days are the forum's. The
 * event is left undated there (another sentence may date it) rather than
 * given the other's days. Runs on the candidates, before they are resolved.
 */
export function keepOwnCandidateDates(candidates: EventCandidate[], ctx: ExtractionContext): void {
  const named = candidates.filter((c) => !c.reference);
  for (const c of named) {
    if (!c.dates) continue;
    // A reference to another event is no rival: "On 17 May the forum hosted the round table "A"" dates the round table.
    const rivals = named.filter((o) => o !== c && o.sentence === c.sentence && o.title !== c.title);
    if (!rivals.length) continue;
    const s = ctx.sentences[c.sentence];
    const mine = (d: DateRange): boolean => rivals.every((o) => gap(d, o) >= gap(d, c));
    if (mine(c.dates) || !s) continue;
    const own = findDates(s.text, s.start, dateOptions(ctx.referenceDate)).filter((d) => !d.aside && mine(d));
    c.dates = own.sort((a, b) => gap(a, c) - gap(b, c))[0] ?? null;
  }
}
