import { francAll } from 'franc';
import type { Language } from '../extraction.ts';

/** What a report seems to be written in: English or Russian, or another language named for a person. */
export type LanguageGuess =
  | { supported: true; language: Language }
  | { supported: false; code: string; name: string };

const SUPPORTED: Readonly<Record<string, Language>> = { eng: 'en', rus: 'ru' };

/** franc reads no further than this (its own limit), so a report's evidence is its first 2048 characters. */
const FRANC_SAMPLE = 2048;

/**
 * How much worse English or Russian may fit than the best language and still
 * be taken, in franc's score times the sample's length: roughly the trigrams
 * that fit worse, a figure that grows with the evidence (the score alone
 * drifts towards 1 as texts get longer). A short English or Russian text can
 * lose to a neighbour (Scots, Galician, Bulgarian, Macedonian) by a few; two
 * sentences of German, Ukrainian or Kazakh are 21 or more away, a whole
 * report far more. So one sentence of Ukrainian, Belarusian or Bulgarian may
 * pass as Russian: too little text to tell.
 */
const NEAR_MISS = 18;

// Made on the first refusal: ICU's language names take a noticeable part of start-up to load.
let displayNames: Intl.DisplayNames | null = null;

/**
 * The language of a report's text among the ~190 that franc knows. English
 * and Russian are taken when franc prefers them or when they fit almost as
 * well as its choice; anything else is a language EduGraph cannot extract.
 * Text too short or without letters counts as Russian when it is mostly
 * Cyrillic, else English.
 */
export function detectLanguage(text: string): LanguageGuess {
  const ranked = francAll(text);
  const [top] = ranked[0] ?? ['und'];
  const topLanguage = SUPPORTED[top];
  if (topLanguage) return { supported: true, language: topLanguage };
  if (top === 'und') return { supported: true, language: byScript(text) };
  const near = ranked.find(([code]) => code in SUPPORTED);
  if (near && (1 - near[1]) * Math.min(text.length, FRANC_SAMPLE) < NEAR_MISS) {
    return { supported: true, language: SUPPORTED[near[0]]! };
  }
  return { supported: false, code: top, name: languageName(top) };
}

function byScript(text: string): Language {
  const cyrillic = (text.match(/\p{Script=Cyrillic}/gu) ?? []).length;
  const latin = (text.match(/\p{Script=Latin}/gu) ?? []).length;
  return cyrillic > latin ? 'ru' : 'en';
}

/** "German" for deu; ICU knows most of franc's ISO 639-3 codes, the rest are shown as codes. */
function languageName(code: string): string {
  try {
    displayNames ??= new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
    const name = displayNames.of(code);
    if (name && name !== code) return name;
  } catch {
    // not a well-formed language tag: fall through to the code
  }
  return `the language with ISO 639-3 code "${code}"`;
}
