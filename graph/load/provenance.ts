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
export const PROVENANCE_KEYS: readonly string[] = [
  'sources', 'sourceConfidences', 'confidence', 'evidence', 'evidenceSources', 'roles', 'claimedRoles', 'claimedRoleSources',
];
const isProvenance = new Set(PROVENANCE_KEYS);

export function entriesOf(props: Props): SourceEntry[] {
  const sources = strings(props.sources);
  const confidences = numbers(props.sourceConfidences);
  const evidenceSources = strings(props.evidenceSources);
  const roleSources = strings(props.claimedRoleSources);
  const fallbackConfidence = typeof props.confidence === 'number' ? props.confidence : 0;
  // One pass over the parallel lists, not one per source: a hub relationship carries thousands of both.
  const evidence = new Map<string, string[]>();
  for (const [j, sentence] of strings(props.evidence).entries()) push(evidence, evidenceSources[j] ?? sources[0]!, sentence);
  const roles = new Map<string, string[]>();
  for (const [j, role] of strings(props.claimedRoles).entries()) if (roleSources[j] !== undefined) push(roles, roleSources[j]!, role);
  return sources.map((source, i) => ({
    source,
    confidence: confidences[i] ?? fallbackConfidence,
    // A relationship written without evidenceSources gives its sentences to its first source.
    evidence: [...(evidence.get(source) ?? [])],
    roles: [...(roles.get(source) ?? [])],
  }));
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Stored properties for these entries; properties that are not provenance are kept from `base`. */
export function propsOf(entries: readonly SourceEntry[], base: Props = {}): Props {
  const props: Props = {};
  for (const [k, v] of Object.entries(base)) if (!isProvenance.has(k)) props[k] = v;
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
  if (!strings(props.sources).some((s) => removed.has(s))) return props;
  const left = entriesOf(props).filter((e) => !removed.has(e.source));
  return left.length === 0 ? null : propsOf(left, props);
}

/** `props` (null: a new relationship) with `entry` asserted; an earlier entry of the same source is replaced. */
export function withSource(props: Props | null, entry: SourceEntry): Props {
  const appended = props ? appendSource(props, entry) : null;
  if (appended) return appended;
  const base = props ?? {};
  const others = props ? entriesOf(props).filter((e) => e.source !== entry.source) : [];
  return propsOf([...others, entry], base);
}

/**
 * What withSource gives when `entry`'s source is new and the stored lists
 * are as propsOf writes them (parallel, grouped by source): the lists with
 * the entry appended, without regrouping every earlier entry — a hub
 * relationship (a city's IN_COUNTRY) gains a source with nearly every report.
 * Null when the general path is needed.
 */
function appendSource(props: Props, entry: SourceEntry): Props | null {
  const sources = strings(props.sources);
  const confidences = numbers(props.sourceConfidences);
  const evidence = strings(props.evidence);
  const evidenceSources = strings(props.evidenceSources);
  const claimedRoles = strings(props.claimedRoles);
  const roleSources = strings(props.claimedRoleSources);
  if (sources.length === 0 || sources.includes(entry.source)) return null;
  if (confidences.length !== sources.length || evidenceSources.length !== evidence.length || roleSources.length !== claimedRoles.length) return null;
  const out: Props = { ...props };
  out.sources = [...sources, entry.source];
  out.sourceConfidences = [...confidences, entry.confidence];
  out.confidence = out.sourceConfidences.reduce((m, c) => Math.max(m, c), 0);
  out.evidence = [...evidence, ...entry.evidence];
  out.evidenceSources = [...evidenceSources, ...entry.evidence.map(() => entry.source)];
  const roles = [...claimedRoles, ...entry.roles];
  delete out.roles;
  delete out.claimedRoles;
  delete out.claimedRoleSources;
  if (roles.length > 0) {
    out.roles = [...new Set(roles)];
    out.claimedRoles = roles;
    out.claimedRoleSources = [...roleSources, ...entry.roles.map(() => entry.source)];
  }
  return out;
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
