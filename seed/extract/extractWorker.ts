/**
 * Worker-thread entry of ExtractionWorker (extractInWorker.ts): extracts the
 * reports it is sent, one at a time, and posts each Extraction back.
 */
import { parentPort } from 'node:worker_threads';
import type { ParsedReport } from '../read/parseReport.ts';
import { extractReport } from './extractReport.ts';

parentPort!.on('message', (msg: { id: number; parsed: ParsedReport }) => {
  try {
    parentPort!.postMessage({ id: msg.id, extraction: extractReport(msg.parsed) });
  } catch (err) {
    const e = err instanceof Error ? err : new Error(String(err));
    parentPort!.postMessage({ id: msg.id, error: { name: e.name, message: e.message } });
  }
});
