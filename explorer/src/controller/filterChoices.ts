import type { TopicOption } from '../api/ExplorerApi.ts';
import type { EntityType, GNode } from '../model.ts';
import { countriesOf, eventDateSpan } from '../state/filters.ts';
import type { Filters } from '../state/ViewState.ts';

/** What the filters panel offers: the filters set now and the choices the entities on the canvas allow. */
export interface FilterChoices {
  filters: Filters;
  /** entities on the canvas per type, for the legend */
  typeCounts: Partial<Record<EntityType, number>>;
  /** every country an entity on the canvas is in */
  countries: readonly string[];
  topics: readonly TopicOption[];
  /** the first and last event date on the canvas, for the slider */
  dateSpan: { min: string; max: string } | null;
}

export function filterChoices(nodes: readonly GNode[], filters: Filters, topics: readonly TopicOption[]): FilterChoices {
  const typeCounts: Partial<Record<EntityType, number>> = {};
  const countries = new Set<string>();
  for (const n of nodes) {
    typeCounts[n.type] = (typeCounts[n.type] ?? 0) + 1;
    for (const c of countriesOf(n)) countries.add(c);
  }
  return { filters, typeCounts, countries: [...countries], topics, dateSpan: eventDateSpan(nodes) };
}
