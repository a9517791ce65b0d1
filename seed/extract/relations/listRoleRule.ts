import type { Relation, RelationType } from '../../extraction.ts';
import { focusEvent, relation, type RelationContext, type RelationRule, type TemplatedSentence } from './RelationRule.ts';

/**
 * What a list's label says of every item under it. The label is a heading
 * ("Participating institutions") or a line ending in a colon («Участники:»);
 * it names the role alone, so it must be the whole line.
 */
const LABELS: ReadonlyArray<[role: RelationType, label: RegExp]> = [
  ['ORGANIZED', /^(?:(?:co-?)?organi[sz](?:ers?|ed\s+by|ing\s+(?:institutions|organi[sz]ations|partners))|hosts?|hosted\s+by|(?:со)?организатор\p{L}*|организован\p{L}*\s+при|проводит\p{L}*)$/iu],
  ['PARTNERED', /^(?:(?:our\s+)?partners|partner\s+(?:institutions|organi[sz]ations)|sponsors|supported\s+by|with\s+the\s+support\s+of|funded\s+by|партн[её]р\p{L}*|спонсор\p{L}*|при\s+поддержке|при\s+содействии)$/iu],
  ['PARTICIPATED_IN', /^(?:participants|participating\s+(?:institutions|organi[sz]ations|universities|schools|countries)|attendees|delegations|участник\p{L}*|участвовал\p{L}*|в\s+работе\s+(?:\p{L}+\s+)?приняли\s+участие)$/iu],
  ['SPOKE_AT', /^(?:(?:keynote\s+)?speakers|presenters|panel(?:l)?ists|moderators?|спикер\p{L}*|докладчик\p{L}*|выступающ\p{L}*|модератор\p{L}*|эксперт\p{L}*)$/iu],
];

const ITEM = /^\s*(?:[•●▪◦‣*–—-]|\d{1,2}[.)])\s+/u;

/** The role a list item's label gives, or null when the item is no list item or its label names none. */
function labelRole(ctx: RelationContext, ts: TemplatedSentence): RelationType | null {
  const lineStart = ctx.text.lastIndexOf('\n', ts.sentence.start - 1) + 1;
  if (!ITEM.test(ctx.text.slice(lineStart, ts.sentence.end))) return null;
  // Walk up over the list's other items to the line that introduces them.
  let end = lineStart - 1;
  while (end > 0) {
    const start = ctx.text.lastIndexOf('\n', end - 1) + 1;
    const line = ctx.text.slice(start, end).trim();
    end = start - 1;
    if (!line || ITEM.test(line)) continue;
    // A plain-text report keeps its markdown: "## Organizers", "**Участники:**".
    const label = line.replace(/^#+\s*|^\*+|\*+$/gu, '').replace(/[:：]\s*(?:\*+)?$/u, '').replace(/\*+$/u, '').trim();
    return LABELS.find(([, re]) => re.test(label))?.[0] ?? null;
  }
  return null;
}

/**
 * "Participating institutions" and then "• Tajik State Pedagogical
 * University (Dushanbe)": a list under a label gives every item the label's
 * role in the event the list is about. People only speak; bodies and
 * countries organize, support or take part.
 */
export const listRoleRule: RelationRule = {
  name: 'list-role',
  apply(ctx: RelationContext): Relation[] {
    const out: Relation[] = [];
    for (const ts of ctx.sentences) {
      const role = labelRole(ctx, ts);
      const focus = role ? focusEvent(ctx, ts) : null;
      if (!role || !focus) continue;
      // The item's first mention is what it lists; later ones qualify it ("…, University of Cambridge").
      const item = ts.slots.find((c) => c.entityId && c.type !== 'City' && c.type !== 'Event');
      if (!item?.entityId) continue;
      const person = item.type === 'Person';
      if (person !== (role === 'SPOKE_AT') || (item.type === 'Country' && role !== 'PARTICIPATED_IN')) continue;
      out.push(relation(role, item.entityId, focus.id, ts.sentence, 0.75));
    }
    return out;
  },
};
