/**
 * A paged reading of the curation log: an entity's history (filtered by its
 * id) or the whole log (optionally one curator's). Pages are appended, older
 * below newer; an answer for a filter the person has since left is dropped.
 */
import type { CurationApi, LogEntryView } from '../api/CurationApi.ts';
import type { Requests } from './Requests.ts';

export interface LogFilter {
  /** only entries naming this id */
  entity?: string | null;
  /** what the page calls the entity */
  entityName?: string | null;
  /** only entries by this account */
  curator?: string | null;
}

export interface LogView {
  status: 'idle' | 'loading' | 'ready' | 'failed';
  filter: LogFilter;
  entries: LogEntryView[];
  /** entries matching the filter, on every page */
  totalCount: number;
  /** older entries wait behind "Older entries" */
  hasMore: boolean;
}

export interface CurationLogPagesContext {
  api: Pick<CurationApi, 'log'>;
  requests: Requests;
  changed(view: LogView): void;
  pageSize?: number;
}

const IDLE: LogView = { status: 'idle', filter: {}, entries: [], totalCount: 0, hasMore: false };

export class CurationLogPages {
  private state: LogView = IDLE;
  private next: string | null = null;
  /** bumped by every open: answers of an earlier one are stale */
  private generation = 0;

  constructor(private readonly ctx: CurationLogPagesContext) {}

  get view(): LogView {
    return this.state;
  }

  /** The first page for this filter. */
  open(filter: LogFilter): Promise<void> {
    const generation = ++this.generation;
    this.next = null;
    this.set({ status: 'loading', filter: { ...filter, curator: filter.curator?.trim() || null }, entries: [], totalCount: 0, hasMore: false });
    return this.load(generation);
  }

  /** The next older page. */
  more(): Promise<void> {
    if (!this.next || this.state.status === 'loading') return Promise.resolve();
    this.set({ ...this.state, status: 'loading' });
    return this.load(this.generation);
  }

  /** Forgets what was read (signed out: the log is not the next person's to see). */
  clear(): void {
    this.generation++;
    this.next = null;
    this.set(IDLE);
  }

  private async load(generation: number): Promise<void> {
    const { filter } = this.state;
    const after = this.next;
    const what = filter.entityName ? `Could not load the history of ${filter.entityName}` : 'Could not load the curation log';
    const got = await this.ctx.requests.attempt(
      what,
      () => this.ctx.api.log({ first: this.ctx.pageSize ?? 20, after, entity: filter.entity ?? null, curator: filter.curator ?? null }),
      () => void (after ? this.more() : this.open(filter)),
    );
    if (generation !== this.generation) return;
    if (!got) {
      this.set({ ...this.state, status: 'failed' });
      return;
    }
    const page = got.value;
    this.next = page.next;
    this.set({ status: 'ready', filter, entries: [...this.state.entries, ...page.entries], totalCount: page.totalCount, hasMore: page.next !== null });
  }

  private set(view: LogView): void {
    this.state = view;
    this.ctx.changed(view);
  }
}
