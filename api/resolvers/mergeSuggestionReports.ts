import { listMergeSuggestions, type MergeSuggestion } from '../../graph/index.ts';
import type { ApiContext } from '../context.ts';
import { nodeValueOrNull, type NodeValue } from './values.ts';

/**
 * The suggestions of a request, read once however many of them ask for
 * their reports: a review page asks for up to 100, and each would otherwise
 * read the whole list again.
 */
const perRequest = new WeakMap<ApiContext, Promise<Map<string, MergeSuggestion>>>();

function suggestionsOf(ctx: ApiContext): Promise<Map<string, MergeSuggestion>> {
  let found = perRequest.get(ctx);
  if (!found) {
    found = listMergeSuggestions(ctx.graph).then((all) => new Map(all.map((s) => [s.id, s])));
    perRequest.set(ctx, found);
  }
  return found;
}

export const mergeSuggestionReportResolvers = {
  MergeSuggestion: {
    suggestedBy: async (s: { id: string }, _: unknown, ctx: ApiContext): Promise<NodeValue[]> => {
      const ids = (await suggestionsOf(ctx)).get(s.id)?.sources ?? [];
      const nodes = await ctx.loaders.node.loadMany(ids);
      // a report removed since it made the suggestion is simply not listed
      return nodes.map((n) => (n instanceof Error ? null : nodeValueOrNull(n))).filter((n): n is NodeValue => n?.__type === 'Report');
    },
  },
};
