import { normalizeName } from '../text/normalizeName.ts';
import { stem } from '../text/stem.ts';
import { fuzzyDice } from './orgName.ts';

/** What is known about an event when comparing it with another. */
export interface EventFacts {
  name: string;
  aliases: string[];
  kind: string | null;
  countryCode: string | null;
  startDate: string | null;
  endDate: string | null;
  /** Ids of organizations involved (partner, organizer, host, participant). */
  participants: string[];
}

/** Days a report's dates may be off and still describe the same event (reports disagree: October vs 16–20 November). */
export const EVENT_DATE_WINDOW_DAYS = 60;

const TITLE_STOP = new Set(['the', 'of', 'and', 'in', 'on', 'to', 'for', 'a', 'an', 'from', 'international', 'round', 'table', 'и', 'в', 'на', 'от', 'к', 'по']);

function titleTokens(s: string): string[] {
  return normalizeName(s)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 1 && !TITLE_STOP.has(w))
    .map((w) => stem(w));
}

function days(a: string, b: string): number {
  return Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;
}

/** Gap in days between two date ranges (0 when they overlap). */
function gap(a: EventFacts, b: EventFacts): number | null {
  if (!a.startDate || !b.startDate) return null;
  const aEnd = a.endDate ?? a.startDate;
  const bEnd = b.endDate ?? b.startDate;
  if (a.startDate <= bEnd && b.startDate <= aEnd) return 0;
  return aEnd < b.startDate ? days(aEnd, b.startDate) : days(bEnd, a.startDate);
}

/**
 * Whether two event records describe one event, from general evidence: same
 * kind, same country, dates within a window, shared leading title words,
 * similar titles, shared organizations. Contradictions (other kind, other
 * country, other year) rule a match out.
 */
export function eventSimilarity(a: EventFacts, b: EventFacts): { score: number; reason: string } {
  const reasons: string[] = [];
  let score = 0;
  if (a.kind && b.kind && a.kind !== 'event' && b.kind !== 'event') {
    if (a.kind !== b.kind) return { score: 0, reason: 'different kind' };
    score += 0.25;
    reasons.push(`same kind (${a.kind})`);
  }
  if (a.countryCode && b.countryCode) {
    if (a.countryCode !== b.countryCode) return { score: 0, reason: 'held in different countries' };
    score += 0.2;
    reasons.push(`same country (${a.countryCode})`);
  }
  const g = gap(a, b);
  if (g !== null) {
    if ((a.startDate ?? '').slice(0, 4) !== (b.startDate ?? '').slice(0, 4) && g > EVENT_DATE_WINDOW_DAYS) return { score: 0, reason: 'different year' };
    if (g === 0) {
      score += 0.25;
      reasons.push('same dates');
    } else if (g <= EVENT_DATE_WINDOW_DAYS) {
      score += 0.2;
      reasons.push(`dates within ${Math.round(g)} days`);
    } else return { score: 0, reason: `dates ${Math.round(g)} days apart` };
  }
  const titlesA = [a.name, ...a.aliases].map(titleTokens).filter((t) => t.length);
  const titlesB = [b.name, ...b.aliases].map(titleTokens).filter((t) => t.length);
  let bestDice = 0;
  let leading = false;
  for (const x of titlesA) {
    for (const y of titlesB) {
      bestDice = Math.max(bestDice, fuzzyDice(x, y));
      if (x.length >= 1 && y.length >= 1 && x[0] === y[0] && (x.length < 2 || y.length < 2 || fuzzyDice(x.slice(0, 2), y.slice(0, 2)) > 0)) leading = true;
    }
  }
  if (leading) {
    score += 0.15;
    reasons.push('shared leading title words');
  }
  score += 0.3 * bestDice;
  if (bestDice > 0.3) reasons.push(`similar titles (${bestDice.toFixed(2)})`);
  const shared = a.participants.filter((p) => b.participants.includes(p)).length;
  if (shared > 0) {
    score += Math.min(0.2, 0.1 * shared);
    reasons.push(`${shared} shared organization${shared > 1 ? 's' : ''}`);
  }
  return { score: Math.min(1, Math.round(score * 100) / 100), reason: reasons.join(', ') || 'no shared evidence' };
}
