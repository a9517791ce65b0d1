import type { Graph } from '../connection.ts';
import { readQuery, type CypherQuery, type ReadOptions } from '../queries/run.ts';
import type { CurationAction } from './recordCuration.ts';

export interface CurationEntry {
  /** position in the log, from 1; newer entries have higher numbers */
  seq: number;
  /** ISO timestamp */
  at: string;
  by: string;
  action: CurationAction;
  reason: string | null;
  before: string[];
  after: string[];
  detail: string | null;
}

export interface CurationLogInput {
  /** entries to return */
  first: number;
  /** only entries older than this sequence number (the cursor of the previous page) */
  before?: number | null;
  /** only entries naming this id before or after */
  entity?: string | null;
  /** only entries by this account */
  curator?: string | null;
}

export interface CurationLogPage {
  entries: CurationEntry[];
  hasNextPage: boolean;
  /** entries matching the filters, on every page */
  totalCount: number;
}

// Beyond every sequence number: the first page.
const NEWEST = Number.MAX_SAFE_INTEGER;

const FILTERS = '($curator IS NULL OR e.by = $curator) AND ($entity IS NULL OR $entity IN e.ids)';

/**
 * Newest first. The page is a backwards range of the unique `seq` index,
 * read one entry past the page to know whether another follows; the filters
 * are checked on the entries the range passes (the log is as long as
 * curators' work, not as the graph).
 */
export function curationLogQuery(input: CurationLogInput): CypherQuery {
  return {
    cypher: `
MATCH (e:CurationEntry) WHERE e.seq < $before AND ${FILTERS}
WITH e ORDER BY e.seq DESC LIMIT $limit
WITH collect(e {.seq, .at, .by, .action, .reason, .before, .after, .detail}) AS entries
RETURN entries, COUNT { MATCH (e:CurationEntry) WHERE ${FILTERS} } AS totalCount`,
    params: { before: input.before ?? NEWEST, limit: input.first + 1, entity: input.entity ?? null, curator: input.curator ?? null },
  };
}

export async function curationLog(graph: Graph, input: CurationLogInput, opts: ReadOptions = {}): Promise<CurationLogPage> {
  const [row] = await readQuery<{ entries: CurationEntry[]; totalCount: number }>(graph, curationLogQuery(input), opts);
  const entries = row?.entries ?? [];
  return { entries: entries.slice(0, input.first), hasNextPage: entries.length > input.first, totalCount: row?.totalCount ?? 0 };
}
