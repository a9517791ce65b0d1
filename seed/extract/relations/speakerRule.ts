import type { Relation } from '../../extraction.ts';
import { relation, type RelationContext, type RelationRule } from './RelationRule.ts';

const SPEECH =
  /\baddress(?:ed|es)\b|\bwelcom\p{L}*\s+(?:remarks|speech|address|words)|\bspoke\b|\bspeech\b|\bkeynote\b|\bpresentation\b|\bpresented\s+(?:a|the|his|her)\s+(?:report|paper|talk|lecture)|\bsummed up\b|\bsummari[sz]ed\b|\bmoderated\b|\bopened the\b|\bclosed the\b|\bdelivered\b|выступил\p{L}*|приветств\p{L}*|подв[её]л\p{L}*\s+итог\p{L}*|итоги\s+\p{L}+\s+подв\p{L}*|доклад\p{L}*|модерировал\p{L}*|открыл\p{L}*/iu;

/** SPOKE_AT: a person in a sentence saying they addressed, presented or summed up at the event. */
export const speakerRule: RelationRule = {
  name: 'speaker',
  apply(ctx: RelationContext): Relation[] {
    const out: Relation[] = [];
    for (const ts of ctx.sentences) {
      if (!SPEECH.test(ts.sentence.text)) continue;
      const event = ts.slots.find((c) => c.type === 'Event' && c.entityId)?.entityId;
      const eventId = event ?? ctx.mainEventId;
      if (!eventId) continue;
      for (const p of ts.slots) {
        if (p.type === 'Person' && p.entityId) out.push(relation('SPOKE_AT', p.entityId, eventId, ts.sentence, event ? 0.85 : 0.7));
      }
    }
    return out;
  },
};
