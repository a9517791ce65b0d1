export {
  ingestText,
  ingestFile,
  ingestPaths,
  loadSeedReports,
  summarize,
  type IngestTextInput,
  type IngestProgress,
  type IngestSummary,
  type IngestFilesOptions,
  type IngestFileOptions,
} from './ingest.ts';
