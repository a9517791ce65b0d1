import type { Sentence } from '../../text/sentences.ts';
import { inside, type Candidate } from '../Extractor.ts';
import type { TemplatedSentence } from './RelationRule.ts';

const SLOT_TYPES = new Set<Candidate['type']>(['Organization', 'Person', 'Country', 'City', 'Event']);

/** Replaces the outermost mentions of each sentence with ⟦n⟧ markers. */
export function templateSentences(text: string, sentences: Sentence[], candidates: Candidate[]): TemplatedSentence[] {
  return sentences.map((s) => {
    const here = candidates
      .filter((c) => c.sentence === s.index && c.entityId && SLOT_TYPES.has(c.type))
      .sort((a, b) => a.start - b.start || b.end - a.end);
    const slots: Candidate[] = [];
    const inner: Candidate[] = [];
    for (const c of here) {
      const outer = slots[slots.length - 1];
      if (outer && c.start < outer.end) {
        if (inside(c, outer)) inner.push(c);
        continue;
      }
      slots.push(c);
    }
    let template = '';
    let pos = s.start;
    slots.forEach((c, i) => {
      template += text.slice(pos, c.start) + `⟦${i}⟧`;
      pos = c.end;
    });
    template += text.slice(pos, s.end);
    return { sentence: s, template, slots, inner };
  });
}
