import type { Props, PropValue } from './claims.ts';

/** What one report asserts about one relationship. */
export interface SourceEntry {
  source: string;
  confidence: number;
  evidence: string[];
  roles: string[];
}

/**
 * The provenance properties of an asserted relationship, as stored:
 * `sources` (distinct report ids) with `sourceConfidences` (parallel),
 * `confidence` (the highest), `evidence` with `evidenceSources` (parallel: the
 * report of each sentence), and for AFFILIATED_WITH `roles` (distinct) with
 * `claimedRoles`/`claimedRoleSources` (parallel: who claims which role).
 * Keeping one entry per report is what lets a removal take out exactly one
 * report's share.
 */
const PROVENANCE_KEYS = new Set([
  'sources', 'sourceConfidences', 'confidence', 'evidence', 'evidenceSources', 'roles', 'claimedRoles', 'claimedRoleSources',
]);

export function entriesOf(props: Props): SourceEntry[] {
  const sources = strings(props.sources);
  const confidences = numbers(props.sourceConfidences);
  const evidence = strings(props.evidence);
  const evidenceSources = strings(props.evidenceSources);
  const roles = strings(props.claimedRoles);
  const roleSources = strings(props.claimedRoleSources);
  const fallbackConfidence = typeof props.confidence === 'number' ? props.confidence : 0;
  return sources.map((source, i) => ({
    source,
    confidence: confidences[i] ?? fallbackConfidence,
    // A relationship written without evidenceSources gives its sentences to its first source.
    evidence: evidence.filter((_, j) => (evidenceSources[j] ?? sources[0]) === source),
    roles: roles.filter((_, j) => roleSources[j] === source),
  }));
}

/** Stored properties for these entries; properties that are not provenance are kept from `base`. */
export function propsOf(entries: readonly SourceEntry[], base: Props = {}): Props {
  const props: Props = {};
  for (const [k, v] of Object.entries(base)) if (!PROVENANCE_KEYS.has(k)) props[k] = v;
  props.sources = entries.map((e) => e.source);
  props.sourceConfidences = entries.map((e) => e.confidence);
  props.confidence = entries.reduce((m, e) => Math.max(m, e.confidence), 0);
  props.evidence = entries.flatMap((e) => e.evidence);
  props.evidenceSources = entries.flatMap((e) => e.evidence.map(() => e.source));
  const claimedRoles = entries.flatMap((e) => e.roles);
  if (claimedRoles.length > 0) {
    props.roles = [...new Set(claimedRoles)];
    props.claimedRoles = claimedRoles;
    props.claimedRoleSources = entries.flatMap((e) => e.roles.map(() => e.source));
  }
  return props;
}

/** `props` without what `source` asserted; null when no source is left (the relationship goes). */
export function withoutSource(props: Props, removed: ReadonlySet<string>): Props | null {
  const left = entriesOf(props).filter((e) => !removed.has(e.source));
  return left.length === 0 ? null : propsOf(left, props);
}

/** `props` (null: a new relationship) with `entry` asserted; an earlier entry of the same source is replaced. */
export function withSource(props: Props | null, entry: SourceEntry): Props {
  const base = props ?? {};
  const others = props ? entriesOf(props).filter((e) => e.source !== entry.source) : [];
  return propsOf([...others, entry], base);
}

/** Two relationships' provenance as one (a curator merge folds parallel relationships together). */
export function combineProvenance(a: Props, b: Props): Props {
  const bySource = new Map<string, SourceEntry>();
  for (const e of [...entriesOf(a), ...entriesOf(b)]) {
    const seen = bySource.get(e.source);
    if (!seen) {
      bySource.set(e.source, { ...e, evidence: [...e.evidence], roles: [...e.roles] });
    } else {
      seen.confidence = Math.max(seen.confidence, e.confidence);
      seen.evidence = [...new Set([...seen.evidence, ...e.evidence])];
      seen.roles = [...new Set([...seen.roles, ...e.roles])];
    }
  }
  return propsOf([...bySource.values()], { ...b, ...a });
}

/** A canonical string of a relationship's properties, to tell whether a write would change anything. */
export function fingerprint(props: Props | null): string {
  if (!props) return '';
  return JSON.stringify(Object.keys(props).sort().map((k) => [k, props[k]]));
}

function strings(v: PropValue | undefined): string[] {
  return Array.isArray(v) ? v.map(String) : [];
}

function numbers(v: PropValue | undefined): number[] {
  return Array.isArray(v) ? v.map(Number) : [];
}
