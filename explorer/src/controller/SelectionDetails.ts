import type { EntityDetails, EntityRef } from '../api/ExplorerApi.ts';
import type { GraphStore } from '../state/GraphStore.ts';
import type { ExplorerClient, ExplorerEvents } from './ports.ts';
import type { Requests } from './Requests.ts';

export interface SelectionDetailsContext {
  api: ExplorerClient;
  store: GraphStore;
  requests: Requests;
  events: Partial<ExplorerEvents>;
  /** the entity selected now; a slow answer for an earlier one is kept but not shown */
  selected(): EntityRef | null;
}

/**
 * What the details panel shows for the selection. Details are fetched once
 * per entity; what they know that a slice may not (country, dates,
 * coordinates) goes into the store as well.
 */
export class SelectionDetails {
  private readonly cache = new Map<string, EntityDetails>();

  constructor(private readonly ctx: SelectionDetailsContext) {}

  /** Forgets what was fetched for these entities: a curator changed them. */
  forget(ids: readonly string[]): void {
    for (const id of ids) this.cache.delete(id);
  }

  show(): void {
    const { events } = this.ctx;
    const ref = this.ctx.selected();
    if (!ref) {
      events.details?.({ kind: 'empty' });
      return;
    }
    const cached = this.cache.get(ref.id);
    if (cached) {
      events.details?.({ kind: 'ready', details: cached });
      return;
    }
    events.details?.({ kind: 'loading', name: ref.name });
    void this.ctx.requests.attempt(`Could not load the details of ${ref.name}`, () => this.load(ref), () => this.show());
  }

  private async load(ref: EntityRef): Promise<void> {
    const { events, store } = this.ctx;
    const d = await this.ctx.api.details(ref.id, ref.type);
    if (!d) {
      events.details?.({ kind: 'empty', message: `${ref.name} is no longer in the graph.` });
      return;
    }
    this.cache.set(ref.id, d);
    store.mergeNode({ ...store.nodes.get(ref.id)!, countryCode: d.countryCode, countryCodes: d.countryCodes, lat: d.lat, lon: d.lon, startDate: d.startDate, endDate: d.endDate });
    if (this.ctx.selected()?.id === ref.id) events.details?.({ kind: 'ready', details: d });
  }
}
