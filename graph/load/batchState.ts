import { relationshipKey, type EntityLabel } from '../schema/model.ts';
import { CLAIM_TALLY_KEY, tallyOf } from './claimTally.ts';
import { fingerprint, strings, type Props, type PropValue, type SourcedClaim } from './claims.ts';
import type { KnownEntity, NameQuery } from './nameQueries.ts';
import { planChange, type ChangePlan, type GraphState } from './planChange.ts';
import type { PreparedExtraction, PreparedRelation, PreparedSuggestion } from './prepareExtraction.ts';
import { isEarlierVersion, type EventLink, type StoredEntity, type StoredReport } from './readBatch.ts';
import { aggregatesOf, claimOrder, type RelationshipState } from './relationshipClaims.ts';

/** An entity as stored, with every claim any report makes about it (equal ones folded: see SourcedClaim.weight). */
export interface EntityState {
  id: string;
  label: EntityLabel;
  props: Props;
  claims: SourcedClaim[];
}

/** A report as the batch sees it: read from the graph, or written by an earlier report of the batch. */
interface BatchReport extends StoredReport {
  /** what to write for a report of this batch */
  write?: { props: Props; mentions: ChangePlan['mentions']; reportsOn: string[]; claims: PreparedRelation[] };
}

interface StoredBatch {
  reports: StoredReport[];
  entities: StoredEntity[];
  /** those the batch may take claims from; the ones it only adds to are read once it is planned (settle) */
  relationships: RelationshipState[];
}

/** What one report did to merge suggestions, replayed once the suggestions it touched are read (settle). */
interface SuggestionStep {
  reportId: string | null;
  deleteReports: string[];
  deleteEntities: string[];
  /** its suggestions whose two entities existed when it was planned */
  rows: PreparedSuggestion[];
  now: string;
}

const EVENT_ROLES = new Set(['PARTNERED', 'ORGANIZED', 'HOSTED', 'PARTICIPATED_IN']);

// Lucene's English stop words: the name index (standard-folding) drops them, so they match nothing there either.
const STOP_WORDS = new Set(
  'a an and are as at be but by for if in into is it no not of on or such that the their then there these they this to was will with'.split(' '),
);

/** Words as the full-text index compares them: case and diacritics folded. */
function foldedWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0 && !STOP_WORDS.has(w));
}

/**
 * The graph as it stands after each report of a batch, without writing:
 * what the batch's reads saw, overlaid with every change planned so far.
 * Planning each report against it, in order, gives what loading them one
 * transaction at a time would (a later report resolves against the entities
 * an earlier one introduced); the final overlay is what the batch writes.
 */
export class BatchState {
  private readonly dbEntities = new Map<string, StoredEntity>();
  private readonly dbRelationships = new Map<string, RelationshipState>();
  /** every relationship the batch's reports assert, and every merge suggestion they make: what settling reads */
  private readonly asserted = new Map<string, { type: string; from: string; to: string }>();
  private readonly suggested = new Set<string>();
  private readonly dbReports = new Set<string>();
  private readonly dbSuggestions = new Map<string, Props>();
  private readonly suggestionSteps: SuggestionStep[] = [];
  private readonly entities = new Map<string, EntityState | null>();
  private readonly relationships = new Map<string, RelationshipState | null>();
  private readonly reports = new Map<string, BatchReport | null>();
  private readonly suggestions = new Map<string, Props | null>();
  /** graph entities deleted at some point of the batch (DETACH DELETE takes their relationships too) */
  readonly destroyed = new Set<string>();
  /** entities some report of the batch wrote, with the order they were first written in */
  private readonly touched = new Map<string, number>();
  /** overlay relationship keys by end, to drop them with a deleted entity and to list an event's links */
  private readonly keysByEnd = new Map<string, Set<string>>();
  /** the batch's live entities by the folded words of their names: a report's name queries look up, not scan */
  private readonly byWord = new Map<string, Set<string>>();
  /** what each entity is indexed under: its names' text and their folded words */
  private readonly indexed = new Map<string, { text: string; words: Set<string> }>();
  /** resolution's view of each entity state met so far (view) */
  private readonly views = new WeakMap<EntityState, KnownEntity>();

  constructor(stored: StoredBatch) {
    for (const r of stored.reports) {
      this.dbReports.add(r.id);
      this.reports.set(r.id, { ...r, url: r.url ?? null });
    }
    for (const e of stored.entities) this.dbEntities.set(e.id, e);
    for (const r of stored.relationships) this.dbRelationships.set(relationshipKey(r.type, r.from, r.to), r);
  }

  /**
   * What settle needs read once every report is planned: the relationships
   * the batch planned as new between entities the graph holds (they may
   * exist), the merge suggestions its reports make, and the stored reports
   * it removes and entities it deletes (their suggestions are retracted).
   */
  unsettled(): { keys: Array<{ type: string; from: string; to: string }>; suggestions: string[]; reports: string[]; entities: string[] } {
    return {
      keys: [...this.asserted].filter(([key, k]) => !this.dbRelationships.has(key) && this.dbEntities.has(k.from) && this.dbEntities.has(k.to)).map(([, k]) => k),
      suggestions: [...this.suggested],
      reports: [...this.dbReports].filter((id) => this.reports.get(id) === null),
      entities: [...this.destroyed],
    };
  }

  /**
   * Completes the state once every report is planned: the stored aggregates
   * of relationships the batch only added claims to (planned as new: a claim
   * added is O(1) whatever the relationship holds, so the two are summed),
   * and the stored merge suggestions its reports touch. Returns the keys
   * that turned out to exist.
   */
  settle(relationships: readonly RelationshipState[], suggestions: readonly Props[]): Set<string> {
    const existed = new Set<string>();
    for (const stored of relationships) {
      const key = relationshipKey(stored.type, stored.from, stored.to);
      existed.add(key);
      // Planned and then deleted again, the stored one stays as it was; between entities the batch deleted, it is created afresh.
      const planned = this.relationships.get(key);
      if (!planned || this.destroyed.has(planned.from) || this.destroyed.has(planned.to)) continue;
      this.dbRelationships.set(key, stored);
      this.relationships.set(key, withClaimsAdded(stored, planned));
    }
    for (const s of suggestions) this.dbSuggestions.set(String(s.id), s);
    for (const step of this.suggestionSteps) this.applySuggestions(step);
    return existed;
  }

  /** Entities read after the state was made (a later chunk of the batch); one read already keeps what it had. */
  addStored(entities: readonly StoredEntity[]): void {
    for (const e of entities) if (!this.dbEntities.has(e.id)) this.dbEntities.set(e.id, e);
  }

  report(id: string): BatchReport | null {
    return this.reports.get(id) ?? null;
  }

  /** Earlier versions of a report (isEarlierVersion) among the batch's reports and those it read. */
  earlierVersions(report: { id: string; url: string | null; title: string }): BatchReport[] {
    return [...this.reports.values()].filter((r): r is BatchReport => !!r && isEarlierVersion(r, report));
  }

  entity(id: string): EntityState | null {
    if (this.entities.has(id)) return this.entities.get(id) ?? null;
    return this.dbEntities.get(id) ?? null;
  }

  relationship(key: string, from: string, to: string): RelationshipState | null {
    if (this.relationships.has(key)) return this.relationships.get(key) ?? null;
    if (this.destroyed.has(from) || this.destroyed.has(to)) return null;
    return this.dbRelationships.get(key) ?? null;
  }

  hasDbEntity(id: string): boolean {
    return this.dbEntities.has(id);
  }

  /**
   * What resolution knows of the graph for a report at this point: the
   * graph's name-index hits, then entities of this batch whose words meet the
   * report's name queries (every such entity: the index's per-query limit
   * cannot be reproduced, and more candidates only let resolution find the
   * best), then exact ids, then entities that absorbed one of its ids.
   */
  knownFor(nameHits: readonly string[], queries: readonly NameQuery[], ids: readonly string[], mergedInto: Iterable<string>): KnownEntity[] {
    const out = new Map<string, KnownEntity>();
    const add = (id: string): void => {
      if (out.has(id)) return;
      const e = this.entity(id);
      if (e) out.set(id, this.view(e));
    };
    for (const id of nameHits) add(id);
    for (const q of queries) {
      const hits = new Set<string>();
      for (const w of new Set(q.words.flatMap(foldedWords))) for (const id of this.byWord.get(w) ?? []) hits.add(id);
      const matching = [...hits].filter((id) => !out.has(id) && this.entity(id)?.label === q.type);
      for (const id of matching.sort((a, b) => this.touched.get(a)! - this.touched.get(b)!)) add(id);
    }
    for (const id of ids) add(id);
    const wanted = new Set(ids);
    for (const id of mergedInto) {
      const e = this.entity(id);
      if (e && strings(e.props.mergedIds).some((m) => wanted.has(m))) add(id);
    }
    return [...out.values()];
  }

  /**
   * Plans one change (planChange) against the state as it stands now, and
   * records it: a report added, reports removed, or both; with neither, the
   * entities `ids` re-derived. Returns the plan and how many merge
   * suggestions it records.
   */
  change(
    removed: ReadonlySet<string>,
    added: PreparedExtraction | null,
    ids: readonly string[] = added?.entities.map((e) => e.id) ?? [],
  ): { plan: ChangePlan; mergeSuggestions: number } {
    const before = this.slice(ids, added?.relations ?? [], removed);
    const plan = planChange(before, removed, added);
    return { plan, mergeSuggestions: this.apply(plan, before, added, removed) };
  }

  /** The part of the state one change touches, as it stands now (the batch's reads overlaid with its changes so far). */
  private slice(ids: readonly string[], keys: ReadonlyArray<{ type: string; from: string; to: string }>, removed: ReadonlySet<string>): GraphState {
    const entities = new Map<string, EntityState>();
    const relationships = new Map<string, RelationshipState>();
    for (const id of ids) {
      const e = this.entity(id);
      if (e) entities.set(id, e);
    }
    for (const k of keys) {
      const key = relationshipKey(k.type, k.from, k.to);
      const r = this.relationship(key, k.from, k.to);
      if (r) relationships.set(key, r);
    }
    if (removed.size > 0) {
      for (const id of new Set([...this.dbEntities.keys(), ...this.entities.keys()])) {
        const e = this.entity(id);
        if (e && e.claims.some((c) => removed.has(c.reportId))) entities.set(id, e);
      }
      for (const [key, stored] of [...this.dbRelationships, ...this.relationships]) {
        const r = stored && this.relationship(key, stored.from, stored.to);
        if (r && [...removed].some((id) => r.claims.has(id))) relationships.set(key, r);
      }
    }
    return { entities, relationships };
  }

  private apply(plan: ChangePlan, planState: GraphState, added: PreparedExtraction | null, removed: ReadonlySet<string>): number {
    for (const id of removed) this.reports.set(id, null);
    if (added) {
      this.reports.set(added.report.id, {
        id: added.report.id,
        title: added.report.title,
        url: added.report.url,
        since: String(added.report.props.firstIngestedAt ?? added.report.props.ingestedAt),
        labels: plan.mentions.map((m) => plan.entities.get(m.id)!.label),
        write: { props: added.report.props, mentions: plan.mentions, reportsOn: plan.reportsOn, claims: added.relations },
      });
      for (const r of added.relations) {
        const key = relationshipKey(r.type, r.from, r.to);
        if (!this.asserted.has(key)) this.asserted.set(key, { type: r.type, from: r.from, to: r.to });
      }
      for (const s of added.suggestions) this.suggested.add(s.id);
    }
    for (const [key, r] of plan.relationships) {
      const { from, to } = r ?? planState.relationships.get(key)!;
      this.relationships.set(key, r);
      for (const end of [from, to]) addTo(this.keysByEnd, end, key);
    }

    const deleteEntities: string[] = [];
    for (const [id, e] of plan.entities) {
      this.entities.set(id, e);
      if (e) {
        if (!this.touched.has(id)) this.touched.set(id, this.touched.size);
        this.index(id);
        continue;
      }
      deleteEntities.push(id);
      this.unindex(id);
      if (this.dbEntities.has(id)) this.destroyed.add(id);
      for (const key of this.keysByEnd.get(id) ?? []) this.relationships.set(key, null);
    }
    const rows = added ? added.suggestions.filter((row) => this.entity(row.a) && this.entity(row.b)) : [];
    const now = added ? String(added.report.props.ingestedAt) : '';
    this.suggestionSteps.push({ reportId: added?.report.id ?? null, deleteReports: [...removed], deleteEntities, rows, now });
    return rows.length;
  }

  /** The writes that take the graph from what the batch read to this state. */
  changes(): BatchChanges {
    const out: BatchChanges = {
      deleteReports: this.unsettled().reports,
      deleteRelationships: [],
      deleteEntities: [...this.destroyed],
      deleteSuggestions: [],
      createEntities: [],
      updateEntities: [],
      createReports: [],
      createRelationships: [],
      updateRelationships: [],
      rederiveRelationships: [],
      createClaims: [],
      upsertSuggestions: [],
    };
    for (const [key, db] of this.dbRelationships) {
      if (this.destroyed.has(db.from) || this.destroyed.has(db.to)) continue;
      if (this.relationships.has(key) && this.relationships.get(key) === null) out.deleteRelationships.push(db.elementId!);
    }
    for (const id of this.touched.keys()) {
      const e = this.entity(id);
      if (!e) continue;
      const props = { ...e.props, [CLAIM_TALLY_KEY]: tallyOf(e.claims) };
      const db = this.dbEntities.get(id);
      if (!db || this.destroyed.has(id)) out.createEntities.push({ label: e.label, props });
      else if (fingerprint(db.props) !== fingerprint(props)) out.updateEntities.push(props);
    }
    for (const r of this.reports.values()) {
      if (!r?.write) continue;
      out.createReports.push({ props: r.write.props, mentions: r.write.mentions, reportsOn: r.write.reportsOn });
      const order = claimOrder((r.write.props.publishedAt as string | undefined) ?? null, r.since, r.id);
      for (const c of r.write.claims) {
        const claim: Props = { key: relationshipKey(c.type, c.from, c.to), report: r.id, order, confidence: c.entry.confidence, evidence: c.entry.evidence };
        if (c.entry.roles.length > 0) claim.roles = c.entry.roles;
        out.createClaims.push(claim);
      }
    }
    for (const [key, r] of this.relationships) {
      if (!r) continue;
      const db = this.dbRelationships.get(key);
      const fresh = !db || this.destroyed.has(r.from) || this.destroyed.has(r.to);
      // Every claim of a relationship the batch creates is the batch's own: its aggregates are exact here.
      const props = aggregatesProps(fresh && r.stale ? aggregatesOf(r.claims.values()) : r);
      if (fresh) out.createRelationships.push({ type: r.type, from: r.from, to: r.to, props });
      else if (r.stale) out.rederiveRelationships.push({ elementId: db.elementId!, key });
      else if (fingerprint(props) !== fingerprint(aggregatesProps(db))) out.updateRelationships.push({ elementId: db.elementId!, props });
    }
    for (const [id, s] of this.suggestions) {
      const db = this.dbSuggestions.get(id);
      if (s === null) {
        if (db) out.deleteSuggestions.push(id);
      } else if (!db || fingerprint(db) !== fingerprint(s)) out.upsertSuggestions.push(s);
    }
    return out;
  }

  /** (Re-)indexes an entity's words; one whose names did not change is left as it is (a hub's aliases run long). */
  private index(id: string): void {
    const e = this.entity(id)!;
    const text = [String(e.props.name ?? ''), ...strings(e.props.aliases), String(e.props.searchText ?? '')].join(' ');
    if (this.indexed.get(id)?.text === text) return;
    this.unindex(id);
    const words = new Set(foldedWords(text));
    this.indexed.set(id, { text, words });
    for (const w of words) addTo(this.byWord, w, id);
  }

  private unindex(id: string): void {
    for (const w of this.indexed.get(id)?.words ?? []) this.byWord.get(w)?.delete(id);
    this.indexed.delete(id);
  }

  /**
   * An entity as resolution sees it (KnownEntity's fields). A state is never
   * modified (a change makes a new one), so its view is made once and kept
   * for every report that meets it; an event's is not, its links change
   * without it.
   */
  private view(e: EntityState): KnownEntity {
    if (e.label === 'Event') return this.makeView(e);
    let view = this.views.get(e);
    if (!view) this.views.set(e, (view = this.makeView(e)));
    return view;
  }

  private makeView(e: EntityState): KnownEntity {
    const p = e.props;
    const str = (v: PropValue | undefined): string | null => (typeof v === 'string' ? v : null);
    const out: KnownEntity = {
      id: e.id,
      type: e.label,
      name: String(p.name ?? ''),
      aliases: strings(p.aliases),
      mergedIds: strings(p.mergedIds),
      kind: str(p.kind),
      countryCode: str(p.countryCode),
      startDate: str(p.startDate),
      endDate: str(p.endDate),
    };
    if (e.label === 'Event') {
      const links = this.eventLinks(e.id);
      out.participants = links.filter((l) => EVENT_ROLES.has(l.type) && l.other.startsWith('org:')).map((l) => l.other);
      out.countryCode ??= links.find((l) => l.type === 'HELD_IN')?.code ?? null;
    }
    return out;
  }

  /** An event's participants and places now: the graph's, less those the batch deleted, plus those it added. */
  private eventLinks(id: string): EventLink[] {
    const out: EventLink[] = [];
    const seen = new Set<string>();
    const codeOf = (place: string, fallback: string | null): string | null => {
      const p = this.entity(place)?.props;
      if (!p) return fallback;
      return typeof p.code === 'string' ? p.code : typeof p.countryCode === 'string' ? p.countryCode : null;
    };
    const db = this.dbEntities.get(id);
    if (db && !this.destroyed.has(id)) {
      for (const l of db.eventLinks) {
        const [from, to] = l.type === 'HELD_IN' ? [id, l.other] : [l.other, id];
        const key = relationshipKey(l.type, from, to);
        seen.add(key);
        if (this.relationship(key, from, to)) out.push({ ...l, code: l.type === 'HELD_IN' ? codeOf(l.other, l.code) : null });
      }
    }
    for (const key of this.keysByEnd.get(id) ?? []) {
      if (seen.has(key)) continue;
      const r = this.relationships.get(key);
      if (!r) continue;
      if (r.type === 'HELD_IN' && r.from === id) out.push({ type: r.type, other: r.to, code: codeOf(r.to, null) });
      else if (EVENT_ROLES.has(r.type) && r.to === id) out.push({ type: r.type, other: r.from, code: null });
    }
    return out;
  }

  private suggestion(id: string): Props | null {
    if (this.suggestions.has(id)) return this.suggestions.get(id) ?? null;
    return this.dbSuggestions.get(id) ?? null;
  }

  /** Merge suggestions: those of removed reports and entities retracted, this report's recorded. */
  private applySuggestions({ reportId, deleteReports, deleteEntities, rows, now }: SuggestionStep): void {
    if (deleteReports.length > 0 || deleteEntities.length > 0) {
      const reports = new Set(deleteReports);
      const entities = new Set(deleteEntities);
      for (const id of new Set([...this.dbSuggestions.keys(), ...this.suggestions.keys()])) {
        const s = this.suggestion(id);
        if (!s) continue;
        const sources = strings(s.sources);
        const gone = entities.has(String(s.a)) || entities.has(String(s.b));
        if (!gone && !sources.some((x) => reports.has(x))) continue;
        const left = sources.filter((x) => !reports.has(x));
        this.suggestions.set(id, s.status === 'open' && (left.length === 0 || gone) ? null : { ...s, sources: left });
      }
    }
    if (reportId === null) return;
    for (const row of rows) {
      const s = this.suggestion(row.id) ?? {
        id: row.id, a: row.a, b: row.b, score: row.score, reason: row.reason, status: 'open', sources: [], createdAt: now,
      };
      const score = Number(s.score);
      this.suggestions.set(row.id, {
        ...s,
        sources: [...strings(s.sources).filter((x) => x !== reportId), reportId],
        score: row.score > score ? row.score : score,
      });
    }
  }
}

/**
 * Everything a batch writes, decided before any of it is. What the batch
 * read as absent is created, what it read as present is overwritten: the
 * ingest lock keeps other writers of this process out in between.
 */
export interface BatchChanges {
  deleteReports: string[];
  deleteRelationships: string[];
  deleteEntities: string[];
  deleteSuggestions: string[];
  createEntities: Array<{ label: EntityLabel; props: Props }>;
  /** entities that exist, with all their new properties (id included) */
  updateEntities: Props[];
  /** each with its MENTIONS (their claims) and the events it REPORTS_ON */
  createReports: Array<{ props: Props; mentions: ChangePlan['mentions']; reportsOn: string[] }>;
  /** with their aggregates: sourceCount, confidence, roles */
  createRelationships: Array<{ type: string; from: string; to: string; props: Props }>;
  /** relationships that only gained claims: their new aggregates */
  updateRelationships: Array<{ elementId: string; props: Props }>;
  /** relationships that lost claims: aggregates re-derived from the claims left, once those are written */
  rederiveRelationships: Array<{ elementId: string; key: string }>;
  /** relationship claims of the batch's reports (those of removed reports go with them) */
  createClaims: Props[];
  upsertSuggestions: Props[];
}

/** A stored relationship with the claims a batch planned on it as new: the sums of both. */
function withClaimsAdded(stored: RelationshipState, planned: RelationshipState): RelationshipState {
  return {
    ...planned,
    elementId: stored.elementId,
    count: stored.count + planned.count,
    confidence: Math.max(stored.confidence, planned.confidence),
    roles: [...new Set([...stored.roles, ...planned.roles])],
  };
}

function aggregatesProps(r: { count: number; confidence: number; roles: string[] }): Props {
  const props: Props = { sourceCount: r.count, confidence: r.confidence };
  if (r.roles.length > 0) props.roles = r.roles;
  return props;
}

function addTo<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}
