import { ApolloArmor } from '@escape.tech/graphql-armor';

type GraphQLArmorConfig = NonNullable<ConstructorParameters<typeof ApolloArmor>[0]>;

/**
 * Limits checked while parsing and validating, before any resolver (and so
 * the database) runs. Sized for the explorer's and the README's queries with
 * room to spare; a 20-level query or 500 aliases is refused with a message
 * naming the limit.
 */
export const ARMOR_LIMITS = {
  maxDepth: 10, // deepest legitimate query: organizations → edges → node → events → event → organizations → organization → name (8)
  maxCost: 5000, // graphql-armor's static cost (cost.ts): objects 2, scalars 1, ×1.5 per level, × first
  maxAliases: 15,
  maxTokens: 2000, // GraphiQL's introspection query is ~600 tokens
  maxDirectives: 20,
} as const;

export function armorConfig(production: boolean): GraphQLArmorConfig {
  return {
    maxDepth: { n: ARMOR_LIMITS.maxDepth, ignoreIntrospection: true },
    // The cost limit is enforced by cost.ts with armor's own formula: its
    // refusal says by how much and which fields cost most, and every answer
    // reports its cost (extensions.cost), which armor's rule cannot give.
    costLimit: { enabled: false },
    maxAliases: { n: ARMOR_LIMITS.maxAliases },
    // Tokens are counted by graphql-js itself (server.ts parseOptions.maxTokens):
    // armor's Apollo token plugin throws from a plugin hook, which Apollo
    // answers with HTTP 500 instead of 400.
    maxTokens: { enabled: false },
    maxDirectives: { n: ARMOR_LIMITS.maxDirectives },
    // "Did you mean …" hints reveal the schema; keep them for developers only.
    blockFieldSuggestion: { enabled: production },
  };
}

export function armor(production: boolean) {
  return new ApolloArmor(armorConfig(production)).protect();
}
