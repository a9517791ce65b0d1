import { graphHealth } from '../../graph/index.ts';
import type { ApiContext } from '../context.ts';

export const healthResolvers = {
  Query: {
    health: async (_: unknown, __: unknown, ctx: ApiContext) => {
      const h = await graphHealth(ctx.graph);
      return { ...h, counts: Object.entries(h.counts).map(([label, count]) => ({ label, count })) };
    },
  },
};
