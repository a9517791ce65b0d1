import { toLatin } from '../text/transliterate.ts';
import { isFunctionWord } from './institutionalVocabulary.ts';

/** A single word written as an abbreviation: "UNICEF", "KazNU", «ТвГУ», "SPbU" (two capitals or more, short). */
export function isAcronym(word: string): boolean {
  if (word.length < 2 || word.length > 10 || !/^\p{Lu}/u.test(word) || !/^[\p{L}\p{N}]+$/u.test(word)) return false;
  const capitals = word.match(/\p{Lu}/gu)?.length ?? 0;
  return capitals >= 2 && capitals * 2 >= word.length - (word.match(/\p{N}/gu)?.length ?? 0) - 1;
}

/** "KazNU" → ["kaz", "n", "u"]: each capital starts a piece, lower-case letters continue it. */
function pieces(acronym: string): string[] {
  return (acronym.match(/\p{Lu}[\p{Ll}]*|\p{N}+/gu) ?? []).map((p) => p.toLowerCase());
}

/** Whether the pieces cover the words in order, each piece starting its word. */
function covers(ps: string[], words: string[]): boolean {
  if (ps.length !== words.length || ps.length < 2) return false;
  return ps.every((p, i) => (words[i] ?? '').startsWith(p));
}

/**
 * Whether an acronym abbreviates a name: its letters are the initials of the
 * name's content words (function words skipped, a hyphenated word giving one
 * letter per part or one in all), in either script — "KNU" abbreviates
 * «Кыргызский национальный университет» as well as "Kyrgyz National University".
 */
export function abbreviates(acronym: string, name: string): boolean {
  // Eponyms are usually left out of the letters ("TSPU" of "… University named after Pushkin").
  const base = name.replace(/\s+(?:named after|имени|им\.)\s.*$/iu, '');
  return (base !== name && abbreviatesWords(acronym, base)) || abbreviatesWords(acronym, name);
}

function abbreviatesWords(acronym: string, name: string): boolean {
  const words = name
    .replace(/[«»"“”„'’()]/g, ' ')
    .split(/\s+/)
    .filter((w) => /^[\p{L}]/u.test(w) && !isFunctionWord(w));
  if (words.length < 2) return false;
  const ps = pieces(acronym);
  const forms = [words.map((w) => w.toLowerCase())];
  forms.push(forms[0]!.flatMap((w) => w.split('-')).filter(Boolean));
  const latin = (ws: string[]): string[] => ws.map((w) => toLatin(w).toLowerCase());
  const all = [...forms, ...forms.map(latin)];
  const latinPieces = ps.map((p) => toLatin(p).toLowerCase());
  return all.some((ws) => covers(ps, ws) || covers(latinPieces, ws));
}
