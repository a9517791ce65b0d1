/**
 * Builds the explorer (index.html) and, when present, the bundled GraphQL IDE
 * (graphiql.html, owned by api/) into explorer/dist. Used by `vite build`
 * and programmatically by explorer/index.ts.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const page = (name: string): string => fileURLToPath(new URL(name, import.meta.url));

export default defineConfig({
  root,
  base: '/',
  logLevel: 'warn',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 2000, // cytoscape + graphiql are big; both are served locally
    rollupOptions: {
      input: {
        main: page('index.html'),
        ...(existsSync(page('graphiql.html')) ? { graphiql: page('graphiql.html') } : {}),
      },
    },
  },
});
