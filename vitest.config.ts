import { defineConfig } from 'vitest/config';

// One local Neo4j for the whole run (tests/globalSetup.ts); test files run one
// at a time because they share that server and the machine has two cores.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/globalSetup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    reporters: ['default'],
  },
});
