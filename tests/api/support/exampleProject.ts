/**
 * The TypeScript example (api/examples/typescript) as an analyst would set it
 * up: its package.json installed with npm, into a cache under .cache/ keyed
 * by the exact versions, so a run pays for an install once and the project's
 * own dependencies never change.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const EXAMPLE_DIR = fileURLToPath(new URL('../../../api/examples/typescript', import.meta.url));
const CACHE_ROOT = fileURLToPath(new URL('../../../.cache/api-examples', import.meta.url));

/** The example's package.json with its graphql pinned to `graphqlVersion`. */
function manifest(graphqlVersion: string): { text: string; key: string } {
  const pkg = JSON.parse(readFileSync(join(EXAMPLE_DIR, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
  pkg.devDependencies.graphql = graphqlVersion;
  const text = `${JSON.stringify(pkg, null, 2)}\n`;
  return { text, key: createHash('sha256').update(text).digest('hex').slice(0, 12) };
}

/**
 * node_modules for the example with this graphql version, installed once.
 * The install goes to a temporary directory renamed into place when it has
 * finished, so an interrupted install is never taken for a complete one.
 */
export async function installExample(graphqlVersion: string, log: (line: string) => void): Promise<string> {
  const { text, key } = manifest(graphqlVersion);
  const dir = join(CACHE_ROOT, `graphql-${graphqlVersion}-${key}`);
  if (existsSync(join(dir, 'node_modules'))) return dir;
  mkdirSync(CACHE_ROOT, { recursive: true });
  const staging = mkdtempSync(join(CACHE_ROOT, '.install-'));
  try {
    writeFileSync(join(staging, 'package.json'), text);
    log(`npm install of the TypeScript example with graphql ${graphqlVersion} (once; cached in ${dir})`);
    // No lifecycle scripts: nothing in the example needs one, and the install stays a download.
    await run('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'], { cwd: staging, timeout: 300_000 });
    rmSync(dir, { recursive: true, force: true });
    renameSync(staging, dir);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  return dir;
}

/** A fresh copy of the example's sources, using the cached node_modules, without the committed gql/. */
export function exampleWorkdir(installDir: string): string {
  const work = mkdtempSync(join(tmpdir(), 'edugraph-ts-example-'));
  for (const file of readdirSync(EXAMPLE_DIR)) {
    if (file === 'gql' || file === 'node_modules') continue;
    cpSync(join(EXAMPLE_DIR, file), join(work, file), { recursive: true });
  }
  symlinkSync(join(installDir, 'node_modules'), join(work, 'node_modules'), 'dir');
  return work;
}

export interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs one of the example's installed tools (graphql-codegen, tsc, tsx) in `cwd`. */
export async function runBin(cwd: string, bin: string, args: string[], env: Record<string, string> = {}): Promise<Ran> {
  try {
    const { stdout, stderr } = await run(join(cwd, 'node_modules', '.bin', bin), args, { cwd, env: { ...process.env, ...env }, timeout: 120_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : 1, stdout: e.stdout ?? '', stderr: e.stderr ?? String(error) };
  }
}
