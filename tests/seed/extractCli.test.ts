import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ROOT, SEED_000 } from './helpers.ts';

const run = promisify(execFile);

async function extractCli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('npx', ['tsx', 'seed/cli/extract.ts', ...args], { cwd: ROOT });
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
});
