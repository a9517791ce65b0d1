import { relationshipKey, type EntityLabel } from '../schema/model.ts';
import { emptyRelationshipCounts, type RelationshipCounts } from './types.ts';
import { DERIVED_KEYS, deriveEntityProperties, fingerprint, strings, type Props, type PropValue, type SourcedClaim } from './claims.ts';
import type { PreparedExtraction } from './prepareExtraction.ts';
import { CLAIM_TALLY_KEY } from './claimTally.ts';
import { sameClaim, type RelationshipState } from './relationshipClaims.ts';
import type { EntityState } from './batchState.ts';

export type EntityOutcome = 'created' | 'merged' | 'unchanged' | 'removed';
export type RelationshipOutcome = 'created' | 'updated' | 'unchanged' | 'deleted';

/** The part of the graph one report change can touch, as the load read it. */
export interface GraphState {
  entities: Map<string, EntityState>;
  /** keyed by relationshipKey */
  relationships: Map<string, RelationshipState>;
}

/** What one report change does, decided before anything is written. */
export interface ChangePlan {
  /** entities after the change, by id; null: deleted (no report mentions it any more) */
  entities: Map<string, EntityState | null>;
  mentions: Array<{ id: string; props: Props }>;
  reportsOn: string[];
  /** relationships after the change, by key; null: deleted (its last claim went) */
  relationships: Map<string, RelationshipState | null>;
  entityOutcomes: Array<{ id: string; label: EntityLabel; outcome: EntityOutcome }>;
  relationshipOutcomes: Array<{ key: string; outcome: RelationshipOutcome }>;
}

/**
 * Plans taking the claims of `removed` reports out of the graph and putting
 * those of `added` in (either may be empty: a removal, a first load, or a
 * replacement). Pure: `state` is the slice of the batch's state the change touches.
 * Entities keep the claim tally they had: a batch folds each entity's claims
 * once, for its final state (BatchState.changes), not after every report.
 *
 * Outcomes are judged against the graph before the change, with the removed
 * reports standing in for the added one — so a new version of a report that
 * asserts the same facts leaves its entities "unchanged".
 */
export function planChange(
  state: GraphState,
  removed: ReadonlySet<string>,
  added: PreparedExtraction | null,
): ChangePlan {
  const plan: ChangePlan = {
    entities: new Map(),
    mentions: [],
    reportsOn: [],
    relationships: new Map(),
    entityOutcomes: [],
    relationshipOutcomes: [],
  };

  // Relationships first: an entity whose links change is "merged".
  const touched = new Set<string>();
  const addedRelations = new Map((added?.relations ?? []).map((r) => [relationshipKey(r.type, r.from, r.to), r]));
  const keys = new Set([...state.relationships.keys(), ...addedRelations.keys()]);
  for (const key of keys) {
    const before = state.relationships.get(key) ?? null;
    const asserted = addedRelations.get(key);
    const claims = new Map(before?.claims ?? []);
    const gone = [...claims.values()].filter((c) => removed.has(c.source));
    for (const c of gone) claims.delete(c.source);
    // Only a removed claim that held the highest confidence or a role can change those: then they are re-derived from the claims left.
    const stale = gone.some((c) => c.confidence >= (before?.confidence ?? 0) || c.roles.length > 0);
    let after: RelationshipState | null = before
      ? { ...before, claims, count: before.count - gone.length, stale: before.stale || stale }
      : { elementId: null, type: asserted!.type, from: asserted!.from, to: asserted!.to, count: 0, confidence: 0, roles: [], claims, stale: false };
    if (asserted && added) {
      claims.set(added.report.id, asserted.entry);
      after.count += 1;
      after.confidence = Math.max(after.confidence, asserted.entry.confidence);
      after.roles = [...new Set([...after.roles, ...asserted.entry.roles])];
    }
    if (after.count <= 0) after = null;
    let outcome: RelationshipOutcome;
    if (!before || before.count === 0) outcome = 'created';
    else if (!after) outcome = 'deleted';
    // A new version that asserts what its earlier version did leaves the relationship as it was.
    else outcome = asserted && gone.length === 1 && sameClaim(gone[0]!, asserted.entry) ? 'unchanged' : gone.length === 0 && !asserted ? 'unchanged' : 'updated';
    plan.relationshipOutcomes.push({ key, outcome });
    if (outcome !== 'unchanged') {
      touched.add(after?.from ?? before!.from);
      touched.add(after?.to ?? before!.to);
    }
    plan.relationships.set(key, after);
  }

  const addedEntities = new Map((added?.entities ?? []).map((e) => [e.id, e]));
  const ids = new Set([...state.entities.keys(), ...addedEntities.keys()]);
  for (const id of ids) {
    const before = state.entities.get(id);
    const asserted = addedEntities.get(id);
    const label = before?.label ?? asserted!.label;
    const claims: SourcedClaim[] = (before?.claims ?? []).filter((c) => !removed.has(c.reportId));
    if (asserted && added) {
      claims.push({ reportId: added.report.id, publishedAt: added.report.publishedAt, ingestedAt: String(added.report.props.firstIngestedAt ?? added.report.props.ingestedAt), claim: asserted.claim });
      plan.mentions.push({ id, props: asserted.claim });
      if (label === 'Event') plan.reportsOn.push(id);
    }
    if (claims.length === 0) {
      // No report mentions it any more: it goes, with whatever links are left.
      plan.entities.set(id, null);
      plan.entityOutcomes.push({ id, label, outcome: 'removed' });
      continue;
    }
    const kept = before ? notDerived(before.props) : {};
    const derived = deriveEntityProperties(
      label,
      id,
      claims,
      { curatedAliases: strings(before?.props.curatedAliases), mergedIds: strings(before?.props.mergedIds) },
      String(before?.props.name ?? asserted?.claim.name ?? id),
    );
    const props: Props = { ...kept, ...derived };
    const tally = before?.props[CLAIM_TALLY_KEY];
    if (tally !== undefined) props[CLAIM_TALLY_KEY] = tally;
    plan.entities.set(id, { id, label, props, claims });
    let outcome: EntityOutcome;
    if (!before) outcome = 'created';
    else if (touched.has(id) || facts(before.props) !== facts(props)) outcome = 'merged';
    else if (asserted) outcome = claimIsNew(before.claims, asserted.claim, removed) ? 'merged' : 'unchanged';
    else outcome = before.claims.some((c) => removed.has(c.reportId)) ? 'merged' : 'unchanged';
    plan.entityOutcomes.push({ id, label, outcome });
  }
  return plan;
}

const REDERIVED = new Set([...DERIVED_KEYS, CLAIM_TALLY_KEY]);

function notDerived(props: Props): Props {
  const out: Props = {};
  for (const [k, v] of Object.entries(props)) if (!REDERIVED.has(k)) out[k] = v;
  return out;
}

// An entity's props are never modified once planned (a change makes new
// ones), and the next report to touch it compares against them: each is
// stated once.
const STATED = new WeakMap<Props, string>();

/**
 * What a node or a claim states, to compare: lists as sets (names are
 * collected in report order), offsets and the claim tally (it counts claims,
 * which are not facts) aside.
 */
function facts(p: Props): string {
  let stated = STATED.get(p);
  if (stated !== undefined) return stated;
  const asSet = (k: string, v: PropValue): PropValue =>
    k === 'searchText' && typeof v === 'string' ? v.split(' | ').sort() : Array.isArray(v) ? [...v].map(String).sort() : v;
  const kept = Object.entries(p).filter(([k]) => k !== CLAIM_TALLY_KEY && k !== 'starts' && k !== 'ends');
  stated = fingerprint(Object.fromEntries(kept.map(([k, v]) => [k, asSet(k, v)])));
  STATED.set(p, stated);
  return stated;
}

/** A claim is new unless a removed version of the report made the same one. */
function claimIsNew(claims: readonly SourcedClaim[], claim: Props, removed: ReadonlySet<string>): boolean {
  return !claims.some((c) => removed.has(c.reportId) && facts(c.claim) === facts(claim));
}

/** Relationship outcomes counted; one planned as new that turned out to exist (`existed`) gained a claim. */
export function countRelationships(outcomes: ChangePlan['relationshipOutcomes'], existed: ReadonlySet<string> = new Set()): RelationshipCounts {
  const counts = emptyRelationshipCounts();
  for (const { key, outcome } of outcomes) counts[outcome === 'created' && existed.has(key) ? 'updated' : outcome] += 1;
  return counts;
}
