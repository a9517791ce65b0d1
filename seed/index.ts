/**
 * seed/: report text → Extraction, identity resolution, and the ingest entry
 * point (`npm run ingest`, the API's ingestReport, `npm start`'s seed load),
 * which hands extractions and seed's resolution to graph/'s loader.
 */
export type {
  CityEntity,
  CountryEntity,
  Entity,
  EntityType,
  EventEntity,
  Extraction,
  Language,
  MergeCandidate,
  Mention,
  OrganizationEntity,
  OrganizationKind,
  PersonEntity,
  PracticeEntity,
  Relation,
  RelationType,
  ReportMeta,
  TopicEntity,
} from './extraction.ts';
export { ENTITY_TYPES, RELATION_TYPES } from './extraction.ts';
export { parseReport, type ParsedReport, type ParseOptions, type ReportFormat } from './read/parseReport.ts';
export { readReportFile, DEFAULT_MAX_REPORT_BYTES, type ReadOptions } from './read/readReportFile.ts';
export { listReportFiles, REPORT_EXTENSIONS } from './read/listReportFiles.ts';
export { ReportInputError, type ReportInputErrorCode } from './read/ReportInputError.ts';
export { detectLanguage } from './read/detectLanguage.ts';
export { reportId } from './read/reportId.ts';
export { extractReport, DEFAULT_EXTRACTORS, type ExtractOptions } from './extract/extractReport.ts';
export { ExtractionWorker } from './extract/extractInWorker.ts';
export type { Extractor, ExtractionContext, Candidate } from './extract/Extractor.ts';
export { resolveWithSeed, searchKeysWithSeed, SEED_RESOLUTION, loadWithSeed, loadManyWithSeed } from './resolve/loaderResolution.ts';
export * from './ingest/index.ts';
export {
  resolveAgainstKnown,
  searchKeysFor,
  type KnownEntity,
  type KnownMerge,
  type ResolveAgainstKnownOptions,
  type ResolveAgainstKnownResult,
} from './resolve/index.ts';
export { normalizeName } from './text/normalizeName.ts';
export { curatedData, emptyCuratedData, type CuratedData } from './data/curated.ts';
export { extractionSchema, assertValidExtraction } from './extractionSchema.ts';
export { toLatin, hasCyrillic } from './text/transliterate.ts';
