import type { ExtractionContext, Extractor, TopicCandidate } from './Extractor.ts';
import type { TaxonomyTopic } from '../data/curated.ts';

const compiled = new WeakMap<TaxonomyTopic[], Array<{ id: string; res: RegExp[] }>>();

function patternsFor(taxonomy: TaxonomyTopic[]): Array<{ id: string; res: RegExp[] }> {
  let c = compiled.get(taxonomy);
  if (!c) {
    c = taxonomy.map((t) => ({
      id: t.id,
      res: [...t.patterns.en, ...t.patterns.ru].map((p) => new RegExp(`(?<![\\p{L}])(?:${p})`, 'giu')),
    }));
    compiled.set(taxonomy, c);
  }
  return c;
}

/** Topics of the curated taxonomy, found by their English and Russian keyword patterns. */
export const topicExtractor: Extractor = {
  name: 'topic',
  extract(ctx: ExtractionContext): TopicCandidate[] {
    const out: TopicCandidate[] = [];
    // Words inside a name ("Institute for Information Technologies") are not a topic of the report.
    const names = ctx.found.filter((c) => c.type === 'Organization' && !c.reference);
    for (const s of ctx.sentences) {
      for (const t of patternsFor(ctx.curated.taxonomy)) {
        for (const re of t.res) {
          for (const m of s.text.matchAll(re)) {
            const start = s.start + (m.index ?? 0);
            const end = start + m[0].length;
            if (out.some((o) => o.topicId === t.id && o.start < end && start < o.end)) continue;
            if (names.some((n) => start >= n.start && end <= n.end)) continue;
            out.push({ type: 'Topic', start, end, text: m[0], sentence: s.index, topicId: t.id });
          }
        }
      }
    }
    return out.sort((a, b) => a.start - b.start);
  },
};
