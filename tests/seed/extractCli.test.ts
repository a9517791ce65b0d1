import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ROOT, SEED_000 } from './helpers.ts';

const run = promisify(execFile);

/** The command `npm run extract` runs (`node … seed/cli/bundled.mjs seed/cli/extract.ts`), from package.json. */
const EXTRACT = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: { extract: string } }).scripts.extract.split(' ');

async function extractCli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    expect(EXTRACT[0]).toBe('node');
    const { stdout, stderr } = await run(process.execPath, [...EXTRACT.slice(1), ...args], { cwd: ROOT });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

describe('npm run extract', () => {
  it('prints the Extraction of each good file and a one-line reason for each bad one, exiting non-zero', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'edugraph-cli-'));
    const empty = join(dir, 'empty.txt');
    await writeFile(empty, '');
    const { code, stdout, stderr } = await extractCli('--compact', SEED_000, empty, join(dir, 'missing.md'));
    expect(code).toBe(1);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const ex = JSON.parse(lines[0] ?? '{}') as { report: { id: string }; entities: unknown[]; relations: unknown[]; mergeCandidates: unknown[] };
    expect(ex.report.id).toMatch(/^report:[0-9a-f]{16}$/);
    expect(ex.entities.length).toBeGreaterThan(10);
    expect(Array.isArray(ex.mergeCandidates)).toBe(true);
    const errors = stderr.split('\n').filter((l) => l.startsWith('error:'));
    expect(errors).toHaveLength(2);
    expect(errors[0]).toContain('empty.txt: file is empty');
    expect(errors[1]).toContain('missing.md');
  });

  it('refuses a report in another language with a line naming it, and reads it as English when told --language en', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'edugraph-cli-'));
    const german = join(dir, 'tagung.txt');
    await writeFile(german, 'Am 14. März fand in Leipzig eine Fachtagung zur inklusiven Bildung statt. Die Universität Leipzig hat sie organisiert.\n');

    const refused = await extractCli('--compact', german);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr.trim()).toMatch(/^error: .*tagung\.txt: the report seems to be in German, .*--language en\|ru/);

    const forced = await extractCli('--compact', '--language', 'en', german);
    expect(forced.code).toBe(0);
    expect((JSON.parse(forced.stdout) as { report: { language: string } }).report.language).toBe('en');

    const unknown = await extractCli('--language', 'de', german);
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toMatch(/Allowed choices are en, ru/);
  });
});
