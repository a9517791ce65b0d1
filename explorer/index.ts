/**
 * explorer/ seen from Node: where the built explorer is, and building it when
 * it is missing or older than its sources. `npm start` calls this before
 * serving, so a fresh checkout serves the explorer at / with no extra step.
 */
import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const EXPLORER_DIR = fileURLToPath(new URL('.', import.meta.url));
export const EXPLORER_DIST = join(EXPLORER_DIR, 'dist');

export interface EnsureBuiltOptions {
  /** build even when dist is up to date */
  force?: boolean;
  /** progress lines */
  log?: (line: string) => void;
}

/** Newest modification time among the explorer's sources (and graphiql's page, when present). */
export function newestSourceTime(dir = EXPLORER_DIR): number {
  let newest = 0;
  const visit = (p: string): void => {
    const st = statSync(p);
    if (st.isDirectory()) {
      for (const name of readdirSync(p)) visit(join(p, name));
    } else if (st.mtimeMs > newest) newest = st.mtimeMs;
  };
  for (const name of ['index.html', 'graphiql.html', 'vite.config.ts', 'src']) {
    const p = join(dir, name);
    if (existsSync(p)) visit(p);
  }
  return newest;
}

/** True when dist/index.html exists and is newer than every source. */
export function explorerIsFresh(dir = EXPLORER_DIR): boolean {
  const index = join(dir, 'dist', 'index.html');
  if (!existsSync(index)) return false;
  if (existsSync(join(dir, 'graphiql.html')) && !existsSync(join(dir, 'dist', 'graphiql.html'))) return false;
  return statSync(index).mtimeMs >= newestSourceTime(dir);
}

let building: Promise<string> | null = null;

/**
 * Returns explorer/dist, building it first (with Vite, in-process) when it is
 * missing or stale. The build goes to a temporary folder that replaces dist
 * in one rename, so a server already serving dist never sees half a build.
 */
export function ensureExplorerBuilt(opts: EnsureBuiltOptions = {}): Promise<string> {
  if (!opts.force && explorerIsFresh()) return Promise.resolve(EXPLORER_DIST);
  building ??= build(opts).finally(() => {
    building = null;
  });
  return building;
}

async function build(opts: EnsureBuiltOptions): Promise<string> {
  const log = opts.log ?? (() => {});
  const started = Date.now();
  log(existsSync(EXPLORER_DIST) ? 'Explorer sources changed: rebuilding explorer/dist…' : 'Building the explorer into explorer/dist (first start)…');
  let vite: typeof import('vite');
  try {
    vite = await import('vite');
  } catch {
    throw new Error('explorer/dist is missing or stale and Vite is not installed. Run `npm install` (dev dependencies included), then start again.');
  }
  const tmp = join(EXPLORER_DIR, `.dist-${process.pid}-${Date.now()}`);
  let transformed = 0;
  try {
    await vite.build({
      configFile: join(EXPLORER_DIR, 'vite.config.ts'),
      logLevel: 'warn',
      build: { outDir: tmp, emptyOutDir: true },
      plugins: [
        {
          name: 'edugraph-progress',
          transform() {
            transformed++;
            if (transformed % 100 === 0) log(`  explorer: ${transformed} modules transformed…`);
            return null;
          },
        },
      ],
    });
    const old = `${EXPLORER_DIST}.old-${process.pid}`;
    if (existsSync(EXPLORER_DIST)) renameSync(EXPLORER_DIST, old);
    renameSync(tmp, EXPLORER_DIST);
    rmSync(old, { recursive: true, force: true });
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  log(`Explorer built: ${transformed} modules in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  return EXPLORER_DIST;
}
