import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// One local Neo4j for the whole run (tests/globalSetup.ts); test files run one
// at a time because they share that server and the machine has two cores.
// Node resolves 'graphql' to its CommonJS build (as Apollo Server loads it)
// while Vite would pick the ES one for our code: two graphql instances, and
// types built by one fail the other's instanceof checks (the collaborators
// prefetch silently read nothing under test). One build for both, as in `npm start`.
const graphqlForNode = createRequire(import.meta.url).resolve('graphql');

export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: graphqlForNode }] },
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/globalSetup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    reporters: ['default'],
  },
});
