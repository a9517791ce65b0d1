import { EN_TITLES, RU_TITLES } from '../lexicon.ts';
import { relation, slotAt, type RelationContext, type RelationRule } from './RelationRule.ts';
import type { Relation } from '../../extraction.ts';

const EN_T = EN_TITLES.map((t) => t.replace(/[-\s]/g, '[-\\s]')).join('|');
const RU_T = RU_TITLES.map((t) => t.split(' ').map((w) => `${w}\\p{L}*`).join('\\s+')).join('|');
const TITLE = `(?:${EN_T}|(?:(?:deputy|acting|first|vice)\\s+)?(?:${EN_T}))`;
const AFTER_EN = new RegExp(`^(?:\\s+at\\s+(?:the\\s+)?⟦\\d+⟧)?,?\\s+(?:and\\s+)?(?:the\\s+)?(${TITLE})(?:\\s+(?:of|at)\\s+(?:the\\s+)?⟦(\\d+)⟧)?`, 'iu');
const AFTER_RU = new RegExp(`^(?:\\s+⟦\\d+⟧)?,?\\s+(?:и\\s+)?(${RU_T})\\s+⟦(\\d+)⟧`, 'iu');
const NEXT_IS_SLOT = /^,?\s+⟦(\d+)⟧/u;
const BEFORE_EN = new RegExp(`(?:(?:⟦(\\d+)⟧(?:['’]s)?\\s+)|(?:the\\s+))?(${TITLE})(?:\\s+(?:of|at)\\s+(?:the\\s+)?⟦(\\d+)⟧)?,?\\s+$`, 'iu');
const BEFORE_RU = new RegExp(`(${RU_T})\\s+⟦(\\d+)⟧\\s+$`, 'iu');

/**
 * AFFILIATED_WITH with roles, from titles next to a name: "Elena Kazakova,
 * Director of the Institute…, Corresponding Member of the Academy…", "the
 * Executive Director of the Foundation, Petr Polozhevets", "the Foundation's
 * Executive Director Peter Polozhevets", «директор Института … Елена Казакова».
 */
export const affiliationRule: RelationRule = {
  name: 'affiliation',
  apply(ctx: RelationContext): Relation[] {
    const out: Relation[] = [];
    for (const ts of ctx.sentences) {
      ts.slots.forEach((p, i) => {
        if (p.type !== 'Person' || !p.entityId) return;
        const marker = `⟦${i}⟧`;
        const at = ts.template.indexOf(marker);
        const person = ctx.entities.get(p.entityId);
        const add = (orgMarker: string | undefined, role: string): void => {
          const o = slotAt(ts, orgMarker);
          const title = role.replace(/\s+/g, ' ').trim();
          if (person?.type === 'Person') person.titles = [...new Set([...(person.titles ?? []), title])];
          if (o?.type === 'Organization' && o.entityId) out.push(relation('AFFILIATED_WITH', p.entityId as string, o.entityId, ts.sentence, 0.85, [title]));
        };
        // Titles after the name, chained by commas, until one that belongs to the next person.
        let rest = ts.template.slice(at + marker.length);
        for (let guard = 0; guard < 4; guard++) {
          const m = AFTER_EN.exec(rest) ?? AFTER_RU.exec(rest);
          if (!m) break;
          const after = rest.slice(m[0].length);
          const next = NEXT_IS_SLOT.exec(after);
          if (next && slotAt(ts, next[1])?.type === 'Person') break;
          add(m[2], m[1] ?? '');
          rest = after;
        }
        // A title just before the name.
        const before = ts.template.slice(0, at);
        const b = BEFORE_EN.exec(before);
        if (b) add(b[3] ?? b[1], b[2] ?? '');
        else {
          const r = BEFORE_RU.exec(before);
          if (r) add(r[2], r[1] ?? '');
        }
      });
    }
    return out;
  },
};
