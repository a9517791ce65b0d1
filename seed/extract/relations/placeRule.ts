import type { Relation } from '../../extraction.ts';
import { lemmaRu } from '../../text/russianMorphology.ts';
import { relation, slotAt, type RelationContext, type RelationRule, type TemplatedSentence } from './RelationRule.ts';

const LOCATED = /⟦(\d+)⟧\s+(?:in|from|located in|based in|из|в)\s+⟦(\d+)⟧/gu;
/** "⟦University⟧ (⟦City⟧, ⟦Country⟧)": a city in brackets right after a body is where it is. */
const CITY_IN_BRACKETS = /⟦(\d+)⟧\s*\(\s*(?:г\.\s*|город\s+|city\s+of\s+)?⟦(\d+)⟧\s*[,)]/giu;
/** «администрации города ⟦Тверь⟧»: a body's name ending in "city" continues with the city, though its mention stopped before it. */
const CITY_WORD_THEN_CITY = /⟦(\d+)⟧\s+⟦(\d+)⟧/gu;
/** Words after a place adjective that make it a region («Ярославской области»), not the city it is named after. */
const REGION_LEMMAS = new Set(['область', 'район', 'регион', 'край', 'округ', 'region', 'province', 'oblast', 'district']);

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
        if ((c.type !== 'City' && c.type !== 'Country') || !c.entityId || (c.type === 'City' && namesRegion(ctx.text, c.end))) continue;
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
      out.push(...citiesBesideBodies(ts));
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

function namesRegion(text: string, end: number): boolean {
  const next = /^\s+([\p{L}]+)/u.exec(text.slice(end, end + 30))?.[1] ?? '';
  return REGION_LEMMAS.has((lemmaRu(next) ?? next).toLowerCase());
}

/** BASED_IN from a city in brackets after a body («(г. ⟦City⟧)» too), or right after a body whose mention ends in «города»/«г.». */
function citiesBesideBodies(ts: TemplatedSentence): Relation[] {
  const out: Relation[] = [];
  const pairs = [...ts.template.matchAll(CITY_IN_BRACKETS)].map((m) => [m[1], m[2]] as const);
  for (const m of ts.template.matchAll(CITY_WORD_THEN_CITY)) {
    if (/(?:^|\s)(?:города|г\.?|city\s+of)$/iu.test(slotAt(ts, m[1])?.text ?? '')) pairs.push([m[1], m[2]]);
  }
  for (const [orgMarker, cityMarker] of pairs) {
    const o = slotAt(ts, orgMarker);
    const c = slotAt(ts, cityMarker);
    if (o?.type === 'Organization' && !o.reference && c?.type === 'City' && o.entityId && c.entityId) out.push(relation('BASED_IN', o.entityId, c.entityId, ts.sentence, 0.7));
  }
  return out;
}
