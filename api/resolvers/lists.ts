import { acceptedFilters, listNodes, supportsSort, type ListFilter, type ListOrder, type NodeLabel } from '../../graph/index.ts';
import type { ApiContext } from '../context.ts';
import { badInput } from '../errors.ts';
import { connection, pageWindow } from '../pagination.ts';
import { countryArg, dateRange, idArg } from './args.ts';
import { nodeValue } from './values.ts';

/** The GraphQL filter inputs, all of them; each list's input type has a subset. */
interface FilterInput {
  text?: string | null;
  country?: string | null;
  city?: string | null;
  kind?: string[] | null;
  topic?: string | null;
  event?: string | null;
  organization?: string | null;
  person?: string | null;
  from?: string | null;
  to?: string | null;
  eventFrom?: string | null;
  eventTo?: string | null;
  language?: string | null;
  mentions?: string | null;
}

interface ListArgs {
  filter?: FilterInput | null;
  orderBy?: ListOrder | null;
  first?: number | null;
  after?: string | null;
}

/** Checks a GraphQL filter and turns it into graph/queries' ListFilter; ids must have the right type. */
export function toListFilter(type: NodeLabel, f: FilterInput): ListFilter {
  const from = f.from ?? f.eventFrom ?? null;
  const to = f.to ?? f.eventTo ?? null;
  dateRange(from, to, f.eventFrom || f.eventTo ? ['eventFrom', 'eventTo'] : ['from', 'to']);
  const text = f.text?.trim();
  if (text && text.length > 200) throw badInput("'filter.text' is longer than 200 characters.", 'filter.text');
  if (f.language && !/^(en|ru)$/.test(f.language)) throw badInput(`'filter.language' must be "en" or "ru" (got ${JSON.stringify(f.language)}).`, 'filter.language');
  const filter: ListFilter = {
    text: text || null,
    country: countryArg(f.country, 'filter.country'),
    city: f.city ? idArg(f.city, 'City', 'filter.city') : null,
    topic: f.topic ? idArg(f.topic, 'Topic', 'filter.topic') : null,
    kinds: f.kind && f.kind.length > 0 ? f.kind.map((k) => k.trim().toLowerCase()) : null,
    event: f.event ? idArg(f.event, 'Event', 'filter.event') : null,
    organization: f.organization ? idArg(f.organization, 'Organization', 'filter.organization') : null,
    person: f.person ? idArg(f.person, 'Person', 'filter.person') : null,
    from,
    to,
    language: f.language ?? null,
    mentions: f.mentions ? f.mentions.trim() : null,
  };
  const accepted = new Set(acceptedFilters(type));
  for (const [key, value] of Object.entries(filter)) {
    if (value !== null && !accepted.has(key as keyof ListFilter)) {
      // The SDL input types already limit the fields; this guards the mapping.
      throw new Error(`filter ${key} is not wired for ${type}`);
    }
  }
  return filter;
}

function listResolver(type: NodeLabel, list: string) {
  return async (_: unknown, args: ListArgs, ctx: ApiContext) => {
    const { offset, limit } = pageWindow(list, args);
    const order: ListOrder = { field: args.orderBy?.field ?? 'NAME', direction: args.orderBy?.direction ?? 'ASC' };
    if (!supportsSort(type, order.field)) {
      throw badInput(`${list} cannot be sorted by ${order.field}: use NAME or MENTIONS (DATE applies to events and reports).`, 'orderBy');
    }
    const filter = toListFilter(type, args.filter ?? {});
    const page = await listNodes(ctx.graph, { type, filter, order, offset, limit }, ctx.read());
    return connection(list, page.nodes.map(nodeValue), offset, page.total);
  };
}

export const listResolvers = {
  Query: {
    organizations: listResolver('Organization', 'organizations'),
    people: listResolver('Person', 'people'),
    events: listResolver('Event', 'events'),
    practices: listResolver('Practice', 'practices'),
    topics: listResolver('Topic', 'topics'),
    countries: listResolver('Country', 'countries'),
    cities: listResolver('City', 'cities'),
    reports: listResolver('Report', 'reports'),
  },
};
