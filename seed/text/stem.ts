import { toLatin } from './transliterate.ts';

// Longest first, so "ого" wins over "о". Crude on purpose: it only has to make
// inflected forms of one name compare equal, never produce a real lemma.
const RU_ENDINGS = [
  'иями', 'ями', 'ами', 'ого', 'его', 'ому', 'ему', 'ыми', 'ими', 'ией', 'ием', 'ией',
  'ая', 'яя', 'ое', 'ее', 'ые', 'ие', 'ый', 'ий', 'ой', 'ей', 'ую', 'юю', 'ых', 'их',
  'ым', 'им', 'ом', 'ем', 'ам', 'ям', 'ах', 'ях', 'ов', 'ев', 'ия', 'ии', 'ию',
  'а', 'я', 'у', 'ю', 'е', 'ы', 'и', 'о', 'ь',
];
const EN_ENDINGS = ['ational', 'ization', 'ations', 'ation', 'ings', 'ing', 'ness', 'ment', 'ies', 'es', 's', 'al', 'ed', 'ive', 'ly', 'y', 'e'];

/** A rough stem for fuzzy comparison of words in either language. */
export function stem(word: string): string {
  const w = word.toLowerCase().replace(/ё/g, 'е');
  if (/\p{Script=Cyrillic}/u.test(w)) {
    for (const e of RU_ENDINGS) {
      if (w.length - e.length >= 3 && w.endsWith(e)) return w.slice(0, -e.length);
    }
    return w;
  }
  for (const e of EN_ENDINGS) {
    if (w.length - e.length >= 4 && w.endsWith(e)) return w.slice(0, -e.length);
  }
  return w;
}

/**
 * A Latin, phonetically folded form so transliteration variants compare equal:
 * Polozhevets/Polozhevec/Положевец, Yelena/Elena, Kazakhova/Kazakova stays apart.
 */
export function foldLatin(word: string): string {
  return toLatin(word)
    .toLowerCase()
    .replace(/[^a-z]/g, '')
    .replace(/tz|ts|cz/g, 'c')
    .replace(/kh/g, 'h')
    .replace(/^ye/, 'e')
    .replace(/yo|io/g, 'e')
    .replace(/iy$|yi$|ii$|yy$/, 'y')
    .replace(/y/g, 'i')
    .replace(/j/g, 'zh');
}
