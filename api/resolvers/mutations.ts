import { acceptMergeSuggestion, addAlias, listMergeSuggestions, mergeEntities, rejectMergeSuggestion, removeReport, splitEntity, type LabelCounts, type LoadResult, type MergeSuggestion, type MergeSuggestionStatus, type RemoveResult } from '../../graph/index.ts';
import { ingestText } from '../../seed/index.ts';
import { requireRole } from '../auth.ts';
import type { ApiContext } from '../context.ts';
import { badInput, notFound } from '../errors.ts';
import { actorFor } from './actor.ts';
import { anyIdArg, firstArg, idArg } from './args.ts';
import { extractOffThread } from './extraction.ts';
import { reportTextArgs } from './reportInput.ts';
import { nodeValueOrNull, type NodeValue } from './values.ts';

/** LoadSummary from what the loader returns for a load or a removal. */
function summary(r: LoadResult | RemoveResult, status: string) {
  return {
    reportId: r.reportId,
    title: r.title,
    status,
    replaced: 'replaced' in r ? r.replaced : [],
    labels: Object.entries(r.labels).map(([type, counts]) => ({ type, ...(counts as LabelCounts) })),
    relationships: r.relationships,
    mergeSuggestions: 'mergeSuggestions' in r ? r.mergeSuggestions : 0,
  };
}

async function entity(ctx: ApiContext, id: string): Promise<NodeValue> {
  // Writes went through another session: read fresh, not from this request's cache.
  ctx.loaders.node.clear(id);
  const node = nodeValueOrNull(await ctx.loaders.node.load(id));
  if (!node) throw notFound(`No entity has the id ${JSON.stringify(id)}.`);
  return node;
}

const STATUS_IN = { OPEN: 'open', ACCEPTED: 'accepted', REJECTED: 'rejected' } as const;
const STATUS_OUT: Record<MergeSuggestionStatus, keyof typeof STATUS_IN> = { open: 'OPEN', accepted: 'ACCEPTED', rejected: 'REJECTED' };

function suggestionValue(s: MergeSuggestion) {
  return { id: s.id, aId: s.a, bId: s.b, score: s.score, reason: s.reason, status: STATUS_OUT[s.status] };
}

export const mutationResolvers = {
  Query: {
    mergeSuggestions: async (_: unknown, args: { status?: keyof typeof STATUS_IN | null; first?: number | null }, ctx: ApiContext) => {
      requireRole(ctx.auth, 'curator', ctx.config);
      const first = firstArg(args.first, 50, 100);
      const all = await listMergeSuggestions(ctx.graph, STATUS_IN[args.status ?? 'OPEN']);
      return all.slice(0, first).map(suggestionValue);
    },
  },
  MergeSuggestion: {
    a: async (s: { aId: string }, _: unknown, ctx: ApiContext) => nodeValueOrNull(await ctx.loaders.node.load(s.aId)),
    b: async (s: { bId: string }, _: unknown, ctx: ApiContext) => nodeValueOrNull(await ctx.loaders.node.load(s.bId)),
  },
  LoadSummary: {
    report: async (s: { reportId: string }, _: unknown, ctx: ApiContext) => {
      ctx.loaders.node.clear(s.reportId);
      const n = nodeValueOrNull(await ctx.loaders.node.load(s.reportId));
      return n?.__type === 'Report' ? n : null;
    },
  },
  Mutation: {
    ingestReport: async (
      _: unknown,
      args: { text: string; title?: string | null; url?: string | null; language?: string | null; publishedAt?: string | null; reason?: string | null },
      ctx: ApiContext,
    ) => {
      // curators add reports from the explorer's Add report page; removing one stays an admin's
      const actor = actorFor(ctx, 'curator', args.reason);
      const result = await ingestText(ctx.graph, reportTextArgs(args), { extract: extractOffThread, actor });
      ctx.log.info({ reportId: result.reportId, status: result.status }, 'ingestReport');
      return summary(result, result.status);
    },

    removeReport: async (_: unknown, args: { id: string; reason?: string | null }, ctx: ApiContext) => {
      const actor = actorFor(ctx, 'admin', args.reason);
      const result = await removeReport(ctx.graph, idArg(args.id, 'Report', 'id'), actor);
      ctx.log.info({ reportId: result.reportId }, 'removeReport');
      return summary(result, 'removed');
    },

    mergeEntities: async (_: unknown, args: { keep: string; merge: string; reason?: string | null }, ctx: ApiContext) => {
      const actor = actorFor(ctx, 'curator', args.reason);
      const keep = anyIdArg(args.keep, 'keep');
      const merge = anyIdArg(args.merge, 'merge');
      if (keep === merge) throw badInput("'keep' and 'merge' are the same id.", 'merge');
      const result = await mergeEntities(ctx.graph, keep, merge, actor);
      ctx.log.info({ keep: result.id, merged: merge }, 'mergeEntities');
      return entity(ctx, result.id);
    },

    splitEntity: async (_: unknown, args: { id: string; mergedId: string; reason?: string | null }, ctx: ApiContext) => {
      const actor = actorFor(ctx, 'curator', args.reason);
      const id = anyIdArg(args.id, 'id');
      const mergedId = anyIdArg(args.mergedId, 'mergedId');
      if (id === mergedId) throw badInput("'id' and 'mergedId' are the same id: name the entity that kept the merge and the id merged into it.", 'mergedId');
      const result = await splitEntity(ctx.graph, id, mergedId, actor);
      ctx.log.info({ kept: id, restored: mergedId }, 'splitEntity');
      ctx.loaders.node.clear(id);
      return result.restored ? entity(ctx, result.restored.id) : null;
    },

    addAlias: async (_: unknown, args: { id: string; alias: string; reason?: string | null }, ctx: ApiContext) => {
      const actor = actorFor(ctx, 'curator', args.reason);
      const id = anyIdArg(args.id, 'id');
      const alias = args.alias.trim();
      if (!alias) throw badInput("'alias' is empty.", 'alias');
      if (alias.length > 300) throw badInput("'alias' is longer than 300 characters.", 'alias');
      const result = await addAlias(ctx.graph, id, alias, actor);
      return entity(ctx, result.id);
    },

    acceptMergeSuggestion: async (_: unknown, args: { id: string; reason?: string | null }, ctx: ApiContext) => {
      const actor = actorFor(ctx, 'curator', args.reason);
      const { suggestion } = await acceptMergeSuggestion(ctx.graph, args.id, actor);
      ctx.loaders.node.clearAll();
      return suggestionValue(suggestion);
    },

    rejectMergeSuggestion: async (_: unknown, args: { id: string; reason?: string | null }, ctx: ApiContext) => {
      const actor = actorFor(ctx, 'curator', args.reason);
      return suggestionValue(await rejectMergeSuggestion(ctx.graph, args.id, actor));
    },
  },
};
