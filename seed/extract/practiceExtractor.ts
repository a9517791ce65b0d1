import type { Sentence } from '../text/sentences.ts';
import { AUDIENCE_WORDS } from './lexicon.ts';
import type { ExtractionContext, Extractor, OrganizationCandidate, PracticeCandidate } from './Extractor.ts';

const ACTIVITY = '(?:workshops?|seminars?|master[- ]?class(?:es)?|trainings?|training sessions?|sessions?|lectures?|webinars?|consultations?)';
/** Where the object of a "showing" verb starts; group 1 is the object. */
const EN_CUES: RegExp[] = [
  new RegExp(`\\b(?:held|conducted|ran|organi[sz]ed|gave|delivered|offered)\\s+(?:a|an|several|a number of|a series of|two|three|four|\\d+)?\\s*(?:practical\\s+|interactive\\s+)?${ACTIVITY}(?:\\s+and\\s+${ACTIVITY})?\\s+(?:on|about|aimed at|devoted to|dedicated to|for|in)\\s+(.+)$`, 'i'),
  /\b(?:were|was)\s+introduced\s+to\s+(.+)$/i,
  /\b(?:demonstrated|presented|showcased|shared|introduced)\s+(?:to\s+(?:the\s+)?(?:participants|colleagues|attendees|audience)\s+)?(.+)$/i,
  /(?:продемонстрировал\p{L}*|представил\p{L}*|показал\p{L}*)\s+(?:участникам\s+)?(?:(?:круглого\s+стола|форума|конференции)\s+)?(.+)$/iu,
  /познакомил\p{L}*\s+(?:участников\s+)?с\s+(.+)$/iu,
  /познакомились\s+с\s+(.+)$/iu,
  /провел\p{L}*\s+(?:несколько\s+|ряд\s+)?(?:практическ\p{L}*\s+|интерактивн\p{L}*\s+)?(?:семинар\p{L}*|мастер-класс\p{L}*|тренинг\p{L}*|воркшоп\p{L}*|заняти\p{L}*)(?:\s+и\s+\p{L}+)?\s+(?:по|о|об|на тему|для|посвящ[её]нн\p{L}*)\s+(.+)$/iu,
];
/** "<practice> offered by <org>" puts the practice first. */
const BY_ORG = /\b(?:offered|presented|developed|designed|implemented|created|provided)\s+by\s+(?:the\s+)?$/i;
const SUPPORT_GIVEN = /^(?:(?:additional|financial|technical|generous|further)\s+)?(?:funding|financing|support|sponsorship|grants?|assistance|help)$/iu;
const RU_BY_ORG = /(?:разработанн\p{L}*|предложенн\p{L}*|представленн\p{L}*)\s+$/iu;

const STOP_OBJECT = /\s+with\s+(?:foreign\s+|international\s+)?(?:colleagues|partners)\b|,\s+and\s+(?=(?:[\p{L}-]+\s+){1,4}(?:shared|presented|said|discussed|visited|took|gave|explained|spoke|described|showed|noted|stressed|added)\b)|\s+(?:and|but)\s+(?:are|is|was|were|have|has|will|aroused|found)\b|,?\s+(?:which|that|where|who|in order to|so that)\b|\s+(?:were|was|are|is)\s+(?:deployed|held|shown|presented)\b|[:;!?]|\.\s*$|,\s+а\s|,\s+и\s+(?:также\s+)?(?:провели|представили|показали)|\s+(?:вызвал\p{L}*|были|был)\s/iu;
const LEADING = /^(?:(?:successful\s+|best\s+|effective\s+)?(?:practices|experience)\s+(?:of|in)\s+|(?:to\s+)?(?:the\s+)?participants\s+|various\s+|several\s+|a number of\s+|different\s+|numerous\s+|their\s+|our\s+|its\s+|the\s+|a\s+|an\s+|at\s+|also\s+|различн\p{L}*\s+|несколько\s+)+/iu;
const SPLIT =
  /,\s+as well as\s+|;\s+|,\s+а также\s+|\s+а также\s+|,\s+and\s+(?:at\s+)?(?=\p{L}+ing\b)|\s+and\s+(?:at\s+)?(?=\p{L}+ing\b)|,\s+(?=\p{L}+(?:ing|ment)\s)|\s+и\s+(?=\p{L}+(?:нию|ние|нии|ения|ании|анию|ению)\b)/iu;

/**
 * Practices: what a sentence says was demonstrated, presented, taught in
 * workshops, or offered by an organization, split into its coordinated items,
 * with the audience named in it and the organization that showed it.
 */
export const practiceExtractor: Extractor = {
  name: 'practice',
  extract(ctx: ExtractionContext): PracticeCandidate[] {
    const orgs = ctx.found.filter((c): c is OrganizationCandidate => c.type === 'Organization');
    const out: PracticeCandidate[] = [];
    let lastPresenter: OrganizationCandidate | null = null;
    for (const s of ctx.sentences) {
      if (isSpeech(ctx, s)) continue;
      const inSentence = orgs.filter((o) => o.sentence === s.index && !o.parentOf);
      const found = byOrg(ctx, s, inSentence) ?? cueObject(s);
      if (!found) continue;
      // "… presented the framework, and ⟦Elena Volkova⟧, Director of …, spoke": a person named next starts another clause.
      const next = ctx.found.find((c) => c.type === 'Person' && c.start > found.start && c.start < found.end);
      if (next) found.end = found.start + ctx.text.slice(found.start, next.start).replace(/[\s,;:]*(?:(?:and|и)\s+)?$/u, '').length;
      const subject = found.presenter ?? inSentence.find((o) => o.start < found.start) ?? null;
      const pronoun = /^(?:they|we|the team|они|мы)\b/i.test(s.text);
      const presenter: OrganizationCandidate | null = subject ?? (pronoun ? lastPresenter : null);
      if (presenter) lastPresenter = presenter;
      for (const item of splitItems(ctx.text, found.start, found.end)) {
        const words = item.text.split(/\s+/).length;
        if (words < 2 || words > 30) continue;
        // «Доклад «…» представила учитель … ⟦P⟧»: with the subject after the verb, what follows it is who, not what.
        if (ctx.found.some((c) => c.type === 'Person' && c.start >= item.start && c.end <= item.end && item.end - c.end <= 1)) continue;
        out.push({
          type: 'Practice',
          start: item.start,
          end: item.end,
          text: item.text,
          sentence: s.index,
          name: item.text.replace(/\s+/g, ' '),
          audience: audienceOf(`${item.text} ${found.audienceText ?? ''}`),
          presenter,
        });
      }
    }
    return out;
  },
};

function isSpeech(ctx: ExtractionContext, s: Sentence): boolean {
  return ctx.quotes.some((q) => q.innerStart <= s.start && q.innerEnd >= s.end - 1 && q.end - q.start > 120);
}

interface Found {
  start: number;
  end: number;
  presenter?: OrganizationCandidate;
  audienceText?: string;
}

function cueObject(s: Sentence): Found | null {
  for (const re of EN_CUES) {
    const m = re.exec(s.text);
    if (!m || m[1] === undefined) continue;
    const objStart = (m.index ?? 0) + m[0].length - m[1].length;
    const rest = s.text.slice(objStart);
    const stop = STOP_OBJECT.exec(rest);
    const len = stop ? stop.index : rest.length;
    if (len < 8) continue;
    return { start: s.start + objStart, end: s.start + objStart + len };
  }
  return null;
}

function byOrg(ctx: ExtractionContext, s: Sentence, orgs: OrganizationCandidate[]): Found | null {
  for (const o of orgs) {
    const before = ctx.text.slice(s.start, o.start);
    const m = BY_ORG.exec(before) ?? RU_BY_ORG.exec(before);
    if (!m) continue;
    // "The toolkit was developed by ⟦O⟧": the auxiliary is the verb's, not the thing's.
    const auxiliary = /\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been|will\s+be)\s*$/iu.exec(before.slice(0, m.index));
    const objEnd = s.start + (auxiliary ? auxiliary.index : m.index);
    // "DUSHANBE, 3 March – A training opened under the project, implemented by ⟦O⟧": the thing made by a body
    // is the phrase right before "by", not the whole clause.
    const clause = /^(?:.*[–—:]\s+)?/su.exec(before.slice(0, m.index))?.[0].length ?? 0;
    const objStart = s.start + clause;
    // "Funding was provided by ⟦O⟧": money or help given is a role in the event, not a practice.
    if (SUPPORT_GIVEN.test(ctx.text.slice(objStart, objEnd))) continue;
    if (ctx.text.slice(objStart, objEnd).split(/\s+/).length > 15) continue;
    const after = ctx.text.slice(o.end, s.end);
    const forPart = /^\s*(?:for|для)\s+(.+?)(?:\s+(?:were|was|are|is|have|has|были|был)\s|$)/iu.exec(after);
    return { start: objStart, end: objEnd, presenter: o, ...(forPart?.[1] ? { audienceText: forPart[1] } : {}) };
  }
  return null;
}

function splitItems(text: string, start: number, end: number): Array<{ start: number; end: number; text: string }> {
  const out: Array<{ start: number; end: number; text: string }> = [];
  const body = text.slice(start, end);
  let pos = 0;
  const re = new RegExp(SPLIT.source, 'giu');
  const pieces: Array<[number, number]> = [];
  for (const m of body.matchAll(re)) {
    pieces.push([pos, m.index ?? 0]);
    pos = (m.index ?? 0) + m[0].length;
  }
  pieces.push([pos, body.length]);
  for (const [a, b] of pieces) {
    let s = a;
    let e = b;
    const lead = LEADING.exec(body.slice(s, e));
    if (lead) s += lead[0].length;
    while (e > s && /[\s,.;:]/.test(body[e - 1] ?? '')) e--;
    if (e > s) out.push({ start: start + s, end: start + e, text: body.slice(s, e) });
  }
  return out;
}

function audienceOf(text: string): string | null {
  const found: string[] = [];
  const age = /(?:children|дет\p{L}*)\s+(?:(?:of|aged|from)\s+)?(?:от\s+)?(\d+)\s*(?:to|–|-|до)\s*(\d+)/iu.exec(text);
  for (const [re, label] of AUDIENCE_WORDS) {
    if (re.test(text) && !found.includes(label)) found.push(label === 'children' && age ? `children aged ${age[1]}–${age[2]}` : label);
  }
  return found.length ? found.join(', ') : null;
}
