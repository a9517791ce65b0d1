import type { ApolloServerOptionsWithGateway } from '@apollo/server';
import {
  defaultFieldResolver,
  execute,
  getOperationAST,
  GraphQLError,
  isIntrospectionType,
  isObjectType,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

type Gateway = ApolloServerOptionsWithGateway<object>['gateway'];
type Executor = NonNullable<Awaited<ReturnType<Gateway['load']>>['executor']>;

/**
 * Queries run compiled (graphql-jit): graphql-js walks the document for
 * every field of every response, and a collaborators answer has thousands
 * of fields. A document is compiled the first time one of its operations
 * runs; Apollo has parsed, validated and cost-checked it by then, and hands
 * the same DocumentNode to every request with that query text, so the
 * compiled form lives as long as Apollo keeps the document (a WeakMap: no
 * bound of its own). Mutations and anything graphql-jit cannot compile run
 * through graphql-js as before.
 */
const compiled = new WeakMap<DocumentNode, Map<string, CompiledQuery | null>>();

const prepared = new WeakSet<GraphQLSchema>();

/**
 * graphql-js's default resolver calls a property that is a function with the
 * field's arguments (our values hold `sources(first, after)` so), while
 * graphql-jit reads a field without a resolver as a plain property. Every
 * field that takes arguments and has no resolver of its own gets graphql-js's
 * default one explicitly, which changes nothing for graphql-js; a field
 * without arguments has nothing to call a function with, so it stays a
 * plain read, the case graphql-jit makes fast.
 */
function resolveArgumentFields(schema: GraphQLSchema): void {
  if (prepared.has(schema)) return;
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || isIntrospectionType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      if (!field.resolve && field.args.length > 0) field.resolve = defaultFieldResolver;
    }
  }
  prepared.add(schema);
}

/** The compiled form of a document's query operation, compiled on first use; null for a mutation or what graphql-jit cannot compile. */
export function compiledQueryFor(schema: GraphQLSchema, document: DocumentNode, operationName: string | null): CompiledQuery | null {
  if (getOperationAST(document, operationName)?.operation !== 'query') return null;
  let byOperation = compiled.get(document);
  if (!byOperation) {
    byOperation = new Map();
    compiled.set(document, byOperation);
  }
  const key = operationName ?? '';
  let query = byOperation.get(key);
  if (query === undefined) {
    resolveArgumentFields(schema);
    const result = compileQuery(schema, document, operationName ?? undefined);
    query = isCompiledQuery(result) ? result : null;
    byOperation.set(key, query);
  }
  return query;
}

/**
 * Runs one operation of a validated document: a query compiled, anything
 * else with graphql-js. Variables that do not coerce are left to graphql-js
 * too (nothing has run yet), so their errors carry the variable's node that
 * Apollo reads to answer BAD_USER_INPUT with HTTP 400.
 */
export async function executeOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null,
  variables: Record<string, unknown> | undefined,
  contextValue: unknown,
): Promise<ExecutionResult> {
  const query = compiledQueryFor(schema, document, operationName);
  if (query) {
    const result = await query.query(undefined, contextValue, variables ?? {});
    if (!(result.data === undefined && result.errors?.length)) return result.errors ? { ...result, errors: result.errors.map(asGraphQLJsError) } : result;
  }
  return execute({ schema, document, operationName, variableValues: variables, contextValue });
}

/**
 * graphql-jit's errors leave `extensions` undefined when the thrown error had
 * none, which Apollo's error formatting cannot read: each becomes a
 * graphql-js error with the same message, path, locations, extensions and
 * original error (what formatError masks or maps to a code).
 */
function asGraphQLJsError(error: GraphQLError): GraphQLError {
  const rebuilt = new GraphQLError(error.message, { path: error.path, originalError: error.originalError ?? undefined, extensions: error.extensions });
  // graphql-js derives locations from AST nodes, which graphql-jit keeps only as locations.
  return Object.assign(rebuilt, { locations: error.locations });
}

/**
 * Apollo's gateway interface is how Apollo Server hands execution to
 * another executor: parsing, validation (our limits and cost rule), the
 * document cache, plugins, error formatting and HTTP stay Apollo's.
 */
export function compiledExecutionGateway(schema: GraphQLSchema): Gateway {
  const executor: Executor = async (ctx) => executeOperation(schema, ctx.document, ctx.operationName, ctx.request.variables, ctx.context);
  return {
    async load() {
      return { executor };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => undefined;
    },
    async stop() {},
  };
}
