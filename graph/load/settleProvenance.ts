import type { Graph, Tx } from '../connection.ts';
import { withIngestLock } from './ingestLock.ts';
import { backlogLength, flushBacklog } from './provenanceBacklog.ts';

/**
 * Queued batches a pass appends per transaction. Each transaction rewrites
 * every relationship it touches whole, hubs with 20,000 sources included, so
 * few large transactions beat many small ones: at 57,000 large-corpus
 * reports a queue of 115 batches took 37 s for its 2 oldest batches, 182 s
 * for 20 and 444 s for all 115 in one transaction. The bound keeps what one
 * transaction holds in the heap in check.
 */
export const MAX_BATCHES_PER_APPEND_TRANSACTION = 100;

/**
 * An append transaction may run this long, past the database's default
 * timeout (5 minutes for the local Neo4j): a pass whose transaction outlasted
 * the default failed, and the loader started it again after every batch, so
 * a large load crawled at one batch per timeout.
 */
export const APPEND_TRANSACTION_TIMEOUT_MS = 30 * 60_000;

export interface SettleOptions {
  /** gets the seconds the pass took */
  onSeconds?: (seconds: number) => void;
  /** default MAX_BATCHES_PER_APPEND_TRANSACTION */
  batchesPerTransaction?: number;
}

/**
 * Appends every queued addition to existing relationships (see
 * loadExtractions): during and after a load, before a write that reads
 * provenance whole, after a run a crash cut short. Returns how many
 * relationships it appended to. It works through the queue oldest first,
 * each transaction taking the batches it appends off the queue, so a pass
 * stopped half way loses nothing and appends nothing twice.
 */
export async function settleProvenance(graph: Graph, opts: SettleOptions = {}): Promise<number> {
  const started = performance.now();
  const batches = opts.batchesPerTransaction ?? MAX_BATCHES_PER_APPEND_TRANSACTION;
  let appended = 0;
  try {
    for (;;) {
      const one = await withIngestLock(() =>
        graph.write(async (tx) => ({ n: await flushBacklog(tx, batches), left: await backlogLength(tx) }), APPEND_TRANSACTION_TIMEOUT_MS),
      );
      appended += one.n;
      if (one.left === 0) return appended;
    }
  } finally {
    opts.onSeconds?.((performance.now() - started) / 1000);
  }
}

/**
 * A write that reads provenance whole or removes sources (the one-report
 * loader, removal, merge): a pass appends the queue first, then `work` runs
 * in one transaction under the ingest lock, where it appends only what
 * another writer queued since. Appended inside that transaction, a long
 * queue could outlast the transaction timeout.
 */
export async function writeAfterPass<T>(graph: Graph, work: (tx: Tx) => Promise<T>): Promise<T> {
  await settleProvenance(graph);
  return withIngestLock(() => graph.write(work));
}
