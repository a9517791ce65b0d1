import type { EntityType, Extraction } from '../extraction.ts';
import { normalizeName } from '../text/normalizeName.ts';

/** Names per entity sent to the graph's full-text search; long alias lists are capped. */
const MAX_KEYS_PER_ENTITY = 8;

/**
 * The names the loader should look up before calling resolveAgainstKnown:
 * every entity's name and aliases, and for events also the leading words of
 * the title (translations of one title often share only those).
 * Countries and topics are left out: their ids are canonical.
 */
export function searchKeysFor(extraction: Extraction): Array<{ type: EntityType; text: string }> {
  const out: Array<{ type: EntityType; text: string }> = [];
  const seen = new Set<string>();
  const add = (type: EntityType, text: string): void => {
    const key = `${type}|${normalizeName(text)}`;
    if (!normalizeName(text) || seen.has(key)) return;
    seen.add(key);
    out.push({ type, text });
  };
  for (const e of extraction.entities) {
    if (e.type === 'Country' || e.type === 'Topic') continue;
    for (const n of [e.name, ...e.aliases].slice(0, MAX_KEYS_PER_ENTITY)) add(e.type, n);
    if (e.type === 'Event') {
      const lead = e.name.split(/\s+/).slice(0, 3).join(' ');
      if (lead.length >= 6) add(e.type, lead);
    }
  }
  return out;
}
