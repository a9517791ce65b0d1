/**
 * The Web Worker that runs the force layout off the page's thread, so a
 * layout of hundreds of entities never freezes scrolling, typing or panning.
 * One job in, its positions (or why it failed) out.
 */
import { forceLayoutPositions } from './forceLayout.ts';
import type { LayoutReply, LayoutRequest } from './ForceLayoutRunner.ts';

// the worker's own global scope; the project compiles against the DOM library, not WebWorker
const scope = self as unknown as { onmessage: ((e: MessageEvent<LayoutRequest>) => void) | null; postMessage(reply: LayoutReply): void };

scope.onmessage = (e) => {
  const { id, job } = e.data;
  try {
    scope.postMessage({ id, positions: forceLayoutPositions(job) });
  } catch (err) {
    scope.postMessage({ id, error: err instanceof Error ? err.message : String(err) });
  }
};
