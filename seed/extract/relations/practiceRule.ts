import type { Relation } from '../../extraction.ts';
import type { PracticeCandidate, TopicCandidate } from '../Extractor.ts';
import { relation, type RelationContext, type RelationRule } from './RelationRule.ts';

/**
 * PRESENTED (organization → practice), PRESENTED_AT (practice → main event),
 * ADDRESSES (practice → topic whose keywords it contains) and COVERED (main
 * event → every topic the report discusses).
 */
export const practiceRule: RelationRule = {
  name: 'practice',
  apply(ctx: RelationContext): Relation[] {
    const out: Relation[] = [];
    const sentenceOf = (i: number) => ctx.sentences[i]?.sentence;
    const topics = ctx.candidates.filter((c): c is TopicCandidate => c.type === 'Topic' && !!c.entityId);
    for (const p of ctx.candidates.filter((c): c is PracticeCandidate => c.type === 'Practice' && !!c.entityId)) {
      const s = sentenceOf(p.sentence);
      if (!s || !p.entityId) continue;
      if (p.presenter?.entityId) out.push(relation('PRESENTED', p.presenter.entityId, p.entityId, s, 0.8));
      if (ctx.mainEventId) out.push(relation('PRESENTED_AT', p.entityId, ctx.mainEventId, s, 0.7));
      for (const t of topics) {
        if (t.start >= p.start && t.end <= p.end && t.entityId) out.push(relation('ADDRESSES', p.entityId, t.entityId, s, 0.75));
      }
    }
    if (ctx.mainEventId) {
      for (const t of topics) {
        const s = sentenceOf(t.sentence);
        if (s && t.entityId) out.push(relation('COVERED', ctx.mainEventId, t.entityId, s, 0.7));
      }
    }
    return out;
  },
};
