/**
 * Who works with an organization, strongest first: finds the organization by
 * name, then asks for its collaborators. Both queries are typed by the code
 * generated into ./gql/ (`npm run codegen`), so a field the schema does not
 * have, or a result read the wrong way, fails at compile time.
 *
 *   npx tsx collaborators.ts "Kyrgyz National University"
 */
import { graphql } from './gql/index.js';
import type { TypedDocumentString } from './gql/graphql.js';

const server = process.env.EDUGRAPH_URL ?? 'http://127.0.0.1:4000';

const FindOrganization = graphql(`
  query FindOrganization($text: String!) {
    search(text: $text, types: [Organization], first: 1) {
      node { id name }
    }
  }
`);

const Collaborators = graphql(`
  query Collaborators($id: ID!, $first: Int) {
    collaborators(id: $id, first: $first) {
      weight
      organization { id name countryCode }
      sharedEvents { name startDate }
    }
  }
`);

interface GraphQLError {
  message: string;
  extensions?: { code?: string };
}

/** POSTs one typed query and returns its data, or throws with the server's error codes and messages. */
async function run<Result, Variables>(query: TypedDocumentString<Result, Variables>, variables: Variables): Promise<Result> {
  const res = await fetch(`${server}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: query.toString(), variables }),
  });
  const body = (await res.json()) as { data?: Result | null; errors?: GraphQLError[] };
  if (body.errors?.length || !body.data) {
    throw new Error((body.errors ?? []).map((e) => `${e.extensions?.code ?? 'ERROR'}: ${e.message}`).join('\n') || `HTTP ${res.status}`);
  }
  return body.data;
}

const name = process.argv[2] ?? 'UNESCO';
const { search } = await run(FindOrganization, { text: name });
const found = search[0]?.node;
if (!found) {
  console.error(`No organization matches "${name}".`);
  process.exit(1);
}
const { collaborators } = await run(Collaborators, { id: found.id, first: 10 });
console.log(`${found.name} (${found.id}): ${collaborators.length} collaborators`);
for (const c of collaborators) {
  const events = c.sharedEvents.map((e) => `${e.name}${e.startDate ? ` (${e.startDate})` : ''}`).join('; ');
  console.log(`${c.weight}\t${c.organization.name}${c.organization.countryCode ? ` [${c.organization.countryCode}]` : ''}\t${events}`);
}
