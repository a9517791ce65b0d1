import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { AccountError, CurationError, DatabaseUnavailableError, InvalidReportInputError, NotFoundError, QueryTimeoutError } from '../graph/index.ts';
import type { Logger } from './logger.ts';
import { InvalidScalarValueError } from './resolvers/scalars.ts';

/** Error codes a client can act on; everything else is an internal error. */
export type UserErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'FORBIDDEN' | 'UNAUTHENTICATED';

/** A client mistake, with a message that names the thing and says how to fix it. */
export function userError(code: UserErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { ...extensions, code } });
}

export const badInput = (message: string, argument?: string): GraphQLError =>
  userError('BAD_USER_INPUT', message, argument ? { argument } : {});

export const notFound = (message: string): GraphQLError => userError('NOT_FOUND', message);

/**
 * The error a resolver threw, from the GraphQLError that wraps it. Duck-typed
 * rather than Apollo's unwrapResolverError, whose `instanceof GraphQLError`
 * fails when two copies of graphql-js are loaded (ESM and CJS).
 */
export function originalError(error: unknown): unknown {
  let e = error;
  while (e instanceof Error && 'originalError' in e && e.originalError instanceof Error && e.originalError !== e) e = e.originalError;
  return e;
}

/** Codes whose messages are written for clients and pass through unchanged. */
const CLIENT_CODES = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'DATABASE_UNAVAILABLE',
  'QUERY_TIMEOUT',
  'RATE_LIMITED',
]);

export const DATABASE_UNAVAILABLE_MESSAGE = 'The graph database is unavailable right now; retry later.';

/**
 * Apollo's formatError: what a client may see of an error. Domain errors of
 * graph/ get codes (DATABASE_UNAVAILABLE, QUERY_TIMEOUT, NOT_FOUND,
 * BAD_USER_INPUT); client errors keep their message; anything else becomes
 * "Internal server error" outside development — the original (with stack and
 * any Cypher) goes to the log only.
 */
export function createFormatError(opts: { development: boolean; log: Logger }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = originalError(error);
    const base = { locations: formatted.locations, path: formatted.path };
    if (original instanceof DatabaseUnavailableError) {
      return { ...base, message: DATABASE_UNAVAILABLE_MESSAGE, extensions: { code: 'DATABASE_UNAVAILABLE' } };
    }
    if (original instanceof QueryTimeoutError) {
      return { ...base, message: original.message, extensions: { code: 'QUERY_TIMEOUT' } };
    }
    if (original instanceof NotFoundError) {
      return { ...base, message: original.message, extensions: { code: 'NOT_FOUND' } };
    }
    if (original instanceof CurationError || original instanceof AccountError || original instanceof InvalidReportInputError || (original instanceof Error && original.name === 'ReportInputError')) {
      return { ...base, message: original.message, extensions: { code: 'BAD_USER_INPUT' } };
    }
    let code = typeof formatted.extensions?.code === 'string' ? formatted.extensions.code : 'INTERNAL_SERVER_ERROR';
    // A bad literal (a Date like "2023-02-30") fails validation; its own code says what it is.
    if (code === 'GRAPHQL_VALIDATION_FAILED' && original instanceof InvalidScalarValueError) {
      code = 'BAD_USER_INPUT';
      formatted = { ...formatted, extensions: { ...formatted.extensions, code } };
    }
    if (CLIENT_CODES.has(code)) {
      if (opts.development) return formatted;
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    opts.log.error({ err: original, path: formatted.path }, 'internal error in a GraphQL request');
    if (opts.development) return formatted;
    return { ...base, message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}
