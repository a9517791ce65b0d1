import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ROOT } from './helpers.ts';

// seed/cli/bundled.mjs runs `npm run extract` from an esbuild bundle kept in node_modules/.cache/edugraph/bundles.

const run = promisify(execFile);
const BUNDLES = join(ROOT, 'node_modules', '.cache', 'edugraph', 'bundles');
const LAUNCHER = join(ROOT, 'seed', 'cli', 'bundled.mjs');

let dir: string;
let stem: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'edugraph-bundled-'));
  stem = `probe${process.pid}${Date.now()}`;
  // An ES module package, as the repository is (tsx reads a .ts file as CommonJS otherwise).
  writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
  writeFileSync(join(dir, 'dep.ts'), 'export const answer: number = 1;\n');
  writeFileSync(
    join(dir, `${stem}.ts`),
    [
      "import { answer } from './dep.ts';",
      'const data = new URL(\'./data.txt\', import.meta.url);',
      'process.stdout.write(JSON.stringify({ answer, args: process.argv.slice(2), url: import.meta.url, data: data.href }));',
      '',
    ].join('\n'),
  );
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  for (const f of safeList()) if (f.startsWith(`${stem}-`)) rmSync(join(BUNDLES, f), { force: true });
});

function safeList(): string[] {
  try {
    return readdirSync(BUNDLES);
  } catch {
    return [];
  }
}

async function launch(env: NodeJS.ProcessEnv = {}): Promise<{ answer: number; args: string[]; url: string; data: string }> {
  const { stdout } = await run(process.execPath, [LAUNCHER, join(dir, `${stem}.ts`), '--flag', 'x y'], { cwd: ROOT, env: { ...process.env, ...env } });
  return JSON.parse(stdout) as { answer: number; args: string[]; url: string; data: string };
}

function manifest(): { bundle: string; inputs: Record<string, string> } {
  const file = safeList().find((f) => f.startsWith(`${stem}-`) && f.endsWith('.json'));
  if (!file) throw new Error('no manifest written');
  return JSON.parse(readFileSync(join(BUNDLES, file), 'utf8')) as { bundle: string; inputs: Record<string, string> };
}

describe('seed/cli/bundled.mjs', () => {
  it('runs an entry from a bundle that sees its own arguments and its own import.meta.url', async () => {
    const out = await launch();
    const entryUrl = pathToFileURL(join(dir, `${stem}.ts`)).href;
    expect(out).toEqual({ answer: 1, args: ['--flag', 'x y'], url: entryUrl, data: new URL('./data.txt', entryUrl).href });
    const m = manifest();
    expect(Object.keys(m.inputs)).toHaveLength(2); // the entry and dep.ts
    expect(safeList()).toContain(m.bundle);
  });

  it('builds the bundle again when a file it imports changes, and never runs a stale one', async () => {
    expect((await launch()).answer).toBe(1);
    const first = manifest().bundle;
    expect((await launch()).answer).toBe(1);
    expect(manifest().bundle).toBe(first);
    writeFileSync(join(dir, 'dep.ts'), 'export const answer: number = 2;\n');
    expect((await launch()).answer).toBe(2);
    expect(manifest().bundle).not.toBe(first);
  });

  it('runs the entry through tsx, writing no bundle, when EDUGRAPH_DERIVED_CACHE=off', async () => {
    const out = await launch({ EDUGRAPH_DERIVED_CACHE: 'off' });
    expect(out.answer).toBe(1);
    expect(out.args).toEqual(['--flag', 'x y']);
    expect(safeList().some((f) => f.startsWith(`${stem}-`))).toBe(false);
  });

  it('runs the entry through tsx when it cannot be bundled, so the error is the one tsx reports', async () => {
    writeFileSync(join(dir, 'dep.ts'), 'export const answer: number = ;\n');
    await expect(launch()).rejects.toMatchObject({ stderr: expect.stringContaining('dep.ts') });
    expect(safeList().some((f) => f.startsWith(`${stem}-`))).toBe(false);
  });
});
