import { previewExtraction, reportRemoval } from '../../graph/index.ts';
import { parseReport, ReportInputError, SEED_RESOLUTION } from '../../seed/index.ts';
import { requireRole } from '../auth.ts';
import type { ApiContext } from '../context.ts';
import { badInput, notFound } from '../errors.ts';
import { idArg } from './args.ts';
import { extractOffThread } from './extraction.ts';
import { reportTextArgs, type ReportTextArgs } from './reportInput.ts';

/** The report read as ingestText reads it; what seed refuses (no text once cleaned, a third language) is the client's to fix. */
function readReport(input: ReturnType<typeof reportTextArgs>) {
  try {
    return parseReport(input.text, { fileName: '<text>', language: input.language ?? undefined });
  } catch (err) {
    if (err instanceof ReportInputError) throw badInput(err.message.replace(/^<text>: /, ''), err.code === 'UNSUPPORTED_LANGUAGE' ? 'language' : 'text');
    throw err;
  }
}

const IDENTITY = { new: 'NEW', match: 'MATCH', uncertain: 'UNCERTAIN' } as const;
const MATCH_REASON = { 'same-id': 'SAME_ID', 'curator-merge': 'CURATOR_MERGE', resolution: 'RESOLUTION' } as const;

/** The curators' view of a report before and after: what loading one would do, what removing one would take. */
export const reportResolvers = {
  Query: {
    previewReport: async (_: unknown, args: ReportTextArgs, ctx: ApiContext) => {
      requireRole(ctx.auth, 'curator', ctx.config);
      const input = reportTextArgs(args);
      // Read as ingestText reads it: the fields given override its front matter.
      const parsed = readReport(input);
      const meta = {
        ...parsed.meta,
        ...(input.title ? { title: input.title } : {}),
        ...(input.url ? { url: input.url } : {}),
        ...(input.publishedAt ? { publishedAt: input.publishedAt } : {}),
      };
      const extraction = await extractOffThread({ ...parsed, meta });
      const preview = await previewExtraction(ctx.graph, { ...extraction, text: extraction.text ?? parsed.text }, { ...SEED_RESOLUTION, ...ctx.read() });
      return {
        ...preview,
        text: extraction.text ?? parsed.text,
        entities: preview.entities.map((e) => ({ ...e, identity: IDENTITY[e.identity], matchReason: e.matchReason ? MATCH_REASON[e.matchReason] : null })),
      };
    },

    reportRemoval: async (_: unknown, args: { id: string }, ctx: ApiContext) => {
      requireRole(ctx.auth, 'admin', ctx.config);
      const id = idArg(args.id, 'Report', 'id');
      const found = await reportRemoval(ctx.graph, id, ctx.read());
      if (!found) throw notFound(`No report has the id ${JSON.stringify(id)}.`);
      return found;
    },
  },
};
