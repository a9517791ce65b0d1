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
  // the GraphQL IDE's editor runs language services in workers; code-splitting needs ES workers
  worker: { format: 'es' },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false, // smaller and faster; the sources are in the repository
    chunkSizeWarningLimit: 4000, // cytoscape + graphiql are big; both are served locally
    rollupOptions: {
      onwarn(warning, warn) {
        // React libraries mark modules "use client"; meaningless in a plain bundle
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE' || warning.code === 'SOURCEMAP_ERROR') return;
        warn(warning);
      },
      input: {
        main: page('index.html'),
        // EXPLORER_ONLY=1: skip the IDE for quick rebuilds while working on the explorer
        ...(existsSync(page('graphiql.html')) && !process.env.EXPLORER_ONLY ? { graphiql: page('graphiql.html') } : {}),
      },
    },
  },
});
