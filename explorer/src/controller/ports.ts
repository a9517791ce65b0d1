/**
 * What the controller needs from the world, as small interfaces: the server,
 * the address bar, the clipboard, somewhere to save a file, and the page
 * that shows what happened. The browser implements them (ui/browserPorts.ts
 * and the panels); tests implement them in memory, so the controller runs in
 * Node.
 */
import type { EntityDetails, EntityRef, ExplorerApi, PartnerView, PathView } from '../api/ExplorerApi.ts';

/** The questions the controller asks the server; ExplorerApi answers them over GraphQL. */
export type ExplorerClient = Pick<
  ExplorerApi,
  'neighborhood' | 'neighborGroups' | 'neighborIds' | 'subgraph' | 'details' | 'path' | 'partners' | 'exportView' | 'exportNeighborhood' | 'stats' | 'topics' | 'overviewSeeds' | 'overview'
>;

/** The URL fragment that holds the view, without its '#'. */
export interface UrlPort {
  read(): string;
  /** rewrites the fragment without adding a Back step */
  replace(fragment: string): void;
  /** the whole address: what a copied link or an export names */
  href(): string;
  /** the person changed the fragment (typed or pasted a link, Back, Forward) */
  onChange(listener: () => void): void;
}

export interface ClipboardPort {
  writeText(text: string): Promise<void>;
}

/** Hands a file to the person (a download in the browser). */
export type SaveFile = (content: Blob, fileName: string) => void;

/** The side panels: a step's outcome, and the curation workbench's (history, review, add report, log: by role). */
export type PanelName = 'details' | 'history' | 'partners' | 'path' | 'review' | 'add' | 'log';

/** What the details panel shows for the selection. */
export type DetailsView = { kind: 'empty'; message?: string } | { kind: 'loading'; name: string } | { kind: 'ready'; details: EntityDetails };

/** What the page hears from the controller; every method is optional, so a test listens only for what it checks. */
export interface ExplorerEvents {
  /** the view, the undo history, the status note or the topic list changed */
  changed(): void;
  details(view: DetailsView): void;
  /** true when a request starts with none running, false when the last one ends */
  busy(busy: boolean): void;
  /** a request failed (never for one the person cancelled); `retry` repeats the step */
  failed(what: string, error: unknown, retry: () => void): void;
  /** the step's outcome appears in this panel */
  showPanel(panel: PanelName): void;
  pathTracing(from: EntityRef, to: EntityRef): void;
  /** null: the two are not connected within the hops asked */
  pathTraced(path: PathView | null, from: EntityRef, to: EntityRef): void;
  partnersLoading(ref: EntityRef): void;
  partnersFound(ref: EntityRef, list: PartnerView[]): void;
}
