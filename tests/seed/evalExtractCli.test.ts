import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from './helpers.ts';

const run = promisify(execFile);

async function evalCli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('npx', ['tsx', 'seed/cli/evalExtract.ts', ...args], { cwd: ROOT });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

const made: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'edugraph-evalcli-'));
  made.push(dir);
  return dir;
}

describe('npm run eval:extract', () => {
  afterAll(async () => {
    for (const dir of made) await rm(dir, { recursive: true, force: true });
  });

  it('scores a folder in the dev layout given as an argument and prints JSON for scripts', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'reports'));
    await mkdir(join(dir, 'gold'));
    await writeFile(
      join(dir, 'reports', 'x1-forum.txt'),
      'source: a test\nlanguage: en\n\nReading forum in Norway\n\nTeachers from Norway and Sweden met in Oslo on 2 April 2031 to discuss reading aloud.\n',
    );
    await writeFile(join(dir, 'gold', 'x1-forum.json'), JSON.stringify({ countries: ['NO', 'SE'], cities: [{ name: 'Oslo', country: 'NO' }] }));
    const { code, stdout } = await evalCli('--json', '--no-identity', dir);
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as { folders: Array<{ layout: string; reports: number; parts: Record<string, { entities: Record<string, { tp: number; fn: number }> }> }> };
    expect(out.folders).toHaveLength(1);
    expect(out.folders[0]).toMatchObject({ layout: 'dev', reports: 1 });
    expect(out.folders[0]!.parts.other!.entities.Country).toMatchObject({ tp: 2, fn: 0 });
  });

  it('refuses a folder with nothing to score, saying what it should hold', async () => {
    const dir = await tempDir();
    const { code, stderr } = await evalCli('--no-identity', dir);
    expect(code).not.toBe(0);
    expect(stderr).toContain(`${dir} holds neither gold/`);
  });
});
