import type { Relation } from '../../extraction.ts';
import { relation, slotAt, type RelationContext, type RelationRule } from './RelationRule.ts';

const LOCATED = /⟦(\d+)⟧\s+(?:in|from|located in|based in|из|в)\s+⟦(\d+)⟧/gu;

/**
 * BASED_IN from a place inside an organization's name ("Kostanay Regional
 * University", "…of the Republic of Kazakhstan") or right after it ("X in
 * Almaty"); IN_COUNTRY for every city whose country the report names.
 */
export const placeRule: RelationRule = {
  name: 'place',
  apply(ctx: RelationContext): Relation[] {
    const out: Relation[] = [];
    for (const ts of ctx.sentences) {
      for (const c of ts.inner) {
        if ((c.type !== 'City' && c.type !== 'Country') || !c.entityId) continue;
        const org = ts.slots.find((o) => o.type === 'Organization' && !o.reference && o.start <= c.start && o.end >= c.end);
        if (org?.entityId) out.push(relation('BASED_IN', org.entityId, c.entityId, ts.sentence, 0.8));
      }
      for (const m of ts.template.matchAll(LOCATED)) {
        const o = slotAt(ts, m[1]);
        const p = slotAt(ts, m[2]);
        if (o?.type === 'Organization' && !o.reference && (p?.type === 'City' || p?.type === 'Country') && o.entityId && p.entityId) {
          out.push(relation('BASED_IN', o.entityId, p.entityId, ts.sentence, 0.7));
        }
      }
    }
    for (const e of ctx.entities.values()) {
      if (e.type !== 'City' || !e.countryCode) continue;
      const country = `country:${e.countryCode}`;
      const first = e.mentions[0];
      const ts = first && ctx.sentences.find((s) => first.start >= s.sentence.start && first.start < s.sentence.end);
      if (ctx.entities.has(country) && ts) out.push(relation('IN_COUNTRY', e.id, country, ts.sentence, 0.95));
    }
    return out;
  },
};
