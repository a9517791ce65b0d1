export { Graph, type Tx, type Row, type ConnectOptions } from './connection.ts';
export { readGraphConfig, ConfigError, formatIssues, type GraphConfig } from './config.ts';
export {
  DatabaseUnavailableError,
  QueryTimeoutError,
  SchemaVersionError,
  ConstraintViolationError,
  mapDriverError,
} from './errors.ts';
export { applyMigrations, schemaVersion, LATEST_SCHEMA_VERSION, MIGRATIONS, NAME_INDEX, type Migration } from './schema/migrations.ts';
export { ENTITY_LABELS, labelOfId, type EntityLabel } from './schema/model.ts';
export type * from './schema/extraction.ts';
export { graphHealth, type GraphHealth } from './health.ts';
export { toPlain, recordsToPlain, type Plain } from './values.ts';
export { startLocalNeo4j, assertPortFree, type LocalNeo4j, type LocalNeo4jOptions } from './neo4j/localNeo4j.ts';
export { LocalNeo4jError, requireJava, parseJavaMajor } from './neo4j/java.ts';
export { LocalNeo4jSupervisor, type SupervisorOptions } from './neo4j/supervisor.ts';
export { InvalidExtractionError, NotFoundError, CurationError, AccountError } from './errors.ts';
export { MERGED_IDS_INDEX } from './schema/migrations.ts';
export { removeReport } from './load/removeReport.ts';
export { previewExtraction, type ReportPreview, type PreviewEntity, type PreviewRelation, type PreviewIdentity, type MatchReason } from './load/previewExtraction.ts';
export { loadExtraction, loadExtractions, DEFAULT_BATCH_SIZE, LOAD_PHASES, type LoadOptions, type BatchLoadOptions, type BatchOutcome, type LoadPhases } from './load/loadExtractions.ts';
export { noResolution, noSearchKeys, type KnownEntity, type SearchKey, type Resolver, type SearchKeys } from './load/nameQueries.ts';
export { withIngestLock } from './load/ingestLock.ts';
export type { LoadResult, LoadStatus, LabelCounts, RelationshipCounts, RemoveResult } from './load/types.ts';
// Read queries, one file per question (graph/queries/).
export {
  readQuery,
  type CypherQuery,
  type ReadOptions,
  nodeMap,
  projectionKey,
  toNodeRecord,
  toProvenance,
  NODE_LABELS,
  RELATION_TYPES,
  INVOLVEMENT_TYPES,
  isRelationType,
  type NodeLabel,
  type NodeProjection,
  type NodeRecord,
  type Provenance,
  type RelationType,
  type InvolvementType,
  nodesById,
  nodesByIdQuery,
  reportTexts,
  NODES_BY_ID,
  claimsOf,
  claimsOfQuery,
  CLAIMS_OF,
  MAX_CLAIMS_PAGE,
  type RelationshipClaimRecord,
  relationshipsOf,
  mentionsOf,
  eventsReportedBy,
  reportsOnEvents,
  RELATIONSHIPS_OF,
  MAX_RELATIONSHIPS_PER_NODE,
  MAX_MENTIONS_PER_NODE,
  type RelationshipRecord,
  type MentionRecord,
  search,
  searchQuery,
  buildLuceneQuery,
  buildLuceneFilter,
  escapeLucene,
  foldTerm,
  searchWords,
  MAX_SEARCH_LENGTH,
  MAX_SEARCH_WORDS,
  type SearchHitRecord,
  type SearchInput,
  listNodes,
  buildListQuery,
  acceptedFilters,
  supportsSort,
  LIST_FILTERS,
  type ListFilter,
  type ListFilterKey,
  type ListInput,
  type ListOrder,
  type ListPage,
  type SortField,
  collaborators,
  collaboratorsQuery,
  collaboratorsOf,
  collaboratorsProjectionKey,
  type CollaboratorsProjection,
  type CollaborationRecord,
  type OrganizationCollaborators,
  type SharedEventRecord,
  type InvolvementRecord,
  collaborationPath,
  collaborationPathQuery,
  DEFAULT_PATH_TYPES,
  MAX_PATH_HOPS,
  type PathRecord,
  type PathEdgeRecord,
  partnerSuggestions,
  partnerSuggestionsQuery,
  scorePartner,
  PARTNER_WEIGHTS,
  MAX_PARTNER_CANDIDATES,
  type PartnerSuggestionInput,
  type PartnerSuggestionRecord,
  type PartnerSignals,
  groupPartnerReasons,
  type PartnerReasonGroups,
  type PartnerTopicReasonRecord,
  type PartnerPracticeReasonRecord,
  type PartnerEventReasonRecord,
  elementsForExport,
  elementsForExportQuery,
  MAX_EXPORT_NODES,
  type ExportElementsInput,
  type ExportElementsRecord,
  type ExportNodeRecord,
  type ExportEdgeRecord,
  neighborhood,
  neighborhoodQuery,
  overview,
  overviewQuery,
  MAX_OVERVIEW_SEEDS,
  type OverviewInput,
  MAX_NEIGHBORHOOD_DEPTH,
  MAX_NEIGHBORHOOD_LIMIT,
  type GraphSliceRecord,
  type SliceNodeRecord,
  type SliceEdgeRecord,
  type NeighborhoodInput,
  subgraph,
  subgraphQuery,
  MAX_SUBGRAPH_IDS,
  MAX_SUBGRAPH_AMONG,
  type SubgraphInput,
  reportRemoval,
  reportRemovalQuery,
  REPORT_REMOVAL,
  MAX_REMOVAL_LISTED,
  type ReportRemovalRecord,
  type RemovalEntityRecord,
  type RemovalRelationshipRecord,
  conflicts,
  conflictsQuery,
  datesAgree,
  CLAIM_PROPERTIES,
  type ConflictRecord,
  type ClaimRecord,
  stats,
  statsQuery,
  type StatsParts,
  type StatsRecord,
  neighborGroups,
  neighborIds,
  MAX_NEIGHBOR_IDS,
  MAX_EXCLUDED_NEIGHBORS,
  type NeighborGroupsRecord,
} from './queries/index.ts';
export { backupGraph, restoreGraph, RestoreRefusedError, BackupFormatError, type BackupSummary, type RestoreSummary } from './backup/index.ts';
export { mergeEntities, type MergeResult } from './curation/mergeEntities.ts';
export { splitEntity, SPLIT_REASON, type SplitResult } from './curation/splitEntity.ts';
export { addAlias } from './curation/addAlias.ts';
export {
  listMergeSuggestions,
  acceptMergeSuggestion,
  rejectMergeSuggestion,
  type MergeSuggestion,
  type MergeSuggestionStatus,
} from './curation/mergeSuggestions.ts';
export { listConflicts, type Conflict, type ConflictClaim } from './curation/listConflicts.ts';
export {
  ROLES,
  roleIncludes,
  createAccount,
  listAccounts,
  disableAccount,
  accountForToken,
  type Role,
  type Account,
  type SignedIn,
} from './accounts/index.ts';
export {
  commandLineActor,
  curationLog,
  curationLogQuery,
  type Actor,
  type CurationAction,
  type CurationEntry,
  type CurationLogInput,
  type CurationLogPage,
} from './curationLog/index.ts';
export { InvalidReportInputError } from './errors.ts';
export { isGraphEmpty } from './queries/index.ts';
export { unchangedResults } from './load/loadExtractions.ts';
export { emptyLabelCounts, emptyRelationshipCounts } from './load/types.ts';
export { toLatin, hasCyrillic } from './schema/transliterate.ts';
export { freePort } from './neo4j/freePort.ts';
