import type { Graph } from '../connection.ts';
import { ENTITY_LABELS } from '../schema/model.ts';
import type { Plain } from '../values.ts';
import { nodeMap, toNodeRecord, type NodeLabel, type NodeRecord } from './nodeRecord.ts';
import { readQuery, type CypherQuery, type ReadOptions } from './run.ts';

export interface StatsRecord {
  byType: Array<{ type: NodeLabel; count: number }>;
  byCountry: Array<{ code: string; country: NodeRecord | null; organizations: number; events: number; people: number; participations: number }>;
  byYear: Array<{ year: number; events: number; reports: number }>;
}

const COUNTED: readonly NodeLabel[] = [...ENTITY_LABELS, 'Report'];

/** The parts of the stats to count besides the counts per type, which are always there (count store, constant time). */
export interface StatsParts {
  /** organizations, events, people and participations per country: reads every organization and event */
  byCountry: boolean;
  /** events and reports per year: reads every event and report */
  byYear: boolean;
}

const EVERY_PART: StatsParts = { byCountry: true, byYear: true };

/** Counts per type, from the count store. Labels are model constants. */
const BY_TYPE = `
CALL () {
  ${COUNTED.map((l) => `MATCH (n:${l}) WITH count(n) AS count RETURN '${l}' AS type, count`).join('\n  UNION ALL\n  ')}
}
WITH collect({type: type, count: count}) AS byType`;

/**
 * Per country: organizations based there, events held there, people
 * affiliated with its organizations, events its delegations took part in.
 */
const BY_COUNTRY = `
CALL () {
  CALL () {
    MATCH (o:Organization) WHERE o.countryCode IS NOT NULL
    RETURN o.countryCode AS code, 'organizations' AS what, count(o) AS count
    UNION ALL
    MATCH (e:Event)-[:HELD_IN]->(p)
    WITH e, CASE WHEN p:Country THEN p.code ELSE p.countryCode END AS code
    WHERE code IS NOT NULL
    RETURN code, 'events' AS what, count(DISTINCT e) AS count
    UNION ALL
    MATCH (p:Person)-[:AFFILIATED_WITH]->(o:Organization) WHERE o.countryCode IS NOT NULL
    RETURN o.countryCode AS code, 'people' AS what, count(DISTINCT p) AS count
    UNION ALL
    MATCH (c:Country)-[:PARTICIPATED_IN]->(e:Event)
    RETURN c.code AS code, 'participations' AS what, count(DISTINCT e) AS count
  }
  WITH code, collect({what: what, count: count}) AS counts
  OPTIONAL MATCH (c:Country {code: code})
  RETURN collect({code: code, country: CASE WHEN c IS NULL THEN null ELSE ${nodeMap('c')} END, counts: counts}) AS byCountry
}`;

/** Per year: events by start, reports by publication. */
const BY_YEAR = `
CALL () {
  CALL () {
    MATCH (e:Event) WHERE e.startDate IS NOT NULL
    RETURN toInteger(left(e.startDate, 4)) AS year, 'events' AS what, count(e) AS count
    UNION ALL
    MATCH (r:Report) WHERE r.publishedAt IS NOT NULL
    RETURN toInteger(left(toString(r.publishedAt), 4)) AS year, 'reports' AS what, count(r) AS count
  }
  WITH year, collect({what: what, count: count}) AS counts
  WHERE year IS NOT NULL
  RETURN collect({year: year, counts: counts}) AS byYear
}`;

/**
 * The stats in one query, with only the parts asked for: the counts per
 * type are constant time, while the counts per country and per year read
 * every event and organization (a second or more on a large graph), so a
 * caller that wants only the size of the graph does not wait for them. A
 * part left out comes back empty.
 */
export function statsQuery(parts: StatsParts = EVERY_PART): CypherQuery {
  const cypher = [
    BY_TYPE,
    parts.byCountry ? BY_COUNTRY : '',
    parts.byYear ? BY_YEAR : '',
    `\nRETURN byType, ${parts.byCountry ? 'byCountry' : '[] AS byCountry'}, ${parts.byYear ? 'byYear' : '[] AS byYear'}`,
  ].join('');
  return { cypher, params: {} };
}

type Counts = Array<{ what: string; count: number }>;
const pick = (counts: Counts, what: string): number => counts.filter((c) => c.what === what).reduce((s, c) => s + c.count, 0);

export async function stats(graph: Graph, opts: ReadOptions = {}, parts: StatsParts = EVERY_PART): Promise<StatsRecord> {
  const rows = await readQuery<{
    byType: Array<{ type: NodeLabel; count: number }>;
    byCountry: Array<{ code: string; country: Plain; counts: Counts }>;
    byYear: Array<{ year: number; counts: Counts }>;
  }>(graph, statsQuery(parts), opts);
  const row = rows[0];
  const byType = row?.byType ?? COUNTED.map((type) => ({ type, count: 0 }));
  return {
    byType,
    byCountry: (row?.byCountry ?? [])
      .map((c) => ({
        code: c.code,
        country: toNodeRecord(c.country),
        organizations: pick(c.counts, 'organizations'),
        events: pick(c.counts, 'events'),
        people: pick(c.counts, 'people'),
        participations: pick(c.counts, 'participations'),
      }))
      .sort((a, b) => b.organizations + b.events - (a.organizations + a.events) || a.code.localeCompare(b.code)),
    byYear: (row?.byYear ?? [])
      .map((y) => ({ year: y.year, events: pick(y.counts, 'events'), reports: pick(y.counts, 'reports') }))
      .sort((a, b) => a.year - b.year),
  };
}
