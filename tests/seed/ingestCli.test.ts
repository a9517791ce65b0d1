import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import type { Graph } from '../../graph/index.ts';
import { connectTestGraph, resetGraph } from '../support/testGraph.ts';

let graph: Graph;
let dir: string;

beforeAll(async () => {
  graph = await connectTestGraph();
  dir = mkdtempSync(join(tmpdir(), 'edugraph-ingest-'));
  mkdirSync(join(dir, 'reports'));
  mkdirSync(join(dir, 'nothing-here'));
  writeFileSync(
    join(dir, 'reports', 'good.md'),
    [
      '---',
      'title: Seminar on inclusive education in Almaty',
      'url: https://example.org/news/seminar',
      'publishedAt: 2024-03-20',
      '---',
      'On 12 March 2024, a seminar on inclusive education was held in Almaty, Kazakhstan.',
      'The UNESCO Institute for Information Technologies in Education (IITE) organized the seminar together with the Al-Farabi Kazakh National University.',
      '',
    ].join('\n'),
  );
  writeFileSync(join(dir, 'reports', 'empty.txt'), '');
  writeFileSync(join(dir, 'reports', 'binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00]));
  writeFileSync(join(dir, 'reports', 'latin1.txt'), Buffer.from('Caf\xe9 r\xe9union \xe0 Almaty', 'latin1'));
  writeFileSync(join(dir, 'reports', 'bad-front-matter.md'), '---\ntitle: [unclosed\n---\nSome text.\n');
  writeFileSync(join(dir, 'reports', 'huge.txt'), 'word '.repeat(1000));
  mkdirSync(join(dir, 'other-languages'));
  // Written for this test: short reports in Kazakh and French.
  writeFileSync(join(dir, 'other-languages', 'kazakh.txt'), 'Алматыда жас мұғалімдерге арналған семинар болды. Қатысушылар сабақ берудің жаңа әдістері туралы тәжірибе алмасты.\n');
  writeFileSync(
    join(dir, 'other-languages', 'french.md'),
    "---\nlanguage: en\n---\nUne table ronde sur la formation continue des enseignants s'est tenue à Lyon avec l'Université Lumière Lyon 2.\n",
  );
});
afterAll(async () => {
  await graph.close();
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(async () => {
  await resetGraph(graph);
});

/** `npm run ingest -- …` against the test Neo4j. */
function ingest(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', 'ingest', '--', ...args], {
      env: { ...process.env, NEO4J_URI: inject('neo4jUri'), FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr: stderr.split('\n').filter((l) => l && !l.startsWith('npm warn')).join('\n') }));
  });
}

describe('npm run ingest', () => {
  it('loads the good reports, gives one line per bad input naming the file, and exits non-zero', async () => {
    const missing = join(dir, 'missing.txt');
    const empty = join(dir, 'nothing-here');
    const r = await ingest('--max-bytes', '4000', join(dir, 'reports'), missing, empty);
    expect(r.code).toBe(1);
    const errors = r.stderr.split('\n').filter((l) => l.startsWith('error: '));
    const lineFor = (name: string): string | undefined => errors.find((l) => l.includes(name));
    expect(lineFor('missing.txt')).toMatch(/no such file or directory/);
    expect(lineFor('nothing-here')).toMatch(/contains no reports/);
    expect(lineFor('empty.txt')).toMatch(/empty/);
    expect(lineFor('binary.txt')).toMatch(/binary/);
    expect(lineFor('latin1.txt')).toMatch(/not valid UTF-8/);
    expect(lineFor('bad-front-matter.md')).toMatch(/front matter is not valid YAML/);
    expect(lineFor('huge.txt')).toMatch(/over the .* limit/);
    expect(errors).toHaveLength(7);

    expect(r.stdout).toMatch(/good\.md: created report:/);
    expect(r.stdout).toMatch(/^label\s+created\s+merged\s+unchanged\s+removed$/m);
    expect(r.stdout).toMatch(/^Organization\s+\d+\s+0\s+0\s+0$/m);
    expect(r.stdout).toMatch(/reports: 1 created, 0 replaced, 0 unchanged, 7 failed/);
    const reports = await graph.readRows<{ title: string }>('MATCH (r:Report) RETURN r.title AS title');
    expect(reports).toEqual([{ title: 'Seminar on inclusive education in Almaty' }]);
  });

  it('refuses a report in another language with a line naming the language, and loads one whose front matter says en', async () => {
    const r = await ingest(join(dir, 'other-languages'));
    expect(r.code).toBe(1);
    const errors = r.stderr.split('\n').filter((l) => l.startsWith('error: '));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/kazakh\.txt: the report seems to be in Kazakh, .*"language: en" \(or ru\) in its front matter, --language en\|ru/);
    const id = /french\.md: created (report:[0-9a-f]+)/.exec(r.stdout)?.[1];
    expect(id).toBeDefined();
    expect(await graph.readRows('MATCH (r:Report {id: $id}) RETURN r.language AS language', { id })).toEqual([{ language: 'en' }]);
    expect(await graph.readRows("MATCH (r:Report) WHERE r.text CONTAINS 'мұғалім' RETURN r.id")).toEqual([]);
  });

  it('reads every report as the language --language names, and refuses a language it cannot read', async () => {
    const kazakh = join(dir, 'other-languages', 'kazakh.txt');
    const forced = await ingest('--language', 'ru', kazakh);
    expect(forced.code).toBe(0);
    const id = /kazakh\.txt: created (report:[0-9a-f]+)/.exec(forced.stdout)?.[1];
    expect(await graph.readRows('MATCH (r:Report {id: $id}) RETURN r.language AS language', { id })).toEqual([{ language: 'ru' }]);

    const unknown = await ingest('--language', 'kk', kazakh);
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toMatch(/Allowed choices are en, ru/);
  });

  it('says unchanged on a second run, exits zero, and retracts a report with --remove', async () => {
    const good = join(dir, 'reports', 'good.md');
    const first = await ingest(good);
    expect(first.code).toBe(0);
    const id = /created (report:[0-9a-f]+)/.exec(first.stdout)?.[1];
    expect(id).toBeDefined();

    const second = await ingest(good);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/reports: 0 created, 0 replaced, 1 unchanged, 0 failed/);
    expect(second.stdout).toMatch(/^Organization\s+0\s+0\s+\d+\s+0$/m);

    const removed = await ingest('--remove', id!);
    expect(removed.code).toBe(0);
    expect(removed.stdout).toContain(`removed ${id}`);
    expect(await graph.readRows('MATCH (n) WHERE n:Report OR n:Entity RETURN n')).toEqual([]);

    // The command line's writes are in the curation log under the login that ran them; the unchanged run wrote nothing.
    const logged = await graph.readRows<{ action: string; by: string }>('MATCH (e:CurationEntry) RETURN e.action AS action, e.by AS by ORDER BY e.seq');
    expect(logged.map((e) => e.action)).toEqual(['INGEST_REPORT', 'REMOVE_REPORT']);
    expect(logged.every((e) => e.by.startsWith('cli:'))).toBe(true);

    const unknown = await ingest('--remove', 'report:0000000000000000');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/^error: No report with id 'report:0000000000000000'/m);
  });
});
