/**
 * Holds Cytoscape's canvas renderer from drawing frames for a while, the
 * elements and their state changing as usual meanwhile; the first frame
 * after the hold draws what there is then.
 *
 * For a first picture: its entities are added at provisional spots and the
 * force layout (in a worker) moves every one of them a moment later. A frame
 * drawn in between styles, measures and draws the whole picture once more
 * only for it to be replaced, and on the page's first load that frame was
 * its longest task (issue 21); held, the canvas stays empty until the
 * picture is in place.
 *
 * It reaches into the renderer's render loop (cytoscape 3.x's base
 * renderer), which skips a frame's drawing while `skipFrame` is true but
 * still runs the callbacks it has before each frame; one of them brings the
 * elements' rendered style up to date (every relationship's route between
 * its ends) and builds cached pictures of elements, for the provisional
 * spots too. While held, `skipFrame` reads true and there are no such
 * callbacks. Without that loop (another renderer, another version) nothing
 * is held. Remove when Cytoscape can pause drawing itself.
 */
import type { Core } from 'cytoscape';

interface LoopRenderer {
  skipFrame?: boolean;
  startRenderLoop?: unknown;
  beforeRenderCallbacks?: Array<{ priority: number }>;
}

/** Holds frames until the returned function is called (once; later calls do nothing). */
export function holdFrames(cy: Core): () => void {
  const r = (cy as unknown as { renderer(): LoopRenderer | undefined }).renderer?.();
  if (!r || typeof r.startRenderLoop !== 'function' || !Array.isArray(r.beforeRenderCallbacks)) return () => {};
  let skip = r.skipFrame === true;
  const callbacks = r.beforeRenderCallbacks;
  r.beforeRenderCallbacks = [];
  let held = true;
  Object.defineProperty(r, 'skipFrame', {
    configurable: true,
    enumerable: true,
    get: () => held || skip,
    set: (v: boolean) => {
      skip = v;
    },
  });
  return () => {
    if (!held) return;
    held = false;
    // any registered while held run too, in the loop's order (highest priority first)
    r.beforeRenderCallbacks = [...callbacks, ...(r.beforeRenderCallbacks ?? [])].sort((a, b) => b.priority - a.priority);
    Object.defineProperty(r, 'skipFrame', { configurable: true, enumerable: true, writable: true, value: skip });
    if (!cy.destroyed()) cy.forceRender();
  };
}
