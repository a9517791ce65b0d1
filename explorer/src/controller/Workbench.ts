/**
 * The curation workbench without the page: who is signed in (Session), the
 * Review tab (MergeReview), the selected entity's History and the admins'
 * whole log (CurationLogPages). Signing out clears everything the workbench
 * read, so the next person at the tab sees none of it.
 */
import type { CurationApi, ViewerView } from '../api/CurationApi.ts';
import type { EntityDetails, EntityRef } from '../api/ExplorerApi.ts';
import { CurationLogPages, type LogView } from './CurationLogPages.ts';
import { MergeReview, type CurationChange, type ReviewView } from './MergeReview.ts';
import type { ExplorerEvents } from './ports.ts';
import { Requests } from './Requests.ts';
import { Session, type TokenStore } from './Session.ts';

export interface WorkbenchEvents {
  session(viewer: ViewerView | null): void;
  review(view: ReviewView): void;
  history(view: LogView): void;
  log(view: LogView): void;
}

export interface WorkbenchPorts {
  api: CurationApi;
  /** an entity's details (the explorer's own question, shared with the details panel) */
  details(ref: EntityRef): Promise<EntityDetails | null>;
  tokens: TokenStore;
  events: Partial<WorkbenchEvents> & Partial<Pick<ExplorerEvents, 'failed' | 'busy'>>;
  /** a decision changed the graph: the canvas and the details catch up */
  wrote(change: CurationChange): void;
}

export class Workbench {
  readonly session: Session;
  readonly review: MergeReview;
  /** the selected entity's entries */
  readonly history: CurationLogPages;
  /** every entry, or one curator's (admins) */
  readonly log: CurationLogPages;
  private historyOf: EntityRef | null = null;

  constructor(ports: WorkbenchPorts) {
    const ev = ports.events;
    const requests = new Requests({ failed: ev.failed, busy: ev.busy });
    this.session = new Session({
      api: ports.api,
      tokens: ports.tokens,
      changed: (viewer) => {
        if (!viewer || !this.session.may('review')) this.review.clear();
        if (!viewer || !this.session.may('history')) this.history.clear();
        if (!viewer || !this.session.may('log')) this.log.clear();
        ev.session?.(viewer);
      },
    });
    this.review = new MergeReview({
      api: ports.api,
      details: ports.details,
      requests,
      changed: (v) => ev.review?.(v),
      wrote: (change) => {
        ports.wrote(change);
        // the history shown names the entities just changed: read it again
        if (this.historyOf && [...change.changed, ...change.removed, ...change.added].includes(this.historyOf.id)) void this.showHistory(this.historyOf, true);
      },
    });
    this.history = new CurationLogPages({ api: ports.api, requests, changed: (v) => ev.history?.(v) });
    this.log = new CurationLogPages({ api: ports.api, requests, changed: (v) => ev.log?.(v) });
  }

  /** The History of this entity (read again only when it is another one, or `force`). */
  showHistory(ref: EntityRef | null, force = false): Promise<void> {
    if (!ref || !this.session.may('history')) {
      this.historyOf = null;
      this.history.clear();
      return Promise.resolve();
    }
    if (!force && this.historyOf?.id === ref.id && this.history.view.status !== 'failed') return Promise.resolve();
    this.historyOf = ref;
    return this.history.open({ entity: ref.id, entityName: ref.name });
  }

  /** The whole log, or one curator's entries. */
  showLog(curator: string | null = null): Promise<void> {
    if (!this.session.may('log')) return Promise.resolve();
    return this.log.open({ curator });
  }
}
