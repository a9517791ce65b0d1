import { Neo4jError } from 'neo4j-driver';

/** The database cannot be reached right now; retrying later may succeed. */
export class DatabaseUnavailableError extends Error {
  override name = 'DatabaseUnavailableError';
  constructor(cause?: unknown) {
    super('The graph database is unavailable; retry later.', { cause });
  }
}

/** A read ran past its time budget. */
export class QueryTimeoutError extends Error {
  override name = 'QueryTimeoutError';
  constructor(cause?: unknown) {
    super('The query took too long and was stopped; narrow it (fewer hops, smaller limit) and retry.', { cause });
  }
}

/** The graph holds a schema version newer than this code knows. */
export class SchemaVersionError extends Error {
  override name = 'SchemaVersionError';
}

/** A write broke a uniqueness or existence rule of the schema. */
export class ConstraintViolationError extends Error {
  override name = 'ConstraintViolationError';
}

const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);

/** Maps driver errors to the domain errors above; anything else passes through unchanged. */
export function mapDriverError(err: unknown): unknown {
  if (!(err instanceof Neo4jError)) {
    if (err instanceof Error && /ECONNREFUSED|ECONNRESET|Pool is closed|Connection was closed/.test(err.message)) {
      return new DatabaseUnavailableError(err);
    }
    return err;
  }
  const code = err.code ?? '';
  if (UNAVAILABLE.has(code) || /ECONNREFUSED|ECONNRESET|connection/i.test(code)) return new DatabaseUnavailableError(err);
  // A closed driver reports 'Pool is closed' with code 'N/A'.
  if (/Pool is closed|ECONNREFUSED|ECONNRESET|Connection was closed/.test(err.message)) return new DatabaseUnavailableError(err);
  if (code.includes('TransactionTimedOut') || code.includes('Transaction.TransactionTimedOutClientConfiguration')) {
    return new QueryTimeoutError(err);
  }
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return new ConstraintViolationError(err.message, { cause: err });
  }
  return err;
}

/** An Extraction that breaks its contract (graph/schema/extraction.ts): a bug in the producer, not in the report. */
export class InvalidExtractionError extends Error {
  override name = 'InvalidExtractionError';
}

/** A report, entity or merge suggestion named by id does not exist. */
export class NotFoundError extends Error {
  override name = 'NotFoundError';
}

/** A curation request that cannot be carried out as asked (the message says why and what to do). */
export class CurationError extends Error {
  override name = 'CurationError';
}

/** An account request that cannot be carried out as asked (a bad name or role, a name taken); nothing was changed. */
export class AccountError extends Error {
  override name = 'AccountError';
}

/** Report input given directly (not as a file) that cannot be loaded as it is; the message names the field. */
export class InvalidReportInputError extends Error {
  override name = 'InvalidReportInputError';
}
