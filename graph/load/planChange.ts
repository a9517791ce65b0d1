import type { EntityLabel } from '../schema/model.ts';
import { DERIVED_KEYS, deriveEntityProperties, fingerprint, type Props, type PropValue, type SourcedClaim } from './claims.ts';
import type { PreparedExtraction, PreparedSuggestion } from './prepareExtraction.ts';
import { CLAIM_TALLY_KEY } from './claimTally.ts';
import { relationshipKey, sameClaim, type RelationshipState } from './relationshipClaims.ts';
import type { EntityState } from './batchState.ts';

export type EntityOutcome = 'created' | 'merged' | 'unchanged' | 'removed';
export type RelationshipOutcome = 'created' | 'updated' | 'unchanged' | 'deleted';

/** The part of the graph one report change can touch, as the load read it. */
export interface GraphState {
  entities: Map<string, EntityState>;
  /** keyed by relationshipKey */
  relationships: Map<string, RelationshipState>;
}

/** Every write one report change needs, decided before any is made. */
export interface ChangePlan {
  deleteReports: string[];
  createReport: Props | null;
  deleteEntities: string[];
  /** entities to create or overwrite (only those whose properties change) */
  upsertEntities: Array<{ label: EntityLabel; props: Props }>;
  mentions: Array<{ id: string; props: Props }>;
  reportsOn: string[];
  /** relationships after the change, by key; null: deleted (its last claim went) */
  relationships: Map<string, RelationshipState | null>;
  suggestions: PreparedSuggestion[];
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
    deleteReports: [...removed],
    createReport: added ? added.report.props : null,
    deleteEntities: [],
    upsertEntities: [],
    mentions: [],
    reportsOn: [],
    relationships: new Map(),
    suggestions: added?.suggestions ?? [],
    entityOutcomes: [],
    relationshipOutcomes: [],
  };
  const newId = added?.report.id ?? null;

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
    if (asserted && newId) {
      claims.set(newId, asserted.entry);
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
      if (before) {
        plan.deleteEntities.push(id);
        plan.entityOutcomes.push({ id, label, outcome: 'removed' });
      }
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
    if (!before || fingerprint(props) !== fingerprint(before.props)) plan.upsertEntities.push({ label, props });
    let outcome: EntityOutcome;
    if (!before) outcome = 'created';
    else if (touched.has(id) || !sameNodeFacts(before.props, props)) outcome = 'merged';
    else if (asserted) outcome = claimIsNew(before.claims, asserted.claim, removed) ? 'merged' : 'unchanged';
    else outcome = before.claims.some((c) => removed.has(c.reportId)) ? 'merged' : 'unchanged';
    plan.entityOutcomes.push({ id, label, outcome });
  }
  return plan;
}

function notDerived(props: Props): Props {
  const out: Props = {};
  for (const [k, v] of Object.entries(props)) if (!DERIVED_KEYS.includes(k) && k !== CLAIM_TALLY_KEY) out[k] = v;
  return out;
}

function strings(v: PropValue | undefined): string[] {
  return Array.isArray(v) ? v.map(String) : [];
}

/** Node facts, ignoring the order names were collected in and the claim tally (it counts claims, which are not facts). */
function sameNodeFacts(a: Props, b: Props): boolean {
  const canon = (p: Props): string =>
    fingerprint(
      Object.fromEntries(
        Object.entries(p).filter(([k]) => k !== CLAIM_TALLY_KEY).map(([k, v]) => [
          k,
          k === 'searchText' && typeof v === 'string' ? v.split(' | ').sort() : Array.isArray(v) && k !== 'starts' && k !== 'ends' ? [...v].map(String).sort() : v,
        ]),
      ) as Props,
    );
  return canon(a) === canon(b);
}

/** A claim is new unless a removed version of the report made the same one (offsets aside). */
function claimIsNew(claims: readonly SourcedClaim[], claim: Props, removed: ReadonlySet<string>): boolean {
  const facts = (p: Props): string => {
    const { starts: _s, ends: _e, ...rest } = p;
    return fingerprint(Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, Array.isArray(v) ? [...v].map(String).sort() : v])) as Props);
  };
  const wanted = facts(claim);
  return !claims.some((c) => removed.has(c.reportId) && facts(c.claim) === wanted);
}
