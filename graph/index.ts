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
export { graphHealth, type GraphHealth } from './health.ts';
export { toPlain, recordsToPlain, type Plain } from './values.ts';
export { startLocalNeo4j, assertPortFree, type LocalNeo4j, type LocalNeo4jOptions } from './neo4j/localNeo4j.ts';
export { LocalNeo4jError, requireJava, parseJavaMajor } from './neo4j/java.ts';
export { LocalNeo4jSupervisor, type SupervisorOptions } from './neo4j/supervisor.ts';
export { InvalidExtractionError, NotFoundError, CurationError } from './errors.ts';
export { MERGED_IDS_INDEX } from './schema/migrations.ts';
export { loadExtraction, type LoadOptions } from './load/loadExtraction.ts';
export { removeReport } from './load/removeReport.ts';
export { type KnownEntity } from './load/fetchKnownEntities.ts';
export { type Resolver, type SearchKeys } from './load/pipeline.ts';
export { withIngestLock } from './load/ingestLock.ts';
export type { LoadResult, LoadStatus, LabelCounts, RelationshipCounts, RemoveResult } from './load/types.ts';
