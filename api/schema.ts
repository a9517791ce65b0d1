import { readFileSync } from 'node:fs';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { DEFAULT_DEPRECATION_REASON, DirectiveLocation, GraphQLDeprecatedDirective, type GraphQLSchema } from 'graphql';
import { resolvers } from './resolvers/index.ts';

const typeDefs = readFileSync(new URL('./schema.graphql', import.meta.url), 'utf8');

/**
 * Where `@deprecated` may stand in every graphql-js 16.x. graphql 16.15 added
 * DIRECTIVE_DEFINITION, and introspection hands a directive's locations to
 * the client: tools built on graphql < 16.15 (GraphQL Code Generator with a
 * lockfile pinning 16.8–16.14, among others) rebuild the schema, print it
 * and fail on their own output with `Unexpected Name "DIRECTIVE_DEFINITION"`.
 * The schema deprecates no directive, so serving the older locations loses
 * nothing, while pinning the server's graphql to 16.14 would hold back every
 * other fix. Remove once graphql 17 (where the location is standard) is the
 * oldest client we care about.
 */
export const DEPRECATED_LOCATIONS: readonly DirectiveLocation[] = [
  DirectiveLocation.FIELD_DEFINITION,
  DirectiveLocation.ARGUMENT_DEFINITION,
  DirectiveLocation.INPUT_FIELD_DEFINITION,
  DirectiveLocation.ENUM_VALUE,
];

// Declared in SDL, a built-in directive replaces graphql's own (buildASTSchema
// adds only the built-ins a schema does not declare), and it is still left
// out of printed SDL. Done in SDL rather than by editing the built schema: a
// GraphQLSchema built here would mix this module's graphql with the copy
// @graphql-tools loads (ESM and CJS), which graphql-js refuses.
const deprecatedDirective = `"""${GraphQLDeprecatedDirective.description ?? ''}"""
directive @deprecated(
  """${GraphQLDeprecatedDirective.args[0]?.description ?? ''}"""
  reason: String = ${JSON.stringify(DEFAULT_DEPRECATION_REASON)}
) on ${DEPRECATED_LOCATIONS.join(' | ')}
`;

/** The executable schema: api/schema.graphql joined to the resolvers, with directives every 16.x client can read. */
export function buildSchema(): GraphQLSchema {
  return makeExecutableSchema({ typeDefs: [deprecatedDirective, typeDefs], resolvers });
}

/**
 * The SDL served at /schema.graphql: api/schema.graphql as written, the
 * source the executable schema is built from, so its descriptions are the
 * ones introspection gives. (Printing the built schema instead would need
 * the copy of graphql that @graphql-tools loaded, which under vitest is not
 * the one this module imports.)
 */
export function schemaSdl(): string {
  return typeDefs;
}
