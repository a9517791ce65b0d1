/**
 * The Review tab's behaviour: walks the open merge suggestions most certain
 * first, shows the two entities side by side, and takes the curator's
 * decision — Merge, Not the same, Skip — then the next one. The last merge
 * can be undone (splitEntity). Two entities picked on the canvas are
 * compared and merged the same way, without a suggestion.
 *
 * After every write the open suggestions are read again, so a merge that
 * settled other suggestions (or a colleague's decisions) never leaves a
 * stale one on screen.
 */
import type { CurationApi, SuggestionView } from '../api/CurationApi.ts';
import type { EntityDetails, EntityRef } from '../api/ExplorerApi.ts';
import type { Requests } from './Requests.ts';

/** What a write changed on the graph, for the canvas and the details to catch up. */
export interface CurationChange {
  /** ids that are gone (merged into another) */
  removed: string[];
  /** ids whose names, relationships or history changed */
  changed: string[];
  /** ids that are back (split out) */
  added: string[];
}

/** The two entities under review; `a` keeps its id on Merge. */
export interface ReviewPair {
  /** null: two entities the curator picked on the canvas */
  suggestion: Pick<SuggestionView, 'id' | 'score' | 'reason' | 'reports'> | null;
  a: EntityDetails;
  b: EntityDetails;
}

export interface ReviewView {
  status: 'idle' | 'loading' | 'ready' | 'empty' | 'failed';
  pair: ReviewPair | null;
  /** the pair's place among the open suggestions (1-based), and how many are open */
  position: number;
  open: number;
  /** a decision is being written: the buttons wait */
  working: boolean;
  /** the merge Undo takes back */
  lastMerge: { kept: EntityRef; merged: EntityRef } | null;
  /** the entity picked on the canvas, waiting for a second one to compare it with */
  picked: EntityRef | null;
  /** what the last step wants the curator to know */
  note: string | null;
}

export type ReviewCommand = 'merge' | 'reject' | 'skip' | 'undo';

export interface MergeReviewContext {
  api: Pick<CurationApi, 'suggestions' | 'merge' | 'split' | 'acceptSuggestion' | 'rejectSuggestion'>;
  details(ref: EntityRef): Promise<EntityDetails | null>;
  requests: Requests;
  changed(view: ReviewView): void;
  /** a write changed the graph */
  wrote(change: CurationChange): void;
  /** suggestions read at once (the API's page size at most) */
  first?: number;
}

const IDLE: ReviewView = { status: 'idle', pair: null, position: 0, open: 0, working: false, lastMerge: null, picked: null, note: null };

export class MergeReview {
  private state: ReviewView = IDLE;
  private queue: SuggestionView[] = [];
  /** suggestions skipped this session, in the order skipped: they come round again after the rest */
  private skipped: string[] = [];

  constructor(private readonly ctx: MergeReviewContext) {}

  get view(): ReviewView {
    return this.state;
  }

  /** Reads the open suggestions and shows the most certain one not skipped. */
  async open(): Promise<void> {
    this.set({ status: 'loading', note: null });
    await this.showFirst();
  }

  /** A key or a button: the decision on the pair shown. Ignored while a decision is being written. */
  run(command: ReviewCommand): Promise<void> {
    if (this.state.working) return Promise.resolve();
    if (command === 'undo') return this.undo();
    if (!this.state.pair) return Promise.resolve();
    if (command === 'merge') return this.merge();
    if (command === 'reject') return this.reject();
    return this.skip();
  }

  /**
   * Picks an entity on the canvas for a merge. The first pick waits; a second
   * of the same type opens the two side by side (the first keeps its id).
   */
  async pick(ref: EntityRef): Promise<void> {
    const first = this.state.picked;
    if (!first || first.id === ref.id) {
      this.set({ picked: ref, note: `Picked ${ref.name}. Select another ${ref.type.toLowerCase()} and choose “Compare for merge” again.` });
      return;
    }
    if (first.type !== ref.type) {
      this.set({ note: `${ref.name} is a ${ref.type.toLowerCase()} and ${first.name} a ${first.type.toLowerCase()}: only entities of one type can be merged. Pick another ${first.type.toLowerCase()}.` });
      return;
    }
    this.set({ picked: null, status: 'loading', note: null });
    const pair = await this.loadPair(null, first, ref);
    if (pair) this.set({ status: 'ready', pair, note: `Comparing two entities picked on the canvas: Merge keeps ${first.name}.` });
    else this.set({ status: 'failed' });
  }

  /** Signed out: nothing of the review stays on screen. */
  clear(): void {
    this.queue = [];
    this.skipped = [];
    this.set(IDLE);
  }

  private async merge(): Promise<void> {
    const { a, b, suggestion } = this.state.pair!;
    const kept: EntityRef = { id: a.id, type: a.type, name: a.name };
    const merged: EntityRef = { id: b.id, type: b.type, name: b.name };
    const done = await this.write(`Could not merge ${b.name} into ${a.name}`, 'merge', () => (suggestion ? this.ctx.api.acceptSuggestion(suggestion.id) : this.ctx.api.merge(a.id, b.id)));
    if (!done) return;
    this.ctx.wrote({ removed: [b.id], changed: [a.id], added: [] });
    this.set({ lastMerge: { kept, merged } });
    await this.showFirst(`Merged ${b.name} into ${a.name}. Undo splits them again.`);
  }

  private async reject(): Promise<void> {
    const { a, b, suggestion } = this.state.pair!;
    if (suggestion) {
      const done = await this.write(`Could not record that ${a.name} and ${b.name} are not the same`, 'reject', () => this.ctx.api.rejectSuggestion(suggestion.id));
      if (!done) return;
      this.ctx.wrote({ removed: [], changed: [a.id, b.id], added: [] });
    }
    await this.showFirst(`${a.name} and ${b.name} stay apart.`);
  }

  private async skip(): Promise<void> {
    const { suggestion } = this.state.pair!;
    if (suggestion) this.skipped = [...this.skipped.filter((id) => id !== suggestion.id), suggestion.id];
    await this.showFirst(suggestion ? 'Skipped: it comes round again after the others.' : 'Not merged.');
  }

  private async undo(): Promise<void> {
    const last = this.state.lastMerge;
    if (!last) return;
    const done = await this.write(`Could not split ${last.merged.name} out of ${last.kept.name}`, 'undo', () => this.ctx.api.split(last.kept.id, last.merged.id));
    if (!done) return;
    this.ctx.wrote({ removed: [], changed: [last.kept.id], added: [last.merged.id] });
    this.set({ lastMerge: null });
    await this.showFirst(`Undone: ${last.merged.name} is an entity of its own again, and will not be suggested with ${last.kept.name} again.`);
  }

  /** Runs a write with the buttons waiting; false when it failed (reported, with Retry giving the same decision again). */
  private async write(what: string, command: ReviewCommand, fn: () => Promise<unknown>): Promise<boolean> {
    this.set({ working: true });
    const got = await this.ctx.requests.attempt(what, fn, () => void this.run(command));
    this.set({ working: false });
    return got !== null;
  }

  private async showFirst(note: string | null = null): Promise<void> {
    const got = await this.ctx.requests.attempt('Could not load the merge suggestions', () => this.ctx.api.suggestions(this.ctx.first ?? 100), () => void this.open());
    if (!got) {
      this.set({ status: 'failed', pair: null, note });
      return;
    }
    // a suggestion whose entity is gone is settled in substance; the server drops it on the next merge
    this.queue = got.value.filter((s) => s.a && s.b);
    const open = new Set(this.queue.map((s) => s.id));
    this.skipped = this.skipped.filter((id) => open.has(id));
    const order = [...this.queue.filter((s) => !this.skipped.includes(s.id)), ...this.skipped.map((id) => this.queue.find((s) => s.id === id)!)];
    const next = order[0];
    if (!next) {
      this.set({ status: 'empty', pair: null, position: 0, open: 0, note });
      return;
    }
    const pair = await this.loadPair(next, next.a!, next.b!);
    if (!pair) {
      this.set({ status: 'failed', pair: null, note });
      return;
    }
    this.set({ status: 'ready', pair, position: this.queue.indexOf(next) + 1, open: this.queue.length, note });
  }

  private async loadPair(suggestion: SuggestionView | null, a: EntityRef, b: EntityRef): Promise<ReviewPair | null> {
    const got = await this.ctx.requests.attempt(
      `Could not load ${a.name} and ${b.name}`,
      () => Promise.all([this.ctx.details(a), this.ctx.details(b)]),
      () => void (suggestion ? this.open() : undefined),
    );
    if (!got) return null;
    const [da, db] = got.value;
    if (!da || !db) return null;
    return { suggestion: suggestion ? { id: suggestion.id, score: suggestion.score, reason: suggestion.reason, reports: suggestion.reports } : null, a: da, b: db };
  }

  private set(patch: Partial<ReviewView>): void {
    this.state = { ...this.state, ...patch };
    this.ctx.changed(this.state);
  }
}
