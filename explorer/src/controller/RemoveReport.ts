/**
 * Removing a report (admins), in two steps: first what would go — the
 * entities and relationships only it supports, read from the server — then,
 * once confirmed, the removal. Nothing is removed without the list shown.
 */
import { ApiError } from '../api/GraphQLClient.ts';
import type { RemovalView, ReportsApi } from '../api/ReportsApi.ts';
import type { CurationChange } from './MergeReview.ts';
import type { ExplorerEvents } from './ports.ts';

export interface RemoveReportView {
  status: 'idle' | 'reading' | 'confirming' | 'removing' | 'removed';
  /** the report asked about */
  report: { id: string; title: string } | null;
  removal: RemovalView | null;
  /** the outcome or a refusal, in a sentence */
  note: string | null;
}

export interface RemoveReportPorts {
  api: Pick<ReportsApi, 'removal' | 'remove'>;
  events: Partial<Pick<ExplorerEvents, 'failed' | 'busy'>>;
  changed(view: RemoveReportView): void;
  /** the report is gone: the canvas and the details catch up */
  wrote(change: CurationChange): void;
}

const IDLE: RemoveReportView = { status: 'idle', report: null, removal: null, note: null };

export class RemoveReport {
  private current: RemoveReportView = IDLE;

  constructor(private readonly ports: RemoveReportPorts) {}

  get view(): RemoveReportView {
    return this.current;
  }

  /** Reads what removing the report would take, for the person to confirm. */
  async ask(report: { id: string; title: string }): Promise<void> {
    this.set({ ...IDLE, status: 'reading', report });
    const removal = await this.attempt(`Could not read what removing “${report.title}” would take`, () => this.ports.api.removal(report.id), () => void this.ask(report));
    if (removal && this.current.report?.id === report.id) this.set({ ...IDLE, status: 'confirming', report, removal });
  }

  cancel(): void {
    this.set(IDLE);
  }

  /** Removes the report confirmed. `mentionedBy`: the entity whose details offered it (it changes, or goes). */
  async confirm(mentionedBy: string | null, reason?: string): Promise<void> {
    const { report, removal } = this.current;
    if (this.current.status !== 'confirming' || !report || !removal) return;
    this.set({ ...this.current, status: 'removing' });
    const done = await this.attempt(`Could not remove “${report.title}”`, () => this.ports.api.remove(report.id, reason).then(() => true), () => void this.confirm(mentionedBy, reason));
    if (!done) return;
    const removed = removal.entities.map((e) => e.id);
    this.set({ ...IDLE, status: 'removed', report, note: `Removed “${report.title}”: ${removal.entityCount} entities and ${removal.relationshipCount} relationships went with it.` });
    this.ports.wrote({ removed, changed: mentionedBy && !removed.includes(mentionedBy) ? [mentionedBy] : [], added: [] });
  }

  private async attempt<T>(what: string, fn: () => Promise<T>, retry: () => void): Promise<T | null> {
    const ev = this.ports.events;
    ev.busy?.(true);
    try {
      return await fn();
    } catch (err) {
      if (err instanceof ApiError && !err.retryable) this.set({ ...this.current, status: 'idle', note: err.message });
      else {
        this.set({ ...this.current, status: this.current.removal ? 'confirming' : 'idle' });
        ev.failed?.(what, err, retry);
      }
      return null;
    } finally {
      ev.busy?.(false);
    }
  }

  private set(view: RemoveReportView): void {
    this.current = view;
    this.ports.changed(view);
  }
}
