import type { NodeLabel } from '../../graph/index.ts';
import type { ApiContext } from '../context.ts';
import { exportNeighborhood, exportSubgraph, type ExportFormat } from '../export/index.ts';

/** The file exports (api/export/): a neighbourhood, or exactly a view's nodes. */
export const exportResolvers = {
  Query: {
    exportNeighborhood: (
      _: unknown,
      args: { ids: string[]; depth?: number | null; limit?: number | null; types?: NodeLabel[] | null; format: ExportFormat },
      ctx: ApiContext,
    ) => exportNeighborhood(ctx, args),

    exportSubgraph: (
      _: unknown,
      args: {
        ids: string[];
        edges?: string[] | null;
        positions?: Array<{ id: string; x: number; y: number }> | null;
        groups?: Array<{ id: string; group: string }> | null;
        format: ExportFormat;
      },
      ctx: ApiContext,
    ) => exportSubgraph(ctx, args),
  },
};
