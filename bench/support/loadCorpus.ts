import { DEFAULT_BATCH_SIZE, loadExtractions, type Graph } from '../../graph/index.ts';
import { SEED_RESOLUTION } from '../../seed/index.ts';
import type { Extraction } from '../../seed/index.ts';
import { Corpus, type ScaleName } from '../corpus/index.ts';
import { progress } from './progress.ts';

/**
 * Loads a scale's generated Extractions (not text) batch by batch, untimed:
 * the graph that the API and the explorer's overview are measured on.
 * Returns how many reports were sent and the seconds it took.
 */
export async function loadCorpus(graph: Graph, scale: ScaleName, seed: number, label: string): Promise<{ reports: number; seconds: number }> {
  progress(`${label}: loading the ${scale} corpus first (generated Extractions, batched, not timed)…`);
  const started = performance.now();
  let n = 0;
  let batch: Extraction[] = [];
  const flush = async (): Promise<void> => {
    for (const o of await loadExtractions(graph, batch, SEED_RESOLUTION)) if (o.error) progress(`${label}: ${o.reportId} did not load: ${o.error.message}`);
    n += batch.length;
    batch = [];
    if (n % 1000 === 0) progress(`${label}: loaded ${n} reports`);
  };
  for (const x of new Corpus({ scale, seed }).extractions()) {
    batch.push(x);
    if (batch.length >= DEFAULT_BATCH_SIZE) await flush();
  }
  if (batch.length > 0) await flush();
  return { reports: n, seconds: Math.round((performance.now() - started) / 1000) };
}
