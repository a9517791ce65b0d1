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
