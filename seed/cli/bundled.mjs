/**
 * `node seed/cli/bundled.mjs ENTRY.ts [args…]` runs a TypeScript entry point
 * of this repository (`npm run extract` runs seed/cli/extract.ts) from one
 * esbuild bundle of it instead of through tsx. Under tsx every one of the
 * few dozen modules extraction needs is resolved and loaded through loader
 * hooks on another thread, which is most of a fresh process's start; one
 * bundled file loads in a fraction of that.
 *
 * The bundle is built on first use and whenever a file it was built from
 * changes: it is kept in node_modules/.cache/edugraph/bundles with the
 * content hash of every input (esbuild's own list of the files it read), and
 * each run hashes those files again before using it. Nothing has to be run
 * by hand, and a stale bundle is never run. Packages stay outside the bundle
 * (imported from node_modules as usual), and each module's `import.meta.url`
 * keeps naming its own source file, so data files and derived-table keys
 * resolve as under tsx. The code is transpiled as tsx transpiles it (the
 * same esbuild, tsx's options).
 *
 * When the bundle cannot be built or written (a syntax error, a read-only
 * installation) or EDUGRAPH_DERIVED_CACHE=off, the entry runs through tsx,
 * exactly as before.
 *
 * `npm run extract` starts Node with `--no-regexp-tier-up`. V8 runs a regular
 * expression in its bytecode interpreter first and compiles it to machine
 * code on its next use; extraction's few hundred Unicode, case-insensitive
 * patterns are each used many times per report, so a first report compiled
 * them all twice, a large share of its time. With the flag each is compiled
 * once, directly, and matches exactly the same. It must be given on the
 * command line: set from here, once other expressions exist, it crashed
 * Node now and then.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BUNDLES = join(ROOT, 'node_modules', '.cache', 'edugraph', 'bundles');
/** A bundle no longer named by its manifest is removed once this old (a process started just before may still be loading it). */
const STALE_MS = 60 * 60 * 1000;
const require = createRequire(import.meta.url);

const [entryArg, ...args] = process.argv.slice(2);
if (!entryArg) {
  process.stderr.write('usage: node seed/cli/bundled.mjs ENTRY.ts [args…]\n');
  process.exit(2);
}
const entry = resolve(entryArg);
// The entry sees the arguments it would see if run directly: [node, ENTRY.ts, args…].
process.argv.splice(1, process.argv.length - 1, entry, ...args);

const bundle = process.env.EDUGRAPH_DERIVED_CACHE === 'off' ? null : (freshBundle() ?? (await build()));
if (bundle) {
  process.setSourceMapsEnabled(true);
  await import(pathToFileURL(bundle).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(pathToFileURL(entry).href);
}

/** Files named after the entry's path, so two entries (or two checkouts' entries) never share one. */
function names() {
  const key = createHash('sha256').update(entry).digest('hex').slice(0, 12);
  const stem = `${basename(entry).replace(/\.[^.]+$/, '')}-${key}`;
  return { stem, manifest: join(BUNDLES, `${stem}.json`) };
}

/** What, besides the inputs, decides the bundle: this file (the options) and the esbuild and Node it is built for. */
function buildKey(esbuildVersion) {
  return [hashFile(fileURLToPath(import.meta.url)), hashFile(join(ROOT, 'tsconfig.json')), esbuildVersion, process.versions.node].join('|');
}

function hashFile(path) {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** The bundle, if one exists that was built from the files as they are now. */
function freshBundle() {
  try {
    const { manifest } = names();
    const m = JSON.parse(readFileSync(manifest, 'utf8'));
    if (m.key !== buildKey(m.esbuild)) return null;
    for (const [file, hash] of Object.entries(m.inputs)) if (hashFile(join(ROOT, file)) !== hash) return null;
    const file = join(BUNDLES, m.bundle);
    return existsSync(file) ? file : null;
  } catch {
    return null; // none yet, unreadable, or an input gone
  }
}

/** Builds the bundle and its manifest; null when it cannot (the caller falls back to tsx). */
async function build() {
  try {
    // esbuild as tsx uses it: tsx's own dependency.
    const esbuild = createRequire(require.resolve('tsx/package.json'))('esbuild');
    // The hash of each source as it was read, so a file saved while the build runs marks the bundle stale.
    const read = new Map();
    const sourceUrls = {
      name: 'source-urls',
      setup(b) {
        // Each module's import.meta.url stays its own file's URL (data files beside it, derived-table keys).
        b.onLoad({ filter: /\.[cm]?[jt]s$/ }, (a) => {
          const text = readFileSync(a.path);
          read.set(a.path, createHash('sha256').update(text).digest('hex'));
          return {
            contents: text.toString('utf8').replaceAll('import.meta.url', JSON.stringify(pathToFileURL(a.path).href)),
            loader: /\.[cm]?ts$/.test(a.path) ? 'ts' : 'js',
          };
        });
      },
    };
    const result = await esbuild.build({
      entryPoints: [entry],
      absWorkingDir: ROOT,
      // Not written (write: false), but the source map's paths are made relative to it.
      outfile: join(BUNDLES, `${names().stem}.mjs`),
      bundle: true,
      write: false,
      metafile: true,
      platform: 'node',
      format: 'esm',
      packages: 'external',
      // As tsx transpiles: for this Node, function and class names kept.
      target: `node${process.versions.node}`,
      keepNames: true,
      // Stack traces name the TypeScript sources, as under tsx.
      sourcemap: 'inline',
      logLevel: 'silent',
      plugins: [sourceUrls],
    });
    return writeBundle(esbuild.version, result, read);
  } catch {
    return null;
  }
}

function writeBundle(esbuildVersion, result, read) {
  const code = result.outputFiles[0].text;
  const { stem, manifest } = names();
  const inputs = {};
  for (const file of Object.keys(result.metafile.inputs)) inputs[file] = read.get(join(ROOT, file)) ?? hashFile(join(ROOT, file));
  const bundleName = `${stem}-${createHash('sha256').update(code).digest('hex').slice(0, 12)}.mjs`;
  mkdirSync(BUNDLES, { recursive: true });
  // Written beside and renamed, so a process reading concurrently sees a whole file or none.
  const tmp = `.${process.pid}.tmp`;
  writeFileSync(join(BUNDLES, bundleName) + tmp, code);
  renameSync(join(BUNDLES, bundleName) + tmp, join(BUNDLES, bundleName));
  writeFileSync(manifest + tmp, JSON.stringify({ bundle: bundleName, esbuild: esbuildVersion, key: buildKey(esbuildVersion), inputs }));
  renameSync(manifest + tmp, manifest);
  for (const f of readdirSync(BUNDLES)) {
    const path = join(BUNDLES, f);
    if (f.startsWith(`${stem}-`) && f !== bundleName && Date.now() - statSync(path).mtimeMs > STALE_MS) rmSync(path, { force: true });
  }
  return join(BUNDLES, bundleName);
}
