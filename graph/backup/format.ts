import type { Encoded } from './encode.ts';

/**
 * One line of a backup file (NDJSON): a header, then nodes, then relationships
 * (endpoints by the nodes' `k`), then an `end` line whose counts prove the file
 * is complete.
 */
export type BackupLine =
  | { header: { format: 'edugraph-backup'; version: 1; schemaVersion: number; createdAt: string } }
  | { node: { k: number; labels: string[]; props: Record<string, Encoded> } }
  | { rel: { start: number; end: number; type: string; props: Record<string, Encoded> } }
  | { end: { nodes: number; relationships: number } };

/** A file that is not a whole, valid EduGraph backup; the message says which line and why. */
export class BackupFormatError extends Error {
  override name = 'BackupFormatError';
}

const NAME = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;

/** Labels and types are interpolated into Cypher (they cannot be parameters), so only plain names pass. */
export function assertCypherName(name: string, what: string, line: number): void {
  if (!NAME.test(name)) throw new BackupFormatError(`Line ${line}: ${what} '${name.slice(0, 80)}' is not a valid name; the backup file is damaged or not from EduGraph.`);
}
