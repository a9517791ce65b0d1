/**
 * Builds the explorer (index.html) and, when present, the bundled GraphQL IDE
 * (graphiql.html, owned by api/) into explorer/dist. Used by `vite build`
 * and programmatically by explorer/index.ts.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const page = (name: string): string => fileURLToPath(new URL(name, import.meta.url));

/** Compressed only when at least this big: below it the headers cost more than the saving. */
const COMPRESS_FROM_BYTES = 1024;

/**
 * Writes a Brotli (`.br`) and a gzip (`.gz`) copy beside every built text
 * file, served by api/precompressed.ts to browsers that accept them: the
 * page's script is ~800 kB as built, ~250 kB compressed.
 */
function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'edugraph-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      const visit = (dir: string): void => {
        for (const name of readdirSync(dir)) {
          const p = join(dir, name);
          if (statSync(p).isDirectory()) visit(p);
          else if (/\.(js|css|html|svg|json|ttf)$/.test(name) && statSync(p).size >= COMPRESS_FROM_BYTES) {
            const bytes = readFileSync(p);
            // quality 9, not 11: within a few per cent of 11 and several times faster on the 3 MB editor bundle
            writeFileSync(`${p}.br`, brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }));
            writeFileSync(`${p}.gz`, gzipSync(bytes, { level: 9 }));
          }
        }
      };
      if (existsSync(outDir)) visit(outDir);
    },
  };
}

/**
 * `<link rel="modulepreload">` in index.html for the chunks its entry
 * imports dynamically (src/main.ts: Cytoscape, the explorer), so the browser
 * downloads them with the page instead of after the entry has run; they are
 * still evaluated each in a task of its own. Vite preloads only what an
 * entry imports statically.
 */
function preloadEntryImports(): Plugin {
  return {
    name: 'edugraph-preload-entry-imports',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        if (!ctx.filename.endsWith('index.html') || !ctx.chunk) return [];
        return ctx.chunk.dynamicImports.map((file) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `/${file}` }, injectTo: 'head' as const }));
      },
    },
  };
}

export default defineConfig({
  root,
  plugins: [precompress(), preloadEntryImports()],
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
