/* eslint-disable */
import * as types from './graphql.js';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query FindOrganization($text: String!) {\n    search(text: $text, types: [Organization], first: 1) {\n      node { id name }\n    }\n  }\n": typeof types.FindOrganizationDocument,
    "\n  query Collaborators($id: ID!, $first: Int) {\n    collaborators(id: $id, first: $first) {\n      weight\n      organization { id name countryCode }\n      sharedEvents { name startDate }\n    }\n  }\n": typeof types.CollaboratorsDocument,
};
const documents: Documents = {
    "\n  query FindOrganization($text: String!) {\n    search(text: $text, types: [Organization], first: 1) {\n      node { id name }\n    }\n  }\n": types.FindOrganizationDocument,
    "\n  query Collaborators($id: ID!, $first: Int) {\n    collaborators(id: $id, first: $first) {\n      weight\n      organization { id name countryCode }\n      sharedEvents { name startDate }\n    }\n  }\n": types.CollaboratorsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FindOrganization($text: String!) {\n    search(text: $text, types: [Organization], first: 1) {\n      node { id name }\n    }\n  }\n"): typeof import('./graphql.js').FindOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Collaborators($id: ID!, $first: Int) {\n    collaborators(id: $id, first: $first) {\n      weight\n      organization { id name countryCode }\n      sharedEvents { name startDate }\n    }\n  }\n"): typeof import('./graphql.js').CollaboratorsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
