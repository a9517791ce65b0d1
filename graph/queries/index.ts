export { readQuery, type CypherQuery, type ReadOptions } from './run.ts';
export {
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
} from './nodeRecord.ts';
export { nodesById, nodesByIdQuery, reportTexts, NODES_BY_ID } from './nodeById.ts';
export { claimsOf, claimsOfQuery, CLAIMS_OF, MAX_CLAIMS_PAGE, type RelationshipClaimRecord } from './claims.ts';
export {
  relationshipsOf,
  mentionsOf,
  eventsReportedBy,
  reportsOnEvents,
  RELATIONSHIPS_OF,
  MAX_RELATIONSHIPS_PER_NODE,
  MAX_MENTIONS_PER_NODE,
  type RelationshipRecord,
  type MentionRecord,
} from './relationships.ts';
export {
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
} from './search.ts';
export {
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
} from './lists.ts';
export {
  collaborators,
  collaboratorsOf,
  collaboratorsQuery,
  collaboratorsProjectionKey,
  type CollaboratorsProjection,
  type CollaborationRecord, type OrganizationCollaborators, type SharedEventRecord, type InvolvementRecord } from './collaborators.ts';
export {
  collaborationPath,
  collaborationPathQuery,
  DEFAULT_PATH_TYPES,
  MAX_PATH_HOPS,
  type PathRecord,
  type PathEdgeRecord,
} from './collaborationPath.ts';
export {
  partnerSuggestions,
  partnerSuggestionsQuery,
  scorePartner,
  PARTNER_WEIGHTS,
  MAX_PARTNER_CANDIDATES,
  type PartnerSuggestionInput,
  type PartnerSuggestionRecord,
  type PartnerSignals,
} from './partnerSuggestions.ts';
export {
  groupPartnerReasons,
  listOf,
  type PartnerReasonGroups,
  type PartnerTopicReasonRecord,
  type PartnerPracticeReasonRecord,
  type PartnerEventReasonRecord,
} from './partnerReasons.ts';
export {
  elementsForExport,
  elementsForExportQuery,
  ELEMENTS_FOR_EXPORT,
  MAX_EXPORT_NODES,
  type ExportElementsInput,
  type ExportElementsRecord,
  type ExportNodeRecord,
  type ExportEdgeRecord,
} from './elementsForExport.ts';
export {
  neighborhood,
  neighborhoodQuery,
  MAX_NEIGHBORHOOD_DEPTH,
  MAX_NEIGHBORHOOD_LIMIT,
  type GraphSliceRecord,
  type SliceNodeRecord,
  type SliceEdgeRecord,
  type NeighborhoodInput,
} from './neighborhood.ts';
export { overview, overviewQuery, MAX_OVERVIEW_SEEDS, type OverviewInput } from './overview.ts';
export { subgraph, subgraphQuery, SUBGRAPH, MAX_SUBGRAPH_IDS, MAX_SUBGRAPH_AMONG, type SubgraphInput } from './subgraph.ts';
export { reportRemoval, reportRemovalQuery, REPORT_REMOVAL, MAX_REMOVAL_LISTED, type ReportRemovalRecord, type RemovalEntityRecord, type RemovalRelationshipRecord } from './reportRemoval.ts';
export { conflicts, conflictsQuery, datesAgree, CLAIM_PROPERTIES, type ConflictRecord, type ClaimRecord } from './conflicts.ts';
export { stats, statsQuery, type StatsParts, type StatsRecord } from './stats.ts';
export { neighborGroups, neighborGroupsQuery, neighborIds, neighborIdsQuery, MAX_NEIGHBOR_IDS, MAX_EXCLUDED_NEIGHBORS, type NeighborGroupRecord, type NeighborGroupsRecord, type NeighborIdsInput } from './neighborGroups.ts';
export { isGraphEmpty } from './isGraphEmpty.ts';
