import type { Relation } from '../../extraction.ts';
import { relation, type RelationContext, type RelationRule } from './RelationRule.ts';

/**
 * "Erasmus+ … the European Union", "the European Training Foundation … the
 * EU": a well-known body the report names beside its parent is part of it,
 * as the curated table says, though no sentence spells it out. The evidence
 * is the sentence that first names the part.
 */
export const knownParentRule: RelationRule = {
  name: 'known-parent',
  apply(ctx: RelationContext): Relation[] {
    const out: Relation[] = [];
    for (const [child, parent] of ctx.knownParents ?? []) {
      const part = ctx.entities.get(child);
      if (part?.type !== 'Organization' || ctx.entities.get(parent)?.type !== 'Organization') continue;
      const first = part.mentions[0]?.start ?? -1;
      const ts = ctx.sentences.find((x) => first >= x.sentence.start && first < x.sentence.end);
      if (ts) out.push(relation('PART_OF', child, parent, ts.sentence, 0.8));
    }
    return out;
  },
};
