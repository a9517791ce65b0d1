import { hasCyrillic, toLatin } from './transliterate.ts';
import type { EntityLabel } from './model.ts';

// Latin → Russian Cyrillic, longest digraphs first. Rough on purpose: it only
// has to produce the spelling a Russian text would use for a transliterated
// personal or place name ("Polozhevets" → "положевец").
const TO_CYRILLIC: Array<[string, string]> = [
  ['shch', 'щ'], ['sch', 'щ'], ['zh', 'ж'], ['kh', 'х'], ['ts', 'ц'], ['ch', 'ч'], ['sh', 'ш'],
  ['yu', 'ю'], ['ju', 'ю'], ['ya', 'я'], ['ja', 'я'], ['yo', 'ё'], ['ye', 'е'], ['iy', 'ий'], ['yy', 'ый'],
  ['a', 'а'], ['b', 'б'], ['v', 'в'], ['w', 'в'], ['g', 'г'], ['d', 'д'], ['e', 'е'], ['z', 'з'], ['i', 'и'],
  ['j', 'й'], ['y', 'й'], ['k', 'к'], ['l', 'л'], ['m', 'м'], ['n', 'н'], ['o', 'о'], ['p', 'п'], ['r', 'р'],
  ['s', 'с'], ['t', 'т'], ['u', 'у'], ['f', 'ф'], ['h', 'х'], ['c', 'к'], ['q', 'к'], ['x', 'кс'],
];

const LATIN = /\p{Script=Latin}/u;

/** Latin → Cyrillic, lower case; other characters pass through. */
export function latinToCyrillic(s: string): string {
  const lower = s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  let out = '';
  let i = 0;
  outer: while (i < lower.length) {
    for (const [from, to] of TO_CYRILLIC) {
      if (lower.startsWith(from, i)) {
        // "y" after a consonant reads as ы ("Kyrgyz"), after a vowel as й ("Nikolay").
        out += from === 'y' && /[bcdfghjklmnpqrstvwxz]/.test(lower[i - 1] ?? '') ? 'ы' : to;
        i += from.length;
        continue outer;
      }
    }
    out += lower[i];
    i += 1;
  }
  return out;
}

// People and places are transliterated between scripts in real reports;
// organizations, events and topics are translated, so a letter-by-letter
// Cyrillic form of "Pedagogical University" would only add noise.
const TRANSLITERATED_LABELS: ReadonlySet<EntityLabel> = new Set(['Person', 'City']);

/**
 * The text the full-text index `entity_names` sees besides name and aliases:
 * every name, its Latin form when written in Cyrillic, and for people and
 * cities its Cyrillic form when written in Latin — so "Kazakova" finds
 * "Казакова" and "Положевец" finds "Polozhevets".
 */
export function searchTextFor(label: EntityLabel, names: readonly string[]): string {
  const out = new Set<string>();
  for (const name of names) {
    out.add(name);
    if (hasCyrillic(name)) out.add(toLatin(name));
    if (TRANSLITERATED_LABELS.has(label) && LATIN.test(name) && !hasCyrillic(name)) out.add(latinToCyrillic(name));
  }
  return [...out].join(' | ');
}
