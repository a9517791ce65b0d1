import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ScaleName } from '../corpus/index.ts';
import type { LoadWindow } from '../load.ts';

/**
 * A whole-scale load kept between runs (`--keep DIR`): the store stays in
 * DIR/neo4j, and what was measured so far in DIR/load.json, so a scale that
 * takes longer than one sitting is loaded in segments, each run continuing
 * where the last stopped. Every figure is a sum or concatenation over the
 * segments; a segment's restart (a cold JVM and page cache) is paid, not
 * hidden.
 */
export interface KeptLoad {
  scale: ScaleName;
  seed: number;
  batchSize: number;
  /** reports loaded so far, in corpus order */
  reports: number;
  /** load time of every segment, summed (Neo4j's start and the corpus generation are not load time) */
  seconds: number;
  /** ms per report, one per report loaded */
  times: number[];
  windows: LoadWindow[];
  statuses: Record<string, number>;
  /** the head-to-head of the first segment (later ones keep the store, which the head-to-head would wipe) */
  headToHead: unknown;
  segments: Segment[];
}

export interface Segment {
  commit: string | null;
  startedAt: string;
  /** reports loaded before and after it */
  from: number;
  to: number;
  seconds: number;
  /** what the figures cannot show about it */
  note?: string;
}

export const keptStoreDir = (dir: string): string => join(dir, 'neo4j');
const stateFile = (dir: string): string => join(dir, 'load.json');

/**
 * What DIR holds from earlier runs, or null when it holds nothing yet.
 * A run of another scale, seed or batch size would measure something else: refused.
 */
export function readKeptLoad(dir: string, want: Pick<KeptLoad, 'scale' | 'seed' | 'batchSize'>): KeptLoad | null {
  const file = stateFile(dir);
  if (!existsSync(file)) {
    if (existsSync(keptStoreDir(dir))) {
      throw new Error(`${dir} holds a Neo4j store but no ${file}: it was not left by a finished segment. Remove ${dir} to start over.`);
    }
    return null;
  }
  const kept = JSON.parse(readFileSync(file, 'utf8')) as KeptLoad;
  for (const key of ['scale', 'seed', 'batchSize'] as const) {
    if (kept[key] !== want[key]) {
      throw new Error(`${dir} holds a load of ${key} ${kept[key]}, this run asks for ${want[key]}: pass the same options, or another --keep directory.`);
    }
  }
  return kept;
}

/** Saves the state after a segment; written aside and renamed, so a crash leaves the previous one whole. */
export function writeKeptLoad(dir: string, kept: KeptLoad): void {
  mkdirSync(dir, { recursive: true });
  const file = stateFile(dir);
  writeFileSync(`${file}.tmp`, JSON.stringify(kept));
  renameSync(`${file}.tmp`, file);
}
