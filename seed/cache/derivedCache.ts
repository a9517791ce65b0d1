/**
 * Tables derived from installed packages that are slow to build at start-up
 * and quick to read back: the city gazetteer's kept towns with their lookup
 * keys (seed/gazetteer/cities.ts), compromise's English lexicon
 * (seed/text/englishWords.ts). The first process that needs one builds it as
 * before and writes it to `node_modules/.cache/edugraph/<name>-<key>.json`;
 * later processes read that file instead.
 *
 * The key is a hash of everything the table is derived from (the package's
 * version and data file, the source of the code that derives it, Node's
 * Unicode version), so a change to any of them names another file and the
 * table is built again: nothing has to be run by hand, and a stale file is
 * never read. The files live under node_modules, which is never committed,
 * and `npm ci` starts them afresh. Set EDUGRAPH_DERIVED_CACHE=off to build
 * every table in memory and neither read nor write the files, or
 * EDUGRAPH_DERIVED_CACHE_DIR to keep them elsewhere.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

/** Files of an earlier version of a table are removed once this old (another worktree sharing node_modules may still use a recent one). */
const STALE_MS = 14 * 24 * 3600 * 1000;

/** node_modules/.cache/edugraph of the installation that holds our packages. */
function cacheDir(): string | null {
  if (process.env.EDUGRAPH_DERIVED_CACHE === 'off') return null;
  if (process.env.EDUGRAPH_DERIVED_CACHE_DIR) return process.env.EDUGRAPH_DERIVED_CACHE_DIR;
  try {
    return join(packageDir('yaml'), '..', '.cache', 'edugraph');
  } catch {
    return null;
  }
}

/** The folder of an installed package: up from its entry point to the package.json that names it. */
function packageDir(name: string): string {
  let dir = dirname(require.resolve(name));
  for (;;) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string };
      if (pkg.name === name) return dir;
    } catch {
      // no package.json at this level
    }
    const up = dirname(dir);
    if (up === dir) throw new Error(`cannot find the folder of package ${name}`);
    dir = up;
  }
}

/** What a file contributes to a key: its bytes hashed (small files), or its size and modification time (a package's large data). */
export function fileFingerprint(path: string, whole = true): string {
  if (whole) return createHash('sha256').update(readFileSync(path)).digest('hex');
  const s = statSync(path);
  return `${s.size}:${Math.round(s.mtimeMs)}`;
}

/** A source file of seed by its module URL (import.meta.url), hashed whole. */
export function sourceFingerprint(moduleUrl: string | URL): string {
  return fileFingerprint(fileURLToPath(moduleUrl));
}

/** Relative module specifiers a source file imports or re-exports (`from` or `import` and a quoted path starting with a dot). */
const RELATIVE_IMPORT = /\b(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g;

/**
 * A source file of seed and every source file it imports, transitively, each
 * hashed whole: the code a table derived by running that module depends on.
 * Imports are read from the text (relative `from '…'` specifiers), so a
 * specifier in a comment only adds a file; packages are keyed separately.
 */
export function sourceClosureFingerprint(moduleUrl: string | URL): string {
  const entry = fileURLToPath(moduleUrl);
  const root = dirname(entry);
  const seen = new Map<string, string>();
  const queue = [entry];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (seen.has(file)) continue;
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      seen.set(file, 'missing'); // e.g. a specifier quoted in a comment
      continue;
    }
    seen.set(file, createHash('sha256').update(text).digest('hex'));
    for (const m of text.matchAll(RELATIVE_IMPORT)) {
      const target = join(dirname(file), m[1] as string);
      if (!seen.has(target)) queue.push(target);
    }
  }
  return [...seen]
    .map(([file, hash]) => `${relative(root, file)}:${hash}`)
    .sort()
    .join('|');
}

/** An installed package: its package.json (version and all) hashed, and the size and time of the data files named. */
export function packageFingerprint(name: string, ...dataFiles: string[]): string {
  const dir = packageDir(name);
  return [name, fileFingerprint(join(dir, 'package.json')), ...dataFiles.map((f) => fileFingerprint(join(dir, f), false))].join('|');
}

/** Every runtime dependency of the project (package.json `dependencies`), fingerprinted as by packageFingerprint. */
export function dependenciesFingerprint(): string {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
  return Object.keys(manifest.dependencies ?? {})
    .sort()
    .map((name) => `${name}|${fileFingerprint(installedManifest(root, name))}`)
    .join('\n');
}

/** node_modules/<name>/package.json as Node would find it from `dir` (found by path: ES-only packages do not resolve with require). */
function installedManifest(dir: string, name: string): string {
  for (let d = dir; ; d = dirname(d)) {
    const file = join(d, 'node_modules', name, 'package.json');
    try {
      statSync(file);
      return file;
    } catch {
      if (dirname(d) === d) throw new Error(`package ${name} is not installed`);
    }
  }
}

/**
 * The table `name` derived from `inputs` (fingerprints of everything it depends
 * on): read from the cache when a file for these inputs is there, else built
 * by `build` and written for the next process. Any failure to fingerprint,
 * read or write falls back to building in memory.
 */
export function derivedTable<T>(name: string, inputs: () => string[], build: () => T): T {
  const dir = cacheDir();
  if (!dir) return build();
  let file: string;
  try {
    const key = createHash('sha256')
      .update([name, `unicode ${process.versions.unicode ?? '?'}`, ...inputs()].join('\n'))
      .digest('hex')
      .slice(0, 20);
    file = join(dir, `${name}-${key}.json`);
  } catch {
    return build();
  }
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch {
    // not there yet, or unreadable: build it
  }
  const table = build();
  try {
    mkdirSync(dir, { recursive: true });
    // Written beside and renamed, so a process reading concurrently sees the whole file or none.
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(table));
    renameSync(tmp, file);
    for (const f of readdirSync(dir)) {
      const path = join(dir, f);
      if (f.startsWith(`${name}-`) && path !== file && Date.now() - statSync(path).mtimeMs > STALE_MS) rmSync(path, { force: true });
    }
  } catch {
    // a read-only installation: build in memory each time, as before
  }
  return table;
}
