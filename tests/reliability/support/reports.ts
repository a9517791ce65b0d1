import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Corpus, DEFAULT_SEED } from '../../../bench/corpus/index.ts';

/** Writes the first `count` reports of the synthetic corpus (bench/corpus) as files into `dir`; returns their paths in load order. */
export function writeCorpusReports(dir: string, count: number, seed = DEFAULT_SEED): string[] {
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  for (const r of new Corpus({ scale: 'small', seed, limit: count }).reports()) {
    const path = join(dir, r.fileName);
    writeFileSync(path, r.content);
    files.push(path);
  }
  return files.sort();
}
