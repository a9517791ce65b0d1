import { distance } from 'fastest-levenshtein';
import { normalizeName } from '../text/normalizeName.ts';
import { foldLatin, stem } from '../text/stem.ts';
import { toLatin } from '../text/transliterate.ts';
import { boundedMemo } from '../text/boundedMemo.ts';

/** Canonical Latin given name ("Пётр", "Petr", "Pyotr" → "Peter"); initials and unknown names transliterated. */
export function canonicalGiven(given: string | null, firstNames: ReadonlyMap<string, string>): string | null {
  if (!given) return null;
  const known = firstNames.get(normalizeName(given));
  return toLatin(known ?? given);
}

// Every surname of a report is compared with every candidate's: the same few thousand, keyed again and again.
/** Surname in a comparable form: Cyrillic transliterated, case endings of Russian forms trimmed, folded. */
export const surnameKey = boundedMemo((surname: string): string => foldLatin(/\p{Script=Cyrillic}/u.test(surname) ? stem(surname) : surname), 50_000);

export function sameSurname(a: string, b: string): boolean {
  const ka = surnameKey(a);
  const kb = surnameKey(b);
  if (ka === kb) return true;
  const min = Math.min(ka.length, kb.length);
  if (min >= 5 && (ka.startsWith(kb) || kb.startsWith(ka)) && Math.abs(ka.length - kb.length) <= 2) return true;
  return min >= 6 && distance(ka, kb) <= 1;
}

/** Same person if surnames agree and given names do not contradict (an initial agrees with a full name). */
export function personMatch(
  a: { given: string | null; surname: string },
  b: { given: string | null; surname: string },
  firstNames: ReadonlyMap<string, string>,
): { score: number; reason: string } {
  if (!sameSurname(a.surname, b.surname)) return { score: 0, reason: 'different surname' };
  const ga = canonicalGiven(a.given, firstNames)?.toLowerCase() ?? null;
  const gb = canonicalGiven(b.given, firstNames)?.toLowerCase() ?? null;
  if (!ga || !gb) return { score: 0.9, reason: 'same surname, given name stated once' };
  if (ga === gb) return { score: 1, reason: 'same name' };
  if (ga.replace(/[.\s]/g, '').length <= 2 || gb.replace(/[.\s]/g, '').length <= 2) {
    return ga[0] === gb[0] ? { score: 0.9, reason: 'initial matches given name' } : { score: 0, reason: 'different initial' };
  }
  if (foldLatin(ga) === foldLatin(gb) || distance(foldLatin(ga), foldLatin(gb)) <= 1) return { score: 0.9, reason: 'given names differ by spelling' };
  return { score: 0.5, reason: 'same surname, different given names' };
}
