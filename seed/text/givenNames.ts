import { createRequire } from 'node:module';
import { derivedTable, packageFingerprint } from '../cache/derivedCache.ts';

/**
 * Reports name people from Turkey, Central Asia, the Caucasus, Europe,
 * Africa and South-East Asia, in Latin letters. compromise's English lexicon
 * knows mostly English given names, so "Ms. Selin Tuna" or "Orhan Kaya
 * joined …" went unrecognised. faker's locale tables are maintained lists of
 * common given names per language; those written in Latin letters, one word
 * each, are kept. Languages in other scripts are left out: their names reach
 * an English report transliterated, in forms no such table holds.
 */
const LOCALES = [
  'tr', 'az', 'uz_UZ_latin', 'fi', 'sv', 'nb_NO', 'da', 'de', 'nl', 'fr', 'es', 'it', 'pt_BR', 'pl', 'cs_CZ', 'sk', 'hu', 'ro', 'lv', 'hr', 'sr_RS_latin', 'id_ID', 'yo_NG', 'en_NG', 'en_GH', 'en_IN',
] as const;

type NameList = string[] | Record<string, string[]>;
type FakerLocale = { faker: { rawDefinitions: { person?: { first_name?: NameList; last_name?: NameList } } } };
type NameTables = { given: string[]; family: string[] };

/** "Gülşen" and "Gulsen" alike: reports drop diacritics as often as they keep them. */
export function foldGivenName(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').replace(/ı/g, 'i').toLowerCase();
}

let tables: { given: Set<string>; family: Set<string> } | null = null;

function load(): { given: Set<string>; family: Set<string> } {
  const t = derivedTable<NameTables>('faker-person-names', () => [packageFingerprint('@faker-js/faker'), LOCALES.join(',')], () => {
    const require = createRequire(import.meta.url);
    const given = new Set<string>();
    const family = new Set<string>();
    const keep = (list: NameList | undefined, into: Set<string>): void => {
      for (const name of Array.isArray(list) ? list : Object.values(list ?? {}).flat()) {
        if (/^\p{Script=Latin}[\p{Script=Latin}'’-]{2,}$/u.test(name)) into.add(foldGivenName(name));
      }
    };
    for (const locale of LOCALES) {
      const person = (require(`@faker-js/faker/locale/${locale}`) as FakerLocale).faker.rawDefinitions.person;
      keep(person?.first_name, given);
      keep(person?.last_name, family);
    }
    return { given: [...given].sort(), family: [...family].sort() };
  });
  return { given: new Set(t.given), family: new Set(t.family) };
}

const NAME_SHAPE = /^\p{Lu}[\p{Ll}'’-]+$/u;

/** True when some language's common given names hold the word ("Orhan", "Dilnoza", "Aino"), diacritics aside. */
export function isGivenNameInSomeLanguage(word: string): boolean {
  if (!NAME_SHAPE.test(word)) return false;
  tables ??= load();
  return tables.given.has(foldGivenName(word));
}

/** True when some language's common surnames hold the word ("Kaya", "Aaltonen"), diacritics aside. */
export function isSurnameInSomeLanguage(word: string): boolean {
  if (!NAME_SHAPE.test(word)) return false;
  tables ??= load();
  return tables.family.has(foldGivenName(word));
}
