import neo4j from 'neo4j-driver';
import type { Graph } from '../connection.ts';
import { recordsToPlain, type Plain } from '../values.ts';

/** A query's text and its parameters: what the unit tests snapshot. */
export interface CypherQuery {
  cypher: string;
  params: Record<string, unknown>;
}

/** Per-call read options: the time left in the caller's budget (the API's per-request deadline). */
export interface ReadOptions {
  timeoutMs?: number;
}

/**
 * JavaScript numbers reach Cypher as floats, which LIMIT, SKIP and range
 * bounds refuse. Every number these read queries take is a count, an offset
 * or a limit, so integral numbers are sent as Cypher integers.
 */
export function toCypherParams(value: unknown): unknown {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toCypherParams);
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toCypherParams(v)]));
  }
  return value;
}

/** One read query, its own transaction, with a timeout; rows as plain objects. */
export async function readQuery<T = Record<string, Plain>>(graph: Graph, q: CypherQuery, opts: ReadOptions = {}): Promise<T[]> {
  return recordsToPlain<T>(await graph.readStatement(q.cypher, toCypherParams(q.params) as Record<string, unknown>, opts.timeoutMs));
}
