/**
 * Puts a Russian organization name met in an oblique case back into the
 * nominative ("Российской академии образования" → "Российская академия
 * образования"), so names and ids do not depend on the sentence they came
 * from. Only the head noun and the adjectives before it change; the genitive
 * complement after the head is already how the name is written.
 */
const HEADS: Array<[stem: string, nominative: string, gender: 'm' | 'f' | 'n']> = [
  ['университет', 'университет', 'm'],
  ['академи', 'академия', 'f'],
  ['институт', 'институт', 'm'],
  ['фонд', 'фонд', 'm'],
  ['министерств', 'министерство', 'n'],
  ['школ', 'школа', 'f'],
  ['лице', 'лицей', 'm'],
  ['гимнази', 'гимназия', 'f'],
  ['колледж', 'колледж', 'm'],
  ['центр', 'центр', 'm'],
  ['агентств', 'агентство', 'n'],
  ['комитет', 'комитет', 'm'],
  ['департамент', 'департамент', 'm'],
  ['ассоциаци', 'ассоциация', 'f'],
  ['союз', 'союз', 'm'],
  ['управлени', 'управление', 'n'],
  ['представительств', 'представительство', 'n'],
];

const HARD_BEFORE_I = /[гкхжшщч]$/;

function adjective(word: string, gender: 'm' | 'f' | 'n'): string {
  const m = /^(.*?)(ого|его|ому|ему|ым|им|ом|ем|ой|ей|ую|юю|ая|яя|ый|ий|ое|ее)$/u.exec(word);
  if (!m) return word;
  const stem = m[1] ?? '';
  const soft = /^(?:его|ему|им|ем|юю|яя|ий|ее)$/.test(m[2] ?? '') || (gender === 'f' && m[2] === 'ей') && !HARD_BEFORE_I.test(stem);
  if (gender === 'f') return stem + (soft ? 'яя' : 'ая');
  if (gender === 'n') return stem + (soft ? 'ее' : 'ое');
  if (soft || HARD_BEFORE_I.test(stem)) return `${stem}ий`;
  return `${stem}ый`;
}

function withCase(model: string, word: string): string {
  return /^\p{Lu}/u.test(model) ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}

export function russianNominative(name: string): string {
  if (!/\p{Script=Cyrillic}/u.test(name)) return name;
  const words = name.split(' ');
  for (let i = 0; i < words.length; i++) {
    const w = words[i] ?? '';
    const lower = w.toLowerCase();
    const head = HEADS.find(([stem]) => lower.startsWith(stem) && lower.length - stem.length <= 3);
    if (!head) continue;
    const [, nominative, gender] = head;
    if (lower === nominative) return name;
    words[i] = withCase(w, nominative);
    for (let j = i - 1; j >= 0; j--) {
      const a = words[j] ?? '';
      if (!/\p{Script=Cyrillic}/u.test(a) || /[«»"“”]/.test(a)) break;
      words[j] = a
        .split('-')
        .map((part, k, parts) => (k === parts.length - 1 ? withCase(part, adjective(part.toLowerCase(), gender)) : part))
        .join('-');
    }
    return words.join(' ');
  }
  return name;
}
