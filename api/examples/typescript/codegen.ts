/**
 * GraphQL Code Generator reads EduGraph's schema from the running server
 * and the queries in collaborators.ts, and writes ./gql/: a `graphql()`
 * function that returns each query typed with its result and variables.
 */
const server = process.env.EDUGRAPH_URL ?? 'http://127.0.0.1:4000';

const config = {
  // Introspection of the live API; `${server}/schema.graphql` (the SDL) works as well.
  schema: process.env.EDUGRAPH_SCHEMA ?? `${server}/graphql`,
  documents: ['collaborators.ts'],
  generates: {
    './gql/': {
      preset: 'client',
      config: {
        documentMode: 'string', // queries as typed strings: no GraphQL library at run time, plain fetch
        onlyOperationTypes: true, // types for the queries asked, not the whole schema
        useTypeImports: true,
        scalars: { Date: 'string' },
      },
      presetConfig: { fragmentMasking: false },
    },
  },
  // ./gql/*.ts import each other with .js, as Node's ES modules need.
  emitLegacyCommonJSImports: false,
};

export default config;
