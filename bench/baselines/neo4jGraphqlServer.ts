/**
 * The peer a user would pick instead: @neo4j/graphql generating Cypher from
 * type definitions over the same database, served by the same Apollo Server.
 * It can express search (its @fulltext over our entity_names index) and an
 * organization with the organizations of its events (nested relationship
 * fields, one per involvement type; the client counts shared events). It
 * cannot express shortest paths, scored suggestions or a depth-limited
 * neighbourhood without pasting our Cypher into @cypher fields.
 */
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import type { Driver } from 'neo4j-driver';

const EVENT_ROLES = `
  organizers: [Organization!]! @relationship(type: "ORGANIZED", direction: IN)
  partners: [Organization!]! @relationship(type: "PARTNERED", direction: IN)
  hosts: [Organization!]! @relationship(type: "HOSTED", direction: IN)
  participants: [Organization!]! @relationship(type: "PARTICIPATED_IN", direction: IN)`;

export const NEO4J_GRAPHQL_TYPEDEFS = /* GraphQL */ `
type Organization @node @fulltext(indexes: [{ indexName: "entity_names", queryName: "searchOrganizations", fields: ["name"] }]) {
  id: ID!
  name: String!
  kind: String
  countryCode: String
  organized: [Event!]! @relationship(type: "ORGANIZED", direction: OUT)
  partnered: [Event!]! @relationship(type: "PARTNERED", direction: OUT)
  hosted: [Event!]! @relationship(type: "HOSTED", direction: OUT)
  participated: [Event!]! @relationship(type: "PARTICIPATED_IN", direction: OUT)
}
type Event @node {
  id: ID!
  name: String!
  startDate: String
  ${EVENT_ROLES}
}
`;

export async function startNeo4jGraphqlServer(driver: Driver, port: number): Promise<{ url: string; stop(): Promise<void> }> {
  const schema = await new Neo4jGraphQL({ typeDefs: NEO4J_GRAPHQL_TYPEDEFS, driver }).getSchema();
  const server = new ApolloServer({ schema });
  const { url } = await startStandaloneServer(server, { listen: { port, host: '127.0.0.1' } });
  return { url, stop: () => server.stop() };
}
