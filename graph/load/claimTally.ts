import { compareSources, type Props, type PropValue, type SourcedClaim } from './claims.ts';

/**
 * The node property holding an entity's claims folded by facts: for each
 * distinct claim (offsets aside), its oldest report and how many reports make
 * it. Derivation needs nothing more (see SourcedClaim.weight), so a batch that
 * only adds claims reads this instead of walking every MENTIONS of a country
 * or a hub organization — the walk that made each report slower as the graph
 * grew. The claims themselves stay on MENTIONS; a change that removes a
 * report's claims walks them, and every write re-derives the tally, so it is
 * never the only copy of anything.
 */
export const CLAIM_TALLY_KEY = 'claimTally';

type TallyRow = [reportId: string, publishedAt: string | null, ingestedAt: string, weight: number, claim: Props];

/** Claims with equal facts as one, weighted by their number, headed by the oldest; oldest first. */
export function foldClaims(claims: readonly SourcedClaim[]): SourcedClaim[] {
  const groups = new Map<string, SourcedClaim>();
  for (const c of claims) {
    const facts = factsOf(c.claim);
    const key = JSON.stringify(facts);
    const seen = groups.get(key);
    const weight = (c.weight ?? 1) + (seen?.weight ?? 0);
    if (seen && compareSources(c, seen) >= 0) seen.weight = weight;
    else groups.set(key, { reportId: c.reportId, publishedAt: c.publishedAt, ingestedAt: c.ingestedAt, claim: facts, weight });
  }
  return [...groups.values()].sort(compareSources);
}

/** A claim's facts: offsets and the written form are per report, not facts reports agree or disagree on. */
export function factsOf(claim: Props): Props {
  const { starts: _s, ends: _e, nameAsWritten: _w, ...rest } = claim;
  // Keys sorted: a claim read back from MENTIONS lists them in store order, and the tally must not depend on the path.
  return Object.fromEntries(Object.keys(rest).sort().map((k) => [k, rest[k]!])) as Props;
}

/** The stored form of `claims`' tally. */
export function tallyOf(claims: readonly SourcedClaim[]): string {
  const rows: TallyRow[] = foldClaims(claims).map((c) => [c.reportId, c.publishedAt, c.ingestedAt, c.weight ?? 1, c.claim]);
  return JSON.stringify(rows);
}

/** The claims a stored tally stands for; null when there is none or it cannot be read (the caller walks MENTIONS instead). */
export function claimsOfTally(value: PropValue | undefined): SourcedClaim[] | null {
  if (typeof value !== 'string') return null;
  try {
    const rows = JSON.parse(value) as TallyRow[];
    if (!Array.isArray(rows)) return null;
    return rows.map(([reportId, publishedAt, ingestedAt, weight, claim]) => ({ reportId, publishedAt, ingestedAt, weight, claim }));
  } catch {
    return null;
  }
}
