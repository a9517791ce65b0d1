import { curationLog, type CurationEntry } from '../../graph/index.ts';
import { requireRole } from '../auth.ts';
import type { ApiContext } from '../context.ts';
import { decodeCursor, encodeCursor, pageWindow } from '../pagination.ts';
import { anyIdArg } from './args.ts';

const LIST = 'curationLog';

/**
 * The log is read newest first and only grows at the front, so a cursor is
 * an entry's sequence number, not an offset: pages stay put while curators
 * keep working.
 */
export const curationLogResolvers = {
  Query: {
    curationLog: async (
      _: unknown,
      args: { first?: number | null; after?: string | null; entity?: string | null; curator?: string | null },
      ctx: ApiContext,
    ) => {
      requireRole(ctx.auth, 'curator', ctx.config);
      const { limit } = pageWindow(LIST, { first: args.first }, 20);
      const before = args.after ? decodeCursor(LIST, args.after) : null;
      const entity = args.entity ? entityArg(args.entity) : null;
      const page = await curationLog(ctx.graph, { first: limit, before, entity, curator: args.curator?.trim() || null }, ctx.read());
      const edges = page.entries.map((e) => ({ cursor: encodeCursor(LIST, e.seq), node: entryValue(e) }));
      return {
        edges,
        totalCount: page.totalCount,
        pageInfo: {
          hasNextPage: page.hasNextPage,
          hasPreviousPage: before !== null,
          startCursor: edges[0]?.cursor ?? null,
          endCursor: edges[edges.length - 1]?.cursor ?? null,
        },
      };
    },
  },
};

// Accounts are named in the log as account:<name>; everything else is a report or an entity.
const entityArg = (id: string): string => (id.trim().startsWith('account:') ? id.trim() : anyIdArg(id, 'entity'));

function entryValue(e: CurationEntry) {
  return { sequence: e.seq, at: e.at, curator: e.by, action: e.action, reason: e.reason, before: e.before, after: e.after, detail: e.detail };
}
