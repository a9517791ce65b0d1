import type { Relation } from '../../extraction.ts';
import { relation, slotAt, type RelationContext, type RelationRule } from './RelationRule.ts';

const EN_PARENT = /⟦(\d+)⟧\s+(?:of|at|under|within)\s+(?:the\s+)?⟦(\d+)⟧/gu;
const RU_PARENT = /⟦(\d+)⟧\s+(?:при\s+)?⟦(\d+)⟧/gu;

/**
 * PART_OF: "X of the Ministry …", "Institute … at … University", «Институт
 * педагогики СПбГУ», and a known parent named inside a name ("UNESCO Regional Office").
 */
export const partOfRule: RelationRule = {
  name: 'part-of',
  apply(ctx: RelationContext): Relation[] {
    const out: Relation[] = [];
    for (const ts of ctx.sentences) {
      for (const re of [EN_PARENT, RU_PARENT]) {
        for (const m of ts.template.matchAll(re)) {
          const child = slotAt(ts, m[1]);
          const parent = slotAt(ts, m[2]);
          if (child?.type !== 'Organization' || parent?.type !== 'Organization' || child.reference || parent.reference) continue;
          if (!child.entityId || !parent.entityId || child.entityId === parent.entityId) continue;
          // Russian puts the parent after the child in the genitive («Институт педагогики СПбГУ»).
          if (re === RU_PARENT && !/^(?:\p{Lu}{2,}\p{L}*|\S*(?:ого|его|ой|ей|ых|их|а|я|и|ы))(?:\s|$)/u.test(parent.text)) continue;
          out.push(relation('PART_OF', child.entityId, parent.entityId, ts.sentence, 0.85));
        }
      }
      for (const c of ts.inner) {
        if (c.type !== 'Organization' || !c.parentOf?.entityId || !c.entityId || c.entityId === c.parentOf.entityId) continue;
        out.push(relation('PART_OF', c.parentOf.entityId, c.entityId, ts.sentence, 0.8));
      }
    }
    return out;
  },
};

/** Slot numbers of organizations that are the parent in "X of the Y" (not themselves actors in the sentence). */
export function parentSlots(template: string): Set<number> {
  const out = new Set<number>();
  for (const re of [EN_PARENT, RU_PARENT]) for (const m of template.matchAll(re)) out.add(Number(m[2]));
  return out;
}
