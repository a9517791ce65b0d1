import { findDates } from './dates.ts';
import { EN_EVENT_REFERENCE, EVENT_KINDS, RU_EVENT_REFERENCE } from './lexicon.ts';
import type { EventCandidate, ExtractionContext, Extractor } from './Extractor.ts';
import type { Sentence } from '../text/sentences.ts';

const EN_MODIFIERS = '(?:(?:International|Regional|Interregional|National|Republican|Annual|Scientific(?:[- ]Practical)?|Inter-?university|Global|Online|Virtual|Youth|Pedagogical|Educational|First|Second|Third|Fourth|Fifth|\\d+(?:st|nd|rd|th)|[IVX]+)\\s+)*';
const RU_MODIFIERS = '(?:(?:международн|региональн|межрегиональн|всероссийск|республиканск|ежегодн|научно-практическ|научн|педагогическ|молод[её]жн|онлайн|[IVX]+)\\p{L}*\\s+)*';
export const HELD_CUE = /\b(?:was|were|will be|is|are)\s+(?:being\s+)?(?:held|organi[sz]ed|conducted|hosted|convened)\b|\btook place\b|\bheld\b|прош[её]л|прошла|прошли|состоял\p{L}*|проходил\p{L}*|организова\p{L}*|провед[её]н\p{L}*/iu;

const KIND_RE = EVENT_KINDS.map((k) => ({
  kind: k.kind,
  en: new RegExp(`(?<![\\p{L}])${EN_MODIFIERS}(?:${k.en})(?![\\p{L}])`, 'giu'),
  ru: new RegExp(`(?<![\\p{L}])${RU_MODIFIERS}(?:${k.ru})`, 'giu'),
}));

/**
 * Events: a kind phrase (round table, conference, семинар…) with a quoted or
 * Title Case name defines an event; the same kind without a name, and "the
 * event", refer back to one. With no named event, the first kind phrase in a
 * sentence saying it was held (or dated) defines it.
 */
export const eventExtractor: Extractor = {
  name: 'event',
  extract(ctx: ExtractionContext): EventCandidate[] {
    const out: EventCandidate[] = [];
    for (const s of ctx.sentences) {
      const taken: Array<[number, number]> = [];
      for (const k of KIND_RE) {
        for (const re of [k.en, k.ru]) {
          for (const m of s.text.matchAll(re)) {
            const start = s.start + (m.index ?? 0);
            const end = start + m[0].length;
            if (taken.some(([a, b]) => start < b && a < end)) continue;
            taken.push([start, end]);
            const phrase = m[0];
            const plural = isPlural(phrase);
            const title = titleNear(ctx, s, start, end);
            if (plural && !title) continue;
            const dates = title ? (findDates(s.text, s.start)[0] ?? null) : null;
            out.push({
              type: 'Event',
              start: title ? Math.min(start, title.start) : start,
              end: title ? Math.max(end, title.end) : end,
              text: ctx.text.slice(title ? Math.min(start, title.start) : start, title ? Math.max(end, title.end) : end),
              sentence: s.index,
              kind: k.kind,
              kindPhrase: phrase,
              title: title?.text ?? null,
              dates,
              ...(title ? {} : { reference: true }),
            });
          }
        }
      }
      for (const re of [EN_EVENT_REFERENCE, RU_EVENT_REFERENCE]) {
        for (const m of s.text.matchAll(re)) {
          const start = s.start + (m.index ?? 0);
          const end = start + m[0].length;
          if (taken.some(([a, b]) => start < b && a < end)) continue;
          out.push({ type: 'Event', start, end, text: m[0], sentence: s.index, kind: 'event', kindPhrase: m[0], title: null, dates: null, reference: true });
        }
      }
    }
    if (!out.some((e) => !e.reference)) promoteFirstHeld(out, ctx);
    return out.sort((a, b) => a.start - b.start);
  },
};

function isPlural(phrase: string): boolean {
  const last = phrase.trim().split(/\s+/).pop() ?? '';
  if (/\p{Script=Cyrillic}/u.test(last)) return /(?:ы|ов|ах|ами|ями|ям)$/u.test(last);
  return /(?:[^s]s|ses|fora|symposia)$/i.test(last) && !/^(?:congress|class)$/i.test(last);
}

/** A quoted name right after or right before the kind phrase, or a Title Case "… on X" name. */
function titleNear(ctx: ExtractionContext, s: Sentence, start: number, end: number): { text: string; start: number; end: number } | null {
  const after = ctx.quotes.find((q) => q.start >= end && q.start - end <= 3 && /^[\s:]*$/.test(ctx.text.slice(end, q.start)));
  if (after) return { text: after.inner.trim(), start: after.start, end: after.end };
  const before = ctx.quotes.find((q) => q.end <= start && start - q.end <= 2 && /^\s*$/.test(ctx.text.slice(q.end, start)));
  if (before) return { text: before.inner.trim(), start: before.start, end: before.end };
  const kindText = ctx.text.slice(start, end);
  if (/^\p{Lu}/u.test(kindText.split(/\s+/).pop() ?? '')) {
    const rest = ctx.text.slice(end, s.end);
    const m = /^\s+(?:on|of|for)\s+(?:the\s+)?((?:\p{Lu}[\p{L}'’-]*|and|of|in|for|the|&)(?:\s+(?:\p{Lu}[\p{L}'’-]*|and|of|in|for|the|&))*)/u.exec(rest);
    if (m && /\p{Lu}/u.test(m[1] ?? '')) {
      const full = ctx.text.slice(start, end + m[0].length).replace(/\s+(?:and|of|in|for|the|&)$/u, '');
      return { text: full.replace(/^(?:the)\s+/i, ''), start, end: start + full.length };
    }
  }
  return null;
}

function promoteFirstHeld(events: EventCandidate[], ctx: ExtractionContext): void {
  for (const e of events.sort((a, b) => a.start - b.start)) {
    if (e.kind === 'event' || isPlural(e.kindPhrase)) continue;
    const s = ctx.sentences[e.sentence];
    if (!s) continue;
    const dates = findDates(s.text, s.start);
    if (HELD_CUE.test(s.text) || dates.length > 0) {
      delete e.reference;
      e.dates = dates[0] ?? null;
      return;
    }
  }
}
