import { accountResolvers } from './accounts.ts';
import { analysisResolvers } from './analysis.ts';
import { curationLogResolvers } from './curationLog.ts';
import { exportResolvers } from './exports.ts';
import { healthResolvers } from './health.ts';
import { listResolvers } from './lists.ts';
import { mergeSuggestionReportResolvers } from './mergeSuggestionReports.ts';
import { mutationResolvers } from './mutations.ts';
import { nodeResolvers } from './nodes.ts';
import { reportResolvers } from './reports.ts';
import { scalarResolvers } from './scalars.ts';

export const resolvers = [scalarResolvers, healthResolvers, nodeResolvers, analysisResolvers, exportResolvers, listResolvers, mutationResolvers, accountResolvers, curationLogResolvers, mergeSuggestionReportResolvers, reportResolvers];
