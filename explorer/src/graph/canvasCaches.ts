/**
 * Two uses of Cytoscape's canvas renderer's cached pictures that it does not
 * make by itself, for large drawings on machines without a GPU.
 *
 * Dragging a node redraws only what is dragged. Cytoscape's canvas renderer
 * already draws the grabbed node and its relationships on a layer of their
 * own, but every move of them still (1) marks the layer of everything else
 * for a redraw and (2) throws away its cached pictures of the whole drawing
 * (the "layered textures"), so that each frame of a drag drew every element
 * one by one: about 10 fps at 5,000 elements on a machine without a GPU.
 * What moves is on the drag layer alone, so neither is needed: this keeps
 * moves of drag-layer elements to the drag layer. Anything else (a style
 * change, elements added, the drag's end returning the node to the picture)
 * goes the renderer's usual way.
 *
 * The cached pictures are built at once when a drawing has settled. After
 * any change Cytoscape draws every element one by one in every frame and
 * builds its pictures of the whole drawing a little per frame, in the time
 * left over; on a busy machine a pan or zoom animation right after a layout
 * then ran at 3–15 fps for seconds. Asking for them once the drawing is
 * still costs one long frame instead.
 *
 * Both reach into the renderer's internals (`notify`, `data.lyrTxrCache`
 * and its `firstGet` / `skipping`, `rscratch.inDragLayer`, all in cytoscape
 * 3.x's canvas renderer); when one is missing (another renderer, another
 * version) they do nothing, and the canvas is only as slow as before.
 * Remove when Cytoscape limits a drag's redraw to the drag layer itself
 * and builds its layers eagerly.
 */
import type { Core } from 'cytoscape';

interface RendererElement {
  _private?: { rscratch?: { inDragLayer?: boolean } };
}

interface CanvasRenderer {
  pinching?: boolean;
  swipePanning?: boolean;
  hoverData?: { dragging?: boolean; draggingEles?: boolean };
  notify?(event: string, eles?: ArrayLike<RendererElement> & { filter?: unknown }): void;
  redrawHint?(kind: string, on: boolean): void;
  startRenderLoop?(): void;
  redraw?(): void;
  data?: { lyrTxrCache?: LayerCache; wheelZooming?: boolean };
}

interface LayerCache {
  invalidateElements?(eles: RendererElement[]): void;
  /** true: the next frame builds the layers at once instead of queueing them */
  firstGet?: boolean;
  /** true: layers were invalidated lately and are not used */
  skipping?: boolean;
  lastInvalidationTime?: number;
}

function rendererOf(cy: Core): CanvasRenderer | undefined {
  return (cy as unknown as { renderer(): CanvasRenderer | undefined }).renderer?.();
}

const inDragLayer = (e: RendererElement): boolean => e._private?.rscratch?.inDragLayer === true;

function allDragged(eles: ArrayLike<RendererElement> | undefined): boolean {
  if (!eles || eles.length === 0) return false;
  for (let i = 0; i < eles.length; i++) if (!inDragLayer(eles[i]!)) return false;
  return true;
}

/** Makes a drag redraw the drag layer only (see above); returns whether the renderer allowed it. */
export function redrawOnlyDragLayerWhileDragging(cy: Core): boolean {
  const r = rendererOf(cy);
  const layers = r?.data?.lyrTxrCache;
  if (!r?.notify || !r.redrawHint || !r.startRenderLoop || !r.redraw || !layers?.invalidateElements) return false;
  const notify = r.notify.bind(r);
  r.notify = (event, eles) => {
    // a dragged node moving: its bounds and position change, nothing else on the canvas does
    if ((event === 'bounds' || event === 'position') && allDragged(eles)) {
      r.redrawHint!('drag', true);
      r.startRenderLoop!();
      r.redraw!();
      return;
    }
    notify(event, eles);
  };
  const invalidate = layers.invalidateElements.bind(layers);
  layers.invalidateElements = (eles) => {
    // the cached pictures are of the rest of the drawing: what is on the drag layer is not in them
    const rest = Array.prototype.filter.call(eles, (e: RendererElement) => !inDragLayer(e)) as RendererElement[];
    if (rest.length) invalidate(rest);
  };
  return true;
}

/** Has the next frame build the cached pictures of the whole drawing at once (see above); false when the renderer has none. */
export function buildCachedPicturesNow(cy: Core): boolean {
  const layers = rendererOf(cy)?.data?.lyrTxrCache;
  if (!layers || layers.firstGet === undefined || layers.skipping === undefined) return false;
  layers.firstGet = true;
  layers.skipping = false;
  layers.lastInvalidationTime = 0;
  cy.forceRender();
  return true;
}

/**
 * Whether a person is moving the view or a node right now (wheel, drag,
 * pinch): restyling or building pictures then would stall the gesture's
 * frames, and the gesture's end is the better moment.
 */
export function gestureInProgress(cy: Core): boolean {
  const r = rendererOf(cy);
  if (!r) return false;
  return !!(r.data?.wheelZooming || r.hoverData?.dragging || r.hoverData?.draggingEles || r.pinching || r.swipePanning);
}
