import { GraphQLError } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { createContext } from '../../api/context.ts';
import { createFormatError, DATABASE_UNAVAILABLE_MESSAGE } from '../../api/errors.ts';
import { readServerConfig } from '../../api/config.ts';
import { DatabaseUnavailableError, NotFoundError, QueryTimeoutError, type Graph } from '../../graph/index.ts';
import type { Logger } from '../../api/logger.ts';

const log = { error: vi.fn() } as unknown as Logger;

/** What Apollo hands formatError for an error thrown in a resolver. */
function fromResolver(original: Error) {
  const wrapped = new GraphQLError(original.message, { originalError: original, path: ['search'] });
  const formatted = { message: original.message, path: ['search'], extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at secret.ts:1'] } };
  return [formatted, wrapped] as const;
}

describe('error masking', () => {
  const production = createFormatError({ development: false, log });
  const development = createFormatError({ development: true, log });

  it('hides internal errors (messages may carry Cypher) outside development and logs them', () => {
    const [formatted, error] = fromResolver(new Error('Invalid input: MATCH (n:Organization) WHERE n.id = $id'));
    expect(production(formatted, error)).toEqual({ message: 'Internal server error', path: ['search'], locations: undefined, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(log.error).toHaveBeenCalled();
    expect(development(formatted, error).message).toMatch(/MATCH/);
  });

  it('turns an unreachable database into DATABASE_UNAVAILABLE with a retry-later message', () => {
    const [formatted, error] = fromResolver(new DatabaseUnavailableError(new Error('ECONNREFUSED 127.0.0.1:7687')));
    expect(production(formatted, error)).toMatchObject({ message: DATABASE_UNAVAILABLE_MESSAGE, extensions: { code: 'DATABASE_UNAVAILABLE' } });
    expect(JSON.stringify(production(formatted, error))).not.toMatch(/ECONNREFUSED|stacktrace/);
  });

  it('gives domain errors their codes: timeouts, unknown ids', () => {
    expect(production(...fromResolver(new QueryTimeoutError())).extensions).toEqual({ code: 'QUERY_TIMEOUT' });
    expect(production(...fromResolver(new NotFoundError('No report report:x'))).extensions).toEqual({ code: 'NOT_FOUND' });
  });

  it('keeps user errors as written, without a stack trace', () => {
    const user = new GraphQLError("'after' is not a cursor", { extensions: { code: 'BAD_USER_INPUT' } });
    const formatted = { message: user.message, extensions: { code: 'BAD_USER_INPUT', stacktrace: ['at x'] } };
    expect(production(formatted, user)).toEqual({ message: "'after' is not a cursor", extensions: { code: 'BAD_USER_INPUT' } });
  });
});

describe('per-request time budget', () => {
  it('gives each read what is left of the request budget, and refuses reads once it is spent', () => {
    let now = 1000;
    const graph = { config: { readTimeoutMs: 15_000 } } as unknown as Graph;
    const config = readServerConfig({ EDUGRAPH_REQUEST_TIMEOUT_MS: '5000' });
    const ctx = createContext(graph, config, log, 'missing', () => now);
    expect(ctx.read()).toEqual({ timeoutMs: 5000 });
    now += 4000;
    expect(ctx.read()).toEqual({ timeoutMs: 1000 });
    now += 1000;
    expect(() => ctx.read()).toThrow(QueryTimeoutError);
  });
});
