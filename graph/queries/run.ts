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

/** One read query in a read transaction with a timeout, rows as plain objects. */
export async function readQuery<T = Record<string, Plain>>(graph: Graph, q: CypherQuery, opts: ReadOptions = {}): Promise<T[]> {
  return graph.read(async (tx) => recordsToPlain<T>((await tx.run(q.cypher, q.params)).records), opts.timeoutMs);
}
