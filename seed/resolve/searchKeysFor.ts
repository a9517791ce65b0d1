import { curatedData } from '../data/curated.ts';
import type { EntityType, Extraction } from '../extraction.ts';
import type { SearchKey } from '../../graph/index.ts';
import { gazetteersFor } from '../gazetteer/index.ts';
import { boundedMemo } from '../text/boundedMemo.ts';
import { normalizeName } from '../text/normalizeName.ts';
import { findQuotedSpans } from '../text/quotes.ts';
import { toLatin } from '../text/transliterate.ts';
import { genericWord, isFunctionWord, russianNounsOf } from './institutionalVocabulary.ts';
import { parsedOrgName } from './parsedOrgName.ts';

/** Names per entity sent to the graph's full-text search; long alias lists are capped. */
const MAX_KEYS_PER_ENTITY = 8;
/** Names per organization also looked up in the other language. */
const TRANSLATED_NAMES = 3;

/**
 * The names the loader should look up before calling resolveAgainstKnown:
 * every entity's name and aliases, and for events also the leading words of
 * the title (translations of one title often share only those). An
 * organization is also looked up in the other language, so the English and
 * the Russian name of one body meet.
 * Countries and topics are left out: their ids are canonical.
 */
export function searchKeysFor(extraction: Extraction): SearchKey[] {
  const out: SearchKey[] = [];
  const seen = new Set<string>();
  const add = (type: EntityType, text: string): void => {
    const key = `${type}|${normalizeName(text)}`;
    if (!normalizeName(text) || seen.has(key)) return;
    seen.add(key);
    out.push({ type, text });
  };
  for (const e of extraction.entities) {
    if (e.type === 'Country' || e.type === 'Topic') continue;
    const names = [e.name, ...e.aliases].slice(0, MAX_KEYS_PER_ENTITY);
    for (const n of names) add(e.type, n);
    if (e.type === 'Organization') for (const n of names.slice(0, TRANSLATED_NAMES)) add(e.type, cachedOtherLanguageKey(n));
    if (e.type === 'Event') {
      // The title proper, when the name wraps it in a kind phrase ("International Round Table “From Impact…”").
      const title = findQuotedSpans(e.name)[0]?.inner.trim() || e.name;
      const lead = title.split(/\s+/).slice(0, 3).join(' ');
      if (lead.length >= 6) add(e.type, lead);
    }
  }
  return out;
}

// Loading asks for the same popular bodies report after report; parsing their names is most of what a key costs.
const cachedOtherLanguageKey = boundedMemo(otherLanguageKey, 50_000);

/**
 * The words the same body's name would share in the other language: a Russian
 * name's institutional words in English and its other words transliterated;
 * an English name's head nouns in Russian, its country's Russian name, and its
 * other words as they are (a Russian name is also indexed transliterated).
 */
function otherLanguageKey(name: string): string {
  const words = name.split(/[^\p{L}\p{N}-]+/u).filter((w) => w && !isFunctionWord(w));
  if (/\p{Script=Cyrillic}/u.test(name)) {
    return words.map((w) => genericWord(w) ?? toLatin(w)).join(' ');
  }
  const parsed = parsedOrgName(name, gazetteersFor(curatedData()));
  const country = parsed.countryCode ? gazetteersFor(curatedData()).countries.get(parsed.countryCode)?.ruName : undefined;
  const nouns = parsed.generic.flatMap((g) => russianNounsOf(g));
  const proper = words.filter((w) => !genericWord(w));
  return [...nouns, ...(country ? [country] : []), ...proper].join(' ');
}
