import { franc } from 'franc-min';
import type { Language } from '../extraction.ts';

/** English or Russian: franc decides, the share of Cyrillic letters settles short or unclear texts. */
export function detectLanguage(text: string): Language {
  const guess = franc(text, { only: ['eng', 'rus'], minLength: 20 });
  if (guess === 'rus') return 'ru';
  if (guess === 'eng') return 'en';
  const cyr = (text.match(/\p{Script=Cyrillic}/gu) ?? []).length;
  const lat = (text.match(/\p{Script=Latin}/gu) ?? []).length;
  return cyr > lat ? 'ru' : 'en';
}
