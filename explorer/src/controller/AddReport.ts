/**
 * The Add report page without the page: a report filled in, its preview
 * (what the server would do with it, nothing written), loading it, and what
 * loading said. A problem with the input — the page's own checks or the
 * server's refusal — is shown in the form, not as a failure to retry.
 */
import { ApiError } from '../api/GraphQLClient.ts';
import type { LoadedReportView, ReportInput, ReportPreviewView, ReportsApi } from '../api/ReportsApi.ts';
import type { ExplorerEvents } from './ports.ts';
import { checkReportText } from './reportInput.ts';

export interface AddReportView {
  status: 'editing' | 'previewing' | 'previewed' | 'loading' | 'loaded';
  /** what was previewed (and is loaded by Load) */
  input: ReportInput | null;
  preview: ReportPreviewView | null;
  loaded: LoadedReportView | null;
  /** what is wrong with the input, to fix in the form */
  problem: string | null;
  /** what the preview or the load means, in a sentence */
  note: string | null;
}

export interface AddReportPorts {
  api: Pick<ReportsApi, 'preview' | 'load'>;
  events: Partial<Pick<ExplorerEvents, 'failed' | 'busy'>>;
  changed(view: AddReportView): void;
  /** the report is in the graph: show it there */
  loaded(preview: ReportPreviewView, result: LoadedReportView): void;
}

const EDITING: AddReportView = { status: 'editing', input: null, preview: null, loaded: null, problem: null, note: null };

export class AddReport {
  private current: AddReportView = EDITING;

  constructor(private readonly ports: AddReportPorts) {}

  get view(): AddReportView {
    return this.current;
  }

  /** A problem the page found before sending (a file that is no report). */
  refuse(problem: string): void {
    this.set({ ...EDITING, problem });
  }

  /** Forgets the report (signing out: the next person at the tab sees none of it). */
  clear(): void {
    this.set(EDITING);
  }

  /** Back to the form, keeping what was filled in. */
  edit(): void {
    this.set({ ...EDITING, input: this.current.input });
  }

  /** Asks the server what loading the report would do. */
  async preview(input: ReportInput): Promise<void> {
    const problem = checkReportText(input.text);
    if (problem) return this.set({ ...EDITING, input, problem });
    this.set({ ...EDITING, status: 'previewing', input });
    const preview = await this.ask('Could not preview the report', () => this.ports.api.preview(input), () => void this.preview(input), input);
    if (preview) this.set({ ...EDITING, status: 'previewed', input, preview, note: previewNote(preview) });
  }

  /** Loads the report previewed. */
  async load(reason?: string): Promise<void> {
    const { input, preview } = this.current;
    if (!input || !preview || this.current.status !== 'previewed') return;
    this.set({ ...this.current, status: 'loading', note: 'Loading…' });
    const loaded = await this.ask('Could not load the report', () => this.ports.api.load(input, reason), () => void this.load(reason), input, preview);
    if (!loaded) return;
    this.set({ ...this.current, status: 'loaded', loaded, note: loadedNote(loaded, preview) });
    this.ports.loaded(preview, loaded);
  }

  /** The answer, or null: a refusal goes into the form, anything else to the page's failure banner with Retry. */
  private async ask<T>(what: string, fn: () => Promise<T>, retry: () => void, input: ReportInput, preview: ReportPreviewView | null = null): Promise<T | null> {
    const ev = this.ports.events;
    ev.busy?.(true);
    try {
      return await fn();
    } catch (err) {
      if (err instanceof ApiError && !err.retryable) this.set({ ...EDITING, input, preview, status: preview ? 'previewed' : 'editing', problem: err.message });
      else {
        this.set({ ...EDITING, input, preview, status: preview ? 'previewed' : 'editing' });
        ev.failed?.(what, err, retry);
      }
      return null;
    } finally {
      ev.busy?.(false);
    }
  }

  private set(view: AddReportView): void {
    this.current = view;
    this.ports.changed(view);
  }
}

function counted(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** What the preview means, in one sentence. */
export function previewNote(p: ReportPreviewView): string {
  if (p.status === 'unchanged') return 'Unchanged: this exact report is loaded already, so loading it again changes nothing.';
  const kinds = { new: 0, match: 0, uncertain: 0 };
  for (const e of p.entities) kinds[e.identity] += 1;
  const found = `${counted(p.entities.length, 'entity', 'entities')} (${kinds.new} new, ${kinds.match} already in the graph, ${kinds.uncertain} uncertain) and ${counted(p.relations.length, 'relation')}`;
  if (p.status === 'replaced') {
    const old = p.replaces.map((r) => `“${r.title}” (${r.id})`).join(', ');
    return `A new version: loading it replaces ${old} and what it said. ${found}.`;
  }
  return `A new report: ${found}.`;
}

/** What the load did, in one sentence. */
export function loadedNote(r: LoadedReportView, p: ReportPreviewView): string {
  if (r.status === 'unchanged') return `Unchanged: “${r.title}” was loaded already; nothing was written.`;
  if (r.status === 'replaced') {
    const titles = r.replaced.map((id) => p.replaces.find((v) => v.id === id)?.title ?? id);
    return `Loaded “${r.title}”: it replaces ${titles.map((t) => `“${t}”`).join(', ')}.`;
  }
  return `Loaded “${r.title}” as a new report.`;
}
