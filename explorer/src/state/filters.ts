/**
 * Which entities pass the filters. Pure: the topic's neighbourhood (entities
 * within two steps of the topic) is looked up by the caller and passed in.
 */
import type { GNode } from '../model.ts';
import type { Filters } from './ViewState.ts';

export interface FilterContext {
  /** ids near the filter topic; required when filters.topic is set, null while unknown */
  topicIds: ReadonlySet<string> | null;
}

/** Every country an entity is in: an event held in two countries is in both. */
export function countriesOf(node: GNode): readonly string[] {
  if (node.countryCodes && node.countryCodes.length > 0) return node.countryCodes;
  return node.countryCode ? [node.countryCode] : [];
}

/**
 * Does one entity pass? Entities lacking the filtered attribute stay visible,
 * except events outside a date range. An entity in several countries passes
 * the country filter when any of them is chosen.
 */
export function passesFilters(node: GNode, f: Filters, ctx: FilterContext): boolean {
  if (f.types && !f.types.includes(node.type)) return false;
  if (f.countries.length > 0) {
    const countries = countriesOf(node);
    if (countries.length > 0 && !countries.some((c) => f.countries.includes(c))) return false;
  }
  if (f.topic && ctx.topicIds && node.id !== f.topic && !ctx.topicIds.has(node.id)) return false;
  if ((f.from || f.to) && node.type === 'Event') {
    const start = node.startDate ?? node.endDate;
    const end = node.endDate ?? node.startDate;
    if (!start || !end) return false;
    if (f.from && end < f.from) return false;
    if (f.to && start > f.to) return false;
  }
  return true;
}

/** Ids of the entities that pass, in input order. */
export function visibleIds(nodes: Iterable<GNode>, f: Filters, ctx: FilterContext): Set<string> {
  const out = new Set<string>();
  for (const n of nodes) if (passesFilters(n, f, ctx)) out.add(n.id);
  return out;
}

/** The span of event dates among nodes, for the time slider; null when no event has a date. */
export function eventDateSpan(nodes: Iterable<GNode>): { min: string; max: string } | null {
  let min: string | null = null;
  let max: string | null = null;
  for (const n of nodes) {
    if (n.type !== 'Event') continue;
    for (const d of [n.startDate, n.endDate]) {
      if (!d) continue;
      if (min === null || d < min) min = d;
      if (max === null || d > max) max = d;
    }
  }
  return min && max ? { min, max } : null;
}
