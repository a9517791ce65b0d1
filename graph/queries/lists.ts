import type { Graph } from '../connection.ts';
import { NAME_INDEX } from '../schema/migrations.ts';
import type { Plain } from '../values.ts';
import { INVOLVEMENT_TYPES, nodeMap, requireNodeRecord, type NodeLabel, type NodeRecord } from './nodeRecord.ts';
import { readQuery, type CypherQuery, type ReadOptions } from './run.ts';
import { buildLuceneFilter } from './search.ts';

/**
 * Filters of the list queries. Each list uses the ones that make sense for
 * its type (see LIST_FILTERS); all values enter Cypher as parameters.
 */
export interface ListFilter {
  /** free text: names and aliases (full-text index); report titles for reports */
  text?: string | null;
  /** ISO 3166 alpha-2 code, upper case */
  country?: string | null;
  /** City id */
  city?: string | null;
  /** Topic id */
  topic?: string | null;
  /** Organization kinds, or event kinds */
  kinds?: readonly string[] | null;
  /** Event id: involved in (organizations), spoke at (people), presented at (practices), covered by (topics), reports on (reports) */
  event?: string | null;
  /** Organization id: involved in (events), affiliated with (people), presented by (practices) */
  organization?: string | null;
  /** Person id: spoke at (events) */
  person?: string | null;
  /** ISO date: events overlapping [from, to] (for organizations and people: involved in such an event); reports published in it */
  from?: string | null;
  to?: string | null;
  /** report language, 'en' or 'ru' */
  language?: string | null;
  /** entity id a report mentions */
  mentions?: string | null;
}

export type ListFilterKey = keyof ListFilter;

export type SortField = 'NAME' | 'DATE' | 'MENTIONS';
export interface ListOrder {
  field: SortField;
  direction: 'ASC' | 'DESC';
}

export interface ListInput {
  type: NodeLabel;
  filter?: ListFilter;
  order?: ListOrder;
  offset: number;
  limit: number;
}

export interface ListPage {
  total: number;
  nodes: NodeRecord[];
}

/** Highest number of full-text matches a free-text filter considers. */
export const LIST_TEXT_CANDIDATES = 1000;

const INVOLVED = INVOLVEMENT_TYPES.join('|');

// An event [startDate, endDate] overlaps [$from, $to]; dates are ISO strings,
// possibly month ('2023-10') or year precision, so an end is padded to the
// last day it can mean.
const eventEnd = (e: string): string =>
  `CASE size(coalesce(${e}.endDate, ${e}.startDate)) WHEN 4 THEN coalesce(${e}.endDate, ${e}.startDate) + '-12-31' WHEN 7 THEN coalesce(${e}.endDate, ${e}.startDate) + '-31' ELSE coalesce(${e}.endDate, ${e}.startDate) END`;
const overlapsFrom = (e: string): string => `${eventEnd(e)} >= $from`;
const overlapsTo = (e: string): string => `${e}.startDate <= $to`;
const eventInRange = (e: string, f: ListFilter): string =>
  [f.from ? overlapsFrom(e) : null, f.to ? overlapsTo(e) : null].filter(Boolean).join(' AND ');

type Condition = (f: ListFilter) => string;

/** The WHERE fragment each filter adds, per list type; `n` is the listed node. */
export const LIST_FILTERS: { [L in NodeLabel]: Partial<Record<ListFilterKey, Condition>> } = {
  Organization: {
    // countryCode is where the organization is based (set from its BASED_IN
    // claims); the property, not a pattern, so the organization_country index answers it.
    country: () => 'n.countryCode = $country',
    city: () => 'EXISTS { (n)-[:BASED_IN]->(:City {id: $city}) }',
    kinds: () => 'n.kind IN $kinds',
    topic: () =>
      `(EXISTS { (n)-[:PRESENTED]->(:Practice)-[:ADDRESSES]->(:Topic {id: $topic}) } OR EXISTS { (n)-[:${INVOLVED}]->(:Event)-[:COVERED]->(:Topic {id: $topic}) })`,
    event: () => `EXISTS { (n)-[:${INVOLVED}]->(:Event {id: $event}) }`,
    from: (f) => `EXISTS { (n)-[:${INVOLVED}]->(e:Event) WHERE ${eventInRange('e', f)} }`,
    to: (f) => (f.from ? '' : `EXISTS { (n)-[:${INVOLVED}]->(e:Event) WHERE ${eventInRange('e', f)} }`),
  },
  Person: {
    country: () => 'EXISTS { (n)-[:AFFILIATED_WITH]->(o:Organization) WHERE o.countryCode = $country }',
    organization: () => 'EXISTS { (n)-[:AFFILIATED_WITH]->(:Organization {id: $organization}) }',
    event: () => 'EXISTS { (n)-[:SPOKE_AT]->(:Event {id: $event}) }',
    topic: () => 'EXISTS { (n)-[:SPOKE_AT]->(:Event)-[:COVERED]->(:Topic {id: $topic}) }',
    from: (f) => `EXISTS { (n)-[:SPOKE_AT]->(e:Event) WHERE ${eventInRange('e', f)} }`,
    to: (f) => (f.from ? '' : `EXISTS { (n)-[:SPOKE_AT]->(e:Event) WHERE ${eventInRange('e', f)} }`),
  },
  Event: {
    country: () =>
      '(EXISTS { (n)-[:HELD_IN]->(:Country {code: $country}) } OR EXISTS { (n)-[:HELD_IN]->(c:City) WHERE c.countryCode = $country })',
    city: () => 'EXISTS { (n)-[:HELD_IN]->(:City {id: $city}) }',
    kinds: () => 'n.kind IN $kinds',
    topic: () => 'EXISTS { (n)-[:COVERED]->(:Topic {id: $topic}) }',
    organization: () => `EXISTS { (:Organization {id: $organization})-[:${INVOLVED}]->(n) }`,
    person: () => 'EXISTS { (:Person {id: $person})-[:SPOKE_AT]->(n) }',
    from: () => overlapsFrom('n'),
    to: () => overlapsTo('n'),
  },
  Practice: {
    country: () => 'EXISTS { (o:Organization)-[:PRESENTED]->(n) WHERE o.countryCode = $country }',
    topic: () => 'EXISTS { (n)-[:ADDRESSES]->(:Topic {id: $topic}) }',
    organization: () => 'EXISTS { (:Organization {id: $organization})-[:PRESENTED]->(n) }',
    event: () => 'EXISTS { (n)-[:PRESENTED_AT]->(:Event {id: $event}) }',
    from: (f) => `EXISTS { (n)-[:PRESENTED_AT]->(e:Event) WHERE ${eventInRange('e', f)} }`,
    to: (f) => (f.from ? '' : `EXISTS { (n)-[:PRESENTED_AT]->(e:Event) WHERE ${eventInRange('e', f)} }`),
  },
  Topic: {
    event: () => 'EXISTS { (:Event {id: $event})-[:COVERED]->(n) }',
    organization: () =>
      `(EXISTS { (:Organization {id: $organization})-[:PRESENTED]->(:Practice)-[:ADDRESSES]->(n) } OR EXISTS { (:Organization {id: $organization})-[:${INVOLVED}]->(:Event)-[:COVERED]->(n) })`,
  },
  Country: {
    event: () => 'EXISTS { (n)-[:PARTICIPATED_IN]->(:Event {id: $event}) }',
  },
  City: {
    country: () => '(n.countryCode = $country OR EXISTS { (n)-[:IN_COUNTRY]->(:Country {code: $country}) })',
  },
  Report: {
    language: () => 'n.language = $language',
    event: () => 'EXISTS { (n)-[:REPORTS_ON]->(:Event {id: $event}) }',
    mentions: () => 'EXISTS { (n)-[:MENTIONS]->(:Entity {id: $mentions}) }',
    from: () => 'n.publishedAt >= $from',
    to: () => 'n.publishedAt <= $to',
  },
};

/** Filters a list type accepts (text is accepted by all). */
export function acceptedFilters(type: NodeLabel): ListFilterKey[] {
  return ['text', ...(Object.keys(LIST_FILTERS[type]) as ListFilterKey[])];
}

/** Sorting each list type supports beyond NAME and MENTIONS. */
const DATE_PROPERTY: Partial<Record<NodeLabel, string>> = { Event: 'startDate', Report: 'publishedAt' };

export function supportsSort(type: NodeLabel, field: SortField): boolean {
  return field !== 'DATE' || DATE_PROPERTY[type] !== undefined;
}

function orderBy(type: NodeLabel, order: ListOrder): string {
  const dir = order.direction === 'DESC' ? 'DESC' : 'ASC';
  const name = type === 'Report' ? 'toLower(n.title)' : 'toLower(n.name)';
  switch (order.field) {
    case 'DATE': {
      const prop = DATE_PROPERTY[type];
      if (!prop) throw new Error(`DATE sorting is not defined for ${type}`);
      return `n.${prop} ${dir}, ${name}, n.id`;
    }
    case 'MENTIONS':
      return `COUNT { (n)<-[:MENTIONS]-(:Report) } ${dir}, ${name}, n.id`;
    default:
      return `${name} ${dir}, n.id ${dir}`;
  }
}

/**
 * One query answers a page and the total: two CALL subqueries over the same
 * match (count, then sorted page). Only the filters given add WHERE
 * fragments; labels come from the model, values are parameters.
 */
export function buildListQuery(input: ListInput): CypherQuery {
  const { type } = input;
  const f = input.filter ?? {};
  const order = input.order ?? { field: 'NAME', direction: 'ASC' };
  const params: Record<string, unknown> = {};
  const conditions: string[] = [];
  let source = `MATCH (n:${type})`;

  const text = f.text?.trim();
  if (text) {
    if (type === 'Report') {
      conditions.push('(toLower(n.title) CONTAINS $text OR toLower(coalesce(n.url, \'\')) CONTAINS $text)');
      params.text = text.toLowerCase();
    } else {
      const lucene = buildLuceneFilter(text);
      if (lucene) {
        source = `CALL db.index.fulltext.queryNodes($index, $textQuery, {limit: $textCandidates}) YIELD node AS n`;
        conditions.push(`n:${type}`);
        Object.assign(params, { index: NAME_INDEX, textQuery: lucene, textCandidates: LIST_TEXT_CANDIDATES });
      }
    }
  }
  const filters = LIST_FILTERS[type];
  for (const key of Object.keys(filters) as ListFilterKey[]) {
    const value = f[key];
    if (value === undefined || value === null || (Array.isArray(value) && value.length === 0)) continue;
    const fragment = filters[key]!(f);
    if (fragment) conditions.push(fragment);
  }
  for (const key of ['country', 'city', 'topic', 'kinds', 'event', 'organization', 'person', 'from', 'to', 'language', 'mentions'] as const) {
    const value = f[key];
    if (value === undefined || value === null || (Array.isArray(value) && value.length === 0)) continue;
    if (filters[key]) params[key] = Array.isArray(value) ? [...value] : value;
  }
  const where = conditions.length > 0 ? `\n  WHERE ${conditions.join('\n    AND ')}` : '';
  params.offset = input.offset;
  params.limit = input.limit;
  const cypher = `CALL () {
  ${source}${where}
  RETURN count(n) AS total
}
CALL () {
  ${source}${where}
  WITH n ORDER BY ${orderBy(type, order)}
  SKIP $offset LIMIT $limit
  RETURN collect(${nodeMap('n')}) AS page
}
RETURN total, page`;
  return { cypher, params };
}

export async function listNodes(graph: Graph, input: ListInput, opts: ReadOptions = {}): Promise<ListPage> {
  const rows = await readQuery<{ total: number; page: Plain[] }>(graph, buildListQuery(input), opts);
  const row = rows[0];
  return { total: row?.total ?? 0, nodes: (row?.page ?? []).map(requireNodeRecord) };
}
