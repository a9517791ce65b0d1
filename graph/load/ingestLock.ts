/**
 * Ingests and curator edits in this process run one at a time: each reads
 * the known entities, then writes, and two interleaved would both create the
 * same new entity or overwrite each other's provenance. (Across processes the
 * unique-id constraints still refuse duplicates; run one ingesting process.)
 */
let tail: Promise<unknown> = Promise.resolve();

export function withIngestLock<T>(work: () => Promise<T>): Promise<T> {
  const run = tail.then(work, work);
  // The next caller waits for this one whether it succeeds or fails.
  tail = run.catch(() => undefined);
  return run;
}
